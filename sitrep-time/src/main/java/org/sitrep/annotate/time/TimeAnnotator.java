package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.pipeline.Annotator;

/**
 * The {@code time} stage: finds temporal expressions (DATE, TIME, DURATION, SET) in each sentence with a rule-based
 * grammar of English news ({@link TimexGrammar}) and normalizes them to TimeML values against the document creation
 * time (DCT), or against a nearer anchor the text sets ("two days later" after an explicit date).
 *
 * <p>When the document's publication date is unknown, it is read from a dateline (a full date in any of the
 * languages {@link WrittenDates} reads, near the top of the text or on a line the reader left out as only dating the
 * article: "NAIROBI, Nov. 7, 2024 —", "Veröffentlicht am 23. Juli 2017") and set with basis {@code dateline}, else inferred from the dates the text mentions and set with basis
 * {@code inferred} (see {@link PublicationDateInference}); a date given or read from metadata is never
 * overridden. Where nothing can be inferred the date stays unknown, and deictic expressions ("yesterday") get a null
 * value rather than a guess.
 *
 * <p>Thread safety: immutable and safe to share; the grammar is compiled once per JVM.
 *
 * <p>Failure: never throws on odd text; impossible dates and numbers that only look like dates get a null value
 * or low confidence. Throws {@link IllegalStateException} if the document has no sentences layer.
 */
public final class TimeAnnotator implements Annotator {
    private static final Pattern QUARTER = Pattern.compile("(?i:quarter)");

    /** Holds the grammar, compiled once per JVM when first used. */
    private static final class Holder {
        static final TimexGrammar GRAMMAR = new TimexGrammar();
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TIMES);
    }

    /** The lines of {@code text[from, to)}, trimmed, as sentences; blank lines are left out. */
    static List<Sentence> linesOf(String text, int from, int to) {
        return TextSpan.linesOf(text, from, to).stream().map(l -> new Sentence(l.start(), l.end())).toList();
    }

    /** The stretches a reader left out of the body as only the article's date ({@code dateline} boilerplate). */
    private static List<Boilerplate> datelinesOf(Document doc) {
        return doc.findLayer(Layers.BOILERPLATE).orElse(List.of()).stream()
                .filter(b -> Boilerplate.DATELINE.equals(b.kind())).toList();
    }

    /**
     * The sentences, with each line of the {@code datelines}: they are read for the publication date, never for
     * expressions of the story.
     */
    private static List<Sentence> withDatelines(String text, List<Sentence> sentences, List<Boilerplate> datelines) {
        if (datelines.isEmpty()) {
            return sentences;
        }
        List<Sentence> lines = new ArrayList<>(sentences);
        for (Boilerplate b : datelines) {
            // one sentence a line: the words of one line ("Erschienen am") say nothing of another's date
            lines.addAll(linesOf(text, b.start(), b.end()));
        }
        lines.sort(Span.ORDER);
        return lines;
    }

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.layer(Layers.SENTENCES);
        List<List<Candidate>> perSentence = new ArrayList<>(sentences.size());
        List<Candidate> all = new ArrayList<>();
        Published published = doc.published();
        List<Boilerplate> datelines = published.isKnown() ? List.of() : datelinesOf(doc);
        List<Sentence> lines = withDatelines(text, sentences, datelines);
        // one order for the numeric dates of the body and of the dateline, worked out where either needs it
        WrittenDates.Order order = !published.isKnown() || WrittenDates.writesNumericDates(text)
                ? WrittenDates.orderOf(text, doc.findLanguage(), PublicationDateInference.looksEnglish(text, lines))
                : WrittenDates.Order.MONTH_FIRST;
        boolean dayFirst = order == WrittenDates.Order.DAY_FIRST;
        for (Sentence s : sentences) {
            Tense tense = TenseCues.sentenceTense(text, s.start(), s.end());
            List<Candidate> found = Holder.GRAMMAR.recognize(text, s.start(), s.end(), tense, dayFirst);
            perSentence.add(found);
            all.addAll(found);
        }
        Document out = doc;
        LocalDate anchor = null;
        Granularity precision = null;
        if (published.isKnown()) {
            anchor = parseDate(published.value());
            precision = precisionOf(published.value());
        } else {
            // the tense cues are English: where the document says it is in another language, no date of its body
            // can be known to lie in the past
            Optional<PublicationDateInference.Inferred> inferred = PublicationDateInference.findDateline(text, lines,
                    all, order, doc.isEnglishOrUnknown(), datelines, doc.findTitle().orElse(null))
                    .or(() -> PublicationDateInference.infer(all))
                    .or(() -> doc.isEnglishOrUnknown() ? PublicationDateInference.inferFromPastDay(all)
                            : Optional.empty());
            if (inferred.isPresent()) {
                out = doc.withPublished(inferred.get().published());
                anchor = inferred.get().anchor();
                precision = Granularity.DAY;
            }
        }
        TimeContext ctx = new TimeContext(anchor, precision == null ? Granularity.DAY : precision);
        List<Timex> times = new ArrayList<>(all.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            ctx.startSentence(QUARTER.matcher(text).region(s.start(), s.end()).find());
            for (Candidate c : perSentence.get(i)) {
                Resolution r;
                try {
                    r = c.resolver().resolve(ctx, c);
                } catch (RuntimeException e) {
                    // a value we cannot compute (a date out of range) is no value, never a crash
                    r = Resolution.NONE;
                }
                double confidence = Math.min(r.confidence(), confidenceByDistance(r.value(), anchor));
                times.add(new Timex(c.start(), c.end(), c.type(), r.value(), c.mod(), c.deadline(),
                        Math.max(0, Math.min(1, confidence))));
            }
        }
        return out.with(Layers.TIMES, times);
    }


    /**
     * The most confidence a date so far from the document's own time can have: news tells of centuries back and
     * decades ahead ("net zero by 2050"), but a year more than 50 years after the DCT is more often a number read as a
     * year than a date, so it keeps its value with low confidence. No limit without a DCT.
     */
    static double confidenceByDistance(String value, LocalDate dct) {
        if (value == null || dct == null) {
            return 1;
        }
        if (value.length() < 4 || !isDigits(value, 4) || value.length() > 4 && value.charAt(4) != '-') {
            return 1;
        }
        int distance = Integer.parseInt(value.substring(0, 4)) - dct.getYear();
        return distance > 50 ? 0.4 : 1;
    }

    /** Whether the first {@code n} characters of {@code s} are ASCII digits. */
    private static boolean isDigits(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate parseDate(String value) {
        String[] parts = value.split("-");
        int y = Integer.parseInt(parts[0]);
        int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        int d = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        return LocalDate.of(y, m, d);
    }

    private static Granularity precisionOf(String value) {
        int dashes = value.length() - value.replace("-", "").length();
        return dashes >= 2 ? Granularity.DAY : dashes == 1 ? Granularity.MONTH : Granularity.YEAR;
    }
}
