package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.kafka.EmbeddedKafka;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.EmbeddedServer;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.PostgresUrl;
import org.sitrep.stream.StreamCounts;
import org.sitrep.stream.StreamJob;
import org.sitrep.stream.StreamSettings;

/**
 * Kafka to Flink to PostgreSQL, end to end, on real servers started here: an in-process KRaft broker, an embedded
 * PostgreSQL, and the job on Flink's mini cluster at parallelism 2. The inputs are the demo corpus, published twice
 * (so the topic holds every document two times), and, when {@code ../shared} is present, 200 BBC articles.
 */
class StreamCommandTest {
    private static final String TOPIC = "news";

    @TempDir
    static Path dir;
    private static EmbeddedKafka kafka;
    private static EmbeddedServer postgres;
    private static Set<String> published;
    private static int recordsPerPublish;
    private static PostgresUrl clean;
    private static Cli.Run cleanRun;

    @BeforeAll
    static void publishAndStreamOnce() throws IOException {
        kafka = EmbeddedKafka.start();
        postgres = EmbeddedServer.start();
        kafka.createTopic(TOPIC, 2);
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        try (InputStream in = StreamCommandTest.class.getResourceAsStream("/org/sitrep/demo/mss-demo.jsonl")) {
            Files.copy(in, inputs.resolve("mss-demo.jsonl"));
        }
        copyBbcArticles(inputs, 100);
        for (int i = 0; i < 2; i++) {
            Cli.Run run = Cli.sitrep("publish", "--kafka", kafka.bootstrapServers(), "--topic", TOPIC,
                    inputs.toString());
            assertThat(run.code()).as(run.err()).isZero();
        }
        published = new LinkedHashSet<>();
        List<Document> read = DocumentReader.builder().build().read(List.of(inputs.toString())).documents();
        read.forEach(d -> published.add(d.id()));
        recordsPerPublish = read.size();

        clean = postgres.createDatabase();
        cleanRun = Cli.sitrep("stream", "--kafka", kafka.bootstrapServers(), "--topic", TOPIC, "--db",
                clean.toString(), "--parallelism", "2", "--group", "clean", "--bounded", "--progress-seconds", "2");
    }

    @AfterAll
    static void stopServers() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void eachDistinctDocumentIsStoredExactlyOnceThoughTheTopicHoldsItTwice() {
        assertThat(cleanRun.code()).as(cleanRun.err()).isZero();
        assertThat(cleanRun.err()).contains("stream: read ");
        int records = 2 * recordsPerPublish;
        assertThat(cleanRun.err()).contains(String.format(java.util.Locale.ROOT,
                "streamed: read %,d, stored %,d, skipped as duplicate %,d, failed 0", records, published.size(),
                records - published.size()));
        try (Store store = open(clean)) {
            assertThat(store.documentCount()).isEqualTo(published.size());
            assertThat(ids(store)).containsExactlyInAnyOrderElementsOf(published);
        }
    }

    @Test
    void afterATaskFailsAndRestartsEachDocumentIsStoredOnceWithTheLayersOfACleanRun() {
        PostgresUrl recovered = postgres.createDatabase();
        try (Store s = open(recovered)) {
            s.documentCount();
        }
        StreamSettings settings = StreamSettings.of(kafka.bootstrapServers(), TOPIC, recovered.toString(), 2)
                .withGroup("recovered").withBounded(true).withCheckpointMillis(200).withFailOnceAfter(12);

        StreamCounts counts = StreamJob.run(settings, Duration.ofSeconds(2), c -> { });

        assertThat(counts.restartedTasks()).as("the injected failure restarted a task").isPositive();
        assertThat(counts.failed()).isZero();
        try (Store store = open(recovered); Store reference = open(clean)) {
            assertThat(store.documentCount()).isEqualTo(published.size());
            assertThat(ids(store)).containsExactlyInAnyOrderElementsOf(published);
            for (String id : published) {
                Document got = store.findDocument(id).orElseThrow();
                Document want = reference.findDocument(id).orElseThrow();
                assertThat(got.layerKeys()).as(id).containsExactlyElementsOf(want.layerKeys());
                for (Layer<?> layer : want.layerKeys()) {
                    assertThat(got.layer(layer)).as("%s %s", id, layer.name()).isEqualTo(want.layer(layer));
                }
            }
        }
    }

    @Test
    void aRecordThatIsNotADocumentIsOneLineAndTheOthersAreStored() throws IOException {
        kafka.createTopic("mixed", 1);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("mixed", "junk-key", "<html>not a document record</html>"
                    .getBytes(StandardCharsets.UTF_8)));
        }
        Path corpus = dir.resolve("inputs").resolve("mss-demo.jsonl");
        Cli.Run published = Cli.sitrep("publish", "--kafka", kafka.bootstrapServers(), "--topic", "mixed",
                corpus.toString());
        assertThat(published.code()).as(published.err()).isZero();
        PostgresUrl db = postgres.createDatabase();

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(lines, true, StandardCharsets.UTF_8));
        Cli.Run r;
        try {
            r = Cli.sitrep("stream", "--kafka", kafka.bootstrapServers(), "--topic", "mixed", "--db", db.toString(),
                    "--group", "mixed", "--bounded");
        } finally {
            System.setErr(stderr);
        }

        assertThat(r.code()).as(r.err()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err()).contains("streamed: read 11, stored 10, skipped as duplicate 0, failed 1");
        assertThat(lines.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("junk-key")))
                .singleElement().asString().startsWith("kafka record junk-key: not stored: not a Sitrep document");
        try (Store store = open(db)) {
            assertThat(store.documentCount()).isEqualTo(10);
        }
    }

    @Test
    void aStoreThatIsNotPostgresIsAUsageError() {
        Cli.Run r = Cli.sitrep("stream", "--kafka", kafka.bootstrapServers(), "--topic", TOPIC, "--db",
                dir.resolve("x.db").toString());

        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("PostgreSQL");
    }

    private static Store open(PostgresUrl url) {
        return PostgresStore.open(url, null, new NearDuplicates());
    }

    private static List<String> ids(Store store) {
        List<String> ids = new ArrayList<>();
        store.documents(new Page(0, 10_000)).forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** The first {@code perCategory} politics and business stories of the BBC corpus, when it is present. */
    private static void copyBbcArticles(Path to, int perCategory) throws IOException {
        Path zip = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "bbc-news", "bbc-fulltext.zip");
        if (!Files.isRegularFile(zip)) {
            System.err.println(zip + " absent: streaming the demo corpus alone");
            return;
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String category : List.of("politics", "business")) {
                TreeMap<String, ZipEntry> entries = new TreeMap<>();
                z.stream().filter(e -> !e.isDirectory() && e.getName().matches("(?:.*/)?" + category + "/\\d+\\.txt"))
                        .forEach(e -> entries.put(e.getName(), e));
                for (ZipEntry e : entries.values().stream().limit(perCategory).toList()) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, to.resolve(category + "-" + Path.of(e.getName()).getFileName()));
                    }
                }
            }
        }
    }
}
