package org.sitrep.cli.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.sitrep.doc.Document;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/**
 * {@code sitrep eval titles}: how often the title Sitrep takes from a plain-text scrape is the page's headline.
 *
 * <p>Two layouts are read:
 * <ul>
 *   <li><b>The trafilatura set</b> ({@code evaldata.json}): each page with a gold {@code title} is turned into the
 *       text a scraper saves: the page stripped of its metadata as {@code eval pubdate} strips it for its text-only
 *       figure, read by Sitrep's HTML reader, whose text is the whole visible page in page order, one block a
 *       paragraph (menus, dates and section labels included); the title line the reader puts first is taken off, so
 *       the headline stands where the page has it. That text is then read as a {@code .txt} scrape.</li>
 *   <li><b>A set of scrapes with headers</b> ({@code docs/NNN.txt} opening with {@code url:}, {@code title:} lines, as
 *       the peaceops set): the text after the header, read as a scrape, against the header's title.</li>
 * </ul>
 * A taken title is the headline when both read the same after Unicode (NFKC) normalisation, case folding, one kind
 * of quotation mark and dash, collapsed white space, and no final period. The peer, in the same run, is the first
 * non-blank line (what Sitrep took before). The ceiling is the share of pages whose text holds the headline as a
 * line of its own.
 *
 * <p>Thread safety: stateless; each run builds its own reader.
 *
 * <p>Failure: throws {@link IllegalArgumentException} if {@code dir} is neither layout and
 * {@link UncheckedIOException} if it cannot be read. A page that cannot be read or holds no text counts as a miss
 * for both.
 */
public final class TitleEvaluation {
    private static final int KEPT_MISSES = 400;

    private TitleEvaluation() {
    }

    /** Scores every titled page or scrape in {@code dir}. */
    public static TitleEvaluationResult run(Path dir) {
        DocumentReader reader = DocumentReader.builder().build();
        Tally all = new Tally();
        Tally english = new Tally();
        if (TrafilaturaPages.isSet(dir)) {
            for (TrafilaturaPages.TitledPage page : TrafilaturaPages.titledPages(dir)) {
                byte[] gz;
                try {
                    gz = Files.readAllBytes(page.html());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + page.html() + ": " + e.getMessage(), e);
                }
                Optional<Document> html = readStripped(reader, gz);
                String text = html.map(TitleEvaluation::withoutTitleLine).orElse("");
                boolean en = html.flatMap(Document::findLanguage).map(l -> l.equals("en") || l.startsWith("en-"))
                        .orElse(false);
                Scored s = score(reader, page.url(), text, page.title());
                all.add(s);
                if (en) {
                    english.add(s);
                }
            }
            return all.result("trafilatura", english);
        }
        if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("gold"))) {
            for (PeaceOpsSet.Article a : PeaceOpsSet.read(dir).articles()) {
                if (a.title() == null || a.text() == null) {
                    continue;
                }
                all.add(score(reader, a.id(), a.text(), a.title()));
            }
            return all.result("scrapes", null);
        }
        throw new IllegalArgumentException("neither the trafilatura set (evaldata.json) nor a set of scrapes with "
                + "title: headers (docs/ and gold/)");
    }

    /** The title Sitrep takes from {@code text} read as a plain-text scrape, if it takes one. */
    public static Optional<String> findScrapeTitle(DocumentReader reader, String text) {
        ReadResult r = reader.read("scrape.txt", text.getBytes(StandardCharsets.UTF_8));
        return r.documents().isEmpty() ? Optional.empty() : r.documents().get(0).findTitle();
    }

    /** Whether {@code taken} reads as {@code headline}, normalised as the class describes. */
    public static boolean isHeadline(String taken, String headline) {
        return taken != null && !comparable(headline).isEmpty() && comparable(taken).equals(comparable(headline));
    }

    static String comparable(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032`\u00B4]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("\\s+", " ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static Scored score(DocumentReader reader, String where, String text, String headline) {
        String taken = findScrapeTitle(reader, text).orElse(null);
        String first = firstNonBlankLine(text);
        boolean present = text.lines().anyMatch(line -> isHeadline(line, headline));
        return new Scored(where, headline, taken, isHeadline(taken, headline), isHeadline(first, headline), present);
    }

    private static Optional<Document> readStripped(DocumentReader reader, byte[] gz) {
        byte[] raw;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            raw = in.readAllBytes();
        } catch (IOException e) {
            return Optional.empty();
        }
        org.jsoup.nodes.Document page;
        try (InputStream in = new ByteArrayInputStream(raw)) {
            page = Jsoup.parse(in, null, "");
        } catch (IOException e) {
            return Optional.empty();
        }
        byte[] stripped = PubDateEvaluation.stripMetadata(page).getBytes(StandardCharsets.UTF_8);
        ReadResult r = reader.read("page.html", stripped);
        return r.documents().isEmpty() ? Optional.empty() : Optional.of(r.documents().get(0));
    }

    /** The visible page as the HTML reader keeps it, less the title line it puts first. */
    static String withoutTitleLine(Document doc) {
        String text = doc.text();
        Optional<String> title = doc.findTitle();
        if (title.isPresent() && text.startsWith(title.get())) {
            return text.substring(title.get().length()).stripLeading();
        }
        return text;
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    private record Scored(String where, String headline, String taken, boolean right, boolean firstLineRight,
            boolean present) {
    }

    /** Counts over pages. Not thread-safe. */
    private static final class Tally {
        int documents;
        int right;
        int firstLineRight;
        int present;
        int rightWhenPresent;
        final List<TitleEvaluationResult.Miss> misses = new ArrayList<>();

        void add(Scored s) {
            documents++;
            right += s.right() ? 1 : 0;
            firstLineRight += s.firstLineRight() ? 1 : 0;
            present += s.present() ? 1 : 0;
            rightWhenPresent += s.present() && s.right() ? 1 : 0;
            if (!s.right() && misses.size() < KEPT_MISSES) {
                misses.add(new TitleEvaluationResult.Miss(s.where(), s.headline(), s.taken(), s.present()));
            }
        }

        TitleEvaluationResult.Figures figures() {
            return new TitleEvaluationResult.Figures(documents, right, firstLineRight, present, rightWhenPresent);
        }

        TitleEvaluationResult result(String layout, Tally english) {
            return new TitleEvaluationResult(layout, figures(), english == null ? null : english.figures(),
                    List.copyOf(misses));
        }
    }
}
