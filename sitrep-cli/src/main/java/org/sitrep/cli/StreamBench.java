package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.doc.Document;
import org.sitrep.kafka.DocumentCodec;
import org.sitrep.kafka.DocumentPublisher;
import org.sitrep.kafka.EmbeddedKafka;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.standard.StandardPipeline;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.EmbeddedServer;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.PostgresUrl;
import org.sitrep.store.sqlite.SqliteStore;
import org.sitrep.stream.StreamCounts;
import org.sitrep.stream.StreamJob;
import org.sitrep.stream.StreamSettings;

/**
 * {@code sitrep bench --stream}: the pipeline past one machine, measured on this one. It starts what it needs in
 * this process (a Kafka broker in KRaft mode, an embedded PostgreSQL server, Flink's mini cluster), publishes the
 * articles to a topic of two partitions, and then:
 * <ol>
 *   <li>runs the bounded Flink job (Kafka → the standard stages → PostgreSQL) once over the whole topic at
 *       parallelism 2 to warm up (the models load and the code is compiled: a cold run measures the JIT compiler
 *       more than the job), then at parallelism 1 and 2 in rounds that take turns (1, 2, then 2, 1, …), each run
 *       into a fresh database with a fresh consumer group; a run's rate is the documents stored from the first to
 *       the last, as a second connection sees them appear (the stream's own pace, what a job that runs for days
 *       keeps up), and, beside it, over the job's wall time from submission to its end (start-up included);</li>
 *   <li>ingests the same documents in this process, as {@code sitrep ingest} does (analysis on every core, one
 *       writer), into a fresh SQLite store and a fresh PostgreSQL database, taking turns: the cost of the shared
 *       store;</li>
 *   <li>times one document at a time on one thread: decoding its Kafka record, the stages, the PostgreSQL put;</li>
 *   <li>turns the best steady parallelism-2 rate into CPU-hours per million documents (the machine's every core counted
 *       busy for the run) and the cores that keep up with GDELT's and the Europe Media Monitor's daily volumes.</li>
 * </ol>
 *
 * <p>Not thread-safe. Fails with {@link IllegalStateException} if a server does not start or a run stores other than
 * every distinct document (a rate of a run that lost or failed documents would not compare).
 */
final class StreamBench {
    /** About 0.7 million articles a day (GDELT 2.0's own figure for its news feed). */
    static final double GDELT_PER_DAY = 700_000;
    /** About 300,000 articles a day (the Europe Media Monitor's own figure). */
    static final double EMM_PER_DAY = 300_000;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final AtomicInteger RUNS = new AtomicInteger();

    /**
     * What one {@link #measure} found; rates in documents per second (steady: from the first document stored to the
     * last; with start-up: from the job's submission to its end), times in milliseconds per document.
     */
    record Result(int documents, int cores, List<Double> parallelism1, List<Double> parallelism2,
            List<Double> parallelism1WithStartUp, List<Double> parallelism2WithStartUp, List<Double> sqliteIngest, List<Double> postgresIngest, double decodeMs, double stagesMs,
            double putMs) {
        double best1() {
            return best(parallelism1);
        }

        double best2() {
            return best(parallelism2);
        }

        double ratio() {
            return best2() / best1();
        }

        double ratioWithStartUp() {
            return best(parallelism2WithStartUp) / best(parallelism1WithStartUp);
        }

        /** CPU-hours per million documents at the best parallelism-2 rate, every core of the machine counted. */
        double cpuHoursPerMillion() {
            return 1e6 / best2() * cores / 3600;
        }

        /** Cores of this kind that keep up with {@code perDay} documents a day, at the same cost per document. */
        double coresFor(double perDay) {
            return perDay / 86_400 * cores / best2();
        }

        private static double best(List<Double> rates) {
            return rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private StreamBench() {
    }

    static Result measure(List<Document> docs, int rounds, PrintWriter err) {
        long distinct = docs.stream().map(Document::id).distinct().count();
        err.println("starting a Kafka broker and a PostgreSQL server in this process...");
        err.flush();
        try (TempFolder dir = TempFolder.create("sitrep-bench-stream"); EmbeddedKafka kafka = EmbeddedKafka.start();
                EmbeddedServer postgres = EmbeddedServer.start()) {
            kafka.createTopic("bench", 2);
            publish(kafka.bootstrapServers(), "bench", docs);
            err.printf(Locale.ROOT, "published %d articles (%d distinct) to a topic of 2 partitions%n", docs.size(),
                    distinct);

            long t0 = System.nanoTime();
            job(kafka, postgres, 2, distinct);
            err.printf(Locale.ROOT, "warm-up: parallelism 2 over the whole topic in %.1f s (models loaded, code"
                    + " compiled)%n", (System.nanoTime() - t0) / 1e9);
            List<Double> one = new ArrayList<>();
            List<Double> two = new ArrayList<>();
            List<Double> oneWithStartUp = new ArrayList<>();
            List<Double> twoWithStartUp = new ArrayList<>();
            int cores = Runtime.getRuntime().availableProcessors();
            for (int round = 1; round <= rounds; round++) {
                for (int p : round % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
                    long cpuStart = PROCESS.getProcessCpuTime();
                    Optional<MachineCpu> machineStart = MachineCpu.read();
                    Run run = job(kafka, postgres, p, distinct);
                    double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
                    String machine = MachineCpu.read().flatMap(end -> machineStart.map(
                            begin -> String.format(Locale.ROOT, ", the machine %.2f of its %d",
                                    end.coresBusySince(begin, cores), cores))).orElse("");
                    (p == 1 ? one : two).add(run.steadyRate());
                    (p == 1 ? oneWithStartUp : twoWithStartUp).add(run.rate());
                    err.printf(Locale.ROOT, "round %d, parallelism %d: %s in %.1f s: %.2f documents/s; from the"
                            + " first document stored to the last (%.1f s) %.2f documents/s; cores busy: this JVM"
                            + " %.2f%s (PostgreSQL's server processes are the difference)%n", round, p,
                            run.counts().line(), run.seconds(), run.rate(), run.steadySeconds(), run.steadyRate(),
                            cpu / run.seconds(), machine);
                }
            }

            Ingestion ingestion = new Ingestion(Budget.DEFAULT, err, false);
            int threads = Runtime.getRuntime().availableProcessors();
            List<Double> sqlite = new ArrayList<>();
            List<Double> shared = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (boolean lite : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                    try (Store store = lite
                            ? SqliteStore.open(dir.resolve("ingest-" + round + ".db"), new NearDuplicates())
                            : PostgresStore.open(postgres.createDatabase(), null, new NearDuplicates())) {
                        long start = System.nanoTime();
                        Ingestion.Counts c = ingestion.ingest(sink -> docs.forEach(sink::document), store, threads);
                        double rate = c.done() / ((System.nanoTime() - start) / 1e9);
                        if (c.failed() > 0) {
                            throw new IllegalStateException(c.failed() + " documents failed to ingest");
                        }
                        (lite ? sqlite : shared).add(rate);
                        err.printf(Locale.ROOT, "round %d, ingest into %s on %d threads: %.2f documents/s%n", round,
                                lite ? "SQLite" : "PostgreSQL", threads, rate);
                    }
                }
            }

            double[] parts = whereTheTimeGoes(docs, postgres.createDatabase());
            return new Result(docs.size(), Runtime.getRuntime().availableProcessors(), one, two, oneWithStartUp,
                    twoWithStartUp, sqlite, shared, parts[0], parts[1], parts[2]);
        }
    }

    private static void publish(String kafka, String topic, List<Document> docs) {
        List<String> failures = new ArrayList<>();
        try (DocumentPublisher publisher = DocumentPublisher.open(kafka, topic)) {
            for (Document d : docs) {
                publisher.publish(d, new DocumentPublisher.Listener() {
                    @Override
                    public void published(Document doc) {
                    }

                    @Override
                    public void failed(Document doc, String why) {
                        synchronized (failures) {
                            failures.add(doc.source() + ": " + why);
                        }
                    }
                });
            }
            publisher.flush();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("could not publish " + failures.size() + " articles, first "
                    + failures.get(0));
        }
    }

    /**
     * One timed run: the job's counts, its wall time from submission to its end, and its steady part, from the first
     * document stored to the last, as a second connection saw them appear in the database (polled every 50 ms).
     */
    record Run(StreamCounts counts, double seconds, long steadyDocuments, double steadySeconds) {
        double rate() {
            return counts.stored() / seconds;
        }

        double steadyRate() {
            return steadySeconds > 0 ? steadyDocuments / steadySeconds : rate();
        }
    }

    /** Runs the bounded job over the topic at {@code parallelism} into a fresh database, watching it fill. */
    private static Run job(EmbeddedKafka kafka, EmbeddedServer postgres, int parallelism, long distinct) {
        PostgresUrl db = postgres.createDatabase();
        try (Store watcher = PostgresStore.open(db, null, new NearDuplicates())) {
            watcher.documentCount(); // the schema is made before the task slots race to make it
            StreamSettings settings = StreamSettings.of(kafka.bootstrapServers(), "bench", db.toString(),
                    parallelism).withGroup("bench-" + RUNS.incrementAndGet()).withBounded(true);
            // the time the first documents were seen and how many, and the time all were: written by the watcher,
            // read here after it has ended or been stopped
            java.util.concurrent.atomic.AtomicLongArray seen = new java.util.concurrent.atomic.AtomicLongArray(3);
            Thread watch = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long n = watcher.documentCount();
                    long now = System.nanoTime();
                    if (n > 0 && seen.get(0) == 0) {
                        seen.set(1, n);
                        seen.set(0, now);
                    }
                    if (n >= distinct) {
                        seen.set(2, now);
                        return;
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sitrep-bench-watch");
            watch.setDaemon(true);
            long start = System.nanoTime();
            watch.start();
            StreamCounts c = StreamJob.run(settings, Duration.ofSeconds(30), x -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            try {
                watch.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            watch.interrupt();
            if (c.failed() > 0 || c.stored() != distinct) {
                throw new IllegalStateException("the job at parallelism " + parallelism + " stored " + c.stored()
                        + " of " + distinct + " distinct documents (" + c.line() + "); its rate would not compare");
            }
            boolean watched = seen.get(0) > 0 && seen.get(2) > seen.get(0);
            return new Run(c, seconds, watched ? distinct - seen.get(1) : 0,
                    watched ? (seen.get(2) - seen.get(0)) / 1e9 : 0);
        }
    }

    /** On one thread, per document: the record's decoding, the stages, the put; milliseconds each, on average. */
    private static double[] whereTheTimeGoes(List<Document> docs, PostgresUrl db) {
        DocumentCodec codec = new DocumentCodec();
        List<byte[]> records = docs.stream().map(codec::encode).toList();
        Pipeline pipeline = StandardPipeline.create();
        long decode = 0;
        long analyze = 0;
        long put = 0;
        try (Store store = PostgresStore.open(db, null, new NearDuplicates())) {
            for (byte[] r : records) {
                long t0 = System.nanoTime();
                Document d = codec.decode(r);
                long t1 = System.nanoTime();
                Document analyzed = pipeline.process(d);
                long t2 = System.nanoTime();
                store.put(analyzed);
                long t3 = System.nanoTime();
                decode += t1 - t0;
                analyze += t2 - t1;
                put += t3 - t2;
            }
        }
        double n = records.size() * 1e6;
        return new double[] {decode / n, analyze / n, put / n};
    }

}
