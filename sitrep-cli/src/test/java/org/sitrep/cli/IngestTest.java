package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.sqlite.SqliteStore;

/** {@code sitrep ingest}: files and URLs into the store; a re-run never duplicates; bad inputs don't stop the rest. */
class IngestTest {
    @TempDir
    Path dir;

    static final String ARTICLE = "Kenya sends more police to Haiti\n"
            + "About 200 more Kenyan police officers arrived in Haiti on Saturday, January 18, 2025, officials said.\n";


    @Test
    void aReRunAddsNothingAndABadInputDoesNotStopTheOthers() throws IOException {
        Path db = dir.resolve("record.db");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, ARTICLE);
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");

        Cli.Run first = Cli.sitrep("ingest", "--db", db.toString(), good.toString(), empty.toString());
        assertThat(first.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(first.err()).contains("empty.txt").contains("ingested 1 new, 0 already stored, 1 failed");

        Cli.Run second = Cli.sitrep("ingest", "--db", db.toString(), good.toString());
        assertThat(second.code()).isZero();
        assertThat(second.err()).contains("ingested 0 new, 1 already stored, 0 failed");
        try (SqliteStore s = SqliteStore.open(db)) {
            assertThat(s.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void fetchesAPageFromAUrlAndSkipsItWhenNotModified() throws IOException {
        String html = "<html><head><title>Kenya sends more police to Haiti</title>"
                + "<meta property=\"article:published_time\" content=\"2025-01-20T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>Kenya sends more police to Haiti</h1>"
                + "<p>About 200 more Kenyan police officers arrived in Haiti on Saturday, January 18, 2025, "
                + "officials said. The mission now has about 800 personnel.</p></article></body></html>";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/robots.txt")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/2025/01/20/kenya-police.html";
            Path db = dir.resolve("web.db");
            Cli.Run first = Cli.sitrep("ingest", "--db", db.toString(), url);
            assertThat(first.code()).as(first.err()).isZero();
            assertThat(first.err()).contains("ingested 1 new");
            try (SqliteStore s = SqliteStore.open(db)) {
                assertThat(s.documents(org.sitrep.store.Page.first(10)))
                        .singleElement()
                        .satisfies(d -> {
                            assertThat(d.source()).isEqualTo(url);
                            assertThat(d.published().value()).isEqualTo("2025-01-20");
                        });
            }
            Cli.Run second = Cli.sitrep("ingest", "--db", db.toString(), url);
            assertThat(second.err()).contains("not modified");
        } finally {
            server.stop(0);
        }
    }
}
