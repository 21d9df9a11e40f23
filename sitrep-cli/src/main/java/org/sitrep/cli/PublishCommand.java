package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;
import org.sitrep.kafka.DocumentPublisher;
import org.sitrep.read.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep publish}: reads inputs with the readers of {@code ingest} and writes each document to a Kafka topic,
 * one record keyed by its content hash, for {@code sitrep stream} (or the Flink job) to analyze and store. Each input
 * that cannot be read, and each document Kafka refuses, gets one line on standard error; the others go on. The exit
 * code agrees with the summary: 1 if any input was not published, 3 if Kafka or the topic cannot be reached.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Reads documents as ingest does and writes each to a Kafka topic, keyed by its content hash,"
                + " for `sitrep stream` to analyze and store. The topic must exist.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT",
            description = "The Kafka cluster's bootstrap servers (host:port[,host:port...]).")
    String kafka;

    @Option(names = "--topic", required = true, paramLabel = "NAME", description = "The topic to write to.")
    String topic;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories, http(s) URLs (fetched politely), or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date of every input.")
    String published;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Published given = published == null ? null : Inputs.parsePublished(published);
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong read = new AtomicLong();
        DocumentPublisher.Listener listener = new DocumentPublisher.Listener() {
            @Override
            public void published(Document doc) {
                sent.incrementAndGet();
            }

            @Override
            public void failed(Document doc, String why) {
                failed.incrementAndGet();
                line(err, doc.source() + ": not published: " + why);
            }
        };
        try (DocumentPublisher publisher = DocumentPublisher.open(kafka, topic)) {
            Inputs.read(inputs, given, null, new Inputs.Sink() {
                @Override
                public void document(Document doc) {
                    read.incrementAndGet();
                    publisher.publish(doc, listener);
                }

                @Override
                public void diagnostic(Diagnostic diagnostic) {
                    line(err, diagnostic.toString());
                    if (diagnostic.isError()) {
                        failed.incrementAndGet();
                    }
                }
            });
            publisher.flush();
        }
        if (read.get() == 0 && failed.get() == 0) {
            line(err, "sitrep: no documents were found in the inputs");
            failed.incrementAndGet();
        }
        line(err, String.format(Locale.ROOT, "published %d documents, %d failed -> kafka %s topic %s", sent.get(),
                failed.get(), kafka, topic));
        return failed.get() > 0 ? Main.SOME_FAILED : Main.OK;
    }

    /** Prints one line; the producer's thread reports refusals while the reader reports bad inputs. */
    private static void line(PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
