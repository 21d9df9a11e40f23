package org.sitrep.read.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction speed on one thread, ours beside Readability4J, over the pages of the trafilatura evaluation
 * set that {@code sitrep eval extract} reads, with their URLs, held in memory (so that disk and gzip do not count):
 * each extractor reads every page in warm-up passes, then in timed passes, the two taking turns pass by pass so that
 * a busy machine slows both alike. Ours is the whole reading of a page as {@code sitrep eval extract} times it
 * (decoding, the article, the page text with its left-out blocks and source map, the date, then the boilerplate
 * cleaner); Readability4J takes the article alone. Prints pages per second for each and their ratio.
 *
 * <p>Runs only when asked and when the data is there: {@code mvn -B -o -q -pl sitrep-read test
 * -Dtest=ExtractionSpeedBenchmark -Dsitrep.bench=true} (pin it to one core with {@code taskset -c 1} for the
 * one-core figure).
 */
class ExtractionSpeedBenchmark {
    private static final int WARM_UP_PASSES = 3;
    private static final int TIMED_PASSES = 3;

    @Test
    void printsPagesPerSecondBesideThePeer() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true)");
        Path set = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "trafilatura-eval");
        Assumptions.assumeTrue(Files.isDirectory(set), "trafilatura-eval " + set + " absent, skipping");
        // the pages and URLs the evaluation reads, as it finds them
        List<String> urls = new ArrayList<>();
        List<byte[]> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : ExtractionEvaluation.trafilaturaGold(set).properties()) {
            Path page = ExtractionEvaluation.trafilaturaPage(set, e.getValue().path("file").asText());
            if (!Files.isRegularFile(page)) {
                continue;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                pages.add(in.readAllBytes());
            }
            urls.add(e.getKey());
        }
        ArticleTextExtractor ours = new SitrepArticleExtractor();
        ArticleTextExtractor peer = new Readability4JArticleExtractor();
        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(ours, urls, pages);
            pass(peer, urls, pages);
        }
        long oursNanos = 0;
        long peerNanos = 0;
        for (int i = 0; i < TIMED_PASSES; i++) {
            oursNanos += pass(ours, urls, pages);
            peerNanos += pass(peer, urls, pages);
        }
        double oursRate = pages.size() * (double) TIMED_PASSES / (oursNanos / 1e9);
        double peerRate = pages.size() * (double) TIMED_PASSES / (peerNanos / 1e9);
        System.out.printf("extraction, %d pages x %d timed passes after %d warm-up, one thread:%n", pages.size(),
                TIMED_PASSES, WARM_UP_PASSES);
        System.out.printf("  %-22s %7.1f pages/s%n", ours.name(), oursRate);
        System.out.printf("  %-22s %7.1f pages/s%n", peer.name(), peerRate);
        System.out.printf("  ratio %.2f%n", oursRate / peerRate);
    }

    private static long pass(ArticleTextExtractor extractor, List<String> urls, List<byte[]> pages) {
        long t0 = System.nanoTime();
        for (int i = 0; i < pages.size(); i++) {
            try {
                extractor.extract(urls.get(i), pages.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                // a page an extractor cannot read costs its time and is skipped, as in the evaluation
            }
        }
        return System.nanoTime() - t0;
    }
}
