package org.sitrep.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The time by which the analysis of one document must end, checked cooperatively: the {@link Pipeline} checks it
 * between stages, and a stage with a loop whose length grows with the text calls {@link #checkCurrent()} in it.
 *
 * <p>Time is the CPU time of the thread that made the deadline (wall-clock time where the JVM cannot measure it), so
 * that a document is judged by its own work: not by other programs on a busy machine, nor by the garbage collector
 * pausing every thread for another, larger document analyzed beside it. A deadline is checked on the thread that
 * made it.
 *
 * <p>The pipeline makes a document's deadline the current one of the thread that processes it for the time of
 * {@link Pipeline#process}, so stages need no parameter for it; outside a pipeline there is none and
 * {@link #checkCurrent()} does nothing.
 *
 * <p>Thread safety: immutable but for the name of the stage it is in, which only its own thread sets.
 *
 * <p>Failure: {@link #check()} throws {@link BudgetExceededException} once the deadline has passed, naming the stage.
 */
public final class Deadline {
    /** A deadline that never passes. */
    public static final Deadline NEVER = new Deadline(Long.MAX_VALUE, null);

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = cpuTimeSupported();

    private final long endNanos;
    private final Duration budget;
    private String stage = "before any stage";

    private Deadline(long endNanos, Duration budget) {
        this.endNanos = endNanos;
        this.budget = budget;
    }

    private static boolean cpuTimeSupported() {
        try {
            if (!THREADS.isCurrentThreadCpuTimeSupported()) {
                return false;
            }
            if (!THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.getCurrentThreadCpuTime() >= 0;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** This thread's CPU time, or the wall clock where that cannot be measured, in nanoseconds. */
    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A deadline {@code budget} of this thread's CPU time from now. */
    public static Deadline after(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        long now = now();
        long nanos = budget.toNanos();
        return new Deadline(now + nanos < now ? Long.MAX_VALUE : now + nanos, budget);
    }

    /** Whether the deadline has passed. */
    public boolean hasPassed() {
        return budget != null && now() - endNanos > 0;
    }

    /** The time allowed, if this deadline has one. */
    public java.util.Optional<Duration> findBudget() {
        return java.util.Optional.ofNullable(budget);
    }

    /**
     * Throws if the deadline has passed.
     *
     * @throws BudgetExceededException naming the stage the analysis is in and the budget
     */
    public void check() {
        if (hasPassed()) {
            throw new BudgetExceededException(stage, budget);
        }
    }

    /** Checks the deadline of the document this thread is analyzing, if any; cheap enough to call per sentence. */
    public static void checkCurrent() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.check();
        }
    }

    void enter(String stageName) {
        if (budget != null) {
            this.stage = stageName; // NEVER is shared between threads and names no stage
        }
    }

    /** Makes this the thread's current deadline until the returned scope is closed. */
    Scope install() {
        Deadline previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Restores the thread's previous deadline on close. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String toString() {
        return budget == null ? "Deadline[never]"
                : String.format(Locale.ROOT, "Deadline[%.1f s, in %s]", budget.toMillis() / 1000.0, stage);
    }
}
