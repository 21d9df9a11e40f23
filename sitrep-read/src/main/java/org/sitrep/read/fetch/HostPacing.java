package org.sitrep.read.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Takes turns per host: one request at a time to a host, and each one starting at least a given delay after the
 * previous one to that host ended.
 *
 * <p>Thread safety: safe for concurrent use; waiting threads are served in arrival order (a fair lock per host).
 * Failure: {@link #take} throws {@link InterruptedException} when the waiting thread is interrupted.
 */
final class HostPacing {
    private static final class HostState {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
        boolean used;
    }

    private final ConcurrentHashMap<String, HostState> hosts = new ConcurrentHashMap<>();

    /** A turn held on a host; closing it marks the end of the request. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits until the host is free and the delay since its last request has passed, and holds it. */
    Turn take(String host, Duration delay) throws InterruptedException {
        HostState state = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new HostState());
        state.lock.lockInterruptibly();
        try {
            if (state.used) {
                long waitUntil = state.lastEndNanos + delay.toNanos();
                long remaining;
                while ((remaining = waitUntil - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.sleep(remaining);
                }
            }
        } catch (InterruptedException e) {
            state.lock.unlock();
            throw e;
        }
        return () -> {
            state.used = true;
            state.lastEndNanos = System.nanoTime();
            state.lock.unlock();
        };
    }
}
