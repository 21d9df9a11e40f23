package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for tests, capturing what it prints. */
final class Cli {
    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run sitrep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
