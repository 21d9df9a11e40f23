package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.EmbeddedServer;
import org.sitrep.store.postgres.PostgresUrl;
import org.sitrep.web.SitrepServer;

/**
 * Every command that opens the store, run against a real PostgreSQL server ({@code --db postgresql://...}), gives
 * what it gives on the embedded SQLite file from the same inputs; {@code serve} sees what another process adds.
 */
class PostgresCommandsTest {
    @TempDir
    static Path dir;

    static EmbeddedServer server;
    static Path corpus;
    static Path sqlite;
    static String postgres;
    static Cli.Run ingestPostgres;

    @BeforeAll
    static void ingestTheDemoCorpusIntoBothStores() throws IOException {
        server = EmbeddedServer.start();
        corpus = dir.resolve("mss-demo.jsonl");
        try (InputStream in = PostgresCommandsTest.class.getResourceAsStream("/org/sitrep/demo/mss-demo.jsonl")) {
            Files.copy(in, corpus);
        }
        sqlite = dir.resolve("record.db");
        postgres = server.createDatabase().toString();
        assertThat(Cli.sitrep("ingest", "--db", sqlite.toString(), corpus.toString()).code()).isZero();
        ingestPostgres = Cli.sitrep("ingest", "--db", postgres, corpus.toString());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static int corpusSize() throws IOException {
        return Files.readAllLines(corpus).size();
    }

    @Test
    void ingestThenReportGivesTheSameReportAsOnSqlite() throws IOException {
        assertThat(ingestPostgres.code()).as("stderr: %s", ingestPostgres.err()).isZero();
        assertThat(ingestPostgres.err()).contains("ingested " + corpusSize() + " new, 0 already stored, 0 failed -> "
                + postgres);

        Cli.Run onPostgres = Cli.sitrep("report", "MSS", "--format", "json", "--db", postgres);
        Cli.Run onSqlite = Cli.sitrep("report", "MSS", "--format", "json", "--db", sqlite.toString());
        assertThat(onPostgres.code()).as("stderr: %s", onPostgres.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(onPostgres.out());
        assertThat(report.at("/subject/id").asText()).isEqualTo("mss");
        // every demo article but the transitional council's, whose only statement is by "Its members"
        assertThat(report.get("sources")).hasSize(corpusSize() - 1);
        assertThat(report).isEqualTo(new ObjectMapper().readTree(onSqlite.out()));
    }

    @Test
    void quotesTimelineFactsAndExportGiveTheSameAsOnSqlite() {
        for (List<String> command : List.of(List.of("quotes", "--speaker", "Ruto"), List.of("quotes"),
                List.of("timeline", "MSS"), List.of("facts", "MSS", "--format", "jsonl"),
                List.of("export", "--format", "csv"), List.of("report", "MSS", "--format", "markdown"))) {
            Cli.Run onPostgres = run(command, postgres);
            Cli.Run onSqlite = run(command, sqlite.toString());
            assertThat(onPostgres.code()).as("%s: %s", command, onPostgres.err()).isZero();
            assertThat(onPostgres.out()).as("%s", command).isNotBlank().isEqualTo(onSqlite.out());
        }
    }

    private static Cli.Run run(List<String> command, String db) {
        String[] args = new String[command.size() + 2];
        command.toArray(args);
        args[command.size()] = "--db";
        args[command.size() + 1] = db;
        return Cli.sitrep(args);
    }

    @Test
    void aSecondIngestAddsNothing() throws IOException {
        Cli.Run again = Cli.sitrep("ingest", "--db", postgres, corpus.toString());

        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("ingested 0 new, " + corpusSize() + " already stored, 0 failed");
    }

    @Test
    void aUrlWithAPasswordIsRefusedInOneLineWithoutRepeatingIt() {
        String withPassword = postgres.replace("postgres@", "postgres:s3cret@");

        Cli.Run run = Cli.sitrep("report", "MSS", "--db", withPassword);

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("s3cret")
                .contains("a password never goes in the URL");
    }

    @Test
    void aDatabaseThatIsNotThereGivesOneLineAndExitCode3() {
        PostgresUrl url = PostgresUrl.parse(postgres);
        String missing = new PostgresUrl(url.user(), url.host(), url.port(), "no_such_record", url.parameters())
                .toString();

        Cli.Run run = Cli.sitrep("facts", "MSS", "--db", missing);

        assertThat(run.code()).isEqualTo(Main.FATAL);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("sitrep: cannot open store " + missing)
                .contains("no_such_record");
    }

    @Test
    void serveSeesWhatAnotherProcessAddsOnItsNextReport() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path last = dir.resolve("last.jsonl");
        // the article added later is the first one (the report cites it; the report leaves out the corpus's
        // last article, whose only statement has a speaker the record cannot name)
        List<String> lines = Files.readAllLines(corpus).stream().filter(l -> !l.isBlank()).toList();
        Files.write(first, lines.subList(1, lines.size()));
        Files.write(last, lines.subList(0, 1));
        String db = server.createDatabase().toString();
        assertThat(Cli.sitrep("ingest", "--db", db, first.toString()).code()).isZero();

        StoreOptions options = new StoreOptions();
        options.db = db;
        try (Store store = Stores.open(options)) {
            SitrepServer web = SitrepServer.builder().store(store).port(0).minRefreshMillis(0).build();
            int port = web.start();
            try {
                assertThat(reportSources(port)).isEqualTo(lines.size() - 2);

                // another store, as another process would open it, adds the last article
                assertThat(Cli.sitrep("ingest", "--db", db, last.toString()).code()).isZero();

                long deadline = System.nanoTime() + 30_000_000_000L;
                int sources = reportSources(port);
                while (sources != lines.size() - 1 && System.nanoTime() < deadline) {
                    Thread.sleep(100); // the page is recomputed in the background; the old one is served meanwhile
                    sources = reportSources(port);
                }
                assertThat(sources).isEqualTo(lines.size() - 1);
            } finally {
                web.stop();
            }
        }
    }

    private static int reportSources(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/subjects/MSS/report")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("sources").size();
    }
}
