package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The server's defences: security headers on every response, the {@code Host} header checked (DNS rebinding),
 * JSON bodies that never hold markup, and date parameters read strictly and named when wrong. Requests are written
 * on a socket, since Java's HTTP client will not send a {@code Host} header of our choosing.
 */
class ServerHardeningTest {
    private static final String TOKEN = "s3cret-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SqliteStore store;
    private static SitrepServer server;
    private static int port;

    @BeforeAll
    static void start() {
        store = SqliteStore.inMemory();
        Articles.fill(store);
        server = SitrepServer.builder().store(store)
                .pipeline(Pipeline.builder().add(new BoilerplateAnnotator()).build())
                .token(TOKEN).host("127.0.0.1").allowedHosts(List.of("sitrep.example.org")).port(0).build();
        port = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** What came back: the status, the headers in lower case, the body. */
    record Answer(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    private static Answer request(String method, String path, String host, String extraHeaders, String body)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + extraHeaders + "Content-Length: " + content.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String raw = all.toString(StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String headers = raw.substring(0, end);
            String rest = raw.substring(end + 4);
            int status = Integer.parseInt(headers.substring(9, 12));
            Answer a = new Answer(status, headers, rest);
            if ("chunked".equalsIgnoreCase(a.header("Transfer-Encoding"))) {
                return new Answer(status, headers, unchunk(rest));
            }
            return a;
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes; the test bodies are ASCII or escaped JSON
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private static Answer get(String path) throws IOException {
        return request("GET", path, "127.0.0.1:" + port, "", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/subjects/MSS", "/api/facts", "/static/sitrep.css", "/openapi.json",
            "/api/nothing-here", "/no/such/page", "/api/documents/deadbeef"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws IOException {
        Answer a = get(path);
        assertThat(a.header("Content-Security-Policy")).as(path)
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void pagesHoldNoInlineScriptOrStyle() throws IOException {
        for (String path : List.of("/", "/subjects/MSS", "/search?q=police")) {
            String html = get(path).body().toLowerCase(Locale.ROOT);
            assertThat(html).as(path).doesNotContain("<script").doesNotContain("<style").doesNotContain(" style=")
                    .doesNotContain(" onclick=").doesNotContain(" onload=");
        }
    }

    @Test
    void answersTheBoundAddressLocalhostAndTheConfiguredNames() throws IOException {
        assertThat(request("GET", "/api/subjects", "127.0.0.1:" + port, "", null).status()).isEqualTo(200);
        assertThat(request("GET", "/api/subjects", "localhost:" + port, "", null).status()).isEqualTo(200);
        assertThat(request("GET", "/api/subjects", "sitrep.example.org", "", null).status()).isEqualTo(200);
        assertThat(request("GET", "/api/subjects", "SITREP.example.org:443", "", null).status()).isEqualTo(200);
    }

    @Test
    void refusesAnotherHostNameWith421AsDnsRebindingWouldSendIt() throws IOException {
        Answer a = request("GET", "/api/facts", "attacker.example.com:" + port, "", null);
        assertThat(a.status()).isEqualTo(421);
        JsonNode error = JSON.readTree(a.body());
        assertThat(error.get("status").asInt()).isEqualTo(421);
        assertThat(error.get("error").asText()).contains("host");
        assertThat(a.body()).doesNotContain("Kenya");
        assertThat(request("GET", "/", "rebound.example.net", "", null).status()).isEqualTo(421);
        assertThat(a.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void escapesMarkupInJsonErrorBodies() throws IOException {
        Answer a = get("/api/subjects/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.body()).doesNotContain("<").doesNotContain(">").contains("\\u003Cscript\\u003E");
        assertThat(JSON.readTree(a.body()).get("error").asText()).contains("<script>alert(1)</script>");
        Answer route = get("/api/x/%3Cimg%20src=x%20onerror=alert(1)%3E");
        assertThat(route.status()).isEqualTo(404);
        assertThat(route.body()).doesNotContain("<img");
    }

    @Test
    void refusesImpossibleDatesNamingTheParameter() throws IOException {
        Answer facts = get("/api/facts?from=2024-99-99");
        assertThat(facts.status()).isEqualTo(400);
        assertThat(JSON.readTree(facts.body()).get("error").asText())
                .startsWith("parameter 'from' is not a calendar date: '2024-99-99'");
        assertThat(JSON.readTree(get("/api/quotes?to=2024-02-30").body()).get("error").asText())
                .startsWith("parameter 'to' is not a calendar date");
        Answer report = get("/api/subjects/MSS/report?asOf=2024-13-01");
        assertThat(report.status()).isEqualTo(400);
        assertThat(JSON.readTree(report.body()).get("error").asText()).startsWith("parameter 'asOf'");
        Answer post = request("POST", "/api/documents?published=2024-13-45", "127.0.0.1:" + port,
                "Authorization: Bearer " + TOKEN + "\r\nContent-Type: text/plain\r\n",
                "Port Talks\n\nThe talks resumed on Monday, officials said.");
        assertThat(post.status()).isEqualTo(400);
        assertThat(JSON.readTree(post.body()).get("error").asText())
                .isEqualTo("parameter 'published' is not a calendar date: '2024-13-45' "
                        + "(Invalid value for MonthOfYear (valid values 1 - 12): 13)");
    }

    @Test
    void aWildcardBindingAnswersAddressLiteralsButNotNames() {
        HostCheck any = new HostCheck("0.0.0.0", List.of());
        assertThat(any.allows("192.168.1.20:8080")).isTrue();
        assertThat(any.allows("[::1]:8080")).isTrue();
        assertThat(any.allows("evil.example.com")).isFalse();
        HostCheck one = new HostCheck("10.0.0.5", List.of("news.example.org"));
        assertThat(one.allows("10.0.0.5:8080")).isTrue();
        assertThat(one.allows("news.example.org")).isTrue();
        assertThat(one.allows("10.0.0.6")).isFalse();
        assertThat(one.allows("localhost")).isFalse();
        assertThat(one.allows("10.0.0.5:port")).isFalse();
        assertThat(one.allows(null)).isTrue();
    }
}
