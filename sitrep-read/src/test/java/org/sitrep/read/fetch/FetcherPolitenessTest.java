package org.sitrep.read.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.read.fetch.LoopbackServer.redirect;
import static org.sitrep.read.fetch.LoopbackServer.respond;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt, pacing per host and conditional GETs, against a real server on 127.0.0.1. Delays are checked on the
 * server's own arrival times, never on how fast we run.
 */
class FetcherPolitenessTest {
    private static final String UA = "Sitrep/0.1 (+https://example.org/sitrep)";

    private LoopbackServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Fetcher.Builder fetcher() {
        return Fetcher.builder().userAgent(UA).minDelayPerHost(Duration.ZERO).timeout(Duration.ofSeconds(10));
    }

    /** Gaps in nanoseconds between consecutive arrivals at the server, in arrival order. */
    private static List<Long> gaps(List<LoopbackServer.Hit> hits) {
        List<Long> times = hits.stream().map(LoopbackServer.Hit::nanos).sorted().toList();
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
        }
        return gaps;
    }

    // ---- robots.txt ----------------------------------------------------------------------------------------------

    @Test
    void aDisallowedPathIsNeverRequested() {
        server.robots("User-agent: *\nDisallow: /private\n");
        server.page("/private/memo", "text/html", "secret");
        server.page("/public/story", "text/html", "news");
        Fetcher f = fetcher().build();

        FetchResult blocked = f.fetch(server.uri("/private/memo"));
        assertThat(blocked.isSuccess()).isFalse();
        assertThat(blocked.failure().message()).isEqualTo("disallowed by http://127.0.0.1:" + server.port()
                + "/robots.txt for user agent Sitrep");
        assertThat(server.hits("/private/memo")).isEmpty();
        assertThat(f.fetch(server.uri("/public/story")).isSuccess()).isTrue();
    }

    @Test
    void aGroupNamingOurProductTokenOverridesTheStarGroup() {
        server.robots("User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nAllow: /\nDisallow: /drafts/\n");
        server.page("/story", "text/html", "news");
        server.page("/drafts/1", "text/html", "draft");
        Fetcher f = fetcher().build();
        assertThat(f.fetch(server.uri("/story")).isSuccess()).isTrue();
        assertThat(f.fetch(server.uri("/drafts/1")).failure().message()).startsWith("disallowed by");
    }

    @Test
    void aRedirectIntoADisallowedPathStopsThere() {
        server.robots("User-agent: *\nDisallow: /private\n");
        server.on("/old", ex -> redirect(ex, 301, "/private/new"));
        server.page("/private/new", "text/html", "secret");
        FetchResult r = fetcher().build().fetch(server.uri("/old"));
        assertThat(r.failure().message()).startsWith("disallowed by");
        assertThat(r.finalUri()).isEqualTo(server.uri("/private/new"));
        assertThat(server.hits("/private/new")).isEmpty();
    }

    @Test
    void robotsTxtIsFetchedOncePerHostWithOurUserAgent() {
        server.robots("User-agent: *\nDisallow: /x\n");
        server.page("/a", "text/html", "a");
        server.page("/b", "text/html", "b");
        Fetcher f = fetcher().build();
        f.fetch(server.uri("/a"));
        f.fetch(server.uri("/b"));
        f.fetch(server.uri("/x"));
        f.fetch(server.uri("/a"));
        assertThat(server.hits("/robots.txt")).singleElement()
                .satisfies(h -> assertThat(h.header("User-Agent")).isEqualTo(UA));
        assertThat(server.hits("/a")).hasSize(2);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        server.page("/story", "text/html", "news"); // /robots.txt answers 404
        assertThat(fetcher().build().fetch(server.uri("/story")).isSuccess()).isTrue();
        assertThat(server.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void aRobotsTxtAnsweringForbiddenAllowsEverything() {
        server.on("/robots.txt", ex -> respond(ex, 403, "text/plain", "no"));
        server.page("/story", "text/html", "news");
        assertThat(fetcher().build().fetch(server.uri("/story")).isSuccess()).isTrue();
    }

    @Test
    void aRobotsTxtAnsweringServerErrorDisallowsTheWholeHost() {
        server.on("/robots.txt", ex -> respond(ex, 503, "text/plain", "down"));
        server.page("/story", "text/html", "news");
        Fetcher f = fetcher().build();
        FetchResult r = f.fetch(server.uri("/story"));
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.failure().message()).isEqualTo("not fetched: http://127.0.0.1:" + server.port()
                + "/robots.txt answered HTTP 503 Service Unavailable, so http://127.0.0.1:" + server.port()
                + " is off limits");
        assertThat(f.fetch(server.uri("/story")).isSuccess()).isFalse();
        assertThat(server.hits("/story")).isEmpty();
        assertThat(server.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void aRedirectedRobotsTxtIsFollowed() {
        server.on("/robots.txt", ex -> redirect(ex, 301, "/real-robots.txt"));
        server.page("/real-robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
        server.page("/private", "text/html", "secret");
        FetchResult r = fetcher().build().fetch(server.uri("/private"));
        assertThat(r.failure().message()).startsWith("disallowed by");
    }

    @Test
    void aRobotsTxtOverTheLimitIsReadAsFarAsTheLimit() {
        String rules = "User-agent: *\nDisallow: /private\n";
        String filler = ("# " + "x".repeat(97) + "\n").repeat(RobotsTxt.MAX_BYTES / 100 + 10);
        server.robots(rules + filler + "Disallow: /beyond-the-limit\n");
        server.page("/beyond-the-limit", "text/html", "ok");
        Fetcher f = fetcher().build();
        assertThat(f.fetch(server.uri("/private")).failure().message()).startsWith("disallowed by");
        assertThat(f.fetch(server.uri("/beyond-the-limit")).isSuccess()).isTrue();
    }

    @Test
    void crawlDelayRaisesTheDelayBetweenRequests() {
        server.robots("User-agent: *\nCrawl-delay: 0.3\n");
        server.page("/a", "text/html", "a");
        Fetcher f = fetcher().minDelayPerHost(Duration.ZERO).build();
        for (int i = 0; i < 3; i++) {
            assertThat(f.fetch(server.uri("/a")).isSuccess()).isTrue();
        }
        assertThat(gaps(server.hits("/a"))).hasSize(2).allSatisfy(g ->
                assertThat(g).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos()));
    }

    @Test
    void aCrawlDelayOverTheCapIsCappedWithAWarning() {
        server.robots("User-agent: *\nCrawl-delay: 3600\n");
        server.page("/a", "text/html", "a");
        Fetcher f = fetcher().maxCrawlDelay(Duration.ofMillis(200)).build();
        FetchResult first = f.fetch(server.uri("/a"));
        FetchResult second = f.fetch(server.uri("/a"));
        assertThat(second.isSuccess()).isTrue();
        assertThat(first.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .endsWith("/robots.txt asks for a crawl delay of 3600 s; waiting 0.2 s, the most this fetcher waits"));
        assertThat(gaps(server.hits("/a"))).singleElement().satisfies(g ->
                assertThat(g).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos()));
    }

    // ---- pacing --------------------------------------------------------------------------------------------------

    @Test
    void requestsToOneHostKeepTheMinimumDelayIncludingRobotsTxt() {
        server.page("/a", "text/html", "a");
        server.page("/b", "text/html", "b");
        Fetcher f = fetcher().minDelayPerHost(Duration.ofMillis(250)).build();
        f.fetch(server.uri("/a"));
        f.fetch(server.uri("/b"));
        f.fetch(server.uri("/a"));
        List<LoopbackServer.Hit> hits = server.hits();
        assertThat(hits).extracting(LoopbackServer.Hit::path).containsExactly("/robots.txt", "/a", "/b", "/a");
        assertThat(gaps(hits)).hasSize(3).allSatisfy(g ->
                assertThat(g).isGreaterThanOrEqualTo(Duration.ofMillis(250).toNanos()));
    }

    @Test
    void concurrentFetchesToOneHostAreSpacedOneAtATime() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.on("/p" + i, ex -> {
                Thread.sleep(50); // a slow answer: the next request must wait for it to end
                respond(ex, 200, "text/html", "page");
            });
        }
        Fetcher f = fetcher().minDelayPerHost(Duration.ofMillis(150)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FetchResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                results.add(pool.submit(() -> f.fetch(server.uri("/p" + n))));
            }
            for (Future<FetchResult> r : results) {
                assertThat(r.get().isSuccess()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        List<LoopbackServer.Hit> pages = server.hits().stream().filter(h -> h.path().startsWith("/p")).toList();
        assertThat(pages).hasSize(4);
        // each request starts after the previous one ended (50 ms in the handler) plus the delay
        assertThat(gaps(server.hits())).hasSize(4).allSatisfy(g ->
                assertThat(g).isGreaterThanOrEqualTo(Duration.ofMillis(150).toNanos()));
        assertThat(gaps(pages)).allSatisfy(g ->
                assertThat(g).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos()));
    }

    // ---- conditional GET -----------------------------------------------------------------------------------------

    /** A feed with an ETag and a Last-Modified that answers 304 to a matching conditional GET. */
    private void serveFeed(String etag, String body) {
        server.on("/feed.xml", ex -> {
            String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Apr 2025 10:00:00 GMT");
            if (etag.equals(ifNoneMatch)) {
                respond(ex, 304, null, "");
            } else {
                respond(ex, 200, "application/rss+xml; charset=utf-8", body);
            }
        });
    }

    @Test
    void aFeedPolledAgainIsNotModifiedAndComesWithoutABody() {
        serveFeed("\"v1\"", "<rss>one</rss>");
        Path cache = dir.resolve("db.http-cache");

        FetchResult first = fetcher().cache(cache).build().fetch(server.uri("/feed.xml"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>one</rss>");
        assertThat(server.hits("/feed.xml").get(0).header("If-None-Match")).isNull();

        // a new fetcher, as in the next run of the program: the validators come from the cache directory
        FetchResult second = fetcher().cache(cache).build().fetch(server.uri("/feed.xml"));
        assertThat(second.isSuccess()).isTrue();
        assertThat(second.notModified()).isTrue();
        assertThat(second.status()).isEqualTo(304);
        assertThat(second.bodyLength()).isZero();
        assertThat(second.findEtag()).contains("\"v1\"");
        LoopbackServer.Hit conditional = server.hits("/feed.xml").get(1);
        assertThat(conditional.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.header("If-Modified-Since")).isEqualTo("Tue, 01 Apr 2025 10:00:00 GMT");
    }

    @Test
    void aChangedFeedComesWholeAndItsNewValidatorsAreKept() {
        serveFeed("\"v1\"", "<rss>one</rss>");
        Fetcher f = fetcher().cache(dir).build();
        f.fetch(server.uri("/feed.xml"));
        serveFeed("\"v2\"", "<rss>two</rss>");

        FetchResult changed = f.fetch(server.uri("/feed.xml"));
        assertThat(changed.notModified()).isFalse();
        assertThat(new String(changed.body(), StandardCharsets.UTF_8)).isEqualTo("<rss>two</rss>");
        assertThat(f.fetch(server.uri("/feed.xml")).notModified()).isTrue();
        assertThat(server.hits("/feed.xml")).extracting(h -> h.header("If-None-Match"))
                .containsExactly(null, "\"v1\"", "\"v2\"");
    }

    @Test
    void withoutACacheEveryFetchIsUnconditional() {
        serveFeed("\"v1\"", "<rss>one</rss>");
        Fetcher f = fetcher().build();
        f.fetch(server.uri("/feed.xml"));
        assertThat(f.fetch(server.uri("/feed.xml")).notModified()).isFalse();
        assertThat(server.hits("/feed.xml")).extracting(h -> h.header("If-None-Match")).containsOnlyNulls();
    }

    @Test
    void anUnaskedFor304IsAFailure() {
        server.on("/odd", ex -> respond(ex, 304, null, ""));
        FetchResult r = fetcher().cache(dir).build().fetch(server.uri("/odd"));
        assertThat(r.failure().message()).isEqualTo("HTTP 304 Not Modified to a request that was not conditional");
    }

    @Test
    void aCorruptCacheEntryGivesAWarningAndAnUnconditionalFetch() throws IOException {
        serveFeed("\"v1\"", "<rss>one</rss>");
        fetcher().cache(dir).build().fetch(server.uri("/feed.xml"));
        try (var files = Files.list(dir)) {
            Files.writeString(files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow(), "{");
        }
        FetchResult r = fetcher().cache(dir).build().fetch(server.uri("/feed.xml"));
        assertThat(r.isSuccess()).isTrue();
        assertThat(r.notModified()).isFalse();
        assertThat(r.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("unreadable").endsWith("fetching unconditionally"));
        // and the entry was rewritten, so the next poll is conditional again
        assertThat(fetcher().cache(dir).build().fetch(server.uri("/feed.xml")).notModified()).isTrue();
    }
}
