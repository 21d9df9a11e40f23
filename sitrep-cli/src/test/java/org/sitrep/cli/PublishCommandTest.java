package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.kafka.DocumentCodec;
import org.sitrep.kafka.EmbeddedKafka;

/** {@code sitrep publish} against a real KRaft broker started in this process. */
class PublishCommandTest {
    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void eachReadableDocumentIsOneRecordAndEachBadInputOneLine() throws IOException {
        kafka.createTopic("inputs", 2);
        Path news = Files.createDirectory(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Kenya sent 200 more police officers to Haiti on Friday.\n");
        Files.writeString(news.resolve("b.txt"), "The UN Security Council extended the mission's mandate.\n");
        Files.write(news.resolve("c.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Path missing = dir.resolve("nope.txt");

        Cli.Run r = Cli.sitrep("publish", "--kafka", kafka.bootstrapServers(), "--topic", "inputs",
                "--published", "2024-11-08", news.toString(), missing.toString());

        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err().lines().filter(l -> l.contains("c.txt"))).singleElement().asString()
                .containsIgnoringCase("binary");
        assertThat(r.err().lines().filter(l -> l.contains("nope.txt"))).singleElement().asString()
                .containsIgnoringCase("no such");
        assertThat(r.err()).contains("published 2 documents, 2 failed");
        List<ConsumerRecord<String, byte[]>> records = readAll("inputs", 2);
        DocumentCodec codec = new DocumentCodec();
        List<Document> docs = records.stream().map(rec -> codec.decode(rec.value())).toList();
        assertThat(docs).extracting(Document::source).allSatisfy(s -> assertThat(s).matches(".*news/[ab]\\.txt"));
        assertThat(records).allSatisfy(rec -> assertThat(rec.key()).isEqualTo(codec.decode(rec.value()).id()));
        assertThat(docs).allSatisfy(d -> assertThat(d.published().value()).isEqualTo("2024-11-08"));
    }

    @Test
    void aMissingTopicIsNothingDoneWithOneLine() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Kenya sent 200 more police officers to Haiti.\n");

        Cli.Run r = Cli.sitrep("publish", "--kafka", kafka.bootstrapServers(), "--topic", "absent", a.toString());

        assertThat(r.code()).isEqualTo(Main.FATAL);
        assertThat(r.err().strip()).startsWith("sitrep: Kafka at").contains("has no topic 'absent'")
                .doesNotContain("\n");
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(out::add);
                if (out.size() >= expected) {
                    // one more poll: a record beyond those expected would show here
                    consumer.poll(Duration.ofMillis(500)).forEach(out::add);
                    break;
                }
            }
        }
        return out;
    }
}
