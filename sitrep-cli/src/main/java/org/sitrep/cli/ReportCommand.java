package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.report.SituationReport;
import org.sitrep.report.UnknownSubjectException;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep report SUBJECT}: the situation report on a subject from the record. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the situation report on SUBJECT (a name, id or alias, e.g. MSS): current state, "
                + "timeline, commitments and their status, positions, quotes, conflicts and sources.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SUBJECT", description = "The subject: a name, id or alias.")
    String subject;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Report the record as it stood on this date (default: the latest date in the record).")
    String asOf;

    @Override
    public Integer call() {
        return print(spec, store, subject, format, asOf);
    }

    static int print(CommandSpec spec, StoreOptions store, String subject, ReportFormat format, String asOf) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.date("--as-of", asOf);
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        try (Store s = Stores.open(store)) {
            SituationReport report = asOf == null ? SituationReport.from(s, subject) : SituationReport.from(s, subject, asOf);
            out.print(format.render(report));
            out.flush();
            return Main.OK;
        } catch (UnknownSubjectException e) {
            err.println(Main.describe(e));
            return Main.FATAL;
        }
    }
}
