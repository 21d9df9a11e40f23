package org.sitrep.stream;

/**
 * Where the job says what went wrong with one input: one line on standard error (the console of
 * {@code sitrep stream}, the {@code .err} file of a task manager on a cluster).
 *
 * <p>Thread safety: lines from several tasks never interleave.
 */
final class Problems {
    private Problems() {
    }

    static void line(String line) {
        synchronized (System.err) {
            System.err.println(line);
            System.err.flush();
        }
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + e.getMessage() + ")";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply to analyze (stack overflow)";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replace('\n', ' ');
    }
}
