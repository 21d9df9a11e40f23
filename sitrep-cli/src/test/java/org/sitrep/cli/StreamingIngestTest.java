package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.sqlite.SqliteStore;

/** {@code sitrep ingest} as a stream on several threads: counts that agree with the exit code, budgets, re-runs. */
class StreamingIngestTest {
    @TempDir
    Path dir;

    private static String article(int i) {
        return "Kenya sends more police to Haiti, part " + i + "\n"
                + "About " + (100 + i) + " more Kenyan police officers arrived in Haiti on Saturday, officials said.\n";
    }

    @Test
    void aJsonLinesFileWithOneBadLineCountsItAsFailedAndExitsOne() throws IOException {
        Path db = dir.resolve("record.db");
        Path jsonl = dir.resolve("feed.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append("{\"url\": \"https://example.org/").append(i).append("\", \"text\": \"")
                    .append(article(i).replace("\n", "\\n")).append("\"}\n");
        }
        sb.append("{\"url\": \"https://example.org/bad\", \"text\": \n");
        Files.writeString(jsonl, sb.toString());

        Cli.Run run = Cli.sitrep("ingest", "--db", db.toString(), "--threads", "2", jsonl.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("feed.jsonl:5: not valid JSON")
                .contains("ingested 4 new, 0 already stored, 1 failed");
        try (SqliteStore s = SqliteStore.open(db)) {
            assertThat(s.documentCount()).isEqualTo(4);
        }
    }

    @Test
    void benchIngestThreadsTimesEachThreadCountAfterAWarmUpAndGivesItsRatioToTheFirst() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("news"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), article(i));
        }

        Cli.Run run = Cli.sitrep("bench", "--data", folder.toString(), "--ingest-threads", "1,2", "--rounds", "2",
                "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("warm-up: loaded the models and ingested 6 articles")
                .contains("round 2, 2 thread(s):");
        com.fasterxml.jackson.databind.JsonNode o = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out());
        assertThat(o.get("articles").asInt()).isEqualTo(6);
        assertThat(o.get("threads_1").get("rounds")).hasSize(2);
        assertThat(o.get("threads_1").get("ratio").asDouble()).isEqualTo(1.0);
        assertThat(o.get("threads_2").get("docs_per_s").asDouble()).isPositive();
        assertThat(o.get("threads_2").get("ratio").asDouble()).isPositive();
    }

    @Test
    void benchIngestThreadsRefusesAThreadCountBelowOne() {
        Cli.Run run = Cli.sitrep("bench", "--data", dir.toString(), "--ingest-threads", "1,0");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--ingest-threads needs thread counts of at least 1");
    }

    @Test
    void manyDocumentsOnTwoThreadsAreEachStoredOnceAndAReRunAddsNothing() throws IOException {
        Path db = dir.resolve("record.db");
        Path folder = Files.createDirectory(dir.resolve("news"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), article(i));
        }
        Files.writeString(folder.resolve("12-copy.txt"), article(3));

        Cli.Run first = Cli.sitrep("ingest", "--db", db.toString(), "--threads", "2", folder.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("ingested 12 new, 1 already stored, 0 failed");

        Cli.Run second = Cli.sitrep("ingest", "--db", db.toString(), "--threads", "2", folder.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.err()).contains("ingested 0 new, 13 already stored, 0 failed");
        try (SqliteStore s = SqliteStore.open(db)) {
            assertThat(s.documentCount()).isEqualTo(12);
        }
    }

    @Test
    void aDocumentOverItsBudgetFailsWithOneLineNamingItAndTheStageAndTheRunGoesOn() throws IOException {
        Path db = dir.resolve("record.db");
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, article(1));
        Files.writeString(b, article(2));

        Cli.Run run = Cli.sitrep("ingest", "--db", db.toString(), "--budget", "0.000001", a.toString(), b.toString());

        assertThat(run.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("ingested 0 new, 0 already stored, 2 failed");
        assertThat(run.err().lines().filter(l -> l.contains("went over its time budget"))).hasSize(2)
                // each names its document by its source: the path below the folder it was given in
                .anySatisfy(l -> assertThat(l).startsWith("a.txt: not stored: ").contains("in stage '"))
                .anySatisfy(l -> assertThat(l).startsWith("b.txt: not stored: "));
        try (SqliteStore s = SqliteStore.open(db)) {
            assertThat(s.documentCount()).isZero();
        }
    }

    @Test
    void aBadBudgetOrThreadCountIsAUsageError() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, article(1));
        Cli.Run budget = Cli.sitrep("ingest", "--db", dir.resolve("x.db").toString(), "--budget", "soon", a.toString());
        assertThat(budget.code()).isEqualTo(Main.USAGE);
        assertThat(budget.err()).contains("--budget").contains("'soon'");
        Cli.Run threads = Cli.sitrep("ingest", "--db", dir.resolve("x.db").toString(), "--threads", "0", a.toString());
        assertThat(threads.code()).isEqualTo(Main.USAGE);
        assertThat(threads.err()).contains("--threads");
    }

    @Test
    void theProgressLineGivesDoneNewStoredFailedAndTheRateAfterTheFirstDocument() {
        assertThat(Progress.line(new Ingestion.Counts(1201, 30, 4), 100_000_000_000L))
                .isEqualTo("1,235 done (1,201 new, 30 already stored, 4 failed), 12.3 documents/s");
    }
}
