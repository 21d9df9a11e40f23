package org.sitrep.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Runs work with {@link System#out} and {@link System#err} caught, and fails if it printed anything: a reader or a
 * stage speaks through its diagnostics, never by printing (a library's stack trace on standard error is no "one clear
 * line"). Two kinds of line are not the work's and are let through: those Jazzer's agent prints as it instruments a
 * class loaded for the first time ({@code INFO: …}), and the logging facade's notice, on a class path with no
 * logger bound (as the test class path of a library module is), that it logs nowhere ({@code SLF4J: …}); the
 * commands bind a logger.
 *
 * <p>Thread safety: replaces the JVM's standard streams while the work runs, so only one thread may use it at a time,
 * and nothing else may print meanwhile (the fuzz tests run one input at a time).
 *
 * <p>Failure: {@link #check} throws {@link AssertionError} quoting the first line printed; it passes on what the work
 * throws, the streams restored.
 */
public final class SilentRun {
    private SilentRun() {
    }

    /** Runs {@code work} and returns what it gives, failing if it printed. */
    public static <T> T check(Supplier<T> work) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream catcher = new PrintStream(printed, true, StandardCharsets.UTF_8);
        T result;
        System.setOut(catcher);
        System.setErr(catcher);
        try {
            result = work.get();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String first = printed.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("INFO: ") && !line.startsWith("SLF4J: "))
                .findFirst().orElse(null);
        if (first != null) {
            throw new AssertionError("printed to standard output or error: " + first);
        }
        return result;
    }
}
