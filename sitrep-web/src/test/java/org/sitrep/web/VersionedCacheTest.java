package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
    private final AtomicLong version = new AtomicLong(1);

    @Test
    void aValueIsComputedOncePerVersion() {
        try (VersionedCache cache = new VersionedCache(version::get, 0)) {
            AtomicInteger computed = new AtomicInteger();
            for (int i = 0; i < 5; i++) {
                assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
            }
            assertThat(cache.get("other", () -> "w")).isEqualTo("w");
            assertThat(computed).hasValue(1);
        }
    }

    @Test
    void afterAChangeTheLastValueIsServedAtOnceAndTheNewOneArrivesFromTheBackground() throws Exception {
        try (VersionedCache cache = new VersionedCache(version::get, 0)) {
            assertThat(cache.get("k", () -> "old")).isEqualTo("old");
            version.incrementAndGet();
            CountDownLatch release = new CountDownLatch(1);
            assertThat(cache.<String>get("k", () -> {
                await(release);
                return "new";
            })).isEqualTo("old");
            release.countDown();
            String seen = "old";
            for (int i = 0; i < 200 && seen.equals("old"); i++) {
                Thread.sleep(10);
                seen = cache.get("k", () -> "not asked: the version has not moved again");
            }
            assertThat(seen).isEqualTo("new");
        }
    }

    @Test
    void aRefreshWaitsForTheLeastIntervalBetweenComputations() {
        try (VersionedCache cache = new VersionedCache(version::get, TimeUnit.HOURS.toMillis(1))) {
            cache.get("k", () -> "first");
            version.incrementAndGet();
            AtomicInteger computed = new AtomicInteger();
            assertThat(cache.get("k", () -> "second" + computed.incrementAndGet())).isEqualTo("first");
            assertThat(computed).hasValue(0);
        }
    }

    @Test
    void aFailureIsKeptUntilTheVersionMoves() {
        try (VersionedCache cache = new VersionedCache(version::get, 0)) {
            AtomicInteger computed = new AtomicInteger();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> cache.get("bad", () -> {
                    computed.incrementAndGet();
                    throw new IllegalArgumentException("no such subject");
                })).isInstanceOf(IllegalArgumentException.class).hasMessage("no such subject");
            }
            assertThat(computed).hasValue(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
