package org.sitrep.read;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how reading an HTML page grows with its nesting depth: pages of 1,000, 10,000 and 100,000 nested
 * {@code <div>}s around one paragraph (110 kB to 1.1 MB at the largest, as in issue 16), each read whole by
 * {@link DocumentReader} (decoding, the article, the page text with its source map, the date), beside jsoup's parse
 * of the same bytes alone, the floor any reading pays. Each size is read in warm-up passes, then timed passes; the
 * two take turns. Times are the reading thread's CPU time, so that other work on a busy machine does not count
 * (reading a page runs on the calling thread alone). Prints CPU milliseconds per page for each, and how each grew
 * from the size ten times smaller (linear work grows about 10 times; quadratic work 100 times).
 *
 * <p>Runs only when asked: {@code mvn -B -o -q -pl sitrep-read -am verify -Dtest=DeepNestingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsitrep.bench=true} (other depths with
 * {@code -Dsitrep.bench.depths=...}).
 */
class DeepNestingBenchmark {
    /** The depths read, from {@code -Dsitrep.bench.depths=1000,10000,100000} (those by default). */
    private static final int[] DEPTHS = java.util.Arrays.stream(
            System.getProperty("sitrep.bench.depths", "1000,10000,100000").split(","))
            .mapToInt(d -> Integer.parseInt(d.strip())).toArray();
    private static final int WARM_UP_PASSES = 2;
    private static final int TIMED_PASSES = 3;

    static byte[] nestedDivs(int depth) {
        return ("<!DOCTYPE html><html><head><title>Deep</title></head><body>" + "<div>".repeat(depth)
                + "<p>The council met on Monday in Port-au-Prince and extended the mission by a year, officials said.</p>"
                + "</div>".repeat(depth) + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void printsMillisecondsPerPageByDepthBesideJsoupsParse() {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true)");
        DocumentReader reader = DocumentReader.builder().build();
        System.out.printf("nested <div>s around one paragraph, %d timed passes after %d warm-up, one thread:%n",
                TIMED_PASSES, WARM_UP_PASSES);
        System.out.printf("  %8s %10s %14s %10s %14s %10s%n", "depth", "bytes", "jsoup parse", "growth", "sitrep read",
                "growth");
        double lastParse = 0;
        double lastRead = 0;
        for (int depth : DEPTHS) {
            byte[] page = nestedDivs(depth);
            String name = "deep-" + depth + ".html";
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                parse(page);
                read(reader, name, page);
            }
            long parseNanos = 0;
            long readNanos = 0;
            for (int i = 0; i < TIMED_PASSES; i++) {
                parseNanos += parse(page);
                readNanos += read(reader, name, page);
            }
            double parseMs = parseNanos / 1e6 / TIMED_PASSES;
            double readMs = readNanos / 1e6 / TIMED_PASSES;
            System.out.printf("  %8d %10d %11.1f ms %10s %11.1f ms %10s%n", depth, page.length, parseMs,
                    lastParse == 0 ? "" : String.format("%.1fx", parseMs / lastParse), readMs,
                    lastRead == 0 ? "" : String.format("%.1fx", readMs / lastRead));
            lastParse = parseMs;
            lastRead = readMs;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long parse(byte[] page) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        return THREADS.getCurrentThreadCpuTime() - t0;
    }

    private static long read(DocumentReader reader, String name, byte[] page) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        ReadResult r = reader.read(name, page);
        if (r.documents().size() != 1) {
            throw new AssertionError(name + " gave " + r.documents().size() + " documents: " + r.diagnostics());
        }
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
