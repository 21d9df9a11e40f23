package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;

/**
 * Infers when a text was published from the dates it mentions, when no date was given.
 *
 * <p>A weekday that agrees with a day and month ("Thursday, November 7") fixes the year up to a few candidates
 * (2019, 2024, 2030); the explicit years the text mentions narrow them: a date told in the past bounds publication
 * from below, a date the text looks ahead to ("through October 2, 2025", "by 2030") bounds it from above. The
 * publication is on or after the latest dated past event, so it is given at month precision. Where no inference
 * holds, the answer is empty: never today's date.
 *
 * <p>Before any of that, a dateline is looked for ({@link #findDateline}): a full date (day, month, year) in the
 * first lines of the text, in any of the languages {@link WrittenDates} reads ("NAIROBI, Nov. 7, 2024 —",
 * "Veröffentlicht am 23. Juli 2017", "11.10.2021 | 14:32"), gives the publication day. A date the text marks as
 * published is preferred to one it marks as updated; further down, a line the reader left out as only dating the
 * article is trusted as a line of only a date is. In English, a top date earlier than a full date the body tells as
 * past is not the publication (the page cannot be older than what it reports), unless it is written with the weekday
 * it fell on ("Thursday, November 20, 2008"), as datelines are. A wire dateline ("WASHINGTON, Oct. 10, 2012 -") is
 * trusted over a plain date line, a date line below the headline the text repeats over one above it (a site's or a
 * reprint's date), and a date the text calls today ("Today, March 9, 2022, ...") as a dateline.
 *
 * <p>Last, with no dateline and no weekday to fix a year ({@link #inferFromPastDay}): the latest full date the text
 * tells in the past gives the day when the text names that day's weekday ("voted on Thursday, May 28, 2015").
 *
 * <p>Thread safety: stateless.
 */
final class PublicationDateInference {
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    /** The inferred publication and the day to anchor normalization on. */
    record Inferred(Published published, LocalDate anchor) {
    }

    /** How many lines, at most, and how many characters from the first sentence, count as the top of the text. */
    static final int TOP_LINES = 12;
    static final int TOP_CHARS = 1500;

    private static final Pattern PUBLISHED_CUE = Pattern.compile("(?iu)\\b(?:published|posted|released|dated|created|publication date|erscheinungsdatum"
            + "|issued|veröffentlicht|publiziert|erschienen|erstellt|gespeichert|verfasst|geschrieben|(?:datum|date)\\s*:"
            + "|publié|publie|mis en ligne|créé|pubblicato|publicado|publicada|gepubliceerd|geplaatst)\\b"
            + "[^\\p{L}\\d]*(?:\\p{L}+[^\\p{L}\\d]+){0,4}$");
    private static final Pattern UPDATED_CUE = Pattern.compile("(?iu)\\b(?:updated|modified|edited|revised"
            + "|aktualisiert|aktualisierung|geändert|änderung|bearbeitet|stand|modification|modifica|wijziging|mis à jour|mise à jour|modifié|actualizado|actualizada"
            + "|aggiornato|modificato|atualizado|bijgewerkt)\\b[^\\p{L}\\d]*(?:\\p{L}+[^\\p{L}\\d]+){0,4}$");
    /** Words that mark a date as that of an event, an offer or a deadline, not of the page. */
    private static final Pattern EVENT_CUE = Pattern.compile("(?iu)\\b(?:termine?|aktionszeitraum|zeitraum"
            + "|einsendeschluss|anmeldeschluss|teilnahmeschluss|frist|deadline|closing date|expires?|gültig|valid"
            + "|event|veranstaltung|date limite|échéance|scadenza|plazo)\\b[^\\p{L}\\d]*(?:\\p{L}+[^\\p{L}\\d]+){0,3}$");
    /** Words before a date the text looks ahead to ("through October 2, 2025", "bis zum 30.06.2020"). */
    private static final Pattern LOOKING_AHEAD = Pattern.compile("(?iu)\\b(?:by|until|till|through|thru|before|bis"
            + "(?: zum| spätestens)?|ab(?: dem)?|jusqu'(?:au|à)|avant|hasta|antes del?|fino al|entro il|até|tot)\\s*$");
    /** A date that is one end of a range ("21.10.2019 – 27.10.2019", "14. - 20. Januar 2022"). */
    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d\\.?\\s*(?:[-–—]|bis|to|au|al)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*(?:[-–—]|bis|to|au|al)\\s*"
            + "(?:\\d{1,2}[./]\\d|\\d{1,2}\\.?\\s+\\p{L}|\\d{4}-\\d)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("(?i)\\b(?:the|and|of|to|is|that|was|for|with|this"
            + "|are|from|by|have|has)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Marks of a reference to a source: a web address or "retrieved". */
    private static final Pattern REFERENCE = Pattern.compile("(?iu)https?://|www\\.|\\b(?:abrufbar|abgerufen|zugriff"
            + "|accessed|retrieved|consulté)\\b|\\b(?:quelle|source|fuente|fonte|bron)\\s*:");
    /** A publication cue after the date, in the same sentence ("wurde am 5. Mai 2020 veröffentlicht"). */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile("(?iu)[^.!?]{0,80}?\\b(?:veröffentlicht"
            + "|publiziert|erschienen|published|posted|publié|pubblicato|publicado|gepubliceerd)\\b");
    /** What may stand before a date on a line that holds nothing else: a weekday ("Montag, "). */
    private static final Pattern ONLY_DATE_BEFORE = Pattern.compile("[\\s\\p{Punct}]*(?:\\p{L}+,?\\s*)?");
    /** What may stand after a date on a line that holds nothing else: a time ("21:38 Uhr"). */
    private static final Pattern ONLY_DATE_AFTER = Pattern.compile("[\\s,|·–—-]*(?:\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"
            + "\\s*(?i:uhr|[ap]\\.?m\\.?)?)?[\\s.]*");
    /** What may follow the date of a dateline that opens a paragraph: a time, then a dash, bar or colon. */
    private static final Pattern DATELINE_END = Pattern.compile("(?:,?\\s*(?:\\d{1,2}[:.h]\\d{2}\\s*(?i:[ap]\\.?m\\.?|uhr)?"
            + "(?:\\s+[A-Z]{2,4})?))?\\s*(?:[—–|:]|-{1,2}\\s|\\(\\p{Lu}+\\)\\s*[—–-])");
    /** What may stand before a date that heads a paragraph: nothing but an opening bracket. */
    private static final Pattern PARAGRAPH_OPENING = Pattern.compile("[(\\[]?");
    /** An English weekday, written out or cut short, right before a date ("Thursday, November 20, 2008"). */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\b(?<wd>monday|mon|tuesday|tues|tue"
            + "|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\\.?,?\\s*$");
    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    /** The place of a wire dateline, in capitals, opening its paragraph ("WASHINGTON, ", "PORT-AU-PRINCE, Haiti, "). */
    private static final Pattern WIRE_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?,\\s*");
    /** "today" right before a date ("today, October 4, 2021", "Today (Tuesday, 4 May 2021)"). */
    private static final Pattern TODAY_BEFORE = Pattern.compile("(?i)\\b(?:today|heute|aujourd'hui|hoy|oggi)"
            + "(?:\\s*,|\\s*\\(|\\s+is|\\s+on|\\s+am|\\s+le)?\\s*(?:\\p{L}+\\.?,?\\s*)?$");
    /** "today" right after a date ("4 May 2021 (today)"). */
    private static final Pattern TODAY_AFTER = Pattern.compile("(?i)\\s*(?:,\\s*|\\(\\s*)(?:today|heute)\\b");
    /** The most words, besides the date, that a byline or dateline line holds. */
    static final int MAX_BYLINE_WORDS = 10;

    private PublicationDateInference() {
    }

    /**
     * The publication day a dateline gives. In order of trust: a full date near the top of the text (the first
     * {@value #TOP_LINES} lines, within {@value #TOP_CHARS} characters of the first) that the text marks as published;
     * one there that stands as a dateline or byline does; one there marked as updated; further down, a date marked as
     * published ("Der Beitrag wurde am 27. November 2019 veröffentlicht"), then one marked as updated; last, a line
     * that holds nothing but a date or that the reader left out of the article as only dating it (a dated byline).
     * Dates of events, offers and deadlines ("Termin:", "Einsendeschluss:"), dates the text looks ahead to ("through
     * October 2, 2025") and the ends of ranges are never taken. In English, a date earlier than the latest full date
     * the body tells in the past is not the publication.
     *
     * @param candidates the expressions the grammar found in all sentences, for the bound from the body
     * @param order how the document writes ambiguous numeric dates ({@link WrittenDates#orderOf})
     * @param english whether the text is English (or says no language), whose tense cues tell which dates of the body
     *     lie in the past
     * @param datelines the stretches the reader left out of the article as only dating it
     */
    static Optional<Inferred> findDateline(String text, List<Sentence> sentences, List<Candidate> candidates,
            WrittenDates.Order order, boolean english, List<? extends Span> datelines) {
        return findDateline(text, sentences, candidates, order, english, datelines, null);
    }

    /**
     * As {@link #findDateline(String, List, List, WrittenDates.Order, boolean, List)}, knowing the document's
     * headline: where the text repeats it near the top, a date line above it (a site's header, a reprint's date) is
     * trusted less than one below it (the article's own byline).
     *
     * @param title the document's title, or null
     */
    static Optional<Inferred> findDateline(String text, List<Sentence> sentences, List<Candidate> candidates,
            WrittenDates.Order order, boolean english, List<? extends Span> datelines, String title) {
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        List<Sentence> lines = lines(text, sentences);
        int topCount = 0;
        int topStart = lines.get(0).start();
        while (topCount < lines.size() && topCount < TOP_LINES
                && lines.get(topCount).start() - topStart <= TOP_CHARS) {
            topCount++;
        }
        int headline = headlineLine(text, lines, topCount, title);
        WrittenDates.Found chosen = null;
        Sentence chosenLine = null;
        int chosenRank = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size() && chosenRank > 0; i++) {
            Sentence line = lines.get(i);
            boolean top = i < topCount;
            for (WrittenDates.Found f : WrittenDates.findAll(text, line.start(), line.end(), order)) {
                String before = text.substring(Math.max(line.start(), f.start() - 60), f.start());
                if (EVENT_CUE.matcher(before).find() || RANGE_BEFORE.matcher(before).find()
                        || LOOKING_AHEAD.matcher(before).find()
                        || RANGE_AFTER.matcher(text).region(f.end(), line.end()).lookingAt()) {
                    continue;
                }
                int rank = rankOf(text, line, f, before, top, isInside(line, datelines), i < headline);
                if (rank < chosenRank) {
                    chosen = f;
                    chosenLine = line;
                    chosenRank = rank;
                }
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        LocalDate latestPast = english ? latestPastDay(candidates, chosenLine) : null;
        if (latestPast != null && chosen.date().isBefore(latestPast) && !weekdayAgrees(text, chosenLine, chosen)) {
            return Optional.empty(); // a date with the weekday it fell on is how datelines are written: it stands
        }
        double confidence = switch (chosenRank) {
            case 0 -> 0.9;
            case 1 -> 0.85;
            case 2 -> 0.8;
            case 3 -> 0.75;
            case 4, 5 -> 0.7;
            default -> 0.6;
        } - (chosen.numeric() ? 0.05 : 0);
        return Optional.of(new Inferred(new Published(Granularity.DAY.format(chosen.date()),
                Published.Basis.DATELINE, confidence), chosen.date()));
    }

    private static boolean isInside(Sentence line, List<? extends Span> spans) {
        for (Span s : spans) {
            if (s.start() <= line.start() && line.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far a date is trusted as the publication day, 0 best; {@link Integer#MAX_VALUE} when not at all. At the top:
     * a date marked as published (0), a wire dateline ("WASHINGTON, Oct. 10, 2012 -", 1), a date standing as a
     * dateline or byline or one the text calls today (2; 3 above the repeated headline), a date marked as updated (4).
     * Further down: a date marked as published, a wire dateline or a date called today (5), one marked as updated
     * (6), a line of only a date (7).
     *
     * @param dateline whether the line is one the reader left out of the article as only dating it (a date, a date
     *     field, a dated byline): further down it is trusted as a line that holds nothing but a date is
     * @param aboveHeadline whether the line stands above the headline the text repeats
     */
    private static int rankOf(String text, Sentence line, WrittenDates.Found f, String before, boolean top,
            boolean dateline, boolean aboveHeadline) {
        boolean published = PUBLISHED_CUE.matcher(before).find()
                || PUBLISHED_AFTER.matcher(text).region(f.end(), line.end()).lookingAt();
        boolean updated = !published && UPDATED_CUE.matcher(before).find();
        boolean wire = isWireDateline(text, line, f);
        boolean today = TODAY_BEFORE.matcher(before).find()
                || TODAY_AFTER.matcher(text).region(f.end(), line.end()).lookingAt();
        if (top) {
            if (published) {
                return 0;
            }
            if (wire) {
                return 1;
            }
            if (today || isDatelineShaped(text, line, f)) {
                return aboveHeadline ? 3 : 2;
            }
            return updated ? 4 : Integer.MAX_VALUE;
        }
        if (line.end() - line.start() > 0 && REFERENCE.matcher(text).region(line.start(), line.end()).find()) {
            return Integer.MAX_VALUE; // a date in a list of references is when a source was read
        }
        if (published || wire || today) {
            return 5;
        }
        if (updated) {
            return 6;
        }
        return dateline || (ONLY_DATE_BEFORE.matcher(text).region(line.start(), f.start()).matches()
                && ONLY_DATE_AFTER.matcher(text).region(f.end(), line.end()).matches()) ? 7 : Integer.MAX_VALUE;
    }

    /**
     * Whether a date opens its paragraph after a place in capitals and is followed by a dash, as a news agency's
     * dateline is ("WASHINGTON, Oct. 10, 2012 - NATO has ...", "PORT-AU-PRINCE, Haiti, May 3, 2024 — ...").
     */
    static boolean isWireDateline(String text, Sentence line, WrittenDates.Found f) {
        return WIRE_PLACE.matcher(text).region(line.start(), f.start()).matches()
                && DATELINE_END.matcher(text).region(f.end(), line.end()).lookingAt();
    }

    /** Whether the weekday written right before a date is the one it fell on ("Thursday, November 20, 2008"). */
    static boolean weekdayAgrees(String text, Sentence line, WrittenDates.Found f) {
        Matcher m = WEEKDAY_BEFORE.matcher(text).region(Math.max(line.start(), f.start() - 20), f.start());
        if (!m.find()) {
            return false;
        }
        String wd = m.group("wd").substring(0, 3).toLowerCase(java.util.Locale.ROOT);
        return WEEKDAYS.indexOf(wd) + 1 == f.date().getDayOfWeek().getValue();
    }

    /**
     * The index of the line among the first {@code topCount} that repeats the headline (alone, or followed or
     * preceded by a site's name), or -1 when none does or no title is known.
     */
    static int headlineLine(String text, List<Sentence> lines, int topCount, String title) {
        String t = title == null ? "" : normalized(title);
        if (t.length() < 12) {
            return -1;
        }
        for (int i = 0; i < topCount && i < lines.size(); i++) {
            String l = normalized(text.substring(lines.get(i).start(), lines.get(i).end()));
            if (l.equals(t) || l.length() >= 12 && (t.startsWith(l) && l.length() * 2 >= t.length()
                    || l.startsWith(t) || l.endsWith(t))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalized(String s) {
        return s.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The lines of the text its sentences cover: the sentences joined where no line break parts them (a splitter may
     * cut "am 24. Juli 2017" after "24."). Never empty when there are sentences.
     */
    static List<Sentence> lines(String text, List<Sentence> sentences) {
        List<Sentence> lines = new ArrayList<>();
        int lineStart = sentences.get(0).start();
        int lineEnd = sentences.get(0).end();
        for (int i = 1; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int nl = text.indexOf('\n', lineEnd);
            if (s.start() >= lineEnd && nl >= 0 && nl < s.start()) {
                lines.add(new Sentence(lineStart, lineEnd));
                lineStart = s.start();
            }
            lineEnd = Math.max(lineEnd, s.end());
        }
        lines.add(new Sentence(lineStart, lineEnd));
        return lines;
    }

    /**
     * Whether a date stands as a dateline or byline does, not inside a sentence of the story: its line holds few words
     * besides it ("Bettina Kugler 19.10.2019, 05:00 Uhr") and does not read as a sentence ending after the date
     * ("Seit dem 9. Juni 2015 gilt es."), or it heads its paragraph ("01.02.2022 Der Arbeitsmarkt ..."), or it opens the paragraph after a place and is followed by
     * a dash or bar ("NAIROBI, Nov. 7, 2024 — The ..."; "11.10.2021 | 14:32").
     */
    static boolean isDatelineShaped(String text, Sentence s, WrittenDates.Found f) {
        int words = 0;
        Matcher w = WORD.matcher(text).region(s.start(), s.end());
        while (w.find()) {
            if (w.start() < f.start() || w.start() >= f.end()) {
                words++;
            }
        }
        int wordsBefore = 0;
        w = WORD.matcher(text).region(s.start(), f.start());
        while (w.find()) {
            wordsBefore++;
        }
        char last = text.charAt(s.end() - 1);
        String wordBefore = lastWord(text, s.start(), f.start());
        boolean sentenceEnds = (last == '.' || last == '!' || last == '?')
                && (words > wordsBefore || !wordBefore.isEmpty() && Character.isLowerCase(wordBefore.charAt(0)));
        if (words <= MAX_BYLINE_WORDS && !(sentenceEnds && words > 3)) {
            return true;
        }
        if (PARAGRAPH_OPENING.matcher(text).region(s.start(), f.start()).matches()) {
            return true; // "01.02.2022 „Der Arbeitsmarkt ist gut ...": the date heads the paragraph
        }
        return wordsBefore <= 3 && DATELINE_END.matcher(text).region(f.end(), s.end()).lookingAt();
    }

    private static String lastWord(String text, int from, int to) {
        Matcher w = WORD.matcher(text).region(from, to);
        String last = "";
        while (w.find()) {
            last = w.group();
        }
        return last;
    }

    /** The latest full date (day, month and year) the text tells in the past, outside the dateline's own line
     * ("Published: November 8 | Updated: November 9"), or null. */
    private static LocalDate latestPastDay(List<Candidate> candidates, Sentence datelineLine) {
        LocalDate latest = null;
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (c.start() < datelineLine.end() && c.end() > datelineLine.start() || c.leaning() != Tense.PAST || p.year() == null || p.month() == null
                    || p.day() == null || p.twoDigitYear() || !DateRules.isValidDate(p.year(), p.month(), p.day())) {
                continue;
            }
            LocalDate d = LocalDate.of(p.year(), p.month(), p.day());
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }

    /** Whether the text's sentences read as English: common English function words are frequent among the first
     * few hundred words. */
    static boolean looksEnglish(String text, List<Sentence> sentences) {
        int words = 0;
        int english = 0;
        for (Sentence s : sentences) {
            Matcher w = WORD.matcher(text).region(s.start(), s.end());
            while (w.find() && words < 400) {
                words++;
            }
            Matcher e = ENGLISH_WORD.matcher(text).region(s.start(), s.end());
            while (e.find()) {
                english++;
            }
            if (words >= 400) {
                break;
            }
        }
        return words > 0 && english >= Math.max(2, words * 0.08);
    }

    static Optional<Inferred> infer(List<Candidate> candidates) {
        LocalDate lower = null;
        LocalDate upper = null;
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (p.year() == null || p.twoDigitYear()) {
                continue;
            }
            LocalDate start = LocalDate.of(p.year(), p.month() == null ? 1 : p.month(),
                    p.day() != null && p.month() != null && DateRules.isValidDate(p.year(), p.month(), p.day())
                            ? p.day() : 1);
            if (c.leaning() == Tense.FUTURE) {
                if (upper == null || start.isBefore(upper)) {
                    upper = start;
                }
            } else if (c.leaning() == Tense.PAST) {
                if (lower == null || start.isAfter(lower)) {
                    lower = start;
                }
            }
        }
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            upper = null; // contradictory cues: trust the past
        }
        LocalDate best = null;
        int bounds = (lower != null ? 1 : 0) + (upper != null ? 1 : 0);
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (p.year() != null || p.weekday() == null || p.month() == null || p.day() == null
                    || p.twoDigitYear()) {
                continue;
            }
            Optional<LocalDate> fixed = fixYear(p.month(), p.day(), p.weekday(), lower, upper);
            if (fixed.isPresent() && (best == null || fixed.get().isAfter(best))) {
                best = fixed.get();
            }
        }
        if (best == null || bounds == 0) {
            return Optional.empty();
        }
        LocalDate latest = lower != null && lower.isAfter(best) ? lower : best;
        String month = Granularity.MONTH.format(latest);
        double confidence = bounds == 2 ? 0.75 : 0.55;
        return Optional.of(new Inferred(new Published(month, Published.Basis.INFERRED, confidence), latest));
    }

    /**
     * The publication day from the latest full date the text tells in the past, where the text names that day's
     * weekday, with the date ("voted on Thursday, May 28, 2015") or on its own ("the vote on Thursday"): news names
     * the weekday of what happened in the days just before it was written, so the story is of that day. Empty when no
     * such date is told; the basis is {@link Published.Basis#INFERRED}.
     */
    static Optional<Inferred> inferFromPastDay(List<Candidate> candidates) {
        LocalDate latest = null;
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (c.leaning() != Tense.PAST || p.year() == null || p.month() == null || p.day() == null
                    || p.twoDigitYear() || !DateRules.isValidDate(p.year(), p.month(), p.day())) {
                continue;
            }
            LocalDate d = LocalDate.of(p.year(), p.month(), p.day());
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        int weekday = latest.getDayOfWeek().getValue();
        boolean named = false;
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (p.weekday() != null && p.weekday() == weekday && (p.year() == null && p.month() == null
                    && p.day() == null || latest.equals(dayOf(p)))) {
                named = true;
                break;
            }
        }
        if (!named) {
            return Optional.empty();
        }
        return Optional.of(new Inferred(new Published(Granularity.DAY.format(latest), Published.Basis.INFERRED, 0.5),
                latest));
    }

    private static LocalDate dayOf(Parts p) {
        return p.year() != null && p.month() != null && p.day() != null
                && DateRules.isValidDate(p.year(), p.month(), p.day()) ? LocalDate.of(p.year(), p.month(), p.day())
                        : null;
    }

    /**
     * The year in which {@code month}/{@code day} fell on {@code weekday} that the bounds allow: the earliest one on
     * or after the lower bound, else the latest one before the upper bound.
     */
    static Optional<LocalDate> fixYear(int month, int day, int weekday, LocalDate lower, LocalDate upper) {
        if (lower == null && upper == null) {
            return Optional.empty();
        }
        LocalDate found = null;
        for (int y = EARLIEST_YEAR; y <= LATEST_YEAR; y++) {
            if (!DateRules.isValidDate(y, month, day)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (d.getDayOfWeek().getValue() != weekday) {
                continue;
            }
            if (lower != null && d.isBefore(lower)) {
                continue;
            }
            if (upper != null && !d.isBefore(upper)) {
                continue;
            }
            if (lower != null) {
                // the earliest after the lower bound, and not far from it
                return d.getYear() - lower.getYear() <= 6 ? Optional.of(d) : Optional.empty();
            }
            found = d;
        }
        if (found != null && upper.getYear() - found.getYear() > 6) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
