package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.doc.Published;
import org.sitrep.read.ReadResult;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: analyzes documents and stores them; a re-run never duplicates. */
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

    /** Where conditional-GET validators of fetched URLs are kept: beside the store. */
    private java.nio.file.Path httpCache() {
        return store.httpCache();
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Published given = published == null ? null : Inputs.parsePublished(published);
        ReadResult read = Inputs.read(inputs, given, httpCache(), err);
        try (Store s = Stores.open(store)) {
            Ingestion.Counts counts = new Ingestion(s, err, Progress.onTerminal()).ingest(read.documents());
            err.println(counts.summary(store.describe()));
            err.flush();
            boolean failed = counts.failed() > 0 || Inputs.anyErrors(read) || read.documents().isEmpty();
            return failed ? Main.SOME_FAILED : Main.OK;
        }
    }
}
