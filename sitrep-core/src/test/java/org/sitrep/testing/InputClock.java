package org.sitrep.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.pipeline.Budget;

/**
 * Times the work done on one fuzz input in CPU time of the calling thread (as {@link org.sitrep.pipeline.Deadline}
 * does), fails the input when it takes longer than the {@link Budget} allows for its size (a hang, in the fuzz
 * report's terms), and keeps the slowest input seen so that a fuzzing run can say how far below the budget it
 * stayed.
 *
 * <p>Thread safety: one clock may time several threads; the slowest input is kept under the clock's lock.
 *
 * <p>Failure: {@link #time} throws {@link AssertionError} naming the time, the size and the budget for an input over
 * its budget, and passes on whatever the work throws.
 */
public final class InputClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Inputs timed before the slowest warm one is kept: the first ones load and compile classes. */
    private static final long WARM_UP_INPUTS = 1_000;

    private final Budget budget;
    private long inputs;
    private long slowestNanos = -1;
    private long slowestSize;
    private long slowestWarmNanos = -1;
    private long slowestWarmSize;

    /** A clock that holds each input to {@code budget}. */
    public InputClock(Budget budget) {
        this.budget = budget;
    }

    /** Runs {@code work} on an input of {@code size} characters (or bytes) and returns what it gives. */
    public <T> T time(long size, Supplier<T> work) {
        long t0 = cpuNanos();
        T result = work.get();
        long took = cpuNanos() - t0;
        record(size, took);
        Duration allowed = budget.allowedFor(size);
        if (took > allowed.toNanos()) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "an input of %d took %.1f s of CPU, over its budget of %.1f s", size, took / 1e9,
                    allowed.toMillis() / 1000.0));
        }
        return result;
    }

    private synchronized void record(long size, long nanos) {
        inputs++;
        if (nanos > slowestNanos) {
            slowestNanos = nanos;
            slowestSize = size;
        }
        if (inputs > WARM_UP_INPUTS && nanos > slowestWarmNanos) {
            slowestWarmNanos = nanos;
            slowestWarmSize = size;
        }
    }

    /**
     * One line on what was timed: how many inputs, the slowest with its size and the budget it had, and the slowest
     * once the first thousand (which load and compile classes) were past.
     */
    public synchronized String summary() {
        if (inputs == 0) {
            return "no inputs timed";
        }
        String warm = slowestWarmNanos < 0 ? "" : String.format(Locale.ROOT,
                "; after the first %d, the slowest took %.1f ms for %d", WARM_UP_INPUTS, slowestWarmNanos / 1e6,
                slowestWarmSize);
        return String.format(Locale.ROOT, "%d inputs timed; the slowest took %.1f ms of CPU for %d (budget %.1f s)%s",
                inputs, slowestNanos / 1e6, slowestSize, budget.allowedFor(slowestSize).toMillis() / 1000.0, warm);
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
