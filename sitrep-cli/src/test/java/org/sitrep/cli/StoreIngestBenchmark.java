package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.EmbeddedServer;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The cost of the shared store: single-process {@code sitrep ingest} of the same BBC articles into the embedded SQLite
 * file and into PostgreSQL, in the same run, and prints documents per second for each and their ratio.
 *
 * <p>It runs only when asked ({@code -Dsitrep.bench=true}) and when the articles are there: unzip
 * {@code ../shared/data/bbc-news/bbc-fulltext.zip} into {@code /tmp/bbc-pg} (or name the folder with
 * {@code -Dsitrep.bench.data=DIR}). It takes the first {@code -Dsitrep.bench.limit} (300) {@code .txt} files in path
 * order, ingests 30 of them once to warm up, then ingests all of them into a fresh store of each kind, twice,
 * alternating which goes first. Each ingest is the whole command as a user runs it (reading, the pipeline, the store),
 * in this JVM; PostgreSQL is io.zonky's embedded server on this machine. Then the stores alone: the analyzed
 * documents of the first SQLite round are put again, on one thread, into a fresh store of each kind (with the copy
 * detector, as the CLI opens them), three rounds alternating, the first taken as warm-up. Surefire runs it only by name (its name does
 * not end in Test). Run: {@code mvn -B -o -q -pl sitrep-cli -am verify -Dtest=StoreIngestBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsitrep.bench=true}.
 */
class StoreIngestBenchmark {
    private static final Pattern ADDED = Pattern.compile("ingested (\\d+) new, (\\d+) already stored, (\\d+) failed");

    @TempDir
    Path dir;

    @Test
    void ingestsTheSameArticlesIntoSqliteAndPostgres() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true), skipping");
        Path data = Path.of(System.getProperty("sitrep.bench.data", "/tmp/bbc-pg"));
        Assumptions.assumeTrue(Files.isDirectory(data), data + " absent (unzip ../shared/data/bbc-news/bbc-fulltext.zip"
                + " into it), skipping");
        int limit = Integer.getInteger("sitrep.bench.limit", 300);
        List<Path> articles;
        try (Stream<Path> files = Files.walk(data)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.TXT"))
                    .sorted().limit(limit).toList();
        }
        Assumptions.assumeTrue(articles.size() == limit, "fewer than " + limit + " articles under " + data + ", skipping");
        Path input = Files.createDirectories(dir.resolve("articles"));
        Path warmUp = Files.createDirectories(dir.resolve("warm-up"));
        for (int i = 0; i < articles.size(); i++) {
            String name = String.format(Locale.ROOT, "%04d.txt", i);
            Files.copy(articles.get(i), input.resolve(name));
            if (i < 30) {
                Files.copy(articles.get(i), warmUp.resolve(name));
            }
        }

        try (EmbeddedServer server = EmbeddedServer.start()) {
            ingest(dir.resolve("warm-up.db").toString(), warmUp);
            List<Double> sqlite = new ArrayList<>();
            List<Double> postgres = new ArrayList<>();
            int stored = -1;
            for (int round = 0; round < 2; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean sqliteTurn = (round + turn) % 2 == 0;
                    String db = sqliteTurn ? dir.resolve("round-" + round + ".db").toString()
                            : server.createDatabase().toString();
                    long start = System.nanoTime();
                    int added = ingest(db, input);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    assertThat(stored == -1 || added == stored).as("both stores add the same documents").isTrue();
                    stored = added;
                    double rate = articles.size() / seconds;
                    (sqliteTurn ? sqlite : postgres).add(rate);
                    System.out.printf(Locale.ROOT, "round %d %-10s %d articles (%d new) in %.1f s: %.2f docs/s%n",
                            round + 1, sqliteTurn ? "sqlite" : "postgresql", articles.size(), added, seconds, rate);
                }
            }
            double s = mean(sqlite);
            double p = mean(postgres);
            System.out.printf(Locale.ROOT, "ingest, %d BBC articles, single process: sqlite %.2f docs/s,"
                    + " postgresql %.2f docs/s, postgresql/sqlite %.3f%n", articles.size(), s, p, p / s);

            // the stores alone: the analyzed documents of the first round put again, one thread, into fresh stores
            List<Document> analyzed = new ArrayList<>();
            try (SqliteStore first = SqliteStore.open(dir.resolve("round-0.db"))) {
                for (DocumentSummary d : first.documents(Page.first(10_000))) {
                    analyzed.add(first.findDocument(d.id()).orElseThrow());
                }
            }
            List<Double> sqlitePuts = new ArrayList<>();
            List<Double> postgresPuts = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int turn = 0; turn < 2; turn++) {
                    boolean sqliteTurn = (round + turn) % 2 == 0;
                    try (Store store = sqliteTurn
                            ? SqliteStore.open(dir.resolve("puts-" + round + ".db"), new NearDuplicates())
                            : PostgresStore.open(server.createDatabase(), null, new NearDuplicates())) {
                        long start = System.nanoTime();
                        for (Document d : analyzed) {
                            assertThat(store.put(d).added()).isTrue();
                        }
                        double rate = analyzed.size() / ((System.nanoTime() - start) / 1e9);
                        (sqliteTurn ? sqlitePuts : postgresPuts).add(rate);
                        System.out.printf(Locale.ROOT, "puts round %d %-10s %d analyzed documents: %.1f docs/s%n",
                                round + 1, sqliteTurn ? "sqlite" : "postgresql", analyzed.size(), rate);
                    }
                }
            }
            double sp = mean(sqlitePuts.subList(1, 3));
            double pp = mean(postgresPuts.subList(1, 3));
            System.out.printf(Locale.ROOT, "store puts alone (rounds 2-3), %d documents with every layer and copy"
                    + " links: sqlite %.1f docs/s, postgresql %.1f docs/s, postgresql/sqlite %.3f%n",
                    analyzed.size(), sp, pp, pp / sp);
        }
    }

    /** Runs {@code sitrep ingest} and returns how many documents it added. */
    private static int ingest(String db, Path input) {
        Cli.Run run = Cli.sitrep("ingest", "--db", db, input.toString());
        Matcher m = ADDED.matcher(run.err());
        assertThat(m.find()).as("ingest summary in: %s", run.err()).isTrue();
        assertThat(m.group(3)).as("failed documents; stderr: %s", run.err()).isEqualTo("0");
        return Integer.parseInt(m.group(1));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
