package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sitrep.doc.Published;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/** Reads command-line inputs, printing each problem as one line on standard error. */
final class Inputs {
    private Inputs() {
    }

    /** Parses {@code --published}: YYYY-MM-DD, YYYY-MM or YYYY. */
    static Published parsePublished(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(v);
            } else if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate.parse(v + "-01");
            } else if (!v.matches("\\d{4}")) {
                throw new Main.UsageException("--published must be YYYY-MM-DD, YYYY-MM or YYYY, was '" + value + "'");
            }
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--published is not a calendar date: '" + value + "'");
        }
        return Published.given(v);
    }

    static ReadResult read(List<String> args, Published published, PrintWriter err) {
        DocumentReader.Builder b = DocumentReader.builder();
        if (published != null) {
            b.published(published);
        }
        ReadResult result = b.build().read(args);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
        err.flush();
        return result;
    }

    static boolean anyErrors(ReadResult result) {
        return result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
