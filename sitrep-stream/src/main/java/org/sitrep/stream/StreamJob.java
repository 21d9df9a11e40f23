package org.sitrep.stream;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.sitrep.doc.Document;

/**
 * The Sitrep pipeline on Apache Flink: a Kafka source of the documents {@code sitrep publish} wrote, the standard
 * stages ({@link AnalyzeFunction}), and the PostgreSQL store ({@link StoreFunction}). Checkpoints keep the source's
 * offsets; after a failure the job restarts from the last checkpoint and the records after it are read again, which
 * the store's upsert by content hash makes harmless: each document is stored exactly once in effect.
 *
 * <p>{@link #main} is the entry point of the job jar for {@code flink run}; {@link #run} runs the same job on an
 * embedded mini cluster in this process, for {@code sitrep stream}.
 *
 * <p>Records flow from the source through both functions in one chain of operators, passed by reference (object
 * reuse on; documents are immutable), so a document is never serialized inside the job.
 *
 * <p>Thread safety: {@link #run} may be called from several threads, each running its own mini cluster. Failure:
 * {@link #run} throws {@link IllegalStateException} when the job fails for good (after its restarts), with Flink's
 * cause.
 */
public final class StreamJob {
    /** The restarts after failures (2 s apart, on the mini cluster) before the job fails for good. */
    static final int RESTARTS = 3;

    private StreamJob() {
    }

    /** Adds the job to {@code env}: source, analysis, store, with checkpoints and object reuse. */
    // the connector 5.0.0-2.2 takes the reset strategy only as Kafka's OffsetResetStrategy, deprecated in Kafka 4
    @SuppressWarnings("deprecation")
    public static void define(StreamExecutionEnvironment env, StreamSettings s) {
        env.setParallelism(s.parallelism());
        env.enableCheckpointing(s.checkpointMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.getConfig().enableObjectReuse();
        KafkaSourceBuilder<Tuple2<String, byte[]>> source = KafkaSource.<Tuple2<String, byte[]>>builder()
                .setBootstrapServers(s.kafka())
                .setTopics(s.topic())
                .setGroupId(s.group())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new KeyedValues())
                .setProperty("max.partition.fetch.bytes", String.valueOf(16 * 1024 * 1024))
                // a few records a poll: each takes tens of milliseconds to analyze
                .setProperty("max.poll.records", "20");
        if (s.bounded()) {
            source.setBounded(OffsetsInitializer.latest());
        }
        env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "kafka " + s.topic())
                .flatMap(new AnalyzeFunction(s)).name("analyze").returns(TypeInformation.of(Document.class))
                .flatMap(new StoreFunction(s.db())).name("store in " + s.db())
                .returns(TypeInformation.of(Document.class))
                .sinkTo(new DiscardingSink<>()).name("done");
    }

    /** The configuration of the embedded mini cluster: restarts, and heartbeats that carry counts every 2 s. */
    static Configuration localConfiguration() {
        Configuration c = new Configuration();
        c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTARTS);
        c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(2));
        c.set(HeartbeatManagerOptions.HEARTBEAT_INTERVAL, Duration.ofSeconds(2));
        return c;
    }

    /**
     * Runs the job on an embedded mini cluster of {@link StreamSettings#parallelism()} task slots, giving
     * {@code progress} the counts every {@code every}, and returns the final counts once it ends: a bounded job when
     * it has stored what the topic held when it started; an unbounded one when this thread is interrupted (then it
     * is cancelled, and what was stored stays).
     *
     * @throws IllegalStateException if the job fails for good
     */
    public static StreamCounts run(StreamSettings s, Duration every, Consumer<StreamCounts> progress) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(s.parallelism(),
                localConfiguration());
        define(env, s);
        JobClient job;
        try {
            job = env.executeAsync("sitrep stream " + s.topic());
        } catch (Exception e) {
            throw new IllegalStateException("the stream job did not start: " + e.getMessage(), e);
        }
        CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
        try {
            while (true) {
                try {
                    JobExecutionResult r = result.get(every.toMillis(), TimeUnit.MILLISECONDS);
                    return StreamCounts.of(r.getAllAccumulatorResults());
                } catch (TimeoutException e) {
                    progress.accept(current(job));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            StreamCounts last = current(job);
            job.cancel();
            return last;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the stream job failed: " + rootMessage(e), e);
        }
    }

    private static StreamCounts current(JobClient job) {
        try {
            Map<String, Object> acc = job.getAccumulators().get(10, TimeUnit.SECONDS);
            return StreamCounts.of(acc);
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            // a bounded job that has just finished: its local cluster may already be shut down ("MiniCluster is
            // not yet running or has already been shut down"); the job's own result says the rest
            return StreamCounts.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StreamCounts.NONE;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * The job jar's entry point: {@code flink run sitrep-stream.jar --kafka HOST:PORT --topic NAME
     * --db postgresql://… [--group NAME] [--checkpoint-ms N] [--bounded] [--budget SECONDS]}; the parallelism is
     * {@code flink run -p N}'s.
     */
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        StreamSettings s = JobArguments.parse(args, env.getParallelism());
        define(env, s);
        env.execute("sitrep stream " + s.topic());
    }
}
