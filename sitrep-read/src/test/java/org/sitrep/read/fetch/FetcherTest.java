package org.sitrep.read.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.read.fetch.LoopbackServer.redirect;
import static org.sitrep.read.fetch.LoopbackServer.respond;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.read.Diagnostic;

/** Fetching from a real server on 127.0.0.1: answers, redirects, timeouts, sizes, errors and schemes. */
class FetcherTest {
    private static final String UA = "Sitrep/0.1 (+https://example.org/sitrep)";

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Fetcher.Builder fetcher() {
        return Fetcher.builder().userAgent(UA).minDelayPerHost(Duration.ZERO).timeout(Duration.ofSeconds(10));
    }

    // ---- answers -------------------------------------------------------------------------------------------------

    @Test
    void aPageComesWithItsTypeCharsetValidatorsAndOurUserAgent() {
        server.on("/story", ex -> {
            ex.getResponseHeaders().set("ETag", "\"abc\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Apr 2025 10:00:00 GMT");
            respond(ex, 200, "Text/HTML; Charset=\"ISO-8859-1\"", "<p>Police arrived.</p>");
        });
        FetchResult r = fetcher().build().fetch(server.uri("/story"));

        assertThat(r.isSuccess()).isTrue();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.finalUri()).isEqualTo(server.uri("/story"));
        assertThat(r.contentType()).isEqualTo("text/html");
        assertThat(r.findCharset()).contains(StandardCharsets.ISO_8859_1);
        assertThat(new String(r.expectBody(), StandardCharsets.UTF_8)).isEqualTo("<p>Police arrived.</p>");
        assertThat(r.findEtag()).contains("\"abc\"");
        assertThat(r.findLastModified()).contains("Tue, 01 Apr 2025 10:00:00 GMT");
        assertThat(r.notModified()).isFalse();
        assertThat(server.hits("/story")).singleElement()
                .satisfies(h -> assertThat(h.header("User-Agent")).isEqualTo(UA));
    }

    @Test
    void aFragmentIsNotSentAndAQueryIs() {
        server.page("/list?page=2", "text/html", "two");
        FetchResult r = fetcher().build().fetch(URI.create(server.uri("/list?page=2") + "#top"));
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.finalUri()).isEqualTo(server.uri("/list?page=2"));
    }

    // ---- redirects -----------------------------------------------------------------------------------------------

    @Test
    void redirectsAreFollowedToTheFinalUri() {
        server.on("/a", ex -> redirect(ex, 301, "/b"));
        server.on("/b", ex -> redirect(ex, 302, server.uri("/c").toString()));
        server.on("/c", ex -> redirect(ex, 307, "d?x=1"));
        server.page("/d?x=1", "text/plain", "here");
        FetchResult r = fetcher().build().fetch(server.uri("/a"));
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.requested()).isEqualTo(server.uri("/a"));
        assertThat(r.finalUri()).isEqualTo(server.uri("/d?x=1"));
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("here");
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        for (int i = 0; i < 5; i++) {
            int next = i + 1;
            server.on("/hop" + i, ex -> redirect(ex, 308, "/hop" + next));
        }
        server.page("/hop5", "text/plain", "end");
        server.page("/hop6", "text/plain", "end");
        Fetcher f = fetcher().build();

        assertThat(f.fetch(server.uri("/hop0")).finalUri()).isEqualTo(server.uri("/hop5"));

        server.on("/hop5", ex -> redirect(ex, 301, "/hop6"));
        FetchResult failed = f.fetch(server.uri("/hop0"));
        assertThat(failed.isSuccess()).isFalse();
        assertThat(failed.failure().message()).isEqualTo("more than 5 redirects");
        assertThat(failed.status()).isEqualTo(301);
        assertThat(failed.finalUri()).isEqualTo(server.uri("/hop5"));
        assertThat(server.hits("/hop6")).isEmpty();
    }

    @Test
    void aRedirectToAnotherSchemeIsRefusedInOneLine() {
        server.on("/ftp", ex -> redirect(ex, 302, "ftp://127.0.0.1/file.txt"));
        FetchResult r = fetcher().build().fetch(server.uri("/ftp"));
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.failure().message()).isEqualTo("refused redirect from http to ftp: ftp://127.0.0.1/file.txt");
        assertThat(r.status()).isEqualTo(302);
    }

    @Test
    void aRedirectWithoutLocationFails() {
        server.on("/nowhere", ex -> ex.sendResponseHeaders(302, -1));
        FetchResult r = fetcher().build().fetch(server.uri("/nowhere"));
        assertThat(r.failure().message()).isEqualTo("HTTP 302 redirect without a Location");
    }

    @Test
    void redirectsGoUpFromHttpToHttpsButNeverDown() {
        URI http = URI.create("http://example.org/a");
        URI https = URI.create("https://example.org/a");
        assertThat(Fetcher.mayFollow(http, https)).isTrue();
        assertThat(Fetcher.mayFollow(http, http)).isTrue();
        assertThat(Fetcher.mayFollow(https, https)).isTrue();
        assertThat(Fetcher.mayFollow(https, http)).isFalse();
        assertThat(Fetcher.mayFollow(https, URI.create("file:///etc/passwd"))).isFalse();
        assertThat(Fetcher.mayFollow(http, URI.create("javascript:alert(1)"))).isFalse();
    }

    // ---- timeouts ------------------------------------------------------------------------------------------------

    @Test
    void aServerThatSleepsPastTheTimeoutFailsTheFetch() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/slow", ex -> {
            release.await(30, TimeUnit.SECONDS);
            respond(ex, 200, "text/plain", "late");
        });
        try {
            FetchResult r = fetcher().timeout(Duration.ofMillis(400)).build().fetch(server.uri("/slow"));
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.status()).isZero();
            assertThat(r.failure().message()).contains("timed out").contains("0.4 s");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBodyTricklingPastTheTimeoutIsCutOff() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/trickle", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 300 && release.getCount() > 0; i++) {
                    out.write('x');
                    out.flush();
                    release.await(50, TimeUnit.MILLISECONDS);
                }
            }
        });
        try {
            FetchResult r = fetcher().timeout(Duration.ofMillis(600)).build().fetch(server.uri("/trickle"));
            assertThat(r.isSuccess()).isFalse();
            assertThat(r.failure().message()).contains("timed out");
            assertThat(r.bodyLength()).isZero();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aClosedPortFailsWithOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchResult r = fetcher().build().fetch(URI.create("http://127.0.0.1:" + port + "/x"));
        assertThat(r.isSuccess()).isFalse();
        // robots.txt is asked for first, so it is what fails to connect
        assertThat(r.failure().message()).contains("could not connect to 127.0.0.1:" + port).doesNotContain("\n");
    }

    @Test
    void aHostThatNeverAcceptsTheConnectionHitsTheConnectTimeout() throws IOException {
        // a listening socket whose accept queue is full: on Linux further connection attempts get no answer
        try (ServerSocket full = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> fillers = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(s);
                    } catch (IOException e) {
                        s.close();
                        break; // the queue is full
                    }
                }
                org.junit.jupiter.api.Assumptions.assumeTrue(fillers.size() < 8,
                        "this system accepts connections past a full backlog; connect timeout test skipped");
                FetchResult r = fetcher().connectTimeout(Duration.ofMillis(300)).timeout(Duration.ofSeconds(5))
                        .build().fetch(URI.create("http://127.0.0.1:" + full.getLocalPort() + "/x"));
                assertThat(r.isSuccess()).isFalse();
                assertThat(r.failure().message()).isEqualTo("not fetched: http://127.0.0.1:" + full.getLocalPort()
                        + "/robots.txt could not be read (could not connect to 127.0.0.1:" + full.getLocalPort()
                        + " within 0.3 s (timed out)), so http://127.0.0.1:" + full.getLocalPort() + " is off limits");
            } finally {
                for (java.net.Socket s : fillers) {
                    s.close();
                }
            }
        }
    }

    // ---- sizes ---------------------------------------------------------------------------------------------------

    @Test
    void aBodyDeclaredOverTheLimitIsRefusedUnread() {
        server.page("/big", "text/html", "x".repeat(5000));
        FetchResult r = fetcher().maxBytes(1000).build().fetch(server.uri("/big"));
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.failure().message())
                .isEqualTo("body of 5000 bytes (Content-Length) is over the limit of 1000 bytes; not read");
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutWithoutReadingItAll() throws InterruptedException {
        long offered = 512L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        CountDownLatch serverDone = new CountDownLatch(1);
        server.on("/endless", ex -> {
            try {
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, 0); // chunked: no length declared
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) 'a');
                try (OutputStream out = ex.getResponseBody()) {
                    while (written.get() < offered) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                }
            } finally {
                serverDone.countDown();
            }
        });
        FetchResult r = fetcher().maxBytes(100_000).build().fetch(server.uri("/endless"));

        assertThat(r.isSuccess()).isFalse();
        assertThat(r.failure().message()).isEqualTo("body is over the limit of 100000 bytes; cut off and dropped");
        assertThat(r.bodyLength()).isZero();
        assertThat(serverDone.await(30, TimeUnit.SECONDS)).as("the server saw the connection closed").isTrue();
        assertThat(written.get()).isLessThan(offered);
    }

    @Test
    void aBodyOfExactlyTheLimitIsKept() {
        server.on("/exact", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("y".repeat(1000).getBytes(StandardCharsets.US_ASCII));
            }
        });
        FetchResult r = fetcher().maxBytes(1000).build().fetch(server.uri("/exact"));
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.bodyLength()).isEqualTo(1000);
    }

    // ---- errors and schemes --------------------------------------------------------------------------------------

    @Test
    void notFoundAndServerErrorsAreDiagnosticsWithTheirStatus() {
        server.on("/broken", ex -> respond(ex, 500, "text/html", "<h1>oops</h1>"));
        Fetcher f = fetcher().build();

        FetchResult missing = f.fetch(server.uri("/missing"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.failure()).isEqualTo(
                new Diagnostic(server.uri("/missing").toString(), Diagnostic.Severity.ERROR, "HTTP 404 Not Found"));
        assertThat(missing.bodyLength()).isZero();

        FetchResult broken = f.fetch(server.uri("/broken"));
        assertThat(broken.status()).isEqualTo(500);
        assertThat(broken.failure().message()).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(broken.failure().isError()).isTrue();
    }

    @Test
    void otherSchemesAreRefusedWithOneLineAndNoRequest() {
        Fetcher f = fetcher().build();
        for (String url : new String[] {"file:///etc/passwd", "ftp://127.0.0.1/x", "mailto:desk@example.org",
                "jar:file:/x.jar!/a"}) {
            FetchResult r = f.fetch(URI.create(url));
            assertThat(r.isSuccess()).as(url).isFalse();
            assertThat(r.failure().message()).as(url).startsWith("unsupported scheme '")
                    .endsWith("only http and https URLs are fetched");
        }
        assertThat(f.fetch(URI.create("relative/page.html")).failure().message())
                .isEqualTo("not an absolute URL; only http and https URLs are fetched");
        assertThat(f.fetch("http://exa mple.org/").failure().message()).startsWith("not a URL: http://exa mple.org/");
        assertThat(f.fetch("http:///no-host").failure().message()).isEqualTo("URL has no host name");
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void theFailureOfAResultIsThrownByExpectBody() {
        FetchResult r = fetcher().build().fetch(URI.create("gopher://127.0.0.1/"));
        org.assertj.core.api.Assertions.assertThatThrownBy(r::expectBody)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gopher://127.0.0.1/: unsupported scheme 'gopher'; only http and https URLs are fetched");
    }
}
