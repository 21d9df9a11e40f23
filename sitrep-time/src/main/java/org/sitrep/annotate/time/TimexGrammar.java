package org.sitrep.annotate.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Timex;

/**
 * The grammar of English temporal expressions: word lists (months, weekdays, numbers, units, seasons), and rules
 * that combine them into dates, times, durations and sets, each with a resolver that normalizes against the anchors
 * of a {@link TimeContext}. The rules are organized after HeidelTime's resources: one rule per expression shape.
 *
 * <p>Where rules overlap, the longest match wins, then the earlier rule.
 *
 * <p>Thread safety: immutable after construction; patterns are compiled once and each call makes its own matchers.
 *
 * <p>Failure: never throws on text; impossible dates ("February 30") come out with a null value and low confidence.
 */
final class TimexGrammar {

    // ---------------------------------------------------------------- word lists

    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon\\.|Tues?\\.|Wed\\.|Thur?s?\\.|Fri\\.|Sat\\.|Sun\\.|Tues(?![\\w.])|Thurs(?![\\w.]))";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])";
    private static final String NUMWORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred";
    static final String NUM = "(?:\\d+(?:\\.\\d+|\\s+1/2)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "[\\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![\\w-])|(?:" + NUMWORD + ")(?:-(?:one|two|three|four|five|six|seven"
            + "|eight|nine))?|a few|a couple of|couple of|a dozen|several|many|few|another|an|a))";
    static final String UNIT = "(?i:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?"
            + "|centur(?:y|ies))";
    /** Modifiers of a point: "early", "late", "mid-", "the end of". */
    static final String MODP = "(?:(?<pmod>(?i:early|late|mid|the (?:end|beginning|start|middle|close) of))[\\s-]*)?";
    /** Modifiers of an amount: "about", "more than". */
    static final String AMOD = "(?:(?<amod>(?i:around|approximately|roughly|nearly|almost|more than|less than"
            + "|fewer than|at least|up to|no more than|just over|just under|some))\\s+)?";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("another", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("a dozen", 12), Map.entry("a couple of", 2),
            Map.entry("couple of", 2));

    /** A unit of time, with its ISO-8601 duration letter and whether it belongs after the {@code T}. */
    enum Unit {
        SECOND("S", true, Granularity.DAY), MINUTE("M", true, Granularity.DAY), HOUR("H", true, Granularity.DAY),
        DAY("D", false, Granularity.DAY), WEEK("W", false, Granularity.WEEK), MONTH("M", false, Granularity.MONTH),
        QUARTER("Q", false, Granularity.QUARTER), YEAR("Y", false, Granularity.YEAR),
        DECADE("DE", false, Granularity.DECADE), CENTURY("CE", false, Granularity.CENTURY);

        final String letter;
        final boolean timePart;
        final Granularity granularity;

        Unit(String letter, boolean timePart, Granularity granularity) {
            this.letter = letter;
            this.timePart = timePart;
            this.granularity = granularity;
        }

        static Unit of(String word) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.startsWith("sec")) return SECOND;
            if (w.startsWith("min")) return MINUTE;
            if (w.startsWith("hour")) return HOUR;
            if (w.startsWith("day")) return DAY;
            if (w.startsWith("week")) return WEEK;
            if (w.startsWith("month")) return MONTH;
            if (w.startsWith("quarter")) return QUARTER;
            if (w.startsWith("year")) return YEAR;
            if (w.startsWith("decade")) return DECADE;
            return CENTURY;
        }

        /** The ISO duration of {@code amount} of this unit; {@code X} for a vague amount. */
        String duration(String amount) {
            if (amount.endsWith(".5") && amount.indexOf('.') == amount.length() - 2) {
                // "5 1/2 hours" is five hours and thirty minutes: a half goes into the next smaller unit
                String whole = amount.substring(0, amount.length() - 2);
                switch (this) {
                    case HOUR: return "PT" + whole + "H30M";
                    case MINUTE: return "PT" + whole + "M30S";
                    case DAY: return "P" + whole + "DT12H";
                    case YEAR: return "P" + whole + "Y6M";
                    default: break;
                }
            }
            if ((this == DECADE || this == CENTURY) && !amount.equals("X")) {
                double years = Double.parseDouble(amount) * (this == DECADE ? 10 : 100);
                return "P" + (years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years)) + "Y";
            }
            if (this == DECADE || this == CENTURY) {
                return "PXY";
            }
            return "P" + (timePart ? "T" : "") + amount + letter;
        }

        LocalDate plus(LocalDate d, long n) {
            return switch (this) {
                case SECOND, MINUTE, HOUR -> d;
                case DAY -> d.plusDays(n);
                case WEEK -> d.plusWeeks(n);
                case MONTH -> d.plusMonths(n);
                case QUARTER -> d.plusMonths(3 * n);
                case YEAR -> d.plusYears(n);
                case DECADE -> d.plusYears(10 * n);
                case CENTURY -> d.plusYears(100 * n);
            };
        }
    }

    // ---------------------------------------------------------------- rules

    /** One shape of expression: a pattern and how to turn a match into a candidate (null to reject it). */
    private record Rule(String name, Set<String> triggers, Set<String> requires, Pattern pattern,
            BiFunction<Matcher, Input, Candidate> build) {
    }

    private static final String MONTH_WORDS = "january february march april may june july august september october"
            + " november december jan feb mar apr jun jul aug sep sept oct nov dec";
    private static final String WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday mon tue"
            + " tues wed thu thur thurs fri sat sun";
    private static final String UNIT_WORDS = "second seconds minute minutes hour hours day days week weeks weekend"
            + " month months quarter quarters year years decade decades century centuries";
    /** A trigger standing for any digit. */
    private static final String DIGIT = "#digit";
    /** A trigger standing for an apostrophe. */
    private static final String APOSTROPHE = "#apos";

    /** What a rule sees besides its match: the whole text and the sentence's tense. */
    /** @param dayFirst whether the text writes numeric dates day first ("07/11/2024" is 7 November) */
    private record Input(String text, Tense tense, int sentenceStart, int sentenceEnd, boolean dayFirst) {
    }

    private final List<Rule> rules = new ArrayList<>();

    TimexGrammar() {
        // Month day(, year), optionally after a weekday: "Thursday, November 7", "Nov. 7, 2024".
        rule("month-day-year", MONTH_WORDS, "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|this past|this coming))\\s+)?(?:(?<wd>"
                + WEEKDAY + "),?\\s+)?(?<mo>" + MONTH
                + ")\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.:]\\d|\\d)(?:(?:,\\s*|\\s+)(?<y>\\d{4})(?![\\d,.]\\d|\\d))?",
                (m, in) -> calendarDate(m, in, group(m, "y"), m.group("mo"), m.group("d"), group(m, "wd")));
        // Month with a relative year: "January this year", "June last year".
        rule("month-relative-year", MONTH_WORDS, "\\b" + MODP + "(?<mo>" + MONTH + ")(?:\\s+(?<d>\\d{1,2})(?!\\d))?,?\\s+(?<ry>(?i:this|last|next))"
                + "\\s+(?i:year)\\b", this::monthRelativeYear);
        // Day month (year): "7 November 2024", "the 7th of November".
        rule("day-month-year", MONTH_WORDS, "(?<![\\w$€£.,])(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?i:the)\\s+)?(?<d>\\d{1,2})"
                + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mo>" + MONTH + ")(?:,?\\s+(?<y>\\d{4})(?![\\d,.]\\d|\\d))?",
                (m, in) -> calendarDate(m, in, group(m, "y"), m.group("mo"), m.group("d"), group(m, "wd")));
        // Month year: "September 2024", "early September 2024".
        rule("month-year", MONTH_WORDS, "\\b" + MODP + "(?<mo>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>\\d{4})(?![\\d,.]\\d|\\d)",
                (m, in) -> calendarDate(m, in, m.group("y"), m.group("mo"), null, null));
        // Month alone: "January", "last March", "mid-November".
        rule("month", MONTH_WORDS, "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|coming|this past|this coming))\\s+)?(?<mo>"
                + MONTH + ")", this::monthAlone);
        // ISO and numeric dates.
        rule("iso-date", "-", "(?<![\\d-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\d-])",
                (m, in) -> numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "07.11.2024": day, month, year with dots, as most of Europe writes them
        rule("dotted-date", DIGIT, "(?<![\\d.,])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})(?!\\d|\\.\\d)",
                (m, in) -> numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "2024/11/07": year first, as East Asian and many African outlets write it, is never ambiguous
        rule("slashed-iso-date", "/", "(?<![\\d/.,])(?<y>\\d{4})/(?<mo>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])",
                (m, in) -> numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "11-07-2024": day-month or month-day by writer; resolved only when one field cannot be a month
        rule("dashed-date", "-", "(?<![\\d/.,-])(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4})(?![\\d-])", this::dashedDate);
        // "11/07/2024": month first in US copy, day first where the page's language says another country
        rule("slash-numeric-date", "/", "(?<![\\d/.,])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])",
                this::slashDate);
        // A year: "2024", "mid-2025", "fiscal 1989", "the end of 1990".
        rule("year", DIGIT, "\\b" + MODP + "(?:(?<fy>(?i:fiscal|calendar)\\s+|FY\\s*|FY-)|(?<![\\w$€£#.,/]))(?<y>1[6-9]\\d\\d|20\\d\\d)"
                + "(?!\\w|%|[.,]\\d|-\\d{1,2}-\\d|\\s*(?i:percent|per cent|people|persons|troops|officers|soldiers|shares|tons"
                + "|miles|feet|meters|km|dollars|yen|euros|employees|workers|members|votes|students|acres|jobs|cases"
                + "|men|women|children|units|vehicles|homes|houses|cars|points)\\b)", this::year);
        // Decades: "the 1990s", "the '90s", "the early 1980s".
        rule("decade", "s", "\\b(?:(?i:the)\\s+)?" + MODP + "(?<dec>1[6-9]\\d|20\\d)0'?s\\b", this::decade);
        // Decades in words: "the nineties", "the early eighties".
        rule("decade-words", "twenties thirties forties fifties sixties seventies eighties nineties",
                "\\b(?i:the)\\s+" + MODP + "(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                + "|nineties))(?![\\w-])", this::decade);
        rule("decade-short", APOSTROPHE, "(?<!\\w)(?:(?i:the)\\s+)?" + MODP + "'(?<dd>\\d)0s\\b", this::decade);
        // Years in words, as broadcast transcripts write them: "nineteen ninety-seven", "the year two thousand",
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        rule("spelled-year", "nineteen eighteen seventeen thousand", "\\b(?:(?<the>(?i:the year))\\s+|(?<mo>" + MONTH
                + ")\\s+|(?i:the\\s+)?(?<s>(?i:spring|summer|fall|autumn|winter))\\s+(?i:of)\\s+)?(?<sy>" + SPELLED_YEAR
                + ")(?![\\w-])", this::spelledYear);
        // Two-digit years: "'98".
        rule("two-digit-year", APOSTROPHE, "(?<![\\w'’])['’](?<yy>\\d{2})(?![\\w'’]|,\\d)", this::twoDigitYear);
        // Centuries: "the 20th century".
        rule("century", "century", "\\b(?:(?i:the)\\s+)?" + MODP + "(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+(?i:century)\\b",
                this::century);
        // Weekdays: "Thursday", "last Friday", "Wednesday night".
        rule("weekday", WEEKDAY_WORDS, "\\b(?:(?<rel>(?i:last|next|this|coming|this past"
                + "|this coming|the previous|the following|the next))\\s+)?(?<wd>" + WEEKDAY
                + ")(?:\\s+(?<tod>(?i:morning|afternoon|evening|night)))?(?![\\w-])", this::weekday);
        // Seasons: "last fall", "summer 2024".
        rule("season", "spring summer fall autumn winter", "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|the|coming|this past|this coming))\\s+)?"
                + "(?<s>(?i:spring|summer|fall|autumn|winter))(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?(?![\\w-])", this::season);
        // Quarters and halves: "the third quarter", "third-quarter", "1989's first half", "Q3 2024".
        rule("quarter", "quarter quarters half", "\\b(?:(?i:the)\\s+)?(?:(?<y>\\d{4})(?:'s)?\\s+|(?<ry>(?i:this|last|next)) year's\\s+)?"
                + "(?<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))[\\s-]+(?:(?<two>(?i:two))[\\s-]+)?"
                + "(?:(?i:fiscal|calendar)[\\s-]+)?(?<u>(?i:quarters?|half))(?!\\w)(?:\\s+(?i:of)\\s+(?:(?:(?i:fiscal)\\s+)?(?<y2>\\d{4})"
                + "|(?<ry2>(?i:this|last|next|the)) (?i:year)))?", this::quarter);
        // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year
        rule("year-quarter", "quarter period", "\\b(?i:the)\\s+(?<y>1[6-9]\\d\\d|20\\d\\d)\\s+(?i:quarter|period)(?![\\w-])",
                this::yearQuarter);
        rule("q-quarter", "q", "\\bQ(?<q>[1-4])(?:\\s+(?<y>\\d{4}))?\\b", this::quarter);
        rule("h-half", "h", "\\b(?<u>H)(?<q>[12])(?:\\s+(?<y>\\d{4}))?\\b", this::quarter);
        rule("relative-quarter", "quarter period", "\\b(?<the>(?i:the)\\s+)?(?:(?<rel>(?i:latest|last|current|next|previous|past|prior"
                + "|year-ago|year-earlier|year-before|same|comparable|recent|most recent|just-ended|just-completed"
                + "|fiscal))[\\s-]+)?(?<u>(?i:quarter|period))(?![\\w-])", this::relativeQuarter);
        // Words that point at the present, the past or the future, or at a day from the DCT.
        rule("deictic", "today yesterday tomorrow tonight now currently nowadays presently present right these current recently lately past soon future end ago earlier term", "\\b(?<w>(?i:today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|at present"
                + "|the (?:near|short|long) term"
                + "|right now|these days|then[\\s-]current|current|recent|recently|lately|the past|the (?:near |distant "
                + "|immediate )?future(?! of\\b)|(?<=\\b(?i:in) )future|year-end|year-ago|year-earlier|the present))(?![\\w-])", this::deictic);
        // Relative to a unit: "last year", "next month", "earlier this week", "the same year", "recent years".
        rule("relative-unit", UNIT_WORDS, "\\b" + MODP + "(?<rel>(?i:last|this|next|coming|past|previous|following"
                + "|earlier this|later this|early this|early next|early last|late this|late next|late last|this past"
                + "|this coming|recent|the past|the coming|the previous|the following|the next|the last|the current"
                + "|the same|earlier that|later that|that|the prior|the full|the fiscal|the))\\s+(?<u>(?i:day|week|weekend|month|year|decade|century|years|months"
                + "|weeks|decades|days))(?![\\w-])", this::relativeUnit);
        // Offsets: "two days later", "a year ago", "three months earlier".
        rule("offset", UNIT_WORDS + " | ago earlier later before after now hence back previously", "\\b" + AMOD + "(?<n>" + NUM + ")[\\s-]+(?<u>" + UNIT + ")(?<so>\\s+(?i:or so))?\\s+(?<dir>(?i:ago|earlier|later"
                + "|before|after|from now|hence|back|previously))(?![\\w-])(?:(?<=(?i:ago))\\s+(?<today>(?i:today)))?", this::offset);
        rule("units-ahead", "ahead", "\\b(?i:the)\\s+(?<u>(?i:years|months|weeks|days))\\s+(?i:ahead)\\b",
                this::vagueDuration);
        // "the next morning": a part of the day after the reference
        rule("next-part-of-day", "morning afternoon evening night day", "\\b(?i:the\\s+(?<dir>next|following|previous))"
                + "\\s+(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", this::nextPartOfDay);
        rule("day-before", "day", "\\b(?i:the day (?<dir>before|after))(?![\\w-])", this::dayBefore);
        // Durations: "an additional year", "the past three years", "two-year", "the first nine months".
        rule("duration", UNIT_WORDS, "\\b" + AMOD + "(?:(?i:the)\\s+)?(?:(?<rel>(?i:past|last|next|coming|previous|first|final"
                + "|following|initial|remaining|latest|other|better part of the|full))\\s+)?(?<n>" + NUM
                + ")(?:[\\s-]+(?i:additional|more|full|straight|consecutive|extra|further|trading|business|working"
                + "|calendar|long))?[\\s-]+(?<u>" + UNIT + ")(?:-(?i:long))?(?<half>\\s+(?i:and a half))?(?<so>\\s+(?i:or so))?(?![\\w-])",
                this::duration);
        rule("vague-duration", "years months weeks days decades hours minutes | for within over recent take took takes taking", "(?<=\\b(?i:for|within|over|in recent|take|took|takes|taking) )(?<u>(?i:years|months"
                + "|weeks|days|decades|hours|minutes))(?![\\w-])", this::vagueDuration);
        // Sets: "daily", "every Monday", "each year", "$5 a year".
        rule("set-adverb", "daily weekly monthly annually yearly quarterly hourly nightly semiannually biweekly", "\\b(?<w>(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly"
                + "|semiannually|biweekly))\\b", this::setAdverb);
        rule("set-every", "every each per", "\\b(?i:every|each|per)\\s+(?:(?<n>" + NUM + "|(?i:other))\\s+)?(?:(?<u>" + UNIT
                + ")|(?<wd>" + WEEKDAY + ")|(?<mo>" + MONTH + ")|(?<tod>(?i:morning|afternoon|evening|night)))(?![\\w-])",
                this::setEvery);
        // "on Tuesdays", "Tuesday nights": a weekday in the plural recurs
        rule("set-weekdays", WEEKDAY_WORDS + " mondays tuesdays wednesdays thursdays fridays saturdays sundays",
                "\\b(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:s|\\s+(?<tod>(?i:morning|afternoon|evening|night))s)"
                + "(?![\\w'’-])", this::setEvery);
        // Rates ("$5 a year") are left out: TimeBank marks them in a minority of uses (see duration).
        // Times: "10:35 a.m.", "3 p.m. EST", "noon", "this morning", "last night".
        rule("clock", "m am pm", "(?<![\\d:.,])(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm))"
                + "(?!\\w)(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC))?(?:,?\\s+(?<mo>" + MONTH + ")\\s*(?<d>\\d{1,2})(?![\\d,.:]\\d|\\d))?",
                this::clock);
        rule("clock24", ":", "(?<=\\b(?i:at|by|until|before|after|around|from|to) )(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)"
                + "(?![\\d:])(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC))?", this::clock);
 rule("clock-weekday", "m am pm noon midnight", "(?<![\\d:.,])(?:(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>(?i:a\\.m\\.|p\\.m\\.|a\\.m"
                + "|p\\.m|am|pm))|(?<w>(?i:noon|midnight)))(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC))?,?\\s+(?:(?i:this|last|next)\\s+)?"
                + "(?<wd>" + WEEKDAY + ")(?![\\w-])", this::clockWeekday);
        rule("noon", "noon midnight midday", "\\b(?<w>(?i:noon|midnight|midday))\\b", this::noon);
        // "mid-afternoon yesterday", "late morning today": the part of the day named before the day
        rule("part-of-day-after", "morning afternoon evening night", "\\b(?:(?<pm>(?i:early|late|mid))[\\s-]*)?"
                + "(?<tod>(?i:morning|afternoon|evening|night))\\s+(?<d>(?i:yesterday|today|tomorrow))(?![\\w-])",
                this::partOfDay);
        // "by mid-afternoon", "in late morning": a part of the day with a mod lies on the day the text is about
        rule("part-of-day-mod", "morning afternoon evening", "\\b(?<pm>(?i:early|late|mid))[\\s-]*"
                + "(?<tod>(?i:morning|afternoon|evening))(?![\\w-])", this::partOfDay);
        // "4 in the morning", "nine o'clock at night": a clock hour the part of the day makes a.m. or p.m.
        rule("clock-part-of-day", "morning afternoon evening night", "(?<![\\d:.,$])(?<h>\\d{1,2}|(?i:one|two|three"
                + "|four|five|six|seven|eight|nine|ten|eleven|twelve))(?::(?<mi>[0-5]\\d))?(?:\\s+(?i:o'clock|o’clock))?"
                + "\\s+(?i:in the|at)\\s+(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", this::clockPartOfDay);
        rule("part-of-day", "morning afternoon evening night", "\\b(?<d>(?i:yesterday|today|tomorrow|this|last|early this|late this|later this))\\s+"
                + "(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", this::partOfDay);
        // Holidays with a fixed or computable date.
        rule("holiday", "christmas new thanksgiving independence halloween labor memorial valentine easter good holy", "\\b(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?"
                + "|Independence Day|Halloween|Labor Day|Memorial Day|Valentine's Day|Good Friday|Easter(?: Sunday| Monday| week)?|Holy Week)"
                + "(?![\\w-])(?!\\s+(?:Island|Rising|Offensive|egg|eggs|bunny|Seals?|Parade)\\b)", this::holiday);
        // "on the 7th", "by the 21st.": a day of the month the text is about, where no noun follows
        rule("day-of-month", "th st nd rd", "(?<=\\b(?i:on|by|until|till|since|before|after|from|to) )(?i:the)\\s+"
                + "(?<d>[1-9]|[12]\\d|3[01])(?i:st|nd|rd|th)(?=\\s*(?:[.,;:!?)]|$))", this::dayOfMonth);
        // "overnight": the night before the day the text is about (TimeBank: the night, as a TIME)
        rule("overnight", "overnight", "(?<![\\w-])(?i:overnight)(?=\\s*(?:[.,;:!?)]|$|(?i:on|in|into|to|and|as|when|from|after|before"
                + "|while|at|near|outside|inside)\\b))", this::overnight);
        // "2012-13", "1998-99": a range of years whose second year keeps only its last two digits
        rule("short-year-range", "-", "(?<=\\b(?:1[6-9]|20)\\d\\d[-–])(?<yy>\\d\\d)(?![\\w%-]|[.,]\\d)", this::shortYearRange);
    }

    /**
     * Adds a rule that runs on sentences holding one of {@code triggers} and, where {@code triggers} holds a
     * {@code |}, one of the words after it as well.
     */
    private void rule(String name, String triggers, String regex, BiFunction<Matcher, Input, Candidate> build) {
        String[] parts = triggers.split("\\|", 2);
        Set<String> requires = parts.length > 1 ? Set.of(parts[1].trim().split(" ")) : Set.of();
        rules.add(new Rule(name, Set.of(parts[0].trim().split(" ")), requires, Pattern.compile(regex), build));
    }

    /**
     * The words (lower-cased runs of letters) of {@code text[start, end)}, plus {@link #DIGIT} and
     * {@link #APOSTROPHE} where those occur: a rule runs only on a sentence holding one of its triggers.
     */
    private static Set<String> featuresOf(String text, int start, int end) {
        Set<String> words = new HashSet<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i;
                while (j < end && Character.isLetter(text.charAt(j))) {
                    j++;
                }
                words.add(text.substring(i, j).toLowerCase(Locale.ROOT));
                i = j;
                continue;
            }
            if (c >= '0' && c <= '9') {
                words.add(DIGIT);
            } else if (c == '\'' || c == '’') {
                words.add(APOSTROPHE);
            } else if (c == ':' || c == '-' || c == '/') {
                words.add(String.valueOf(c));
            }
            i++;
        }
        return words;
    }

    /** A title-case unit word inside a sentence ("This Week"), opened by a quote: the name of a show or a work. */
    private static final Pattern TITLE_UNIT = Pattern.compile("(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?"
            + "|Months?|Years?|Decades?|Century|Noon|Midnight)\\b");

    private static boolean isQuotedTitle(String text, int sentenceStart, Candidate c) {
        if (c.start() <= sentenceStart) {
            return false;
        }
        char before = text.charAt(c.start() - 1);
        if (before != '"' && before != '\'' && before != '“' && before != '‘' && before != '`') {
            return false;
        }
        return TITLE_UNIT.matcher(text).region(c.start(), c.end()).find();
    }

    private static boolean triggered(Set<String> triggers, Set<String> features) {
        for (String t : triggers) {
            if (features.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The temporal expressions of {@code text[start, end)}, as non-overlapping candidates in text order.
     *
     * @param tense the tense of the sentence the range holds
     * @param dayFirst whether numeric dates with slashes are written day first, as outside the United States
     */
    List<Candidate> recognize(String text, int start, int end, Tense tense, boolean dayFirst) {
        Input in = new Input(text, tense, start, end, dayFirst);
        List<Candidate> found = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        Set<String> features = featuresOf(text, start, end);
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!triggered(rule.triggers(), features)
                    || !rule.requires().isEmpty() && !triggered(rule.requires(), features)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            m.region(start, end);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                Candidate c;
                try {
                    c = rule.build.apply(m, in);
                } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
                    c = null;
                }
                if (c != null && c.end() > c.start() && !isQuotedTitle(text, start, c)) {
                    found.add(c);
                    order.add(r);
                }
            }
        }
        // longest first, then the earlier rule, then leftmost
        Integer[] idx = new Integer[found.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, Comparator.<Integer>comparingInt(i -> -found.get(i).length())
                .thenComparingInt(order::get).thenComparingInt(i -> found.get(i).start()));
        List<Candidate> chosen = new ArrayList<>();
        for (int i : idx) {
            Candidate c = found.get(i);
            boolean free = true;
            for (Candidate o : chosen) {
                if (o.overlaps(c)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(org.sitrep.doc.Span.ORDER);
        return shiftedByOffsets(text, start, chosen);
    }

    /** "the day before", "two weeks after": an offset written before a date it counts from. */
    private static final Pattern OFFSET_BEFORE_DATE = Pattern.compile("(?<![\\w-])(?:(?<n>" + NUM + ")[\\s-]+"
            + "(?<u>(?i:days?|weeks?|months?|years?))|(?<day>(?i:day)))\\s+(?<dir>(?i:before|after))\\s+$");

    /**
     * Joins an offset to the date written right after it ("the day before last Tuesday", "two days after Nov. 7"):
     * the expression is that date moved by the offset, and the offset's own candidates give way to it. TimeBank
     * leaves the article out of the extent.
     */
    private static List<Candidate> shiftedByOffsets(String text, int sentenceStart, List<Candidate> chosen) {
        List<Candidate> out = chosen;
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (!c.type().equals(Timex.DATE) && !c.type().equals(Timex.TIME) || c.start() - sentenceStart < 8) {
                continue;
            }
            Matcher pm = OFFSET_BEFORE_DATE.matcher(text).region(Math.max(sentenceStart, c.start() - 48), c.start());
            pm.useTransparentBounds(true);
            if (!pm.find()) {
                continue;
            }
            String amount = pm.group("day") != null ? "1" : amountOf(pm.group("n"));
            if (!amount.matches("\\d+")) {
                continue;
            }
            Unit unit = pm.group("day") != null ? Unit.DAY : Unit.of(pm.group("u"));
            long n = Long.parseLong(amount) * (pm.group("dir").equalsIgnoreCase("before") ? -1 : 1);
            Candidate.Resolver inner = c.resolver();
            int from = pm.start();
            Candidate joined = new Candidate(from, c.end(), Timex.DATE, c.mod(), c.deadline(), Parts.NONE,
                    c.leaning(), (ctx, self) -> shift(ctx, inner.resolve(ctx, c), unit, n));
            List<Candidate> next = new ArrayList<>(out.size());
            for (Candidate o : out) {
                if (o != c && !(o.end() > from && o.start() < c.start())) {
                    next.add(o);
                }
            }
            next.add(joined);
            next.sort(org.sitrep.doc.Span.ORDER);
            out = next;
            i = next.indexOf(joined);
        }
        return out;
    }

    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");

    /** A resolved date moved by {@code n} units, at the precision the date had; no value where that is too coarse. */
    private static Resolution shift(TimeContext ctx, Resolution r, Unit unit, long n) {
        String v = r.value();
        if (v == null) {
            return r;
        }
        Matcher d = DAY_VALUE.matcher(v);
        if (d.matches()) {
            LocalDate date = unit.plus(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3))), n);
            ctx.setReference(date, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(date), r.confidence() * 0.9);
        }
        Matcher mo = MONTH_VALUE.matcher(v);
        if (mo.matches() && (unit == Unit.MONTH || unit == Unit.YEAR)) {
            LocalDate date = unit.plus(LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1), n);
            return new Resolution(Granularity.MONTH.format(date), r.confidence() * 0.9);
        }
        if (YEAR_VALUE.matcher(v).matches() && unit == Unit.YEAR) {
            return new Resolution(String.format("%04d", Integer.parseInt(v) + n), r.confidence() * 0.9);
        }
        return new Resolution(null, 0.2);
    }

    // ---------------------------------------------------------------- builders

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The lower-cased word before {@code at}, or "" at the start. */
    static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The candidate over the match, with mods and deadline taken from the words around it. */
    private static Candidate make(Matcher m, Input in, String type, String mod, Parts parts,
            Candidate.Resolver resolver) {
        String prev = previousWord(in.text(), m.start());
        boolean deadline = (prev.equals("by") || NO_LATER_THAN.matcher(in.text())
                .region(Math.max(in.sentenceStart(), m.start() - 20), m.start()).find())
                && !type.equals(Timex.DURATION) && !type.equals(Timex.SET);
        Tense leaning = switch (prev) {
            // a deadline points ahead of the telling, unless the clause is in the past perfect ("had ... by");
            // a span told in the past closes at the nearest such date ("sales this year through August were flat")
            case "by", "until", "till", "through", "thru" -> PAST_PERFECT.matcher(in.text())
                    .region(Math.max(in.sentenceStart(), m.start() - 60), Math.min(in.sentenceEnd(), m.end() + 40))
                    .find() ? Tense.PAST : prev.startsWith("thr") && localTense(in, m.start(), m.end()) == Tense.PAST
                    && !EXTENSION_BEFORE.matcher(in.text()).region(Math.max(in.sentenceStart(), m.start() - 120),
                            m.start()).find() ? Tense.PRESENT : Tense.FUTURE;
            case "since", "ago" -> Tense.PAST;
            default -> localTense(in, m.start(), m.end());
        };
        if (deadline && mod == null) {
            mod = "ON_OR_BEFORE";
        }
        return new Candidate(m.start(), m.end(), type, mod, deadline, parts, leaning, resolver);
    }

    /** "no later than", "not later than" right before a date: a deadline, as "by" is. */
    private static final Pattern NO_LATER_THAN = Pattern.compile("\\b(?i:no|not)\\s+(?i:later)\\s+(?i:than)\\s+$");

    private static final Pattern FUTURE_CUE = Pattern.compile("\\b(?i:will|won't|shall|would|going to|scheduled|"
            + "(?<!than |as )expected|expects?|hopes? to|set for|takes effect|begins|starts|expires|due(?! to)|plans? to|planned to|planning(?: to)?|intends? to|aims? to|is to|are to|set to"
            + "|next(?! to)|upcoming|as soon as|as early as|payable|effective|of record)\\b|'ll\\b|’ll\\b");
    /** Words that put what follows on the calendar ahead: "set for", "scheduled for", "ahead of". */
    private static final Pattern SCHEDULED_BEFORE = Pattern.compile(
            "\\b(?i:(?:set|scheduled|slated|planned|due)\\s+(?:for|on)|ahead\\s+of)\\s+$");
    private static final Pattern PAST_PERFECT = Pattern.compile("\\b(?i:had)\\b");
    /** Words before a cue that change what it says: "will be paid" is not past, "had been due" not future. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i:\\b(?:be|been|being|is|are|am|gets?)\\s+(?:\\w+ly\\s+)?)$");
    /** A term set to run on ("extended the mandate … through October 2, 2025"): its end lies ahead of the telling. */
    private static final Pattern EXTENSION_BEFORE = Pattern.compile(
            "(?i:\\b(?:extend|extends|extended|extending|extension|renew|renews|renewed|renewal|prolong|prolonged"
                    + "|authori[sz]e[sd]?|authori[sz]ing|mandate|valid|in force|run|runs)\\b)");
    /** A participle after a determiner is an adjective ("a still unspecified date", "the planned merger"). */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i:\\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\\s+(?:\\w+ly\\s+|still\\s+|yet\\s+)?)$");
    /** Words ending in -ed that are not past forms. */
    private static final Pattern NOT_PAST_ED = Pattern.compile("(?i:\\w*ceed|need|indeed|speed|feed|seed|breed|greed|weed|deed|red|bed|united|limited|based|related)");
    private static final Pattern PERFECT_BEFORE = Pattern.compile("(?i:\\bhad\\s+(?:been\\s+)?(?:\\w+ly\\s+)?)$");
    /** Common irregular past forms of news verbs. */
    static final String IRREGULAR_PAST = "met|told|went|came|took|gave|made|won|lost|held|left|sent|saw|began"
            + "|fell|rose|grew|spoke|struck|got|led|kept|found|brought|bought|sold|thought|became|ran|wrote|chose"
            + "|flew|fled|fought|hit|paid|stood|understood|meant|knew|drew|drove|threw|wore|broke|forgot|shot|sought"
            + "|taught|caught|felt|heard|laid|lay|sat|slept|spent|swore|tore|woke|withdrew|overtook|undertook";
    private static final Pattern PAST_CUE = Pattern.compile("\\b(?i:said|says|was|were|had|did|ago|last|since|has been|have been|"
            + IRREGULAR_PAST + "|[a-z]{3,}ed)\\b");

    /**
     * An infinitive after a word of intent or agreement ("agreed to buy", "an agreement to acquire"): what it tells
     * lies after the agreement, so a bare month in its clause points ahead.
     */
    private static final Pattern PROSPECTIVE_TO = Pattern.compile("\\b(?i:agree|agrees|agreed|agreement|plans?"
            + "|planned|intends?|intended|decided|promised|pledged|vowed|proposed|proposal)\\s+to\\s+[a-z]+\\b");
    /** A clause of time or condition told in the present ("when the case is heard"): it speaks of the future. */
    private static final Pattern PRESENT_IN_WHEN_CLAUSE = Pattern.compile("\\b(?i:when|if|until|unless|once)\\s+"
            + "[^,;:.!?]{0,50}?\\b(?i:is|are)\\s+(?:\\w+ly\\s+)?[a-z]+\\s+(?i:in|on|by)\\s+$");
    /** What ends a clause before an expression. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:!?]|,\\s*(?i:and|but|which|who|while)\\b|\\.\\s");

    /** Whether the clause of an expression points ahead by its syntax rather than by a tense word. */
    private static boolean pointsAheadBySyntax(Input in, int start) {
        int from = Math.max(in.sentenceStart(), start - 120);
        if (PRESENT_IN_WHEN_CLAUSE.matcher(in.text()).region(from, start).find()) {
            return true;
        }
        Matcher p = PROSPECTIVE_TO.matcher(in.text()).region(from, start);
        int last = -1;
        while (p.find()) {
            last = p.end();
        }
        if (last < 0) {
            return false;
        }
        return !CLAUSE_BREAK.matcher(in.text()).region(last, start).find()
                && !PAST_CUE.matcher(in.text()).region(last, start).find()
                && !FUTURE_CUE.matcher(in.text()).region(last, start).find();
    }

    /** The tense of the words nearest an expression: the closest cue within its clause wins, else the sentence's. */
    static Tense localTense(Input in, int start, int end) {
        if (pointsAheadBySyntax(in, start)) {
            return Tense.FUTURE;
        }
        int from = Math.max(in.sentenceStart(), start - 60);
        int to = Math.min(in.sentenceEnd(), end + 40);
        int bestDistance = Integer.MAX_VALUE;
        Tense best = null;
        for (Pattern p : new Pattern[] {FUTURE_CUE, PAST_CUE}) {
            Matcher cm = p.matcher(in.text()).region(from, to);
            while (cm.find()) {
                if (cm.end() > start && cm.start() < end) {
                    continue;
                }
                String w = cm.group().toLowerCase(Locale.ROOT);
                if (NOT_PAST_ED.matcher(w).matches() || w.startsWith("to ") && w.matches("to (?:the|a|an|be|its|his|her"
                        + "|their|date|\\w+ed)(?: on)?")) {
                    continue;
                }
                Tense cueTense = p == FUTURE_CUE ? Tense.FUTURE : Tense.PAST;
                String before = in.text().substring(Math.max(from, cm.start() - 24), cm.start());
                if (cueTense == Tense.PAST && !w.equals("was") && !w.equals("were") && !w.equals("had")
                        && (PASSIVE_BEFORE.matcher(before).find() || w.endsWith("ed")
                        && DETERMINER_BEFORE.matcher(before).find())) {
                    continue; // "will be held", "a revised plan": a participle, not a past tense
                }
                if (cueTense == Tense.FUTURE && PERFECT_BEFORE.matcher(before).find()) {
                    cueTense = Tense.PAST; // "had been due to expire": a future seen from the past, now over
                }
                int d = cm.end() <= start ? start - cm.end() : 3 * (cm.start() - end);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = cueTense;
                }
            }
        }
        return best != null ? best : in.tense();
    }

    private static String pointMod(Matcher m) {
        String p = group(m, "pmod");
        if (p == null) {
            return null;
        }
        p = p.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
            return "START";
        }
        if (p.startsWith("late") || p.contains("end") || p.contains("close")) {
            return "END";
        }
        return "MID";
    }

    private static String amountMod(Matcher m) {
        String a = group(m, "amod");
        if (a == null) {
            return null;
        }
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "more than", "just over" -> "MORE_THAN";
            case "less than", "fewer than", "nearly", "almost", "just under" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to", "no more than" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }

    static Integer monthOf(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return null;
    }

    static Integer weekdayOf(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String[] names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        for (int i = 0; i < names.length; i++) {
            if (w.startsWith(names[i])) {
                return i + 1;
            }
        }
        return null;
    }

    /** The amount a number word or numeral stands for, as written in an ISO duration; "X" when vague. */
    static String amountOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (w.matches("\\d+ 1/2")) {
            return w.substring(0, w.indexOf(' ')) + ".5";
        }
        if (w.matches("\\d+(\\.\\d+)?")) {
            String s = w.contains(".") ? w.replaceAll("0+$", "").replaceAll("\\.$", "") : w.replaceFirst("^0+(?=\\d)", "");
            return s;
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return Integer.toString(n);
        }
        int dash = Math.max(w.indexOf('-'), w.indexOf(' '));
        if (dash > 0) {
            Integer tens = NUMBERS.get(w.substring(0, dash));
            Integer ones = NUMBERS.get(w.substring(dash + 1));
            if (tens != null && ones != null) {
                return Integer.toString(tens + ones);
            }
        }
        return "X";
    }

    static boolean isValidDate(int y, int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1) {
            return false;
        }
        return d <= Month.of(mo).length(java.time.Year.isLeap(y));
    }

    // A date written with month and day, maybe a year and a weekday.
    private Candidate calendarDate(Matcher m, Input in, String y, String mo, String d, String wd) {
        Integer month = monthOf(mo);
        if (month == null) {
            return null;
        }
        if (month == 5 && d == null && y == null) {
            return null;
        }
        Integer day = d == null ? null : Integer.valueOf(d);
        Integer year = y == null ? null : Integer.valueOf(y);
        Integer weekday = weekdayOf(wd);
        if (day != null && (day < 1 || day > 31)) {
            return null;
        }
        String mod = pointMod(m);
        Parts parts = new Parts(year, month, day, weekday, false);
        String rel = group(m, "rel");
        Tense forced = rel == null ? null : rel.toLowerCase(Locale.ROOT).matches("last|this past") ? Tense.PAST
                : rel.toLowerCase(Locale.ROOT).matches("next|this coming") ? Tense.FUTURE : null;
        return make(m, in, Timex.DATE, mod, parts, (ctx, self) -> resolveCalendar(ctx, self.parts(),
                forced != null ? forced : self.leaning()));
    }

    private Candidate numericDate(Matcher m, Input in, String y, String mo, String d) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        boolean two = y.length() == 2;
        int year = Integer.parseInt(y);
        Parts parts = new Parts(two ? null : year, month, day, null, two);
        return make(m, in, Timex.DATE, null, parts, (ctx, self) -> {
            int yy = two ? expandTwoDigitYear(year, ctx) : year;
            if (!isValidDate(yy, month, day)) {
                return new Resolution(null, 0.1);
            }
            LocalDate date = LocalDate.of(yy, month, day);
            ctx.setExplicitReference(date, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(date), two ? 0.5 : 0.95);
        });
    }

    private Candidate slashDate(Matcher m, Input in) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean dayFirst = a > 12 || b <= 12 && in.dayFirst();
        return dayFirst ? numericDate(m, in, m.group("y"), m.group("b"), m.group("a"))
                : numericDate(m, in, m.group("y"), m.group("a"), m.group("b"));
    }

    private Candidate dashedDate(Matcher m, Input in) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12) {
            return null;
        }
        if (a != b && a <= 12 && b <= 12) {
            // "11-07-2024" is 7 November to an American and 11 July to most others: no value is better than a guess
            return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> new Resolution(null, 0.2));
        }
        return a > 12 ? numericDate(m, in, m.group("y"), m.group("b"), m.group("a"))
                : numericDate(m, in, m.group("y"), m.group("a"), m.group("b"));
    }

    static int expandTwoDigitYear(int yy, TimeContext ctx) {
        int base = ctx.findDct().map(LocalDate::getYear).orElse(2000);
        int century = base - Math.floorMod(base, 100);
        int candidate = century + yy;
        if (candidate > base + 10) {
            candidate -= 100;
        }
        return candidate;
    }

    /** Resolves a written month/day/year/weekday against the anchors. */
    static Resolution resolveCalendar(TimeContext ctx, Parts p, Tense leaning) {
        int month = p.month();
        if (p.year() != null) {
            int year = p.year();
            if (p.day() == null) {
                LocalDate date = LocalDate.of(year, month, 1);
                ctx.setExplicitReference(date, Granularity.MONTH);
                return new Resolution(Granularity.MONTH.format(date), 0.95);
            }
            if (!isValidDate(year, month, p.day())) {
                return new Resolution(null, 0.1);
            }
            LocalDate date = LocalDate.of(year, month, p.day());
            ctx.setExplicitReference(date, Granularity.DAY);
            boolean weekdayAgrees = p.weekday() == null || date.getDayOfWeek().getValue() == p.weekday();
            return new Resolution(Granularity.DAY.format(date), weekdayAgrees ? 0.95 : 0.5);
        }
        if (p.day() != null && !isValidDate(2000, month, p.day())) {
            return new Resolution(null, 0.1);
        }
        LocalDate anchor = ctx.findCalendarAnchor(leaning).orElse(null);
        if (anchor == null) {
            return new Resolution(p.day() == null ? String.format("XXXX-%02d", month)
                    : String.format("XXXX-%02d-%02d", month, p.day()), 0.4);
        }
        if (p.day() == null) {
            int year = yearByTense(anchor, month, 1, leaning);
            return new Resolution(Granularity.MONTH.format(LocalDate.of(year, month, 1)), 0.8);
        }
        int day = p.day();
        if (p.weekday() != null) {
            // the weekday fixes the year: the matching year nearest the anchor
            LocalDate best = null;
            for (int dy : new int[] {0, -1, 1, -2, 2}) {
                int y = anchor.getYear() + dy;
                if (isValidDate(y, month, day) && LocalDate.of(y, month, day).getDayOfWeek().getValue() == p.weekday()) {
                    best = LocalDate.of(y, month, day);
                    break;
                }
            }
            if (best != null) {
                ctx.setReference(best, Granularity.DAY);
                return new Resolution(Granularity.DAY.format(best), 0.9);
            }
        }
        int year = yearByTense(anchor, month, day, leaning);
        if (!isValidDate(year, month, day)) {
            return new Resolution(null, 0.1);
        }
        LocalDate date = LocalDate.of(year, month, day);
        ctx.setReference(date, Granularity.DAY);
        return new Resolution(Granularity.DAY.format(date), p.weekday() != null ? 0.4 : 0.8);
    }

    /** The year of a month/day without one: the anchor's, moved a year ahead or back where the tense says so. */
    static int yearByTense(LocalDate anchor, int month, int day, Tense leaning) {
        int year = anchor.getYear();
        int safeDay = Math.min(day, 28);
        long gap = java.time.temporal.ChronoUnit.DAYS.between(anchor, LocalDate.of(year, month, safeDay));
        int slack = day == 1 ? 31 : 45;
        if (leaning == Tense.FUTURE && gap < -slack) {
            return year + 1;
        }
        if (leaning == Tense.PAST && gap > slack) {
            return year - 1;
        }
        if (leaning == Tense.PRESENT && Math.abs(gap) > 183) {
            return gap > 0 ? year - 1 : year + 1;
        }
        return year;
    }

    private Candidate monthRelativeYear(Matcher m, Input in) {
        Integer month = monthOf(m.group("mo"));
        String d = group(m, "d");
        Integer day = d == null ? null : Integer.valueOf(d);
        String ry = m.group("ry").toLowerCase(Locale.ROOT);
        int shift = ry.equals("last") ? -1 : ry.equals("next") ? 1 : 0;
        return make(m, in, Timex.DATE, pointMod(m), Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            if (dct == null) {
                return new Resolution(null, 0.2);
            }
            int year = dct.getYear() + shift;
            if (day == null) {
                return new Resolution(Granularity.MONTH.format(LocalDate.of(year, month, 1)), 0.85);
            }
            if (!isValidDate(year, month, day)) {
                return new Resolution(null, 0.1);
            }
            return new Resolution(Granularity.DAY.format(LocalDate.of(year, month, day)), 0.85);
        });
    }

    private Candidate monthAlone(Matcher m, Input in) {
        Integer month = monthOf(m.group("mo"));
        String rel = group(m, "rel");
        String mod = pointMod(m);
        String word = m.group("mo");
        if ((month == 5 || month == 3) && rel == null && mod == null) {
            String prev = previousWord(in.text(), m.start("mo"));
            if (!prev.matches("in|by|until|till|since|from|to|through|during|of|before|after|early|late|mid|end"
                    + "|beginning|and|or|last|next|this|between")) {
                return null;
            }
        }
        if (word.endsWith(".") && word.length() <= 5 && rel == null && mod == null
                && !previousWord(in.text(), m.start("mo")).matches("in|by|until|since|from|to|through|during|of")) {
            return null;
        }
        if (rel == null && mod == null && word.length() <= 4 && !word.endsWith(".")
                && !word.equals("May") && !word.equals("June") && !word.equals("July")) {
            return null; // "Jan Kavan": an undotted abbreviation alone is a name more often than a month
        }
        String relLower = rel == null ? null : rel.toLowerCase(Locale.ROOT);
        Parts parts = new Parts(null, month, null, null, false);
        return make(m, in, Timex.DATE, mod, parts, (ctx, self) -> {
            LocalDate anchor = ctx.findCalendarAnchor(self.leaning()).orElse(null);
            if (anchor == null) {
                return new Resolution(String.format("XXXX-%02d", month), 0.4);
            }
            int year;
            if (relLower == null || relLower.equals("this")) {
                year = relLower == null ? yearByTense(anchor, month, 1, self.leaning()) : anchor.getYear();
            } else if (relLower.equals("last") || relLower.equals("this past")) {
                year = month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            } else {
                year = month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
            }
            // "In March, ... The following month": a named month is the reference for what follows
            ctx.setReference(LocalDate.of(year, month, 1), Granularity.MONTH);
            return new Resolution(Granularity.MONTH.format(LocalDate.of(year, month, 1)), 0.8);
        });
    }

    private Candidate year(Matcher m, Input in) {
        int year = Integer.parseInt(m.group("y"));
        String mod = pointMod(m);
        String prev = previousWord(in.text(), m.start());
        boolean cue = mod != null || group(m, "fy") != null
                || prev.matches("in|since|by|until|till|from|to|through|during|of|before|after|early|late|mid|year"
                + "|and|or|for|the|end|between|on|at|as|than|that|about|around|circa|c|ca|spring|summer|fall|autumn|winter");
        if (!cue && (year < 1900 || year > 2100)) {
            return null;
        }
        Parts parts = new Parts(year, null, null, null, false);
        double conf = cue ? 0.9 : 0.7;
        return make(m, in, Timex.DATE, mod, parts, (ctx, self) -> {
            ctx.setExplicitReference(LocalDate.of(year, 1, 1), Granularity.YEAR);
            return new Resolution(String.format("%04d", year), conf);
        });
    }

    private Candidate decade(Matcher m, Input in) {
        String dec = group(m, "dec");
        String dw = group(m, "dw");
        String dd = dw == null ? group(m, "dd")
                : Integer.toString(NUMBERS.get(dw.toLowerCase(Locale.ROOT).replace("ies", "y")) / 10);
        String mod = pointMod(m);
        return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> {
            if (dec != null) {
                return new Resolution(dec, 0.9);
            }
            int y = expandTwoDigitYear(Integer.parseInt(dd) * 10, ctx);
            return new Resolution(String.format("%03d", y / 10), 0.6);
        });
    }

    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /** A year said in words: "nineteen ninety-seven", "nineteen oh five", "two thousand (and) one". */
    static final String SPELLED_YEAR = "(?i:(?:seventeen|eighteen|nineteen)(?:[\\s-]+(?:hundred|oh[\\s-]+(?:" + ONES
            + ")|" + TEENS + "|(?:" + TENS + ")(?:[\\s-]+(?:" + ONES + "))?))"
            + "|two thousand(?:(?:\\s+and)?\\s+(?:" + ONES + "|" + TEENS + "))?)";

    /** The value of a year said in words, or -1. */
    static int spelledYearValue(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replace('-', ' ').trim().split("\\s+");
        if (w[0].equals("two")) {
            int rest = 0;
            for (int i = 2; i < w.length; i++) {
                if (!w[i].equals("and")) {
                    rest += NUMBERS.getOrDefault(w[i], 0);
                }
            }
            return 2000 + rest;
        }
        Integer century = NUMBERS.get(w[0]);
        if (century == null) {
            return -1;
        }
        int rest = 0;
        for (int i = 1; i < w.length; i++) {
            if (!w[i].equals("hundred") && !w[i].equals("oh")) {
                rest += NUMBERS.getOrDefault(w[i], 0);
            }
        }
        return century * 100 + rest;
    }

    private Candidate spelledYear(Matcher m, Input in) {
        int year = spelledYearValue(m.group("sy"));
        String mo = group(m, "mo");
        String season = group(m, "s");
        if (year < 1600 || (group(m, "the") == null && mo == null && season == null
                && UNIT_AFTER.matcher(in.text()).region(m.end(), in.text().length()).lookingAt())) {
            return null; // "two thousand years", "nineteen seventy-five dollars" are amounts
        }
        Integer month = monthOf(mo);
        String value;
        if (month != null) {
            value = String.format("%04d-%02d", year, month);
        } else if (season != null) {
            String sl = season.toLowerCase(Locale.ROOT);
            value = String.format("%04d-%s", year, sl.equals("spring") ? "SP" : sl.equals("summer") ? "SU"
                    : sl.equals("winter") ? "WI" : "FA");
        } else {
            value = String.format("%04d", year);
        }
        Parts parts = new Parts(year, month, null, null, false);
        return make(m, in, Timex.DATE, null, parts, (ctx, self) -> {
            ctx.setExplicitReference(LocalDate.of(year, month == null ? 1 : month, 1),
                    month == null ? Granularity.YEAR : Granularity.MONTH);
            return new Resolution(value, 0.8);
        });
    }

    private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?i:years?|dollars|people|miles|feet|[a-z]+s\\b)");

    private Candidate twoDigitYear(Matcher m, Input in) {
        int yy = Integer.parseInt(m.group("yy"));
        return make(m, in, Timex.DATE, null, new Parts(null, null, null, null, true), (ctx, self) -> {
            if (ctx.findDct().isEmpty()) {
                return new Resolution(null, 0.2);
            }
            return new Resolution(String.format("%04d", expandTwoDigitYear(yy, ctx)), 0.5);
        });
    }

    private Candidate century(Matcher m, Input in) {
        int c = Integer.parseInt(m.group("c"));
        if (c < 1 || c > 22) {
            return null;
        }
        return make(m, in, Timex.DATE, pointMod(m), Parts.NONE,
                (ctx, self) -> new Resolution(String.format("%02d", c - 1), 0.9));
    }

    private static String partOfDayCode(String tod) {
        return switch (tod.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private Candidate weekday(Matcher m, Input in) {
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
        if (relLower != null && relLower.startsWith("the ")) {
            // "the previous Friday", "the following Monday": counted from the day the text is about
            boolean back = relLower.endsWith("previous");
            return make(m, in, type, null, Parts.NONE, (ctx, self) -> {
                LocalDate ref = ctx.findReference().orElse(null);
                if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
                    return new Resolution(null, 0.2);
                }
                DayOfWeek dow = DayOfWeek.of(wd);
                LocalDate date = ref.with(back ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
                ctx.setReference(date, Granularity.DAY);
                return new Resolution(Granularity.DAY.format(date) + (todCode != null ? "T" + todCode : ""), 0.7);
            });
        }
        return make(m, in, type, null, new Parts(null, null, null, wd, false), (ctx, self) -> {
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            if (dct == null) {
                return new Resolution("XXXX-WXX-" + wd, 0.4);
            }
            DayOfWeek dow = DayOfWeek.of(wd);
            LocalDate date;
            if (relLower == null) {
                // "Wednesday's ruling": a day named for what happened on it lies behind
                date = TimeContext.nearestWeekday(dct, dow,
                        possessive && !scheduled ? Tense.PAST : scheduled ? Tense.FUTURE : self.leaning());
            } else if (relLower.equals("last") || relLower.equals("this past")) {
                date = dct.with(TemporalAdjusters.previous(dow));
            } else if (relLower.equals("next") || relLower.equals("coming") || relLower.equals("this coming")) {
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

    private Candidate season(Matcher m, Input in) {
        String rel = group(m, "rel");
        String y = group(m, "y");
        String mod = pointMod(m);
        String prev = previousWord(in.text(), m.start());
        if (rel == null && y == null && mod == null && !prev.matches("in|during|since|until|by|through|for|this")) {
            return null;
        }
        if (rel != null && rel.equalsIgnoreCase("the") && y == null
                && in.text().regionMatches(true, m.end(), " of", 0, 3)) {
            return null;
        }
        String s = m.group("s").toLowerCase(Locale.ROOT);
        if (s.equals("fall") && rel == null && y == null) {
            return null;
        }
        String code = switch (s) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        int seasonMonth = switch (code) {
            case "SP" -> 4;
            case "SU" -> 7;
            case "FA" -> 10;
            default -> 1;
        };
        String relLower = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> {
            if (y != null) {
                return new Resolution(y + "-" + code, 0.9);
            }
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            if (dct == null) {
                return new Resolution("XXXX-" + code, 0.4);
            }
            int year = dct.getYear();
            int now = dct.getMonthValue();
            if (relLower.equals("last") || relLower.equals("this past")) {
                year = seasonMonth < now - 1 ? year : year - 1;
            } else if (relLower.equals("next") || relLower.equals("coming") || relLower.equals("this coming")) {
                year = seasonMonth > now + 1 ? year : year + 1;
            }
            return new Resolution(year + "-" + code, 0.8);
        });
    }

    private Candidate quarter(Matcher m, Input in) {
        String ord = group(m, "ord");
        String q = group(m, "q");
        int n;
        if (q != null) {
            n = Integer.parseInt(q);
        } else {
            n = switch (ord.toLowerCase(Locale.ROOT).charAt(0)) {
                case 'f' -> ord.toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
                case 's', '2' -> 2;
                case 't', '3' -> 3;
                case '1' -> 1;
                default -> 4;
            };
        }
        String u = group(m, "u");
        boolean half = u != null && (u.equalsIgnoreCase("half") || u.equals("H"));
        String y = group(m, "y") != null ? group(m, "y") : group(m, "y2");
        String ry = group(m, "ry") != null ? group(m, "ry") : group(m, "ry2");
        boolean last = ord != null && ord.equalsIgnoreCase("last");
        boolean plural = u != null && u.equalsIgnoreCase("quarters");
        if (group(m, "two") != null) {
            // "the first two quarters of 1990" is the first half, "the last two quarters" the second
            if (!plural || !(last || n == 1)) {
                return null;
            }
            half = true;
            n = last ? 2 : 1;
        } else if (plural) {
            return null;
        } else if (last) {
            if (!half && y == null && ry == null) {
                return null; // "the last quarter" is the one before the current: a relative quarter
            }
            n = half ? 2 : 4;
        }
        if (half && n > 2) {
            return null;
        }
        if (q == null && y == null && ry == null && PART_OF_SOMETHING.matcher(in.text()).region(m.end(),
                in.text().length()).lookingAt()) {
            return null; // "the last half of the '80s", "the first half of the game": a part of something else
        }
        boolean isHalf = half;
        int number = n;
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            Integer year = y == null ? null : Integer.valueOf(y);
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            if (year == null && ry != null && dct != null) {
                String r = ry.toLowerCase(Locale.ROOT);
                year = dct.getYear() + (r.equals("last") ? -1 : r.equals("next") ? 1 : 0);
            }
            if (year == null && dct != null) {
                year = dct.getYear();
                int startMonth = isHalf ? (number - 1) * 6 + 1 : (number - 1) * 3 + 1;
                if (startMonth > dct.getMonthValue() && self.leaning() != Tense.FUTURE) {
                    year -= 1;
                }
            }
            if (year == null) {
                return new Resolution(isHalf ? "XXXX-H" + number : "XXXX-Q" + number, 0.4);
            }
            if (isHalf) {
                return new Resolution(year + "-H" + number, 0.85);
            }
            ctx.setLastQuarter(LocalDate.of(year, (number - 1) * 3 + 1, 1));
            return new Resolution(year + "-Q" + number, 0.85);
        });
    }

    private static final Pattern PART_OF_SOMETHING = Pattern.compile("\\s+(?i:of)\\s+(?:(?i:the|a|an|its|his|her"
            + "|their|our|this|that)\\b|['’])");

    private Candidate yearQuarter(Matcher m, Input in) {
        int year = Integer.parseInt(m.group("y"));
        return make(m, in, Timex.DATE, null, new Parts(year, null, null, null, false), (ctx, self) -> {
            if (ctx.quarterInFocus()) {
                LocalDate q = ctx.findLastQuarter().get();
                return new Resolution(Granularity.QUARTER.format(q.withYear(year)), 0.7);
            }
            return new Resolution(String.format("%04d", year), 0.6);
        });
    }

    private Candidate relativeQuarter(Matcher m, Input in) {
        String rel = group(m, "rel");
        String the = group(m, "the");
        boolean period = m.group("u").equalsIgnoreCase("period");
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        if (rel == null && the == null) {
            return null;
        }
        if (period && !r.matches("latest|year-ago|year-earlier|year-before|comparable|same|just-ended|just-completed")) {
            return null;
        }
        if (r.equals("fiscal") && the == null) {
            return null;
        }
        // "the quarter ended Sept. 30": the quarter is the one that closes on that day
        Matcher ended = QUARTER_ENDED.matcher(in.text()).region(m.end(), Math.min(in.text().length(), m.end() + 40));
        Integer endMonth = ended.lookingAt() && !r.matches("year-ago|year-earlier|year-before|comparable")
                ? monthOf(ended.group("mo")) : null;
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            LocalDate last = ctx.findLastQuarter().orElse(null);
            if (endMonth != null && dct != null) {
                int year = yearByTense(dct, endMonth, 28, Tense.PAST);
                LocalDate q = TimeContext.quarterStart(LocalDate.of(year, endMonth, 1));
                ctx.setLastQuarter(q);
                return new Resolution(Granularity.QUARTER.format(q), 0.7);
            }
            if (dct == null && last == null) {
                return new Resolution(null, 0.2);
            }
            LocalDate current = dct == null ? last : TimeContext.quarterStart(dct);
            LocalDate base = last != null ? last : current.minusMonths(3);
            LocalDate q = switch (r) {
                case "current" -> current;
                case "next" -> current.plusMonths(3);
                case "last", "previous", "past", "prior" -> last != null ? last.minusMonths(3) : current.minusMonths(3);
                case "year-ago", "year-earlier", "year-before", "comparable" -> base.minusYears(1);
                default -> base;
            };
            if (!r.matches("year-ago|year-earlier|year-before|comparable")) {
                ctx.setLastQuarter(q);
            }
            return new Resolution(Granularity.QUARTER.format(q), 0.6);
        });
    }

    private static final Pattern QUARTER_ENDED = Pattern.compile("\\s+(?i:ended|ending|that ended|which ended"
            + "|through)\\s+(?<mo>" + MONTH + ")");

    private Candidate deictic(Matcher m, Input in) {
        String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.equals("soon") && (previousWord(in.text(), m.start()).equals("as")
                || in.text().regionMatches(true, m.end(), " as", 0, 3))) {
            return null;
        }
        if (w.equals("now") && in.text().startsWith(",", m.end())
                && in.text().substring(in.sentenceStart(), m.start()).replaceAll("[\\s\"“'‘(]", "").isEmpty()) {
            return null; // "Now, he says, …": a turn in the telling, not a time
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
                yield make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> ctx.findDeicticAnchor()
                    .map(d -> new Resolution(String.format("%04d-12-31", d.getYear() - back), 0.7))
                    .orElse(new Resolution("XXXX-12-31", 0.4)));
            }
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

    /** A year before the DCT, or before the quarter under discussion where the sentence talks of quarters. */
    private static Resolution yearsBack(TimeContext ctx, int years) {
        if (ctx.quarterInFocus()) {
            return new Resolution(Granularity.QUARTER.format(ctx.findLastQuarter().get().minusYears(years)), 0.7);
        }
        return ctx.findDeicticAnchor()
                .map(d -> new Resolution(String.format("%04d", d.getYear() - years), 0.8))
                .orElse(new Resolution(null, 0.2));
    }

    private static Resolution fromDct(TimeContext ctx, int days, String suffix) {
        LocalDate dct = ctx.findDeicticAnchor().orElse(null);
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

    private Candidate relativeUnit(Matcher m, Input in) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String u = m.group("u").toLowerCase(Locale.ROOT);
        boolean plural = u.endsWith("s") && !u.equals("days") ? true : u.equals("days");
        String mod = pointMod(m);
        if (plural && (rel.equals("coming") || rel.equals("the coming"))) {
            // "in the coming years": a stretch of unknown length ahead; TimeBank leaves the article out
            String vague = Unit.of(u).duration("X");
            Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(vague, 0.6));
            int at = m.start("rel") + (rel.startsWith("the") ? 4 : 0);
            return new Candidate(at, c.end(), c.type(), c.mod(), c.deadline(), c.parts(), c.leaning(), c.resolver());
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
        if (u.equals("day") && !rel.matches("the (?:next|following|previous|prior|same)|(?:earlier |later )?that")) {
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
                LocalDate dct = ctx.findDeicticAnchor().orElse(null);
                if (dct == null || ctx.dctPrecision() != Granularity.DAY) {
                    return new Resolution(null, 0.2);
                }
                boolean weekendNow = dct.getDayOfWeek().getValue() >= 6;
                LocalDate week = weekendNow || self.leaning() == Tense.FUTURE ? dct : dct.minusWeeks(1);
                return new Resolution(Granularity.WEEK.format(week) + "-WE", 0.6);
            });
        }
        if (unit == Unit.YEAR && rel.matches("the(?: full| fiscal)?") && group(m, "pmod") == null) {
            String after = in.text().substring(m.end(), Math.min(in.text().length(), m.end() + 12));
            if (after.matches("(?s)\\s+(?i:ended|ending|that ended|to)\\b.*")) {
                // "the year ended June 30": a twelve-month stretch named by its end
                return make(m, in, Timex.DURATION, null, Parts.NONE, (ctx, self) -> new Resolution("P1Y", 0.7));
            }
            if (!rel.equals("the") && !prev.equals("throughout") || prev.matches("for|during")) {
                // "sales for the full year", "for the year": the year under report, the DCT's
                return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> ctx.findDeicticAnchor()
                        .map(d -> new Resolution(String.format("%04d", d.getYear()), 0.7))
                        .orElse(new Resolution(null, 0.2)));
            }
        }
        if (rel.equals("the") && group(m, "pmod") == null) {
            if (prev.matches("for|during|over|throughout|all") && unit != Unit.DAY) {
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
            LocalDate anchor = (fromReference ? ctx.findReference() : ctx.findDeicticAnchor()).orElse(null);
            if (anchor == null) {
                return new Resolution(null, 0.2);
            }
            Granularity g = unit.granularity;
            Granularity cap = fromReference ? ctx.referencePrecision() : ctx.dctPrecision();
            if (cap != null && cap.ordinal() < g.ordinal() && fromReference && rel.equals("the")) {
                // "the end of the month" after a story told in years: the month of the telling
                anchor = ctx.findDeicticAnchor().orElse(null);
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

    private Candidate offset(Matcher m, Input in) {
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        if ((dir.equals("before") || dir.equals("after"))) {
            int e = m.end();
            while (e < in.text().length() && in.text().charAt(e) == ' ') {
                e++;
            }
            if (e < in.text().length() && Character.isLetterOrDigit(in.text().charAt(e))) {
                return null;
            }
        }
        String amount = amountOf(m.group("n"));
        Unit unit = Unit.of(m.group("u"));
        boolean fromDct = dir.equals("ago") || dir.equals("from now") || dir.equals("hence") || dir.equals("back");
        int sign = dir.equals("later") || dir.equals("after") || dir.equals("from now") || dir.equals("hence") ? 1 : -1;
        String mod = amountMod(m) != null ? amountMod(m) : group(m, "so") != null ? "APPROX" : null;
        boolean today = group(m, "today") != null;
        if (unit.timePart && !fromDct) {
            // "an hour later": a time of day we cannot place; TimeBank marks the amount as a duration
            String value = unit.duration(amount);
            Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(value, 0.7));
            return new Candidate(c.start(), m.end("u"), c.type(), c.mod(), c.deadline(), c.parts(), c.leaning(),
                    c.resolver());
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
            LocalDate anchor = (fromDct ? ctx.findDeicticAnchor() : ctx.findReference()).orElse(null);
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

    private Candidate nextPartOfDay(Matcher m, Input in) {
        int sign = m.group("dir").equalsIgnoreCase("previous") ? -1 : 1;
        // TimeBank writes "the next morning" as the day it falls on
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findReference().orElse(null);
            if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
                return new Resolution(null, 0.2);
            }
            LocalDate d = ref.plusDays(sign);
            ctx.setReference(d, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(d), 0.6);
        });
    }

    private Candidate dayBefore(Matcher m, Input in) {
        int sign = m.group("dir").equalsIgnoreCase("after") ? 1 : -1;
        int e = m.end();
        while (e < in.text().length() && in.text().charAt(e) == ' ') {
            e++;
        }
        if (e < in.text().length() && Character.isLetterOrDigit(in.text().charAt(e))) {
            return null;
        }
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findReference().orElse(null);
            if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
                return new Resolution(null, 0.2);
            }
            LocalDate d = ref.plusDays(sign);
            ctx.setReference(d, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(d), 0.7);
        });
    }

    private Candidate duration(Matcher m, Input in) {
        String rest = in.text().substring(m.end(), Math.min(in.text().length(), m.end() + 5)).toLowerCase(Locale.ROOT);
        if (rest.startsWith(" old") || rest.startsWith("-old")) {
            return null;
        }
        String n = m.group("n");
        String nl = n.toLowerCase(Locale.ROOT);
        Unit unit = Unit.of(m.group("u"));
        if (m.group().matches("(?i).*\\w-quarters") || (unit == Unit.SECOND && (nl.equals("a") || nl.equals("an")))) {
            return null; // "three-quarters of its food", "a second betrayal"
        }
        String before = previousWord(in.text(), m.start());
        String written = amountOf(n);
        String relWord = group(m, "rel");
        if (unit == Unit.QUARTER && written.equals("2") && relWord != null
                && relWord.toLowerCase(Locale.ROOT).matches("first|last")) {
            return null; // "the first two quarters" is the first half (see quarter)
        }
        // "a minute and a half" is a minute and thirty seconds
        String amount = group(m, "half") != null && written.matches("\\d+") ? written + ".5" : written;
        String mod = amountMod(m);
        if (mod == null && before.equals("about")) {
            mod = "APPROX"; // TimeBank leaves "about" outside the extent, but the mod keeps it
        }
        if (mod == null && group(m, "so") != null) {
            mod = "APPROX";
        }
        if (mod == null && (nl.equals("a couple of") || nl.equals("couple of"))) {
            mod = "APPROX";
        }
        if ((nl.equals("a") || nl.equals("an")) && group(m, "rel") == null && group(m, "amod") == null) {
            String prev = previousWord(in.text(), m.start());
            if (prev.matches("times|twice|once|thrice|million|billion|percent|cents|dollars|[a-z]+s")
                    && !prev.matches("as|was|is|has|does|takes|lasts|needs|gives|always|perhaps|less|unless|thus")
                    || (m.start() > 1 && Character.isDigit(in.text().charAt(m.start() - 2)))) {
                // a rate ("$2 million a year", "four flights a week"): TimeBank marks it in 2 of 12 uses
                return null;
            }
        }
        String value = unit.duration(amount);
        Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(value,
                amount.equals("X") ? 0.6 : 0.85));
        String matched = m.group();
        if (group(m, "rel") == null && group(m, "amod") == null && matched.regionMatches(true, 0, "the ", 0, 4)
                && matched.substring(4).matches("\\S+-\\S+")) {
            // "the 14-day": the article belongs to the noun the duration modifies
            c = new Candidate(c.start() + 4, c.end(), c.type(), c.mod(), c.deadline(), c.parts(), c.leaning(),
                    c.resolver());
        }
        return c;
    }

    private Candidate vagueDuration(Matcher m, Input in) {
        Unit unit = Unit.of(m.group("u"));
        return make(m, in, Timex.DURATION, null, Parts.NONE, (ctx, self) -> new Resolution(unit.duration("X"), 0.6));
    }

    private Candidate setAdverb(Matcher m, Input in) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        if (w.equals("quarterly") || w.equals("annually")) {
            // TimeBank annotates these in a minority of their uses (1 of 11, 2 of 6): mostly a kind of payout or
            // a rate ("its quarterly dividend", "to rise 8.5% annually"), not a recurrence it marks
            return null;
        }
        if (previousWord(in.text(), m.start()).equals("average")) {
            return null; // "average daily volume": a measure, not a recurrence
        }
        String v = switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            case "semiannually" -> "P6M";
            default -> "P1Y";
        };
        return make(m, in, Timex.SET, null, Parts.NONE, (ctx, self) -> new Resolution(v, 0.8));
    }

    private Candidate setEvery(Matcher m, Input in) {
        String wd = group(m, "wd");
        String u = group(m, "u");
        String n = group(m, "n");
        String tod = group(m, "tod");
        String v;
        String mo = group(m, "mo");
        if (wd != null) {
            v = "XXXX-WXX-" + weekdayOf(wd) + (tod == null ? "" : "T" + partOfDayCode(tod));
        } else if (mo != null) {
            v = String.format("XXXX-%02d", monthOf(mo));
        } else if (tod != null) {
            v = "XXXX-XX-XXT" + partOfDayCode(tod);
        } else {
            String amount = n == null ? "1" : n.equalsIgnoreCase("other") ? "2" : amountOf(n);
            v = Unit.of(u).duration(amount);
        }
        return make(m, in, Timex.SET, null, Parts.NONE, (ctx, self) -> new Resolution(v, 0.8));
    }

    private Candidate clock(Matcher m, Input in) {
        int h = Integer.parseInt(m.group("h"));
        String mi = group(m, "mi");
        String ap = group(m, "ap");
        int minute = mi == null ? 0 : Integer.parseInt(mi);
        if (ap != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        } else if (h > 23) {
            return null;
        }
        String hm = String.format("T%02d:%02d", h, minute);
        Integer month = monthOf(group(m, "mo"));
        if (month != null) {
            // "5 p.m. EST Nov. 9": the clock on that day
            Parts parts = new Parts(null, month, Integer.valueOf(m.group("d")), null, false);
            return make(m, in, Timex.TIME, null, parts, (ctx, self) -> {
                Resolution day = resolveCalendar(ctx, self.parts(), self.leaning());
                return day.value() == null || day.value().startsWith("X") ? day
                        : new Resolution(day.value() + hm, day.confidence());
            });
        }
        return clockThen(m, in, hm);
    }

    private Candidate clockWeekday(Matcher m, Input in) {
        String hm;
        if (group(m, "w") != null) {
            hm = m.group("w").equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
        } else {
            int h = Integer.parseInt(m.group("h"));
            if (h < 1 || h > 12) {
                return null;
            }
            int minute = group(m, "mi") == null ? 0 : Integer.parseInt(m.group("mi"));
            h = h % 12 + (m.group("ap").toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            hm = String.format("T%02d:%02d", h, minute);
        }
        int wd = weekdayOf(m.group("wd"));
        return make(m, in, Timex.TIME, null, new Parts(null, null, null, wd, false), onWeekday(wd, hm));
    }

    /** A clock time on the nearest such weekday to the DCT, in the direction the tense points. */
    private static Candidate.Resolver onWeekday(int wd, String hm) {
        return (ctx, self) -> {
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            if (dct == null || ctx.dctPrecision() != Granularity.DAY) {
                return new Resolution("XXXX-WXX-" + wd + hm, 0.4);
            }
            LocalDate date = TimeContext.nearestWeekday(dct, DayOfWeek.of(wd), self.leaning());
            ctx.setReference(date, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(date) + hm, 0.7);
        };
    }

    /**
     * A weekday named right after a clock time: "10 a.m. on Tuesday", "midnight on Sunday", "3:30 a.m. local time
     * Saturday".
     */
    private static final Pattern ON_WEEKDAY_AFTER = Pattern.compile("\\G(?:\\s+(?:[ECMP][SD]T|GMT|UTC))?(?:(?<lt>\\s+(?i:local time))|(?=\\s+(?i:on)\\s)),?"
            + "(?:\\s+(?i:on))?\\s+(?:(?i:this|last|next)\\s+)?(?<wd>" + WEEKDAY + ")(?![\\w-])");

    /**
     * The clock time {@code hm} of a match: on the weekday named after it, if one is, else on the day the text is
     * about. The weekday gets its own TIMEX3; the clock only borrows its date.
     */
    private static Candidate clockThen(Matcher m, Input in, String hm) {
        Matcher on = ON_WEEKDAY_AFTER.matcher(in.text()).region(m.end(), in.sentenceEnd());
        if (on.lookingAt()) {
            int wd = weekdayOf(on.group("wd"));
            return make(m, in, Timex.TIME, null, Parts.NONE, onWeekday(wd, hm));
        }
        return make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> clockOn(ctx, hm));
    }

    private static Resolution clockOn(TimeContext ctx, String hm) {
        LocalDate ref = ctx.findReference().orElse(null);
        if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
            return new Resolution("XXXX-XX-XX" + hm, 0.5);
        }
        return new Resolution(Granularity.DAY.format(ref) + hm, 0.7);
    }

    private Candidate noon(Matcher m, Input in) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        if (previousWord(in.text(), m.start()).equals("high")) {
            return null; // "high noon": a moment of reckoning, not a clock time
        }
        String hm = w.equals("midnight") ? "T24:00" : "T12:00";
        return clockThen(m, in, hm);
    }

    private Candidate partOfDay(Matcher m, Input in) {
        String day = group(m, "d");
        String d = day == null ? "" : day.toLowerCase(Locale.ROOT);
        String tod = m.group("tod");
        if (d.equals("last") && !tod.equalsIgnoreCase("night")) {
            return null;
        }
        int days = d.equals("yesterday") || d.equals("last") ? -1 : d.equals("tomorrow") ? 1 : 0;
        String pm = group(m, "pm");
        String p = pm != null ? pm.toLowerCase(Locale.ROOT) : d;
        String mod = p.startsWith("early") ? "START" : p.startsWith("late") ? "END" : p.equals("mid") ? "MID" : null;
        String code = partOfDayCode(tod);
        if (day == null) {
            // no day named: the part of the day on the day the text is about
            return make(m, in, Timex.TIME, mod, Parts.NONE, (ctx, self) -> {
                LocalDate ref = ctx.findReference().orElse(null);
                if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
                    return new Resolution("XXXX-XX-XXT" + code, 0.4);
                }
                return new Resolution(Granularity.DAY.format(ref) + "T" + code, 0.6);
            });
        }
        return make(m, in, Timex.TIME, mod, Parts.NONE, (ctx, self) -> fromDct(ctx, days, code));
    }

    private Candidate clockPartOfDay(Matcher m, Input in) {
        String hw = m.group("h");
        int h = Character.isDigit(hw.charAt(0)) ? Integer.parseInt(hw) : NUMBERS.get(hw.toLowerCase(Locale.ROOT));
        if (h < 1 || h > 12) {
            return null;
        }
        String tod = m.group("tod").toLowerCase(Locale.ROOT);
        boolean pm = switch (tod) {
            case "morning" -> false;
            case "afternoon", "evening" -> true;
            default -> h >= 6 && h != 12; // "ten at night" is 22:00, "two at night" 02:00
        };
        h = h % 12 + (pm ? 12 : 0);
        String mi = group(m, "mi");
        String hm = String.format("T%02d:%02d", h, mi == null ? 0 : Integer.parseInt(mi));
        return make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> clockOn(ctx, hm));
    }

    private Candidate holiday(Matcher m, Input in) {
        String h = m.group("h");
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDeicticAnchor().orElse(null);
            int year = dct == null ? -1 : dct.getYear();
            String md;
            if (h.startsWith("Christmas Eve")) {
                md = "12-24";
            } else if (h.startsWith("Christmas")) {
                md = "12-25";
            } else if (h.endsWith("Eve")) {
                md = "12-31";
            } else if (h.startsWith("New Year")) {
                md = "01-01";
            } else if (h.startsWith("Independence")) {
                md = "07-04";
            } else if (h.startsWith("Halloween")) {
                md = "10-31";
            } else if (h.startsWith("Valentine")) {
                md = "02-14";
            } else if (year > 0 && (h.endsWith("week") || h.endsWith("Week"))) {
                // Holy Week ends on Easter Sunday: the ISO week (Monday to Sunday) that holds it
                LocalDate d = easterSunday(year);
                int y = yearByTense(dct, d.getMonthValue(), d.getDayOfMonth(), self.leaning());
                return new Resolution(Granularity.WEEK.format(easterSunday(y)), 0.7);
            } else if (year > 0) {
                LocalDate d = floatingHoliday(h, year);
                int y = yearByTense(dct, d.getMonthValue(), d.getDayOfMonth(), self.leaning());
                return new Resolution(Granularity.DAY.format(floatingHoliday(h, y)), 0.7);
            } else {
                return new Resolution(null, 0.2);
            }
            if (year > 0) {
                year = yearByTense(dct, Integer.parseInt(md.substring(0, 2)), Integer.parseInt(md.substring(3)),
                        self.leaning());
            }
            return new Resolution((year > 0 ? String.format("%04d", year) : "XXXX") + "-" + md, year > 0 ? 0.7 : 0.4);
        });
    }

    private Candidate dayOfMonth(Matcher m, Input in) {
        int day = Integer.parseInt(m.group("d"));
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findReference().orElse(null);
            Granularity p = ctx.referencePrecision();
            LocalDate dct = ctx.dctPrecision() == Granularity.DAY ? ctx.findDeicticAnchor().orElse(null) : null;
            LocalDate month;
            if (ref != null && (p == Granularity.DAY || p == Granularity.MONTH)) {
                month = ref.withDayOfMonth(1); // "on March 3 ... on the 9th"
            } else if (dct != null) {
                month = dct.withDayOfMonth(1);
            } else {
                return new Resolution(String.format("XXXX-XX-%02d", day), 0.3);
            }
            if (dct != null && month.equals(dct.withDayOfMonth(1))) {
                // in the month of the telling, a day after today told in the past lies in the month before, and a
                // day before today told ahead in the month after
                if (self.leaning() == Tense.PAST && day > dct.getDayOfMonth()) {
                    month = month.minusMonths(1);
                } else if (self.leaning() == Tense.FUTURE && day < dct.getDayOfMonth()) {
                    month = month.plusMonths(1);
                }
            }
            if (!isValidDate(month.getYear(), month.getMonthValue(), day)) {
                return new Resolution(null, 0.1);
            }
            LocalDate date = month.withDayOfMonth(day);
            ctx.setReference(date, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(date), 0.6);
        });
    }

    private Candidate overnight(Matcher m, Input in) {
        return make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findReference().orElse(null);
            if (ref == null || ctx.referencePrecision() != Granularity.DAY) {
                return new Resolution("XXXX-XX-XXTNI", 0.4);
            }
            return new Resolution(Granularity.DAY.format(ref) + "TNI", 0.6);
        });
    }

    private Candidate shortYearRange(Matcher m, Input in) {
        int first = Integer.parseInt(in.text().substring(m.start() - 5, m.start() - 1));
        int year = first - first % 100 + Integer.parseInt(m.group("yy"));
        if (year <= first || year > first + 10) {
            return null; // "1990-91" ends after it starts; "2015-04" is a month, "1989-12" a code
        }
        return make(m, in, Timex.DATE, null, new Parts(year, null, null, null, false),
                (ctx, self) -> new Resolution(String.format("%04d", year), 0.7));
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int n = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * n + 114) / 31;
        int day = (h + l - 7 * n + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate floatingHoliday(String h, int year) {
        if (h.startsWith("Easter Monday")) {
            return easterSunday(year).plusDays(1);
        }
        if (h.startsWith("Easter")) {
            return easterSunday(year);
        }
        if (h.startsWith("Good Friday")) {
            return easterSunday(year).minusDays(2);
        }
        if (h.startsWith("Thanksgiving")) {
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (h.startsWith("Labor")) {
            return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** The quarter of a date, 1 to 4. */
    static int quarterOf(LocalDate d) {
        return d.get(IsoFields.QUARTER_OF_YEAR);
    }
}
