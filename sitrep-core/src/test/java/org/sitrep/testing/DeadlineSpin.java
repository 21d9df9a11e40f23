package org.sitrep.testing;

import java.time.Duration;
import org.sitrep.pipeline.Deadline;

/**
 * Work that runs for a minute unless its thread's deadline stops it first, checking the deadline as every stage's
 * long loops do: what the tests of the time budget put in a stage.
 *
 * <p>Thread safety: stateless. Failure: throws what {@link Deadline#checkCurrent()} throws when the deadline passes.
 */
public final class DeadlineSpin {
    private DeadlineSpin() {
    }

    /** Spins for at most a minute, checking the current thread's deadline on every turn. */
    public static void forAMinute() {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            Deadline.checkCurrent();
            Thread.onSpinWait();
        }
    }
}
