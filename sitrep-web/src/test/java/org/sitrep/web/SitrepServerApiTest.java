package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.sqlite.SqliteStore;

class SitrepServerApiTest {
    private static final String TOKEN = "s3cret-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SqliteStore store;
    private static SitrepServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = SqliteStore.inMemory();
        Articles.fill(store);
        server = SitrepServer.builder().store(store)
                .pipeline(Pipeline.builder().add(new BoilerplateAnnotator()).build())
                .token(TOKEN).host("127.0.0.1").port(0).maxRequestBytes(64 * 1024).build();
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startingOnPortZeroBindsAnEphemeralPort() {
        assertThat(server.port()).isPositive().isNotEqualTo(8080);
    }

    @Test
    void listsDocumentsNewestFirstInPages() throws Exception {
        JsonNode page = getJson("/api/documents?limit=1", 200);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("title").asText()).isEqualTo("MSS grows to 1,000");
        assertThat(page.get("hasMore").asBoolean()).isTrue();
        JsonNode next = getJson("/api/documents?limit=1&offset=1", 200);
        assertThat(next.get("items").get(0).get("title").asText()).isEqualTo("Kenyan police arrive in Haiti");
        assertThat(next.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void filtersDocumentsByPublicationDateAndSpeakerAndSearchesText() throws Exception {
        assertThat(getJson("/api/documents?from=2025-01&to=2025-03", 200).get("items")).extracting(
                n -> n.get("published").asText()).containsExactly("2025-03-04");
        assertThat(getJson("/api/documents?speaker=William%20Ruto", 200).get("items")).hasSize(2);
        assertThat(getJson("/api/documents?subject=MSS&to=2024", 200).get("items")).extracting(
                n -> n.get("title").asText()).containsExactly("Kenyan police arrive in Haiti");
        assertThat(getJson("/api/documents?q=restore%20order", 200).get("items")).extracting(
                n -> n.get("title").asText()).containsExactly("Kenyan police arrive in Haiti");
    }

    @Test
    void listsFactsBySubjectAliasKindAndDate() throws Exception {
        JsonNode all = getJson("/api/facts?subject=MSS", 200);
        assertThat(all.get("items")).hasSize(4);
        JsonNode strength = getJson("/api/facts?subject=mss&kind=strength&from=2025", 200);
        assertThat(strength.get("items")).extracting(n -> n.get("value").asText()).containsExactly("1000");
        assertThat(strength.get("items").get(0).get("evidence").asText()).startsWith("By March 2025");
        JsonNode via = getJson("/api/facts?speaker=william-ruto", 200);
        assertThat(via.get("items")).extracting(n -> n.get("kind").asText()).containsExactly("target");
    }

    @Test
    void listsQuotesBySpeakerAndDateWithLinksToTheirSentence() throws Exception {
        JsonNode quotes = getJson("/api/quotes?speaker=Ruto&from=2025-03-01", 200);
        assertThat(quotes.get("items")).hasSize(1);
        JsonNode q = quotes.get("items").get(0);
        assertThat(q.get("text").asText()).isEqualTo("The mission needs money,");
        assertThat(q.get("href").asText()).isEqualTo("/documents/" + Articles.second().id() + "#q-"
                + Articles.SECOND.indexOf("The mission needs money"));
        assertThat(getJson("/api/quotes?subject=MSS", 200).get("items")).hasSize(2);
    }

    @Test
    void listsEntitiesAndSubjects() throws Exception {
        assertThat(getJson("/api/entities?type=PERSON", 200).get("items")).extracting(n -> n.get("id").asText())
                .containsExactly("william-ruto");
        JsonNode subjects = getJson("/api/subjects", 200);
        // ranked by facts, quotes and sources together; Kenya, held by one source only, is left out
        assertThat(subjects.get("items")).extracting(n -> n.get("id").asText()).containsExactly("mss", "william-ruto");
        JsonNode mss = getJson("/api/subjects/MSS", 200);
        assertThat(mss.get("facts").asInt()).isEqualTo(4);
        assertThat(mss.get("quotes").asInt()).isZero();
        assertThat(mss.get("sources").asInt()).isEqualTo(2);
        JsonNode ruto = getJson("/api/subjects/william-ruto", 200);
        assertThat(ruto.get("quotes").asInt()).isEqualTo(2);
        assertThat(ruto.get("sources").asInt()).isEqualTo(2);
    }

    @Test
    void servesTheReportOfASubjectNamedByAlias() throws Exception {
        JsonNode report = getJson("/api/subjects/MSS/report", 200);
        assertThat(report.get("subject").get("id").asText()).isEqualTo("mss");
        assertThat(report.get("current").get("strength").get("current").get(0).get("value").asText())
                .isEqualTo("1000");
        JsonNode earlier = getJson("/api/subjects/MSS/report?asOf=2024-12-31", 200);
        assertThat(earlier.get("current").get("strength").get("current").get(0).get("value").asText())
                .isEqualTo("400");
    }

    @Test
    void answersErrorsAsJsonWithTheirStatusAndNoStackTrace() throws Exception {
        JsonNode unknown = getJson("/api/subjects/Atlantis/report", 404);
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(unknown.get("error").asText()).contains("Atlantis");
        assertThat(getJson("/api/facts?limit=0", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/api/facts?from=yesterday", 400).get("error").asText()).contains("from");
        assertThat(getJson("/api/documents/deadbeef", 404).get("error").asText()).contains("deadbeef");
        JsonNode noRoute = getJson("/api/nothing-here", 404);
        assertThat(noRoute.get("error").asText()).contains("/api/nothing-here");
        assertThat(noRoute.toString()).doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void refusesIngestWithoutTheRightToken() throws Exception {
        String doc = "{\"url\":\"https://news.example/x\",\"text\":\"Nothing happened today.\"}";
        HttpResponse<String> none = post("/api/documents", "application/json", doc, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).get("error").asText()).contains("Bearer");
        assertThat(post("/api/documents", "application/json", doc, "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void ingestsADocumentAndABatchThroughThePipeline() throws Exception {
        String one = "{\"url\":\"https://news.example/one\",\"title\":\"One\",\"text\":\"One\\n\\nThe mission"
                + " patrolled Cité Soleil.\",\"published\":\"2025-04-01\"}";
        HttpResponse<String> r = post("/api/documents", "application/json", one, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(r.body());
        String id = result.get("documents").get(0).get("id").asText();
        assertThat(result.get("documents").get(0).get("added").asBoolean()).isTrue();
        JsonNode stored = getJson("/api/documents/" + id, 200);
        assertThat(stored.get("layers").has("boilerplate")).isTrue();
        assertThat(getJson("/api/documents?q=Soleil", 200).get("items")).hasSize(1);

        String batch = "{\"url\":\"https://news.example/two\",\"text\":\"Two officers were hurt.\"}\n"
                + "{\"url\":\"https://news.example/three\",\"text\":\"Three convoys left.\"}\n";
        JsonNode many = JSON.readTree(post("/api/documents", "application/x-ndjson", batch, TOKEN).body());
        assertThat(many.get("documents")).hasSize(2);
        HttpResponse<String> again = post("/api/documents", "application/json", one, TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("documents").get(0).get("added").asBoolean()).isFalse();
    }

    @Test
    void refusesBadOrOversizedBodies() throws Exception {
        HttpResponse<String> bad = post("/api/documents", "application/json", "{not json", TOKEN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("JSON");
        assertThat(post("/api/documents", "image/png", "x", TOKEN).statusCode()).isEqualTo(415);
        String huge = "{\"url\":\"u\",\"text\":\"" + "a".repeat(100 * 1024) + "\"}";
        HttpResponse<String> big = post("/api/documents", "application/json", huge, TOKEN);
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void servesAnOpenApiDescriptionOfEveryApiRoute() throws Exception {
        JsonNode api = getJson("/openapi.json", 200);
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable().contains("/api/documents", "/api/documents/{id}",
                "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/facts", "/api/subjects",
                "/api/subjects/{name}", "/api/subjects/{name}/report");
    }

    @Test
    void escapesArticleTextOnTheDocumentPage() throws Exception {
        HttpResponse<String> page = get("/documents/" + Articles.first().id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert")
                .doesNotContain("<b>now</b>").contains("class=\"boilerplate\"")
                .contains("id=\"q-" + Articles.FIRST.indexOf("We will restore") + "\"");
    }

    @Test
    void theHomePageRanksSubjectsByWhatTheRecordHoldsAndLeavesOutThoseOfOneSource() throws Exception {
        String home = get("/").body();
        assertThat(home).contains("/subjects/mss").contains("/subjects/william-ruto")
                .doesNotContain("/subjects/kenya").contains("4 facts, 0 quotes, 2 sources");
        assertThat(home.indexOf("/subjects/mss")).isLessThan(home.indexOf("/subjects/william-ruto"));
    }

    @Test
    void searchShowsAPassageWithTheMatchedWordsMarkedAndEverythingElseEscaped() throws Exception {
        String page = get("/search?q=" + URLEncoder.encode("restored order", StandardCharsets.UTF_8)).body();
        assertThat(page).contains("<p class=\"snippet\">").contains("<mark>restore</mark> <mark>order</mark>")
                .contains("&lt;b&gt;now&lt;/b&gt;").doesNotContain("<b>now</b>")
                .doesNotContain("alert"); // the share line with the script is boilerplate, never shown
        String tagged = get("/search?q=" + URLEncoder.encode("<b>", StandardCharsets.UTF_8)).body();
        assertThat(tagged).doesNotContain("<mark><b>").doesNotContain("<b>now");
    }

    @Test
    void rendersTheSubjectPageWithChartQuotesAndPositions() throws Exception {
        HttpResponse<String> page = get("/subjects/MSS");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg id=\"strength-chart\"").contains("<polyline class=\"strength\"")
                .contains("class=\"target\"").contains("class=\"mandate\"")
                .contains("/documents/" + Articles.second().id() + "#q-" + Articles.SECOND.indexOf("The mission"));
        assertThat(get("/subjects/Nowhere").statusCode()).isEqualTo(404);
        assertThat(get("/").body()).contains("/subjects/mss");
        assertThat(get("/search?q=Haiti").body()).contains("Kenyan police arrive in Haiti");
        assertThat(get("/entities/william-ruto").body()).contains("The mission needs money");
    }
}
