package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sitrep.kafka.Topics;
import org.sitrep.pipeline.Budget;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PostgresUrl;
import org.sitrep.stream.StreamCounts;
import org.sitrep.stream.StreamJob;
import org.sitrep.stream.StreamSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep stream}: runs the Flink job ({@link StreamJob}) on an embedded mini cluster in this process: it reads
 * the documents {@code sitrep publish} wrote to a Kafka topic, analyzes them with the stages of {@code ingest} and
 * stores them in a PostgreSQL store, each exactly once in effect, with checkpoints. A line of counts every few
 * seconds; exit 1 if any record failed, 3 if Kafka, the topic or the store cannot be reached.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Runs the pipeline on an embedded Apache Flink mini cluster: reads documents from a Kafka topic"
                + " (written by `sitrep publish`), analyzes them and stores them in a PostgreSQL store, each once."
                + " Runs until interrupted, or with --bounded until it has stored what the topic holds now.")
final class StreamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT",
            description = "The Kafka cluster's bootstrap servers (host:port[,host:port...]).")
    String kafka;

    @Option(names = "--topic", required = true, paramLabel = "NAME", description = "The topic to read.")
    String topic;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "How many task slots read, analyze and store at once (default: ${DEFAULT-VALUE}).")
    int parallelism = 1;

    @Option(names = "--group", paramLabel = "NAME",
            description = "The Kafka consumer group; a run resumes where the group's last checkpoint left off"
                    + " (default: ${DEFAULT-VALUE}).")
    String group = StreamSettings.DEFAULT_GROUP;

    @Option(names = "--checkpoint-ms", paramLabel = "N",
            description = "How often the job checkpoints (default: ${DEFAULT-VALUE}).")
    long checkpointMillis = StreamSettings.DEFAULT_CHECKPOINT_MILLIS;

    @Option(names = "--bounded", description = "Stop once the records the topic holds at the start are stored.")
    boolean bounded;

    @Option(names = "--budget", paramLabel = "SECONDS",
            description = "The CPU time a document's analysis may take per 10,000 characters, as for ingest.")
    String budget;

    @Option(names = "--progress-seconds", paramLabel = "N", hidden = true)
    int progressSeconds = 5;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PostgresUrl url = store.findPostgres().orElseThrow(() -> new Main.UsageException(
                "stream stores in a shared PostgreSQL store: give --db postgresql://user@host:5432/name"));
        if (parallelism < 1) {
            throw new Main.UsageException("--parallelism must be at least 1, was " + parallelism);
        }
        if (budget != null) {
            try {
                Budget.parse(budget);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException("--budget: " + e.getMessage());
            }
        }
        StreamSettings settings;
        try {
            settings = new StreamSettings(kafka, topic, group, url.toString(), parallelism, checkpointMillis, bounded,
                    budget, 0);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Topics.expect(kafka, topic);
        // opens (and on first use migrates) the store once, before the tasks open it together
        try (Store s = Stores.open(store)) {
            s.documentCount();
        }
        StreamCounts counts = StreamJob.run(settings, Duration.ofSeconds(Math.max(1, progressSeconds)), c -> {
            err.println("stream: " + c.line());
            err.flush();
        });
        err.println("streamed: " + counts.line() + " -> " + store.describe());
        err.flush();
        return counts.failed() > 0 ? Main.SOME_FAILED : Main.OK;
    }
}
