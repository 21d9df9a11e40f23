package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.sqlite.SqliteStore;
import org.sitrep.testing.DeadlineSpin;

/** {@code POST /api/documents} analyzes under the per-document budget and answers 422 when it is exceeded. */
class IngestBudgetTest {
    private static final String TOKEN = "s3cret-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private SqliteStore store;
    private SitrepServer server;
    private String base;

    /** Works on a text for as long as the text is long (a minute per character of "slow"), checking the deadline. */
    static final class Slow implements Annotator {
        @Override
        public String name() {
            return "slow";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> produces() {
            return Set.of();
        }

        @Override
        public Document annotate(Document doc) {
            if (doc.text().contains("nest")) {
                return recurse(doc, 0);
            }
            if (doc.text().contains("slow")) {
                DeadlineSpin.forAMinute();
            }
            return doc;
        }

        private static Document recurse(Document doc, int depth) {
            return depth < 0 ? doc : recurse(doc, depth + 1);
        }
    }

    private void start() {
        store = SqliteStore.inMemory();
        server = SitrepServer.builder().store(store)
                .pipeline(Pipeline.builder().add(new BoilerplateAnnotator()).add(new Slow())
                        .budget(new Budget(Duration.ofMillis(30))).build())
                .token(TOKEN).host("127.0.0.1").port(0).maxRequestBytes(64 * 1024).build();
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private HttpRequest post(String text) {
        return HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
    }

    @Test
    void aDocumentOverItsBudgetIsA422NamingTheStageWhileOtherRequestsAreAnswered() throws Exception {
        start();
        CompletableFuture<HttpResponse<String>> slow = HTTP.sendAsync(post("A slow text\nThis takes slow work.\n"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);

        HttpResponse<String> answer = slow.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(answer.body()).get("error").asText())
                .contains("time budget of 0.3 s").contains("'slow'");

        HttpResponse<String> quick = HTTP.send(post("A quick text\nKenyan police arrived in Haiti.\n"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(quick.statusCode()).as(quick.body()).isEqualTo(201);
        assertThat(store.documentCount()).isEqualTo(1);
    }

    @Test
    void aStackOverflowInOneDocumentIsA422AndTheServerGoesOn() throws Exception {
        start();
        HttpResponse<String> answer = HTTP.send(post("A nested text\nThis one is nested.\n"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("nested too deeply");
        HttpResponse<String> quick = HTTP.send(post("A quick text\nKenyan police arrived in Haiti.\n"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(quick.statusCode()).as(quick.body()).isEqualTo(201);
    }
}
