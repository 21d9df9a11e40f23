package org.sitrep.kafka;

import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sitrep.doc.Document;

/**
 * Writes documents to a Kafka topic, one record per document, keyed by its content hash, its value in
 * {@link DocumentCodec}'s format. Records are sent with {@code acks=all} and the producer's idempotence, compressed
 * with LZ4; a record may be up to {@value #MAX_RECORD_BYTES} bytes if the topic allows it
 * ({@code max.message.bytes}).
 *
 * <p>Thread safety: {@link #publish} may be called from several threads (Kafka's producer is thread-safe); the
 * listener is called on the producer's I/O thread.
 *
 * <p>Failure: {@link #open} throws {@link KafkaUnavailableException} when the broker cannot be reached or the topic
 * does not exist. A document that cannot be sent (too large, a broker error) is given to
 * {@link Listener#failed} with one line saying why; the others go on.
 */
public final class DocumentPublisher implements AutoCloseable {
    /** The largest record the producer sends. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final DocumentCodec codec = new DocumentCodec();

    /** Hears what became of each document. */
    public interface Listener {
        /** The broker has the document's record. */
        void published(Document doc);

        /** The document was not published, {@code why} in one line. */
        void failed(Document doc, String why);
    }

    private DocumentPublisher(KafkaProducer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /**
     * A publisher to {@code topic} on the cluster {@code bootstrap} ({@code host:port[,host:port…]}), once the topic is
     * found there.
     *
     * @throws KafkaUnavailableException if the cluster cannot be reached or has no such topic
     */
    public static DocumentPublisher open(String bootstrap, String topic) {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(topic, "topic");
        Topics.expect(bootstrap, topic);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.CLIENT_ID_CONFIG, "sitrep-publish");
        return new DocumentPublisher(new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
                topic);
    }

    /** Sends {@code doc}; {@code listener} hears how it went, once. */
    public void publish(Document doc, Listener listener) {
        ProducerRecord<String, byte[]> record;
        try {
            record = new ProducerRecord<>(topic, doc.id(), codec.encode(doc));
        } catch (IllegalArgumentException e) {
            listener.failed(doc, e.getMessage());
            return;
        }
        try {
            producer.send(record, (metadata, e) -> {
                if (e == null) {
                    listener.published(doc);
                } else {
                    listener.failed(doc, why(e, record.value().length));
                }
            });
        } catch (KafkaException e) {
            listener.failed(doc, why(e, record.value().length));
        }
    }

    private static String why(Exception e, int bytes) {
        if (e instanceof RecordTooLargeException) {
            return String.format(java.util.Locale.ROOT, "too large for Kafka (a record of %,d bytes): %s", bytes,
                    e.getMessage());
        }
        return "Kafka refused it: " + e.getMessage();
    }

    /** Waits until every document sent so far has been acknowledged or has failed. */
    public void flush() {
        producer.flush();
    }

    /** Flushes and closes the producer. */
    @Override
    public void close() {
        producer.close();
    }
}
