package org.sitrep.stream;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the stream job reads, where it stores, and how it runs.
 *
 * @param kafka the Kafka cluster's bootstrap servers, {@code host:port[,host:port…]}
 * @param topic the topic {@code sitrep publish} writes documents to
 * @param group the Kafka consumer group whose committed offsets say where a new run starts
 * @param db the PostgreSQL store, {@code postgresql://user@host:port/name} (the password from {@code PGPASSWORD} or
 *     {@code ~/.pgpass} where the job runs)
 * @param parallelism how many task slots read, analyze and store at once
 * @param checkpointMillis how often the job checkpoints its Kafka offsets
 * @param bounded whether the job stops once it has stored what the topic held when it started (else it runs on)
 * @param budget each document's time budget, as {@code --budget} takes it ({@code null}: the default)
 * @param failOnceAfter for tests of recovery: the first attempt of the first analyzing task throws once it has read
 *     this many records; 0 never
 */
public record StreamSettings(String kafka, String topic, String group, String db, int parallelism,
        long checkpointMillis, boolean bounded, String budget, long failOnceAfter) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The consumer group unless one is given. */
    public static final String DEFAULT_GROUP = "sitrep-stream";

    /** The checkpoint interval unless one is given. */
    public static final long DEFAULT_CHECKPOINT_MILLIS = 5_000;

    public StreamSettings {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(db, "db");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        if (checkpointMillis < 10) {
            throw new IllegalArgumentException("the checkpoint interval must be at least 10 ms, was "
                    + checkpointMillis);
        }
        if (failOnceAfter < 0) {
            throw new IllegalArgumentException("failOnceAfter must not be negative, was " + failOnceAfter);
        }
    }

    /** Settings with the default group and checkpoint interval, running on, with no failure. */
    public static StreamSettings of(String kafka, String topic, String db, int parallelism) {
        return new StreamSettings(kafka, topic, DEFAULT_GROUP, db, parallelism, DEFAULT_CHECKPOINT_MILLIS, false, null,
                0);
    }

    public StreamSettings withGroup(String g) {
        return new StreamSettings(kafka, topic, g, db, parallelism, checkpointMillis, bounded, budget, failOnceAfter);
    }

    public StreamSettings withBounded(boolean b) {
        return new StreamSettings(kafka, topic, group, db, parallelism, checkpointMillis, b, budget, failOnceAfter);
    }

    public StreamSettings withCheckpointMillis(long millis) {
        return new StreamSettings(kafka, topic, group, db, parallelism, millis, bounded, budget, failOnceAfter);
    }

    public StreamSettings withBudget(String b) {
        return new StreamSettings(kafka, topic, group, db, parallelism, checkpointMillis, bounded, b, failOnceAfter);
    }

    public StreamSettings withParallelism(int p) {
        return new StreamSettings(kafka, topic, group, db, p, checkpointMillis, bounded, budget, failOnceAfter);
    }

    public StreamSettings withFailOnceAfter(long n) {
        return new StreamSettings(kafka, topic, group, db, parallelism, checkpointMillis, bounded, budget, n);
    }
}
