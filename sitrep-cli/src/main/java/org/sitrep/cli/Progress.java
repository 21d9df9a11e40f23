package org.sitrep.cli;

import java.io.PrintWriter;

/**
 * Shows ingest progress: a bar redrawn in place on a terminal, plain count lines otherwise.
 *
 * <p>Not thread-safe; call from one thread.
 */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private int done;

    Progress(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    void step(String label) {
        done++;
        if (terminal) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " "
                    + name + "\u001B[K");
            if (done == total) {
                err.println();
            }
            err.flush();
        } else if (done == total || done % 100 == 0) {
            err.println("processed " + done + "/" + total);
            err.flush();
        }
    }
}
