package org.sitrep.read.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.read.eval.ArticleTextExtractor.Extraction;
import org.sitrep.read.eval.ExtractionEvaluationResult.Layout;
import org.sitrep.read.eval.ExtractionEvaluationResult.Miss;
import org.sitrep.read.eval.ExtractionEvaluationResult.PageScores;
import org.sitrep.read.eval.ExtractionEvaluationResult.Subset;
import org.sitrep.read.eval.ExtractionEvaluationResult.SystemFigures;

/**
 * Scores main-text extraction on a directory of pages with gold, for Sitrep and a peer extractor on the same pages
 * (the command {@code sitrep eval extract --data DIR}). Two layouts are told apart by their gold file:
 * <ol>
 *   <li><b>The trafilatura evaluation set</b> ({@code DIR/evaldata.json}, pages at {@code DIR/cache/<file>.gz},
 *       else {@code DIR/eval/<file>.gz}): its "with" and "without" segments, counted over all pages as its
 *       README describes ({@link SegmentCounts}), for all pages and for the English ones
 *       ({@code <html lang="en…">}). The top-level figures are those of all pages.</li>
 *   <li><b>A ground-truth JSON</b> ({@code DIR/ground-truth.json}, page id to {@code {url, articleBody}}, pages at
 *       {@code DIR/html/<id>.html.gz}), the layout of the 181-page article-extraction benchmark: word 4-gram
 *       shingles per page, averaged over pages as its evaluator does ({@link ShingleScore}).</li>
 * </ol>
 * Each page is decompressed once, and its raw bytes go to each extractor, which finds the encoding itself.
 *
 * <p>Thread safety: stateless; a run uses only its own objects (and the extractors, which must be thread-safe
 * to be shared between runs).
 *
 * <p>Failure: a directory in neither layout is an {@link IllegalArgumentException} whose message says what was
 * expected; an unreadable gold file an {@link UncheckedIOException}. A page whose file is missing or broken, or on
 * which an extractor throws, is scored as an empty extraction for that system (for a missing file, for both) and
 * named in the result's problems; the run goes on.
 */
public final class ExtractionEvaluation {
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang\\s*=\\s*[\"']?([A-Za-z-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEvaluation() {
    }

    /** Scores Sitrep ({@link SitrepArticleExtractor}) beside Readability4J on the pages in {@code dir}. */
    public static ExtractionEvaluationResult run(Path dir) {
        return run(dir, new SitrepArticleExtractor(), new Readability4JArticleExtractor());
    }

    /** Scores {@code ours} beside {@code peer} on the pages in {@code dir}. */
    public static ExtractionEvaluationResult run(Path dir, ArticleTextExtractor ours, ArticleTextExtractor peer) {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(peer, "peer");
        Layout layout = findLayout(dir).orElseThrow(() -> new IllegalArgumentException(dir
                + ": neither the trafilatura evaluation set (evaldata.json) nor a ground-truth layout"
                + " (ground-truth.json with html/<id>.html.gz)"));
        return layout == Layout.TRAFILATURA ? new Run(dir, ours, peer).trafilatura()
                : new Run(dir, ours, peer).groundTruth();
    }

    /** Which layout {@code dir} holds, told by its gold file; empty when neither. */
    public static Optional<Layout> findLayout(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (Files.isRegularFile(dir.resolve("evaldata.json"))) {
            return Optional.of(Layout.TRAFILATURA);
        }
        if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            return Optional.of(Layout.GROUND_TRUTH);
        }
        return Optional.empty();
    }

    /** The state of one run: timers, failure counts, problems. */
    private static final class Run {
        final Path dir;
        final ArticleTextExtractor ours;
        final ArticleTextExtractor peer;
        final List<String> problems = new ArrayList<>();
        long oursNanos;
        long peerNanos;
        int oursFailures;
        int peerFailures;
        int pages;

        Run(Path dir, ArticleTextExtractor ours, ArticleTextExtractor peer) {
            this.dir = dir;
            this.ours = ours;
            this.peer = peer;
        }

        ExtractionEvaluationResult trafilatura() {
            JsonNode gold = trafilaturaGold(dir);
            SegmentCounts allOurs = SegmentCounts.NONE;
            SegmentCounts allPeer = SegmentCounts.NONE;
            SegmentCounts enOurs = SegmentCounts.NONE;
            SegmentCounts enPeer = SegmentCounts.NONE;
            List<Miss> misses = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : gold.properties()) {
                JsonNode entry = e.getValue();
                String file = text(entry.path("file"));
                Path path = trafilaturaPage(dir, file);
                List<String> with = strings(entry.path("with"));
                List<String> without = strings(entry.path("without"));
                String date = text(entry.path("date"));
                Optional<byte[]> html = page(path, file);
                String lang = html.map(ExtractionEvaluation::language).orElse("");
                Extraction a = html.map(b -> extractOurs(e.getKey(), b, file)).orElse(Extraction.empty());
                Extraction b = html.map(h -> extractPeer(e.getKey(), h, file)).orElse(Extraction.empty());
                SegmentCounts ca = SegmentCounts.ofPage(a.text(), with, without, date, a.published());
                SegmentCounts cb = SegmentCounts.ofPage(b.text(), with, without, date, b.published());
                allOurs = allOurs.plus(ca);
                allPeer = allPeer.plus(cb);
                if (lang.startsWith("en")) {
                    enOurs = enOurs.plus(ca);
                    enPeer = enPeer.plus(cb);
                }
                String out = SegmentCounts.squash(a.text());
                for (String s : with) {
                    if (out.isEmpty() || !out.contains(SegmentCounts.squash(s))) {
                        misses.add(new Miss(file, lang, "missed", s));
                    }
                }
                for (String s : without) {
                    if (!out.isEmpty() && out.contains(SegmentCounts.squash(s))) {
                        misses.add(new Miss(file, lang, "kept", s));
                    }
                }
            }
            Map<String, Subset> subsets = new LinkedHashMap<>();
            subsets.put("all", new Subset("all", allOurs, allPeer));
            subsets.put("english", new Subset("english", enOurs, enPeer));
            return new ExtractionEvaluationResult(Layout.TRAFILATURA, dir.toString(), pages,
                    figures(ours, allOurs.figures(), oursFailures, oursNanos),
                    figures(peer, allPeer.figures(), peerFailures, peerNanos), subsets, List.of(), misses, problems);
        }

        ExtractionEvaluationResult groundTruth() {
            JsonNode gold = readJson(dir.resolve("ground-truth.json"));
            List<PageScores> scores = new ArrayList<>();
            List<ShingleScore> a = new ArrayList<>();
            List<ShingleScore> b = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : gold.properties()) {
                String id = e.getKey();
                String url = text(e.getValue().path("url"));
                String truth = text(e.getValue().path("articleBody"));
                Optional<byte[]> html = page(dir.resolve("html").resolve(id + ".html.gz"), id);
                ShingleScore sa = ShingleScore.of(truth,
                        html.map(h -> extractOurs(url, h, id)).orElse(Extraction.empty()).text());
                ShingleScore sb = ShingleScore.of(truth,
                        html.map(h -> extractPeer(url, h, id)).orElse(Extraction.empty()).text());
                a.add(sa);
                b.add(sb);
                scores.add(new PageScores(id, sa, sb));
            }
            return new ExtractionEvaluationResult(Layout.GROUND_TRUTH, dir.toString(), pages,
                    figures(ours, ShingleScore.average(a), oursFailures, oursNanos),
                    figures(peer, ShingleScore.average(b), peerFailures, peerNanos), Map.of(), scores, List.of(),
                    problems);
        }

        /** The decompressed page, counted; empty (with a problem line) when missing or broken. */
        Optional<byte[]> page(Path gz, String name) {
            pages++;
            if (!Files.isRegularFile(gz)) {
                problems.add(name + ": no page at " + gz);
                oursFailures++;
                peerFailures++;
                return Optional.empty();
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                problems.add(name + ": cannot read " + gz + ": " + e.getMessage());
                oursFailures++;
                peerFailures++;
                return Optional.empty();
            }
        }

        Extraction extractOurs(String url, byte[] html, String name) {
            long t0 = System.nanoTime();
            Extraction x = extract(ours, url, html, name);
            oursNanos += System.nanoTime() - t0;
            if (x.text().isBlank()) {
                oursFailures++;
            }
            return x;
        }

        Extraction extractPeer(String url, byte[] html, String name) {
            long t0 = System.nanoTime();
            Extraction x = extract(peer, url, html, name);
            peerNanos += System.nanoTime() - t0;
            if (x.text().isBlank()) {
                peerFailures++;
            }
            return x;
        }

        private Extraction extract(ArticleTextExtractor system, String url, byte[] html, String name) {
            try {
                return system.extract(url, html);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(name + ": " + system.name() + " failed: " + e);
                return Extraction.empty();
            }
        }

        SystemFigures figures(ArticleTextExtractor system, Figures f, int failures, long nanos) {
            double perSecond = nanos == 0 ? 0 : pages / (nanos / 1e9);
            return new SystemFigures(system.name(), f, failures, perSecond);
        }
    }

    /**
     * The gold entries of the trafilatura set in {@code dir}: its {@code evaldata.json}, keyed by page URL, each with
     * the {@code file} name of its page (see {@link #trafilaturaPage}).
     */
    static JsonNode trafilaturaGold(Path dir) {
        return readJson(dir.resolve("evaldata.json"));
    }

    /** Where the trafilatura set in {@code dir} keeps the gzipped page of {@code file}: under cache/, else eval/. */
    static Path trafilaturaPage(Path dir, String file) {
        Path path = dir.resolve("cache").resolve(file + ".gz");
        return Files.isRegularFile(path) ? path : dir.resolve("eval").resolve(file + ".gz");
    }

    private static JsonNode readJson(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(file + ": not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    /** A string field's value; {@code ""} when it is missing, null or not a string. */
    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : "";
    }

    /** The page's {@code <html lang>} in lower case, {@code ""} when none, from its first 8 KiB. */
    static String language(byte[] html) {
        int n = Math.min(html.length, 8192);
        Matcher m = LANG.matcher(new String(html, 0, n, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
