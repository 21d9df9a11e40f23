package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.RuleMatches.amountMod;
import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.RuleMatches.make;
import static org.sitrep.annotate.time.RuleMatches.pointMod;
import static org.sitrep.annotate.time.RuleMatches.previousWord;
import static org.sitrep.annotate.time.TimexWords.amountOf;
import static org.sitrep.annotate.time.TimexWords.directionOf;
import static org.sitrep.annotate.time.TimexWords.partOfDayCode;
import static org.sitrep.annotate.time.TimexWords.weekdayOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.annotate.time.TimexWords.Unit;
import org.sitrep.doc.Timex;

/**
 * The rules' builders for expressions that count from the document's date or from the date the text is about:
 * weekdays ("last Friday", "the following Monday"), deictic words ("today", "recently", "the near future"), units
 * ("next month", "the same year", "this weekend"), offsets ("two days later", "a year ago") and "the day before".
 *
 * <p>Thread safety: stateless; each resolver writes only to the {@link TimeContext} it is handed.
 *
 * <p>Failure: a builder returns null to reject a match that is no time ("as soon as", "Sun." as a word); where no
 * anchor is known the value is underspecified ({@code XXXX-WXX-5}) or null with low confidence; nothing throws on
 * text.
 */
final class RelativeRules {

    private RelativeRules() {
    }

    /** What may open a sentence before its first word: spaces, quotation marks, a parenthesis. */
    private static final Pattern OPENING = Pattern.compile("[\\s\"“'‘(]");
    /** What a bare "day" needs before it to be a day the text counts from: "the next day", "later that day". */
    private static final Set<String> DAY_RELS = Set.of("the next", "the following", "the previous", "the prior",
            "the same", "that", "earlier that", "later that");
    /** "the year", "the full year", "the fiscal year". */
    private static final Set<String> THE_YEAR_RELS = Set.of("the", "the full", "the fiscal");
    /** "the year ended June 30", "the year to March": a twelve-month stretch named by its end. */
    private static final Pattern ENDED_AFTER = Pattern.compile("(?s)\\s+(?i:ended|ending|that ended|to)\\b.*");
    /** Words before "the year" that make it the year under report. */
    private static final Set<String> FOR_OR_DURING = Set.of("for", "during");
    /** Words before "the week", "the month" that make it a stretch of that length. */
    private static final Set<String> SPAN_BEFORE = Set.of("for", "during", "over", "throughout", "all");

    /** Words that put what follows on the calendar ahead: "set for", "scheduled for", "ahead of". */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile(
            "\\b(?i:(?:set|scheduled|slated|planned|due)\\s+(?:for|on)|ahead\\s+of)\\s+$");

    static Candidate weekday(Matcher m, Input in) {
        int wd = weekdayOf(m.group("wd"));
        String rel = group(m, "rel");
        String relLower = rel == null ? null : rel.toLowerCase(Locale.ROOT);
        String tod = group(m, "tod");
        if (m.group("wd").length() <= 4 && rel == null && tod == null) {
            // "Sun." and "Sat." are also words; take them only as a dateline's weekday
            String w = m.group("wd").toLowerCase(Locale.ROOT);
            if (w.startsWith("sun") || w.startsWith("sat") || w.startsWith("wed")) {
                return null;
            }
        }
        // TimeBank types "Friday night" as a date far more often than as a time
        String type = Timex.DATE;
        boolean possessive = in.text().startsWith("'s", m.end()) || in.text().startsWith("’s", m.end());
        // "set for Thursday's session", "ahead of Friday's vote": the day is on the calendar, not behind
        boolean scheduled = possessive && SCHEDULED_BEFORE.matcher(in.text())
                .region(Math.max(in.sentenceStart(), m.start() - 30), m.start()).find();
        // the TIMEX3 guidelines write the part of the day after the day: "Friday morning" is ...TMO
        String todCode = tod == null ? null : partOfDayCode(tod);
        int direction = directionOf(rel);
        if (relLower != null && relLower.startsWith("the ")) {
            // "the previous Friday", "the following Monday": counted from the day the text is about
            boolean back = relLower.endsWith("previous");
            return make(m, in, type, pointMod(m), Parts.NONE, (ctx, self) -> {
                LocalDate ref = ctx.findDayReference().orElse(null);
                if (ref == null) {
                    return new Resolution(null, 0.2);
                }
                DayOfWeek dow = DayOfWeek.of(wd);
                LocalDate date = ref.with(back ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
                ctx.setReference(date, Granularity.DAY);
                return new Resolution(Granularity.DAY.format(date) + (todCode != null ? "T" + todCode : ""), 0.7);
            });
        }
        return make(m, in, type, pointMod(m), new Parts(null, null, null, wd, false), (ctx, self) -> {
            LocalDate dct = ctx.findDct().orElse(null);
            if (dct == null) {
                return new Resolution("XXXX-WXX-" + wd, 0.4);
            }
            DayOfWeek dow = DayOfWeek.of(wd);
            LocalDate date;
            if (relLower == null) {
                // "Wednesday's ruling": a day named for what happened on it lies behind
                date = TimeContext.nearestWeekday(dct, dow,
                        possessive && !scheduled ? Tense.PAST : scheduled ? Tense.FUTURE : self.leaning());
            } else if (direction < 0) {
                date = dct.with(TemporalAdjusters.previous(dow));
            } else if (direction > 0) {
                date = dct.with(TemporalAdjusters.next(dow));
            } else {
                date = dct.with(java.time.temporal.ChronoField.DAY_OF_WEEK, wd);
            }
            Granularity g = ctx.capByDct(Granularity.DAY);
            String v = g.format(date) + (g == Granularity.DAY && todCode != null ? "T" + todCode : "");
            ctx.setReference(date, Granularity.DAY);
            return new Resolution(v, g == Granularity.DAY ? 0.8 : 0.4);
        });
    }

    static Candidate deictic(Matcher m, Input in) {
        String w = TimexWords.WHITESPACE_RUN.matcher(m.group("w").toLowerCase(Locale.ROOT)).replaceAll(" ")
                .replace('’', '\'');
        if (w.equals("soon") && (previousWord(in.text(), m.start()).equals("as")
                || in.text().regionMatches(true, m.end(), " as", 0, 3))) {
            return null;
        }
        if (w.equals("now") && in.text().startsWith(",", m.end())
                && OPENING.matcher(in.text().substring(in.sentenceStart(), m.start())).replaceAll("").isEmpty()) {
            return null; // "Now, he says, …": a turn in the telling, not a time
        }
        if (w.equals("today") && isNameWithToday(in, m.start())) {
            return null; // "USA Today reported", "This is VOA Today": a newspaper's or a programme's name
        }
        return switch (w) {
            case "today" -> make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> fromDct(ctx, 0, ""));
            case "yesterday" -> make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> fromDct(ctx, -1, ""));
            case "tomorrow" -> make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> fromDct(ctx, 1, ""));
            case "tonight" -> make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> fromDct(ctx, 0, "NI"));
            // "the then current price": the present of a time already past
            case "recently", "recent", "lately", "the past", "then current", "then-current" ->
                    make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> new Resolution("PAST_REF", 0.8));
            // "since year-end": the last one before the DCT
            case "year-end" -> {
                int back = previousWord(in.text(), m.start()).equals("since") ? 1 : 0;
                yield make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> ctx.findDct()
                    .map(d -> new Resolution(String.format("%04d-12-31", d.getYear() - back), 0.7))
                    .orElse(new Resolution("XXXX-12-31", 0.4)));
            }
            // "by year end", "by year's end": the end of the year, as "the end of the year" is written
            case "year end", "year's end" -> make(m, in, Timex.DATE, "END", Parts.NONE, (ctx, self) -> ctx.findDct()
                    .map(d -> new Resolution(String.format("%04d", d.getYear()), 0.7))
                    .orElse(new Resolution(null, 0.3)));
            case "a later date", "a future date" -> make(m, in, Timex.DATE, null, Parts.NONE,
                    (ctx, self) -> new Resolution("FUTURE_REF", 0.7));
            case "year-ago", "year-earlier" -> make(m, in, Timex.DATE, null, Parts.NONE,
                    (ctx, self) -> yearsBack(ctx, 1));
            default -> {
                if (w.endsWith("future") || w.equals("soon") || w.endsWith(" term")) {
                    yield make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> new Resolution("FUTURE_REF", 0.8));
                }
                yield make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> new Resolution("PRESENT_REF", 0.8));
            }
        };
    }

    /** A capitalized word or an acronym right before a title-case "Today" inside a sentence. */
    private static final Pattern NAME_BEFORE_TODAY = Pattern.compile("(?:\\b[A-Z][A-Za-z]*|\\b[A-Z]{2,})\\s+$");
    private static final Pattern TITLE_CASE_AFTER = Pattern.compile("\\s+[A-Z][a-z]");
    /** A word of four or more letters in lower case: a sentence with none is a headline in title case. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\b\\p{Ll}{4,}\\b");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "but", "and", "so", "yet", "i", "until");

    private static boolean isNameWithToday(Input in, int at) {
        String text = in.text();
        if (!text.startsWith("Today", at) || at <= in.sentenceStart()
                || TITLE_CASE_AFTER.matcher(text).region(at + 5, in.sentenceEnd()).lookingAt()
                || !LOWER_CASE_WORD.matcher(text).region(in.sentenceStart(), in.sentenceEnd()).find()) {
            return false; // "Ruto Visits Haiti Today Amid Protests", "Police Arrive In Haiti Today": a headline
        }
        Matcher before = NAME_BEFORE_TODAY.matcher(text).region(Math.max(in.sentenceStart(), at - 30), at);
        before.useTransparentBounds(true);
        if (!before.find()) {
            return false;
        }
        String word = before.group().trim();
        int wordStart = before.start();
        boolean sentenceInitial = OPENING.matcher(text.substring(in.sentenceStart(), wordStart)).replaceAll("").isEmpty();
        return !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) && (!sentenceInitial || word.length() >= 2
                && word.equals(word.toUpperCase(Locale.ROOT)));
    }

    /** A year before the DCT, or before the quarter under discussion where the sentence talks of quarters. */
    private static Resolution yearsBack(TimeContext ctx, int years) {
        if (ctx.quarterInFocus()) {
            return new Resolution(Granularity.QUARTER.format(ctx.findLastQuarter().get().minusYears(years)), 0.7);
        }
        return ctx.findDct()
                .map(d -> new Resolution(String.format("%04d", d.getYear() - years), 0.8))
                .orElse(new Resolution(null, 0.2));
    }

    /** The day {@code days} from the DCT, with the part of the day {@code suffix} (MO, NI, …) where one is given. */
    static Resolution fromDct(TimeContext ctx, int days, String suffix) {
        LocalDate dct = ctx.findDct().orElse(null);
        if (dct == null) {
            return new Resolution(null, 0.2);
        }
        Granularity g = ctx.capByDct(Granularity.DAY);
        LocalDate date = dct.plusDays(days);
        ctx.setReference(date, g);
        if (g != Granularity.DAY) {
            return new Resolution(g.format(date), 0.3);
        }
        return new Resolution(g.format(date) + (suffix.isEmpty() ? "" : "T" + suffix), 0.9);
    }

    static Candidate relativeUnit(Matcher m, Input in) {
        String rel = TimexWords.WHITESPACE_RUN.matcher(m.group("rel").toLowerCase(Locale.ROOT)).replaceAll(" ");
        String u = m.group("u").toLowerCase(Locale.ROOT);
        boolean plural = u.endsWith("s");
        String mod = pointMod(m);
        if (plural && (rel.equals("coming") || rel.equals("the coming"))) {
            // "in the coming years": a stretch of unknown length ahead; TimeBank leaves the article out
            String vague = Unit.of(u).duration("X");
            Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(vague, 0.6));
            int at = m.start("rel") + (rel.startsWith("the") ? 4 : 0);
            return c.withSpan(at, c.end());
        }
        if (plural && rel.equals("past") && u.equals("years")) {
            return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> new Resolution("PAST_REF", 0.6));
        }
        if (plural && !rel.equals("recent")) {
            return null;
        }
        if (rel.equals("recent")) {
            if (!plural) {
                return null;
            }
            // "recent years" points at the past; "recent weeks" is a stretch of weeks
            boolean years = u.equals("years");
            String vague = years ? "PAST_REF" : Unit.of(u).duration("X");
            return make(m, in, years ? Timex.DATE : Timex.DURATION, mod, Parts.NONE,
                    (ctx, self) -> new Resolution(vague, 0.6));
        }
        boolean weekend = u.equals("weekend");
        Unit unit = weekend ? Unit.WEEK : Unit.of(u);
        if (u.equals("day") && !DAY_RELS.contains(rel)) {
            return null;
        }
        if (mod == null) {
            if (rel.startsWith("earlier") || rel.startsWith("early")) {
                mod = "START";
            } else if (rel.startsWith("late")) {
                mod = "END";
            }
        }
        String prev = previousWord(in.text(), m.start());
        if (weekend && (rel.equals("the") || rel.equals("this"))) {
            return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> {
                LocalDate dct = ctx.findDct().orElse(null);
                if (dct == null || ctx.dctPrecision() != Granularity.DAY) {
                    return new Resolution(null, 0.2);
                }
                boolean weekendNow = dct.getDayOfWeek().getValue() >= 6;
                LocalDate week = weekendNow || self.leaning() == Tense.FUTURE ? dct : dct.minusWeeks(1);
                return new Resolution(Granularity.WEEK.format(week) + "-WE", 0.6);
            });
        }
        if (unit == Unit.YEAR && THE_YEAR_RELS.contains(rel) && group(m, "pmod") == null) {
            String after = in.text().substring(m.end(), Math.min(in.text().length(), m.end() + 12));
            if (ENDED_AFTER.matcher(after).matches()) {
                // "the year ended June 30": a twelve-month stretch named by its end
                return make(m, in, Timex.DURATION, null, Parts.NONE, (ctx, self) -> new Resolution("P1Y", 0.7));
            }
            if (!rel.equals("the") && !prev.equals("throughout") || FOR_OR_DURING.contains(prev)) {
                // "sales for the full year", "for the year": the year under report, the DCT's
                return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> ctx.findDct()
                        .map(d -> new Resolution(String.format("%04d", d.getYear()), 0.7))
                        .orElse(new Resolution(null, 0.2)));
            }
        }
        if (rel.equals("the") && group(m, "pmod") == null) {
            if (SPAN_BEFORE.contains(prev) && unit != Unit.DAY) {
                return make(m, in, Timex.DURATION, null, Parts.NONE,
                        (ctx, self) -> new Resolution(unit.duration("1"), 0.6));
            }
            if (weekend || unit == Unit.DAY || unit == Unit.DECADE || unit == Unit.CENTURY) {
                return null;
            }
        }
        int offset;
        boolean fromReference;
        switch (rel) {
            case "last", "past", "previous", "this past", "the past", "the last", "early last", "late last" -> {
                offset = -1;
                fromReference = false;
            }
            case "next", "coming", "this coming", "the coming", "the next", "early next", "late next" -> {
                offset = 1;
                fromReference = false;
            }
            case "the previous", "the prior" -> {
                offset = -1;
                fromReference = true;
            }
            case "following", "the following" -> {
                offset = 1;
                fromReference = true;
            }
            case "the same", "that", "earlier that", "later that", "the" -> {
                offset = 0;
                fromReference = true;
            }
            default -> {
                offset = 0;
                fromReference = false;
            }
        }
        String finalMod = mod;
        return make(m, in, Timex.DATE, finalMod, Parts.NONE, (ctx, self) -> {
            LocalDate anchor = (fromReference ? ctx.findReference() : ctx.findDct()).orElse(null);
            if (anchor == null) {
                return new Resolution(null, 0.2);
            }
            Granularity g = unit.granularity;
            Granularity cap = fromReference ? ctx.referencePrecision() : ctx.dctPrecision();
            if (cap != null && cap.ordinal() < g.ordinal() && fromReference && rel.equals("the")) {
                // "the end of the month" after a story told in years: the month of the telling
                anchor = ctx.findDct().orElse(null);
                cap = ctx.dctPrecision();
                if (anchor == null) {
                    return new Resolution(null, 0.2);
                }
            }
            if (cap != null && cap.ordinal() < g.ordinal()) {
                return new Resolution(null, 0.2);
            }
            LocalDate date = unit.plus(anchor, offset);
            if (unit == Unit.DAY) {
                ctx.setReference(date, Granularity.DAY);
            }
            return new Resolution(g.format(date) + (weekend ? "-WE" : ""), 0.8);
        });
    }

    static Candidate offset(Matcher m, Input in) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        if ((dir.equals("before") || dir.equals("after")) && wordFollows(in.text(), m.end())) {
            return null;
        }
        String amount = amountOf(m.group("n"));
        Unit unit = Unit.of(m.group("u"));
        // "up 5% from $2 million a year earlier", "compared with a year earlier": the base of a comparison is counted
        // from the time of the report, as "a year ago" is, not from the last date the story told
        boolean comparison = dir.equals("earlier") && COMPARISON_BEFORE.matcher(in.text())
                .region(Math.max(in.sentenceStart(), m.start() - 40), m.start()).find();
        boolean fromDct = dir.equals("ago") || dir.equals("from now") || dir.equals("hence") || dir.equals("back")
                || comparison;
        int sign = dir.equals("later") || dir.equals("after") || dir.equals("from now") || dir.equals("hence") ? 1 : -1;
        String amod = amountMod(m);
        String mod = amod != null ? amod : group(m, "so") != null ? "APPROX" : null;
        boolean today = group(m, "today") != null;
        if (unit.timePart && !fromDct) {
            // "an hour later": a time of day we cannot place; TimeBank marks the amount as a duration
            String value = unit.duration(amount);
            Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(value, 0.7));
            return c.withSpan(c.start(), m.end("u"));
        }
        return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> {
            if (amount.equals("X")) {
                return new Resolution(sign < 0 ? "PAST_REF" : "FUTURE_REF", 0.6);
            }
            double n = Double.parseDouble(amount);
            if (n != Math.rint(n)) {
                return new Resolution(sign < 0 ? "PAST_REF" : "FUTURE_REF", 0.5);
            }
            if (unit == Unit.YEAR && ctx.quarterInFocus() && !today) {
                return yearsBack(ctx, (int) n);
            }
            LocalDate anchor = (fromDct ? ctx.findDct() : ctx.findReference()).orElse(null);
            if (anchor == null) {
                return new Resolution(null, 0.2);
            }
            // "six weeks ago" is a week, "ten days later" a day; TimeBank gives a week or two ago as a day
            // "a year ago today" is a day
            Granularity g = today || unit.granularity == Granularity.WEEK && (!fromDct || n <= 2) ? Granularity.DAY
                    : unit.granularity;
            if (g == Granularity.DECADE || g == Granularity.CENTURY) {
                g = Granularity.YEAR;
            }
            Granularity cap = fromDct ? ctx.dctPrecision() : ctx.referencePrecision();
            if (cap != null) {
                g = Granularity.coarser(g, cap);
            }
            LocalDate date = unit.plus(anchor, sign * (long) n);
            if (unit.timePart) {
                return new Resolution(g.format(date), 0.5);
            }
            ctx.setReference(date, g);
            return new Resolution(g.format(date), 0.75);
        });
    }

    /**
     * The words that open the base of a comparison, before an offset: "compared with", "than", "versus", or "from"
     * right before the offset or before an amount ("up 5% from a year earlier", "from $2 million a year earlier";
     * not "fleeing from Haiti two years earlier").
     */
    private static final Pattern COMPARISON_BEFORE = Pattern.compile("\\b(?:(?i:compared (?:with|to)|than|versus|vs)"
            + "\\b\\.?(?:[^,;:.!?]|[.,](?=\\d))*|(?i:from)\\s+(?:(?:US|C|A)?[$€£¥]?\\d(?:[^,;:.!?]|[.,](?=\\d))*)?)$");

    static Candidate nextPartOfDay(Matcher m, Input in) {
        int sign = m.group("dir").equalsIgnoreCase("previous") ? -1 : 1;
        // TimeBank writes "the next morning" as the day it falls on
        return make(m, in, Timex.DATE, null, Parts.NONE, dayFromReference(sign, 0.6));
    }

    static Candidate dayBefore(Matcher m, Input in) {
        int sign = m.group("dir").equalsIgnoreCase("after") ? 1 : -1;
        if (wordFollows(in.text(), m.end())) {
            return null;
        }
        return make(m, in, Timex.DATE, null, Parts.NONE, dayFromReference(sign, 0.7));
    }

    /**
     * Whether a letter or digit follows {@code end} after spaces: "the day before the vote" is an offset from a date
     * written after it, which {@link TimexGrammar} joins to that date.
     */
    private static boolean wordFollows(String text, int end) {
        int e = end;
        while (e < text.length() && text.charAt(e) == ' ') {
            e++;
        }
        return e < text.length() && Character.isLetterOrDigit(text.charAt(e));
    }

    /** The day {@code sign} days from the day the text is about, which becomes the reference; none without one. */
    private static Candidate.Resolver dayFromReference(int sign, double confidence) {
        return (ctx, self) -> {
            LocalDate ref = ctx.findDayReference().orElse(null);
            if (ref == null) {
                return new Resolution(null, 0.2);
            }
            LocalDate d = ref.plusDays(sign);
            ctx.setReference(d, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(d), confidence);
        };
    }
}
