package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.doc.Published;
import org.sitrep.pipeline.Budget;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: reads, analyzes and stores documents as a stream, on every core; a re-run never duplicates.
 * The exit code agrees with the summary: 1 if any input was not stored ("failed"), else 0.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyzes documents and stores them in the record. A document already stored (same content "
                + "hash) is skipped, so a re-run never duplicates.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, http(s) URLs (fetched politely), or - for standard input.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The publication date of every input.")
    String published;

    @Option(names = "--threads", paramLabel = "N",
            description = "How many threads analyze documents (default: every core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--budget", paramLabel = "SECONDS",
            description = "The CPU time a document's analysis may take per 10,000 characters of its text, with"
                    + " ten such units more for every document; a document over it fails with one line naming the"
                    + " stage. Default: 3 (a short text gets 30 s, 9 MB 45 min).")
    String budget;

    /** Where conditional-GET validators of fetched URLs are kept: beside the store. */
    private java.nio.file.Path httpCache() {
        return store.httpCache();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Published given = published == null ? null : Inputs.parsePublished(published);
        if (threads < 1) {
            throw new Main.UsageException("--threads must be at least 1, was " + threads);
        }
        Budget perDocument;
        try {
            perDocument = budget == null ? Budget.DEFAULT : Budget.parse(budget);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--budget: " + e.getMessage());
        }
        try (Store s = Stores.open(store)) {
            Ingestion.Counts counts = new Ingestion(perDocument, err, Progress.onTerminal())
                    .ingest(sink -> Inputs.read(inputs, given, httpCache(), sink), s, threads);
            err.println(counts.summary(store.describe()));
            err.flush();
            return counts.failed() > 0 ? Main.SOME_FAILED : Main.OK;
        }
    }
}
