package org.sitrep.read.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of {@link ExtractionEvaluation} found: our figures and the peer's on the same pages, and, for the
 * trafilatura set, the counts for all pages and for the English ones.
 *
 * <p>Thread safety: an immutable record (the collections are copied).
 *
 * @param layout which data layout was read
 * @param dir the directory read
 * @param pages pages scored
 * @param ours Sitrep's figures (for the trafilatura set: all pages)
 * @param peer the peer's figures on the same pages
 * @param subsets for the trafilatura set, {@code all} and {@code english} (pages whose {@code <html lang>} starts
 *     with {@code en}), in that order; empty for the ground-truth layout
 * @param pageScores for the ground-truth layout, each page's score for both systems, in the order of the gold
 *     file; empty for the trafilatura set
 * @param misses the gold segments Sitrep got wrong on the trafilatura set (missed "with", kept "without"), for
 *     whoever tunes the extractor; empty for the ground-truth layout
 * @param problems one line for each page that could not be scored as it should (missing or broken file, a system
 *     that threw)
 */
public record ExtractionEvaluationResult(Layout layout, String dir, int pages, SystemFigures ours, SystemFigures peer,
        Map<String, Subset> subsets, List<PageScores> pageScores, List<Miss> misses, List<String> problems) {

    /** The two layouts read. */
    public enum Layout {
        /** {@code evaldata.json} with {@code cache/} and {@code eval/}: must-contain / must-not-contain segments. */
        TRAFILATURA,
        /** {@code ground-truth.json} with {@code html/<id>.html.gz}: word 4-gram shingles against the body. */
        GROUND_TRUTH
    }

    /**
     * One system's figures.
     *
     * @param name the system, e.g. {@code sitrep} or {@code Readability4J 1.0.8}
     * @param figures precision, recall, F1
     * @param failures pages where it threw or gave nothing
     * @param pagesPerSecond pages extracted per second of wall time on one thread (extraction alone: no
     *     decompression, no scoring)
     */
    public record SystemFigures(String name, Figures figures, int failures, double pagesPerSecond) {
    }

    /**
     * The trafilatura counts on some of the pages, for both systems.
     *
     * @param name {@code all} or {@code english}
     * @param ours Sitrep's counts
     * @param peer the peer's counts
     */
    public record Subset(String name, SegmentCounts ours, SegmentCounts peer) {
    }

    /**
     * One ground-truth page's scores.
     *
     * @param id the page id
     * @param ours Sitrep's score
     * @param peer the peer's score
     */
    public record PageScores(String id, ShingleScore ours, ShingleScore peer) {
    }

    /**
     * A gold segment Sitrep got wrong.
     *
     * @param file the page's file name
     * @param language the page's {@code <html lang>}, lower case, {@code ""} when none
     * @param kind {@code missed} (a "with" segment not found) or {@code kept} (a "without" segment found)
     * @param segment the gold segment
     */
    public record Miss(String file, String language, String kind, String segment) {
    }

    public ExtractionEvaluationResult {
        Objects.requireNonNull(layout, "layout");
        subsets = Map.copyOf(subsets);
        pageScores = List.copyOf(pageScores);
        misses = List.copyOf(misses);
        problems = List.copyOf(problems);
    }

    /**
     * The result as JSON: {@code {ours: {name, precision, recall, f1}, peer: {name, precision, recall, f1}, pages}},
     * then {@code layout}, {@code speed} (pages per second), {@code failures}, {@code problems}, and for the
     * trafilatura set {@code subsets: {all|english: {pages, ours: {precision, recall, f1, accuracy, tp, fn, fp, tn,
     * dated, datesRight}, peer: {…}}}}.
     */
    public String toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.set("ours", figures(json, ours.name(), ours.figures()));
        root.set("peer", figures(json, peer.name(), peer.figures()));
        root.put("pages", pages);
        root.put("layout", layout.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        ObjectNode speed = root.putObject("speed");
        speed.put("ours", round(ours.pagesPerSecond()));
        speed.put("peer", round(peer.pagesPerSecond()));
        ObjectNode failures = root.putObject("failures");
        failures.put("ours", ours.failures());
        failures.put("peer", peer.failures());
        if (!subsets.isEmpty()) {
            ObjectNode subs = root.putObject("subsets");
            for (String name : List.of("all", "english")) {
                Subset s = subsets.get(name);
                if (s != null) {
                    ObjectNode node = subs.putObject(name);
                    node.put("pages", s.ours().pages());
                    node.set("ours", counts(json, s.ours()));
                    node.set("peer", counts(json, s.peer()));
                }
            }
        }
        ArrayNode probs = root.putArray("problems");
        problems.forEach(probs::add);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as a few lines of text, ours beside the peer. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "extraction, %s layout, %d pages (%s)%n",
                layout.name().toLowerCase(Locale.ROOT).replace('_', '-'), pages, dir));
        if (subsets.isEmpty()) {
            line(sb, "", ours, ours.figures(), null);
            line(sb, "", peer, peer.figures(), null);
        } else {
            for (String name : List.of("all", "english")) {
                Subset s = subsets.get(name);
                if (s != null) {
                    line(sb, name, ours, s.ours().figures(), s.ours());
                    line(sb, name, peer, s.peer().figures(), s.peer());
                }
            }
        }
        sb.append(String.format(Locale.ROOT, "speed: %s %.0f pages/s, %s %.0f pages/s (one thread)%n", ours.name(),
                ours.pagesPerSecond(), peer.name(), peer.pagesPerSecond()));
        for (String p : problems) {
            sb.append("problem: ").append(p).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String subset, SystemFigures system, Figures f, SegmentCounts c) {
        sb.append(String.format(Locale.ROOT, "%-8s %-22s P=%.3f R=%.3f F1=%.3f", subset, system.name(),
                f.precision(), f.recall(), f.f1()));
        if (c != null) {
            sb.append(String.format(Locale.ROOT, " acc=%.3f  pages=%d", c.accuracy(), c.pages()));
            if (c.datesRight() > 0) {
                sb.append(String.format(Locale.ROOT, "  dates right %d of %d", c.datesRight(), c.dated()));
            }
        }
        sb.append(String.format(Locale.ROOT, "  failures=%d%n", c == null ? system.failures() : c.empty()));
    }

    private static ObjectNode figures(ObjectMapper json, String name, Figures f) {
        ObjectNode node = json.createObjectNode();
        node.put("name", name);
        node.put("precision", round(f.precision()));
        node.put("recall", round(f.recall()));
        node.put("f1", round(f.f1()));
        return node;
    }

    private static ObjectNode counts(ObjectMapper json, SegmentCounts c) {
        Figures f = c.figures();
        ObjectNode node = json.createObjectNode();
        node.put("precision", round(f.precision()));
        node.put("recall", round(f.recall()));
        node.put("f1", round(f.f1()));
        node.put("accuracy", round(c.accuracy()));
        node.put("tp", c.tp());
        node.put("fn", c.fn());
        node.put("fp", c.fp());
        node.put("tn", c.tn());
        node.put("dated", c.dated());
        node.put("datesRight", c.datesRight());
        node.put("failures", c.empty());
        return node;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
