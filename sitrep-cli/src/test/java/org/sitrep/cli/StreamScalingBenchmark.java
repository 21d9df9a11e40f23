package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.kafka.DocumentCodec;
import org.sitrep.kafka.EmbeddedKafka;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.standard.StandardPipeline;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.EmbeddedServer;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.stream.StreamCounts;
import org.sitrep.stream.StreamJob;
import org.sitrep.stream.StreamSettings;

/**
 * Scaling of the Flink job on this machine: Kafka → Flink → PostgreSQL at parallelism 1 and 2 on the same documents,
 * in the same run, printed as {@code {"parallelism_1": {"docs_per_s": …}, "parallelism_2": {"docs_per_s": …},
 * "ratio": …}}; then where one document's time goes, on one thread: decoding its Kafka record, the stages, the
 * PostgreSQL put.
 *
 * <p>It runs only when asked ({@code -Dsitrep.bench=true}) and when {@code ../shared/data/bbc-news} is there. It
 * publishes the first {@code -Dsitrep.bench.limit} (300) BBC articles in zip order to a topic of 2 partitions on an
 * in-process KRaft broker, warms up (the models load) with a bounded job over a 30-article topic at parallelism 1
 * and then 2, then runs the bounded job over the whole topic at parallelism 1, 2, 2, 1, each with a fresh PostgreSQL
 * database (io.zonky's embedded server) and consumer group, and takes each parallelism's mean. Each round also prints
 * the CPU time this JVM got (PostgreSQL's processes not counted) and the machine's load. A run's rate is the documents stored over
 * the job's wall time from submission to its end (start-up included). Surefire runs it only by name. Run:
 * {@code mvn -B -o -q -pl sitrep-cli -am verify -Dtest=StreamScalingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsitrep.bench=true}.
 */
class StreamScalingBenchmark {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    @TempDir
    Path dir;

    @Test
    void runsTheJobAtParallelismOneAndTwoOnTheSameDocuments() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true),"
                + " skipping");
        Path zip = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "bbc-news", "bbc-fulltext.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), zip + " absent, skipping");
        int limit = Integer.getInteger("sitrep.bench.limit", 300);
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path warmUp = Files.createDirectories(dir.resolve("warm-up"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            TreeMap<String, ZipEntry> entries = new TreeMap<>();
            z.stream().filter(e -> !e.isDirectory() && e.getName().matches(".*/\\d+\\.txt"))
                    .forEach(e -> entries.put(e.getName(), e));
            int i = 0;
            for (ZipEntry e : entries.values()) {
                if (i >= limit + 30) {
                    break;
                }
                Path to = (i < limit ? articles : warmUp).resolve(String.format(Locale.ROOT, "%04d.txt", i));
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, to);
                }
                i++;
            }
        }
        List<Document> docs = DocumentReader.builder().build().read(List.of(articles.toString())).documents();
        long distinct = docs.stream().map(Document::id).distinct().count();

        try (EmbeddedKafka kafka = EmbeddedKafka.start(); EmbeddedServer postgres = EmbeddedServer.start()) {
            kafka.createTopic("bench", 2);
            kafka.createTopic("warm-up", 2);
            publish(kafka, "bench", articles);
            publish(kafka, "warm-up", warmUp);
            // the models load and the code warms up at both parallelisms before any run is timed
            run(kafka, postgres, "warm-up", 1, "warm-up-1");
            run(kafka, postgres, "warm-up", 2, "warm-up-2");

            List<Double> one = new ArrayList<>();
            List<Double> two = new ArrayList<>();
            int[] order = {1, 2, 2, 1};
            for (int round = 0; round < order.length; round++) {
                int p = order[round];
                long start = System.nanoTime();
                long cpuStart = PROCESS.getProcessCpuTime();
                StreamCounts c = run(kafka, postgres, "bench", p, "round-" + round);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
                assertThat(c.stored()).as("documents stored at parallelism %d", p).isEqualTo(distinct);
                double rate = c.stored() / seconds;
                (p == 1 ? one : two).add(rate);
                System.out.printf(Locale.ROOT, "round %d parallelism %d: %s in %.1f s: %.2f docs/s; this JVM used"
                        + " %.1f s of CPU (%.2f cores; PostgreSQL's own processes not counted), load average %.1f%n",
                        round + 1, p, c.line(), seconds, rate, cpu, cpu / seconds,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            ObjectMapper json = new ObjectMapper();
            ObjectNode out = json.createObjectNode();
            out.putObject("parallelism_1").put("docs_per_s", round2(mean(one)));
            out.putObject("parallelism_2").put("docs_per_s", round2(mean(two)));
            out.put("ratio", Math.round(mean(two) / mean(one) * 1000) / 1000.0);
            out.put("documents", distinct);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            System.out.println(json.writeValueAsString(out));

            whereTheTimeGoes(docs, postgres);
        }
    }

    /** One thread, the same documents: the record's decoding, the stages, the put, each summed over all. */
    private static void whereTheTimeGoes(List<Document> docs, EmbeddedServer postgres) {
        DocumentCodec codec = new DocumentCodec();
        List<byte[]> records = docs.stream().map(codec::encode).toList();
        Pipeline pipeline = StandardPipeline.create();
        long decode = 0;
        long analyze = 0;
        long put = 0;
        try (Store store = PostgresStore.open(postgres.createDatabase(), null, new NearDuplicates())) {
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
        double n = records.size();
        double total = decode + analyze + put;
        System.out.printf(Locale.ROOT, "one thread, %d documents, ms per document: decode %.2f (%.1f%%), stages %.1f"
                + " (%.1f%%), postgresql put %.1f (%.1f%%)%n", records.size(), decode / n / 1e6, 100 * decode / total,
                analyze / n / 1e6, 100 * analyze / total, put / n / 1e6, 100 * put / total);
    }

    private static void publish(EmbeddedKafka kafka, String topic, Path folder) {
        Cli.Run run = Cli.sitrep("publish", "--kafka", kafka.bootstrapServers(), "--topic", topic, folder.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    private static StreamCounts run(EmbeddedKafka kafka, EmbeddedServer postgres, String topic, int parallelism,
            String group) {
        String db = postgres.createDatabase().toString();
        try (Store s = PostgresStore.open(org.sitrep.store.postgres.PostgresUrl.parse(db), null,
                new NearDuplicates())) {
            s.documentCount();
        }
        StreamSettings settings = StreamSettings.of(kafka.bootstrapServers(), topic, db, parallelism).withGroup(group)
                .withBounded(true);
        StreamCounts c = StreamJob.run(settings, Duration.ofSeconds(30), x -> { });
        assertThat(c.failed()).isZero();
        return c;
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
