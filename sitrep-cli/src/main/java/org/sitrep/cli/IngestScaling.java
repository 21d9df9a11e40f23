package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Budget;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * {@code sitrep bench --ingest-threads 1,2}: how the whole ingest (analysis on N threads, one writer storing into
 * SQLite) scales with its threads, measured in one process once the code is warm.
 *
 * <p>A run of a few hundred articles in a fresh JVM spends much of its time compiling: on the 2-core development
 * machine the JIT compiler took 30 s of CPU in the first 70 s of a BBC ingest, most of a second core. A ratio of two
 * such cold runs says more about the compiler than about the threads. So one {@link Ingestion} (its models loaded
 * once) first ingests the articles once on the most threads asked for, into a store that is thrown away, and only
 * then is each thread count timed, in rounds that take turns (1, 2, 1, 2, …) so that a change in the machine's load
 * falls on both alike; each timed run ingests every article into a fresh store in a temporary folder. The articles
 * are read into memory before, so the figures are analysis and storage, not the disk.
 *
 * <p>Not thread-safe; fails with {@link UncheckedIOException} if the temporary folder cannot be made.
 */
final class IngestScaling {
    /** Documents per second of each round on {@code threads} threads. */
    record Result(int threads, List<Double> docsPerSecond) {
        double best() {
            return docsPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private IngestScaling() {
    }

    static List<Result> measure(List<Document> docs, List<Integer> threadCounts, int rounds, PrintWriter err) {
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-bench-ingest");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the bench stores", e);
        }
        try {
            Ingestion ingestion = new Ingestion(Budget.DEFAULT, err, false);
            int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
            long t0 = System.nanoTime();
            rate(ingestion, docs, dir.resolve("warm-up.db"), most);
            err.printf(Locale.ROOT, "warm-up: loaded the models and ingested %d articles in %.1f s%n", docs.size(),
                    (System.nanoTime() - t0) / 1e9);
            List<List<Double>> rates = new ArrayList<>();
            threadCounts.forEach(t -> rates.add(new ArrayList<>()));
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < threadCounts.size(); i++) {
                    int threads = threadCounts.get(i);
                    double r = rate(ingestion, docs, dir.resolve("round-" + round + "-" + threads + ".db"), threads);
                    rates.get(i).add(r);
                    err.printf(Locale.ROOT, "round %d, %d thread(s): %.2f documents/s%n", round, threads, r);
                }
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < threadCounts.size(); i++) {
                results.add(new Result(threadCounts.get(i), List.copyOf(rates.get(i))));
            }
            return results;
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Ingests {@code docs} into a fresh store at {@code file} on {@code threads} threads; documents per second. */
    private static double rate(Ingestion ingestion, List<Document> docs, Path file, int threads) {
        try (SqliteStore store = SqliteStore.open(file)) {
            long start = System.nanoTime();
            Ingestion.Counts counts = ingestion.ingest(sink -> docs.forEach(sink::document), store, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (counts.failed() > 0) {
                throw new IllegalStateException(counts.failed() + " of " + docs.size()
                        + " articles failed to ingest; the rate would not be comparable");
            }
            return counts.done() / seconds;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing a finished measurement
        }
    }
}
