package org.sitrep.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker in KRaft mode (one combined broker and controller), run in this process from Kafka's own server
 * artifacts, for tests and {@code sitrep bench --stream}. It listens on a free port of 127.0.0.1 and keeps its logs in a temporary folder deleted on
 * {@link #close}. Topics take records of up to {@link DocumentPublisher#MAX_RECORD_BYTES}.
 *
 * <p>Thread safety: {@link #createTopic} may be called from any thread. Failure: {@link #start} throws
 * {@link IllegalStateException} if the broker does not come up.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Formats, starts and waits for a one-node cluster. */
    public static EmbeddedKafka start() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("message.max.bytes", DocumentPublisher.MAX_RECORD_BYTES)
                    .setConfigProp("replica.fetch.max.bytes", DocumentPublisher.MAX_RECORD_BYTES)
                    .setConfigProp("num.network.threads", 1)
                    .setConfigProp("num.io.threads", 2)
                    // one broker: the internal topics of consumer groups and transactions have one replica
                    .setConfigProp("offsets.topic.replication.factor", (short) 1)
                    .setConfigProp("offsets.topic.num.partitions", 2)
                    .setConfigProp("transaction.state.log.replication.factor", (short) 1)
                    .setConfigProp("transaction.state.log.min.isr", 1)
                    .setConfigProp("transaction.state.log.num.partitions", 2)
                    .setConfigProp("group.initial.rebalance.delay.ms", 0)
                    .build();
            // the formatter writes its notes to standard output, where a command's JSON goes; they go to standard
            // error instead
            java.io.PrintStream out = System.out;
            System.setOut(System.err);
            try {
                cluster.format();
            } finally {
                System.setOut(out);
            }
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Kafka broker did not start: " + e, e);
        }
    }

    /** Where clients connect: {@code 127.0.0.1:PORT}. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates {@code name} with {@code partitions} partitions and waits until it exists. */
    public void createTopic(String name, int partitions) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(DocumentPublisher.MAX_RECORD_BYTES)))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Kafka broker did not stop cleanly: " + e, e);
        }
    }
}
