package org.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;

/** Against a real KRaft broker started in this process. */
class DocumentPublisherTest {
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void eachDocumentIsOneRecordKeyedByItsContentHash() {
        kafka.createTopic("news", 2);
        List<Document> docs = List.of(
                Document.builder("Kenya sent 200 more police officers to Haiti.").source("a.txt").build(),
                Document.builder("The mission's mandate runs to October 2025.").source("b.txt").build());
        List<String> failures = new CopyOnWriteArrayList<>();
        List<String> published = new CopyOnWriteArrayList<>();
        try (DocumentPublisher publisher = DocumentPublisher.open(kafka.bootstrapServers(), "news")) {
            for (Document d : docs) {
                publisher.publish(d, listener(published, failures));
            }
            publisher.flush();
        }
        assertThat(failures).isEmpty();
        assertThat(published).containsExactlyInAnyOrder("a.txt", "b.txt");

        List<ConsumerRecord<String, byte[]>> records = readAll("news", 2);
        assertThat(records).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(docs.get(0).id(), docs.get(1).id());
        DocumentCodec codec = new DocumentCodec();
        for (ConsumerRecord<String, byte[]> r : records) {
            Document d = codec.decode(r.value());
            assertThat(d.id()).isEqualTo(r.key());
        }
    }

    @Test
    void aMissingTopicIsSaidBeforeAnythingIsSent() {
        assertThatThrownBy(() -> DocumentPublisher.open(kafka.bootstrapServers(), "no-such-topic"))
                .isInstanceOf(KafkaUnavailableException.class).hasMessageContaining("has no topic 'no-such-topic'");
    }

    @Test
    void aRecordOverTheTopicsLimitFailsAloneInOneLine() {
        kafka.createTopic("small", 1);
        List<String> failures = new CopyOnWriteArrayList<>();
        List<String> published = new CopyOnWriteArrayList<>();
        // random letters: no compression brings them under the producer's limit
        java.util.Random random = new java.util.Random(7);
        StringBuilder big = new StringBuilder();
        while (big.length() < DocumentPublisher.MAX_RECORD_BYTES + 1000) {
            big.append((char) ('a' + random.nextInt(26)));
        }
        try (DocumentPublisher publisher = DocumentPublisher.open(kafka.bootstrapServers(), "small")) {
            publisher.publish(Document.builder(big.toString()).source("huge.txt").build(),
                    listener(published, failures));
            publisher.publish(Document.builder("A short report.").source("short.txt").build(),
                    listener(published, failures));
            publisher.flush();
        }
        assertThat(published).containsExactly("short.txt");
        assertThat(failures).singleElement().asString().startsWith("huge.txt: too large for Kafka")
                .doesNotContain("\n");
    }

    private static DocumentPublisher.Listener listener(List<String> published, List<String> failures) {
        return new DocumentPublisher.Listener() {
            @Override
            public void published(Document doc) {
                published.add(doc.source());
            }

            @Override
            public void failed(Document doc, String why) {
                failures.add(doc.source() + ": " + why);
            }
        };
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
