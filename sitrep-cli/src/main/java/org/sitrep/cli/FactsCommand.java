package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.facts.FactRecord;
import org.sitrep.report.SituationReport;
import org.sitrep.report.UnknownSubjectException;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep facts SUBJECT}: the facts the record holds on a subject, as of a date. */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = "Lists the facts on SUBJECT, oldest first, each with its sentence and source; with --as-of, "
                + "only what the record held on that date.")
final class FactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SUBJECT", description = "The subject: a name, id or alias.")
    String subject;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "What the record held on this date.")
    String asOf;

    @Option(names = "--format", defaultValue = "text", description = "text, jsonl or csv. Default: ${DEFAULT-VALUE}.")
    FactRows.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.date("--as-of", asOf);
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        try (Store s = Stores.open(store)) {
            SituationReport.Subject subj = SituationReport.expectSubject(s, subject);
            List<StoredFact> facts = s.facts(FactQuery.all().withSubject(subj.id()));
            if (asOf != null) {
                facts = FactRecord.heldOn(facts, asOf);
            }
            FactRows.print(facts, format, out);
            if (facts.isEmpty()) {
                err.println("no facts on " + subj.name() + (asOf == null ? "" : " as of " + asOf));
            }
            out.flush();
            return Main.OK;
        } catch (UnknownSubjectException e) {
            err.println(Main.describe(e));
            return Main.FATAL;
        }
    }
}
