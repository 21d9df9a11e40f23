package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep demo}: ingests the shipped MSS demo corpus and prints the situation report on the MSS. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the demo corpus shipped with Sitrep (short, dated articles on the Kenya-led "
                + "Multinational Security Support Mission in Haiti, written by the Sitrep authors) into the store, "
                + "then prints the situation report on the MSS. Running it again adds nothing.")
final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "/org/sitrep/demo/mss-demo.jsonl";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        byte[] corpus;
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                err.println(CORPUS + ": the demo corpus is missing from the jar");
                return Main.FATAL;
            }
            corpus = in.readAllBytes();
        }
        ReadResult read = DocumentReader.builder().build().read("demo:mss-demo.jsonl", corpus);
        read.diagnostics().forEach(d -> err.println(d));
        if (read.diagnostics().stream().anyMatch(Diagnostic::isError)) {
            return Main.FATAL;
        }
        try (Store s = Stores.open(store)) {
            Ingestion.Counts counts = new Ingestion(org.sitrep.pipeline.Budget.DEFAULT, err, Progress.onTerminal())
                    .ingest(sink -> read.documents().forEach(sink::document), s,
                            Runtime.getRuntime().availableProcessors());
            err.println(counts.summary(store.describe()));
            err.flush();
            if (counts.failed() > 0) {
                return Main.SOME_FAILED;
            }
        }
        return ReportCommand.print(spec, store, "MSS", format, null);
    }
}
