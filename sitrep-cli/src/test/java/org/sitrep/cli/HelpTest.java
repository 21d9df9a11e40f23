package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command answers --help with its usage and the exit codes, and exits 0. */
class HelpTest {
    @Test
    void everyCommandDocumentsItsExitCodes() {
        for (List<String> command : List.of(List.<String>of(), List.of("analyze"), List.of("ingest"), List.of("report"),
                List.of("quotes"), List.of("timeline"), List.of("facts"), List.of("export"), List.of("demo"),
                List.of("serve"), List.of("eval"), List.of("eval", "ner"), List.of("eval", "timex"),
                List.of("eval", "quotes"), List.of("eval", "extract"), List.of("eval", "pubdate"), List.of("eval", "facts"),
                List.of("eval", "titles"), List.of("bench"))) {
            StringWriter out = new StringWriter();
            String[] args = new java.util.ArrayList<String>(command) {
                {
                    add("--help");
                }
            }.toArray(String[]::new);
            int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
            assertThat(code).as("sitrep %s --help", command).isZero();
            assertThat(out.toString()).as("sitrep %s --help", command).contains("Usage:").contains("Exit codes:")
                    .contains("nothing could be done");
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", "MSS", "--nope"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--nope");
    }
}
