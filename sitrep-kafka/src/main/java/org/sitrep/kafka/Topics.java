package org.sitrep.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checks a Kafka cluster before documents are written to it or read from it, so that a wrong address or topic is one
 * clear line rather than a client retrying for minutes.
 *
 * <p>Thread safety: stateless. Failure: {@link #expect} throws {@link KafkaUnavailableException}.
 */
public final class Topics {
    private static final long CHECK_SECONDS = 15;

    private Topics() {
    }

    /**
     * Checks that {@code topic} exists on the cluster {@code bootstrap}.
     *
     * @throws KafkaUnavailableException if the cluster does not answer in {@value #CHECK_SECONDS} s or has no such
     *     topic
     */
    public static void expect(String bootstrap, String topic) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(CHECK_SECONDS),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(CHECK_SECONDS));
        try (Admin admin = Admin.create(config)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(CHECK_SECONDS + 1, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new KafkaUnavailableException("Kafka at " + bootstrap + " has no topic '" + topic
                        + "'; create it first (kafka-topics.sh --create --topic " + topic + ")", e.getCause());
            }
            throw new KafkaUnavailableException("cannot reach Kafka at " + bootstrap + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnavailableException("cannot reach Kafka at " + bootstrap + " (no answer in "
                    + CHECK_SECONDS + " s)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while reaching Kafka at " + bootstrap, e);
        } catch (KafkaException e) {
            throw new KafkaUnavailableException("cannot reach Kafka at " + bootstrap + ": " + e.getMessage(), e);
        }
    }
}
