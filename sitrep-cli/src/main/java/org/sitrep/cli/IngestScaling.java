package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>Not thread-safe; fails with {@link java.io.UncheckedIOException} if the temporary folder cannot be made.
 */
final class IngestScaling {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();

    /**
     * Documents per second of each round on {@code threads} threads, and the cores this process kept busy meanwhile
     * (its CPU time over the round's wall time: the analysis threads, the writer, the garbage collector, the JIT).
     */
    record Result(int threads, List<Double> docsPerSecond, List<Double> coresUsed) {
        double best() {
            return docsPerSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private IngestScaling() {
    }

    static List<Result> measure(List<Document> docs, List<Integer> threadCounts, int rounds, PrintWriter err) {
        try (TempFolder dir = TempFolder.create("sitrep-bench-ingest")) {
            Ingestion ingestion = new Ingestion(Budget.DEFAULT, err, false);
            int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
            long t0 = System.nanoTime();
            rate(ingestion, docs, dir.resolve("warm-up.db"), most);
            err.printf(Locale.ROOT, "warm-up: loaded the models and ingested %d articles in %.1f s%n", docs.size(),
                    (System.nanoTime() - t0) / 1e9);
            List<List<Double>> rates = new ArrayList<>();
            List<List<Double>> cores = new ArrayList<>();
            threadCounts.forEach(t -> {
                rates.add(new ArrayList<>());
                cores.add(new ArrayList<>());
            });
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < threadCounts.size(); i++) {
                    int threads = threadCounts.get(i);
                    long wall = System.nanoTime();
                    long cpu = PROCESS.getProcessCpuTime();
                    double r = rate(ingestion, docs, dir.resolve("round-" + round + "-" + threads + ".db"), threads);
                    double used = (PROCESS.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - wall);
                    rates.get(i).add(r);
                    cores.get(i).add(used);
                    err.printf(Locale.ROOT, "round %d, %d thread(s): %.2f documents/s, %.2f cores busy%n", round,
                            threads, r, used);
                }
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < threadCounts.size(); i++) {
                results.add(new Result(threadCounts.get(i), List.copyOf(rates.get(i)), List.copyOf(cores.get(i))));
            }
            return results;
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

}
