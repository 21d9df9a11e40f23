package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: every fact with its provenance, for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every fact in the record with its provenance (document, source, publication date, "
                + "sentence and character span) as JSON Lines or CSV (RFC 4180) on standard output.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv. Default: ${DEFAULT-VALUE}.")
    FactRows.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        if (format == FactRows.Format.text) {
            throw new Main.UsageException("--format must be jsonl or csv");
        }
        try (Store s = Stores.open(store)) {
            int offset = 0;
            boolean header = true;
            while (true) {
                var page = s.facts(new FactQuery(null, null, null, null, new Page(offset, 10_000)));
                if (header && format == FactRows.Format.csv) {
                    out.println(FactRows.CSV_HEADER);
                }
                header = false;
                FactRows.printRows(page, format, out);
                if (page.size() < 10_000) {
                    break;
                }
                offset += page.size();
            }
            out.flush();
            return Main.OK;
        }
    }
}
