package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows ingest progress on standard error: documents done, new, already stored (skipped) and failed, and documents
 * per second since the first was done (so the loading of the models is not counted). On a terminal the line is
 * redrawn in place about every second; otherwise (a log, a pipe) a plain line is printed about every ten seconds, so
 * that logs stay readable. The last line is printed in either case.
 *
 * <p>Not thread-safe: call from one thread (the ingest's writer).
 */
final class Progress {
    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long interval;
    private long lastShown;
    private long firstDone = -1;
    private boolean lineOpen;

    Progress(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    Progress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.interval = terminal ? SECOND : 10 * SECOND;
        this.lastShown = nanoTime.getAsLong();
    }

    static boolean onTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    /** Shows the counts if the last showing is an interval ago. */
    void update(Ingestion.Counts counts) {
        long now = nanoTime.getAsLong();
        if (firstDone < 0 && counts.done() > 0) {
            firstDone = now;
        }
        if (now - lastShown >= interval) {
            lastShown = now;
            show(counts, now);
        }
    }

    /** Prints a line of its own (a problem with one input), clearing the progress line first on a terminal. */
    void println(String line) {
        if (lineOpen) {
            err.print("\r\u001B[K");
            lineOpen = false;
        }
        err.println(line);
        err.flush();
    }

    /** Shows the final counts on a line of their own, before the summary. */
    void finish(Ingestion.Counts counts) {
        show(counts, nanoTime.getAsLong());
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }

    /**
     * The progress line for these counts, the first document done {@code nanos} ago: the rate is of the documents
     * after it.
     */
    static String line(Ingestion.Counts c, long nanos) {
        double seconds = Math.max(nanos, 1) / 1e9;
        double rate = c.done() > 1 ? (c.done() - 1) / seconds : 0;
        return String.format(Locale.ROOT, "%,d done (%,d new, %,d already stored, %,d failed), %.1f documents/s",
                c.done(), c.added(), c.alreadyStored(), c.failed(), rate);
    }

    private void show(Ingestion.Counts counts, long now) {
        String line = line(counts, firstDone < 0 ? 0 : now - firstDone);
        if (terminal) {
            err.print("\r" + line + "\u001B[K");
            lineOpen = true;
        } else {
            err.println(line);
        }
        err.flush();
    }
}
