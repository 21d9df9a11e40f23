package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.report.SituationReport;
import org.sitrep.report.UnknownSubjectException;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline SUBJECT}: the dated events and decisions on a subject, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints the dated timeline of SUBJECT from the record, oldest first, each line with its source.")
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SUBJECT", description = "The subject: a name, id or alias.")
    String subject;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        try (Store s = Stores.open(store)) {
            SituationReport report = SituationReport.from(s, subject);
            for (SituationReport.Item item : report.timeline()) {
                String date = item.date() == null ? "undated"
                        : SituationReport.REPORTED.equals(item.dateBasis()) ? "reported on " + item.date() : item.date();
                out.println(String.format("%-22s", date) + "  " + item.summary());
                for (SituationReport.SourceRef src : item.sources()) {
                    out.println("                        -- " + src.source() + (src.published() == null ? "" : ", " + src.published()));
                }
            }
            out.flush();
            return Main.OK;
        } catch (UnknownSubjectException e) {
            err.println(Main.describe(e));
            return Main.FATAL;
        }
    }
}
