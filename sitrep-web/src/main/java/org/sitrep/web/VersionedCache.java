package org.sitrep.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps what was computed from the record (a rendered subject page, a situation report) until the record's
 * {@linkplain org.sitrep.store.Store#version() version} moves, so that a page costs one computation per change of
 * the record rather than one per request.
 *
 * <p>The first request for a key computes it; requests arriving meanwhile wait for that one computation. Once the
 * record has changed, a request is answered at once with the value last computed, and one background refresh per
 * key recomputes it (stale while revalidating), no sooner after the last computation than {@code minRefreshMillis}
 * or the time that computation took, whichever is longer: while an ingest runs, a page lags the record by about two
 * computations (at least {@code minRefreshMillis}), requests never wait for it, and refreshing takes at most half of
 * one core. With no change, the value stays as it is.
 * Failures (an unknown subject, say) are kept like values, so that a bad name is not recomputed on every request;
 * a {@link org.sitrep.store.StoreException} is not kept.
 *
 * <p>Thread safety: safe for use from several threads. Refreshes run on one daemon thread of its own.
 *
 * <p>Failure: {@link #get} rethrows what the computation threw (a {@link RuntimeException} as it is, anything else
 * wrapped in an {@link IllegalStateException}).
 */
final class VersionedCache implements AutoCloseable {
    private static final int MAX_KEYS = 1000;

    private final LongSupplier version;
    private final long minRefreshNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Entry>> pending = new ConcurrentHashMap<>();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitrep-page-refresh");
        t.setDaemon(true);
        return t;
    });

    /** A value or a failure, computed from the record at {@code version}, at {@code computedAt} (nanoTime). */
    private record Entry(long version, Object value, RuntimeException failure, long computedAt, long tookNanos) {
        Object valueOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    VersionedCache(LongSupplier version, long minRefreshMillis) {
        this.version = version;
        this.minRefreshNanos = TimeUnit.MILLISECONDS.toNanos(minRefreshMillis);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = version.getAsLong();
        Entry e = entries.get(key);
        if (e != null) {
            // the pause after a computation is at least as long as the computation, so that refreshing a page
            // while the record keeps changing takes at most half of one core
            if (e.version() != now && System.nanoTime() - e.computedAt() >= Math.max(minRefreshNanos, e.tookNanos())) {
                refreshInBackground(key, compute);
            }
            return (T) e.valueOrThrow();
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = pending.putIfAbsent(key, mine);
        if (running == null) {
            Entry computed;
            try {
                computed = compute(key, compute, now);
            } catch (Throwable t) {
                mine.completeExceptionally(t);
                pending.remove(key, mine);
                throw t;
            }
            mine.complete(computed);
            pending.remove(key, mine);
            return (T) computed.valueOrThrow();
        }
        try {
            return (T) running.get().valueOrThrow();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + key, ie);
        } catch (ExecutionException ee) {
            throw new IllegalStateException("cannot compute " + key, ee.getCause());
        }
    }

    private void refreshInBackground(String key, Supplier<?> compute) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        if (pending.putIfAbsent(key, mine) != null) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    mine.complete(compute(key, compute, version.getAsLong()));
                } finally {
                    pending.remove(key, mine);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            pending.remove(key, mine);
        }
    }

    private Entry compute(String key, Supplier<?> compute, long atVersion) {
        Entry e;
        long start = System.nanoTime();
        try {
            Object value = compute.get();
            e = new Entry(atVersion, value, null, System.nanoTime(), System.nanoTime() - start);
        } catch (org.sitrep.store.StoreException failure) {
            throw failure; // the record could not be read: not an answer to keep
        } catch (RuntimeException failure) {
            e = new Entry(atVersion, null, failure, System.nanoTime(), System.nanoTime() - start);
        }
        if (entries.size() >= MAX_KEYS && !entries.containsKey(key)) {
            entries.clear();
        }
        entries.put(key, e);
        return e;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
