package org.sitrep.cli.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.annotate.time.eval.SimpleSentenceSplitter;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/**
 * {@code sitrep eval pubdate}: scores publication-date finding on the trafilatura evaluation set against the gold
 * {@code date} of its metadata, in two readings of each page.
 *
 * <ul>
 *   <li><b>With metadata:</b> the page is read as Sitrep reads any HTML page ({@link DocumentReader}: meta tags,
 *       JSON-LD, {@code <time>}, the URL), then, when the date is still unknown, the text goes through the pipeline's
 *       first stages (boilerplate, sentences) and the time stage ({@link TimeAnnotator}), which infers it.</li>
 *   <li><b>Text only:</b> the page stripped of its metadata (the {@code <head>}, every {@code meta}, {@code link} and
 *       script, JSON-LD included, and every attribute but {@code class}, {@code id}, {@code role} and
 *       {@code lang}, so {@code <time datetime>} too) and read with no URL, so that only its visible text remains;
 *       then the same inference.</li>
 * </ul>
 * A date is right when it equals the gold day; a guess of month precision is wrong against a day, and is counted
 * apart in the month figures.
 *
 * <p>Thread safety: stateless; each run builds its own readers and annotators (the CoreNLP models are shared per
 * JVM).
 *
 * <p>Failure: throws {@link IllegalArgumentException} if {@code dir} is not the set (no {@code evaldata.json}) and
 * {@link UncheckedIOException} if it cannot be read. A page that cannot be read or holds no text counts as unknown.
 */
public final class PubDateEvaluation {
    /** How the text is split into the sentences the time stage reads. */
    public enum SentenceSplitting {
        /** The pipeline's own {@link CoreNlpAnnotator} (tokens, sentences, mentions). */
        CORENLP,
        /** A rule-based splitter at line ends and sentence punctuation ({@link SimpleSentenceSplitter}). */
        LINES;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> KEPT_ATTRIBUTES = Set.of("class", "id", "role", "lang");

    private PubDateEvaluation() {
    }

    /** Scores every dated page of the set in {@code dir}, splitting sentences with CoreNLP. */
    public static PubDateEvaluationResult run(Path dir) {
        return run(dir, 0, SentenceSplitting.CORENLP);
    }

    /**
     * Scores the first {@code limit} dated pages of the set in {@code dir} (all when {@code limit <= 0}).
     *
     * @param splitting how sentences are found for the time stage
     */
    public static PubDateEvaluationResult run(Path dir, int limit, SentenceSplitting splitting) {
        List<TrafilaturaPages.Page> pages = TrafilaturaPages.datedPages(dir);
        if (limit > 0 && pages.size() > limit) {
            pages = pages.subList(0, limit);
        }
        Reading reading = new Reading(splitting);
        Tally withMetadata = new Tally();
        Tally textOnly = new Tally();
        int fromMetadata = 0;
        int fromMetadataRight = 0;
        for (TrafilaturaPages.Page page : pages) {
            byte[] gz;
            try {
                gz = Files.readAllBytes(page.html());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + page.html() + ": " + e.getMessage(), e);
            }
            Published full = reading.withMetadata(page.url(), gz);
            withMetadata.add(full, page.gold());
            if (full.basis() == Published.Basis.METADATA || full.basis() == Published.Basis.DATELINE) {
                fromMetadata++;
                if (isSameDay(full, page.gold())) {
                    fromMetadataRight++;
                }
            }
            textOnly.add(reading.textOnly(gz), page.gold());
        }
        int n = pages.size();
        return new PubDateEvaluationResult(share(withMetadata.day, n), share(textOnly.day, n), n,
                withMetadata.unknown, textOnly.unknown, share(withMetadata.month, n), share(textOnly.month, n),
                fromMetadata, fromMetadataRight, splitting.jsonName());
    }

    /**
     * The publication date Sitrep finds for one HTML page read whole: from its metadata and {@code location} (a URL,
     * or any name), else inferred from its text.
     */
    public static Published findPublished(String location, byte[] html, SentenceSplitting splitting) {
        return new Reading(splitting).withMetadata(location, html);
    }

    /** The publication date Sitrep infers from the visible text of one HTML page, its metadata stripped. */
    public static Published findPublishedInTextOnly(byte[] html, SentenceSplitting splitting) {
        return new Reading(splitting).textOnly(html);
    }

    /**
     * The page with its metadata taken out, so that only what a reader sees remains: no {@code <head>}, no
     * {@code meta}, {@code link}, {@code script}, {@code noscript}, {@code style} or {@code template}, and no
     * attribute other than {@code class}, {@code id}, {@code role} and {@code lang} (which carry no date but let the
     * article extractor find the article).
     */
    static String stripMetadata(org.jsoup.nodes.Document page) {
        page.head().empty();
        page.select("meta, link, script, noscript, style, template, base").remove();
        for (Element e : page.getAllElements()) {
            List<String> doomed = new ArrayList<>();
            for (Attribute a : e.attributes()) {
                if (!KEPT_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    doomed.add(a.getKey());
                }
            }
            doomed.forEach(e::removeAttr);
        }
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        return page.outerHtml();
    }

    static boolean isSameDay(Published p, LocalDate gold) {
        return p.isKnown() && p.value().equals(gold.toString());
    }

    static boolean isSameMonth(Published p, LocalDate gold) {
        return p.isKnown() && p.value().length() >= 7 && p.value().substring(0, 7).equals(gold.toString()
                .substring(0, 7));
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : count / (double) of;
    }

    /** Counts for one reading. Not thread-safe. */
    private static final class Tally {
        int day;
        int month;
        int unknown;

        void add(Published p, LocalDate gold) {
            if (!p.isKnown()) {
                unknown++;
            }
            if (isSameDay(p, gold)) {
                day++;
            }
            if (isSameMonth(p, gold)) {
                month++;
            }
        }
    }

    /** One configured reader and the stages after it. Not thread-safe (holds no state, but is used per run). */
    private static final class Reading {
        private final DocumentReader reader = DocumentReader.builder().build();
        private final BoilerplateAnnotator boilerplate = new BoilerplateAnnotator();
        private final CoreNlpAnnotator corenlp = new CoreNlpAnnotator();
        private final TimeAnnotator time = new TimeAnnotator();
        private final SentenceSplitting splitting;

        Reading(SentenceSplitting splitting) {
            this.splitting = splitting;
        }

        Published withMetadata(String location, byte[] html) {
            String name = location.toLowerCase(Locale.ROOT).matches(".*\\.x?html?(\\.gz)?") ? location
                    : location + (isGzip(html) ? ".html.gz" : ".html");
            ReadResult r = reader.read(name, html);
            if (r.documents().isEmpty()) {
                return Published.UNKNOWN;
            }
            Document doc = r.documents().get(0);
            return doc.published().isKnown() ? doc.published() : infer(doc);
        }

        Published textOnly(byte[] html) {
            byte[] raw;
            try {
                raw = isGzip(html) ? new GZIPInputStream(new ByteArrayInputStream(html)).readAllBytes() : html;
            } catch (IOException e) {
                return Published.UNKNOWN;
            }
            org.jsoup.nodes.Document page;
            try (InputStream in = new ByteArrayInputStream(raw)) {
                page = Jsoup.parse(in, null, "");
            } catch (IOException e) {
                return Published.UNKNOWN;
            }
            byte[] stripped = stripMetadata(page).getBytes(StandardCharsets.UTF_8);
            ReadResult r = reader.read("page.html", stripped);
            if (r.documents().isEmpty()) {
                return Published.UNKNOWN;
            }
            // whatever the reader still found in the page is not metadata any more; the text alone must tell
            return infer(r.documents().get(0).withPublished(Published.UNKNOWN));
        }

        private Published infer(Document doc) {
            Document cleaned = boilerplate.annotate(doc);
            Document split = switch (splitting) {
                case CORENLP -> corenlp.annotate(cleaned);
                case LINES -> cleaned.with(Layers.SENTENCES, lineSentences(cleaned));
            };
            return time.annotate(split).published();
        }

        private static List<Sentence> lineSentences(Document doc) {
            List<Sentence> out = new ArrayList<>();
            for (TextSpan segment : doc.bodySegments()) {
                for (Sentence s : SimpleSentenceSplitter.split(doc.textOf(segment))) {
                    out.add(new Sentence(s.start() + segment.start(), s.end() + segment.start()));
                }
            }
            return out;
        }

        private static boolean isGzip(byte[] b) {
            return b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B;
        }
    }
}
