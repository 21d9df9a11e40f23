package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.TimexWords.AMOD;
import static org.sitrep.annotate.time.TimexWords.AMPM;
import static org.sitrep.annotate.time.TimexWords.MODP;
import static org.sitrep.annotate.time.TimexWords.MONTH;
import static org.sitrep.annotate.time.TimexWords.NUM;
import static org.sitrep.annotate.time.TimexWords.UNIT;
import static org.sitrep.annotate.time.TimexWords.WEEKDAY;
import static org.sitrep.annotate.time.TimexWords.YEAR_AGO;
import static org.sitrep.annotate.time.TimexWords.ZONE;
import static org.sitrep.annotate.time.TimexWords.amountOf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.annotate.time.TimexWords.Unit;
import org.sitrep.doc.Timex;

/**
 * The grammar of English temporal expressions: the table of rules that combine the words of {@link TimexWords} into
 * dates, times, durations and sets, and the recognizer that runs them over a sentence. Each rule has a builder that
 * turns its match into a {@link Candidate} whose resolver normalizes it against the anchors of a
 * {@link TimeContext}; the builders live by family in {@link DateRules}, {@link PeriodRules}, {@link RelativeRules},
 * {@link ClockRules} and {@link DurationRules}, and the tense they lean to comes from {@link TenseCues}. The rules
 * are organized after HeidelTime's resources: one rule per expression shape.
 *
 * <p>Where rules overlap, the longest match wins, then the earlier rule.
 *
 * <p>Thread safety: immutable after construction; patterns are compiled once and each call makes its own matchers.
 *
 * <p>Failure: never throws on text; impossible dates ("February 30") come out with a null value and low confidence.
 */
final class TimexGrammar {

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

    private final List<Rule> rules = new ArrayList<>();

    TimexGrammar() {
        // Month day(, year), optionally after a weekday: "Thursday, November 7", "Nov. 7, 2024".
        rule("month-day-year", MONTH_WORDS, "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|this past|this coming))\\s+)?(?:(?<wd>"
                + WEEKDAY + "),?\\s+)?(?<mo>" + MONTH
                + ")\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.:]\\d|\\d)(?:(?:,\\s*|\\s+)(?<y>\\d{4})(?![\\d,.]\\d|\\d))?",
                (m, in) -> DateRules.calendarDate(m, in, group(m, "y"), m.group("mo"), m.group("d"), group(m, "wd")));
        // Month with a relative year: "January this year", "June last year".
        rule("month-relative-year", MONTH_WORDS, "\\b" + MODP + "(?<mo>" + MONTH + ")(?:\\s+(?<d>\\d{1,2})(?!\\d))?,?\\s+(?<ry>(?i:this|last|next))"
                + "\\s+(?i:year)\\b", DateRules::monthRelativeYear);
        // Day month (year): "7 November 2024", "the 7th of November".
        rule("day-month-year", MONTH_WORDS, "(?<![\\w$€£.,])(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:(?i:the)\\s+)?(?<d>\\d{1,2})"
                + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mo>" + MONTH + ")(?:,?\\s+(?<y>\\d{4})(?![\\d,.]\\d|\\d))?",
                (m, in) -> DateRules.calendarDate(m, in, group(m, "y"), m.group("mo"), m.group("d"), group(m, "wd")));
        // Month year: "September 2024", "early September 2024".
        rule("month-year", MONTH_WORDS, "\\b" + MODP + "(?<mo>" + MONTH + "),?\\s+(?:of\\s+)?(?<y>\\d{4})(?![\\d,.]\\d|\\d)",
                (m, in) -> DateRules.calendarDate(m, in, m.group("y"), m.group("mo"), null, null));
        // Month alone: "January", "last March", "mid-November".
        rule("month", MONTH_WORDS, "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|coming|this past|this coming))\\s+)?(?<mo>"
                + MONTH + ")", DateRules::monthAlone);
        // ISO and numeric dates.
        rule("iso-date", "-", "(?<![\\d-])(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?![\\d-])",
                (m, in) -> DateRules.numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "07.11.2024": day, month, year with dots, as most of Europe writes them
        rule("dotted-date", DIGIT, "(?<![\\d.,])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4})(?!\\d|\\.\\d)",
                (m, in) -> DateRules.numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "2024/11/07": year first, as East Asian and many African outlets write it, is never ambiguous
        rule("slashed-iso-date", "/", "(?<![\\d/.,])(?<y>\\d{4})/(?<mo>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])",
                (m, in) -> DateRules.numericDate(m, in, m.group("y"), m.group("mo"), m.group("d")));
        // "11-07-2024": day-month or month-day by writer; resolved only when one field cannot be a month
        rule("dashed-date", "-", "(?<![\\d/.,-])(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4})(?![\\d-])", DateRules::dashedDate);
        // "11/07/2024": month first in US copy, day first where the page's language says another country
        rule("slash-numeric-date", "/", "(?<![\\d/.,])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])",
                DateRules::slashDate);
        // A year: "2024", "mid-2025", "fiscal 1989", "the end of 1990".
        rule("year", DIGIT, "\\b(?:(?i:the year)\\s+)?" + MODP + "(?:(?<fy>(?i:fiscal|calendar)\\s+|FY\\s*|FY-)|(?<![\\w$€£#.,/]))(?<y>1[6-9]\\d\\d|20\\d\\d)"
                + "(?!\\w|%|[.,]\\d|-\\d{1,2}-\\d|\\s*(?i:gmt|utc|hrs|percent|per cent|people|persons|troops|officers|soldiers|shares|tons"
                + "|miles|feet|meters|km|dollars|yen|euros|employees|workers|members|votes|students|acres|jobs|cases"
                + "|men|women|children|units|vehicles|homes|houses|cars|points)\\b)", DateRules::year);
        // Decades: "the 1990s", "the '90s", "the early 1980s".
        rule("decade", "s", "\\b(?:(?i:the)\\s+)?" + MODP + "(?<dec>1[6-9]\\d|20\\d)0'?s\\b", DateRules::decade);
        // Decades in words: "the nineties", "the early eighties".
        rule("decade-words", "twenties thirties forties fifties sixties seventies eighties nineties",
                "\\b(?i:the)\\s+" + MODP + "(?<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                + "|nineties))(?![\\w-])", DateRules::decade);
        rule("decade-short", APOSTROPHE, "(?<!\\w)(?:(?i:the)\\s+)?" + MODP + "'(?<dd>\\d)0s\\b", DateRules::decade);
        // Years in words, as broadcast transcripts write them: "nineteen ninety-seven", "the year two thousand",
        // "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        rule("spelled-year", "nineteen eighteen seventeen thousand", "\\b(?:(?<the>(?i:the year))\\s+|(?<mo>" + MONTH
                + ")\\s+|(?i:the\\s+)?(?<s>(?i:spring|summer|fall|autumn|winter))\\s+(?i:of)\\s+)?(?<sy>" + DateRules.SPELLED_YEAR
                + ")(?![\\w-])", DateRules::spelledYear);
        // Two-digit years: "'98".
        rule("two-digit-year", APOSTROPHE, "(?<![\\w'’])['’](?<yy>\\d{2})(?![\\w'’]|,\\d)", DateRules::twoDigitYear);
        // Centuries: "the 20th century".
        rule("century", "century", "\\b(?:(?i:the)\\s+)?" + MODP + "(?<c>\\d{1,2})(?:st|nd|rd|th)[\\s-]+(?i:century)\\b",
                DateRules::century);
        // Weekdays: "Thursday", "last Friday", "Wednesday night".
        // "early Tuesday", "late Monday": the start or end of the day, where no part of the day is named
        rule("weekday", WEEKDAY_WORDS, "\\b(?:(?<pmod>(?i:early|late))\\s+(?=(?:" + WEEKDAY + ")(?![\\w-])(?!\\s+(?i:morning"
                + "|afternoon|evening|night))))?(?:(?<rel>(?i:last|next|this|coming|this past"
                + "|this coming|the previous|the following|the next))\\s+)?(?<wd>" + WEEKDAY
                + ")(?:\\s+(?<tod>(?i:morning|afternoon|evening|night)))?(?![\\w-])", RelativeRules::weekday);
        // Seasons: "last fall", "summer 2024".
        rule("season", "spring summer fall autumn winter", "\\b" + MODP + "(?:(?<rel>(?i:last|next|this|the|coming|this past|this coming))\\s+)?"
                + "(?<s>(?i:spring|summer|fall|autumn|winter))(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?(?![\\w-])", PeriodRules::season);
        // Quarters and halves: "the third quarter", "third-quarter", "1989's first half", "Q3 2024".
        rule("quarter", "quarter quarters half", "\\b(?:(?i:the)\\s+)?(?:(?<y>\\d{4})(?:'s)?\\s+|(?<ry>(?i:this|last|next)) year's\\s+"
                + "|(?:(?i:comparable|corresponding)\\s+)?(?<ry3>(?i:" + YEAR_AGO + "|prior-year))\\s+)?"
                + "(?<ord>(?i:first|second|third|fourth|last|1st|2nd|3rd|4th))[\\s-]+(?:(?<two>(?i:two))[\\s-]+)?"
                + "(?:(?i:fiscal|calendar)[\\s-]+)?(?<u>(?i:quarters?|half))(?!\\w)(?:\\s+(?i:of)\\s+(?:(?:(?i:fiscal)\\s+)?(?<y2>\\d{4})"
                + "|(?<ry2>(?i:this|last|next|the)) (?i:year)))?", PeriodRules::quarter);
        // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year
        rule("year-quarter", "quarter period", "\\b(?i:the)\\s+(?<y>1[6-9]\\d\\d|20\\d\\d)\\s+(?i:quarter|period)(?![\\w-])",
                PeriodRules::yearQuarter);
        rule("q-quarter", "q", "\\bQ(?<q>[1-4])(?:\\s+(?<y>\\d{4}))?\\b", PeriodRules::quarter);
        rule("h-half", "h", "\\b(?<u>H)(?<q>[12])(?:\\s+(?<y>\\d{4}))?\\b", PeriodRules::quarter);
        rule("relative-quarter", "quarter period", "\\b(?<the>(?i:the)\\s+)?(?:(?<rel>(?i:latest|last|current|this|next|previous|past|prior"
                + "|" + YEAR_AGO + "|same|comparable|recent|most recent|just-ended|just-completed"
                + "|fiscal))[\\s-]+)?(?<u>(?i:quarter|period))(?![\\w-])", PeriodRules::relativeQuarter);
        // Words that point at the present, the past or the future, or at a day from the DCT.
        rule("deictic", "today yesterday tomorrow tonight now currently nowadays presently present right these current recently lately past soon future end ago earlier term date", "\\b(?<w>(?i:today|yesterday|tomorrow|tonight|now|currently|nowadays|presently|at present"
                + "|the (?:near|short|long) term"
                + "|right now|these days|then[\\s-]current|current|recent|recently|lately|the past|the (?:near |distant "
                + "|immediate )?future(?! of\\b)|(?<=\\b(?i:in) )future|year-end|year end|year['’]s end|year-ago|year-earlier|the present"
                + "|a (?:later|future) date))(?![\\w-])", RelativeRules::deictic);
        // Relative to a unit: "last year", "next month", "earlier this week", "the same year", "recent years".
        rule("relative-unit", UNIT_WORDS, "\\b" + MODP + "(?<rel>(?i:last|this|next|coming|past|previous|following"
                + "|earlier this|later this|early this|early next|early last|late this|late next|late last|this past"
                + "|this coming|recent|the past|the coming|the previous|the following|the next|the last|the current"
                + "|the same|earlier that|later that|that|the prior|the full|the fiscal|the))\\s+(?<u>(?i:day|week|weekend|month|year|decade|century|years|months"
                + "|weeks|decades|days))(?![\\w-])", RelativeRules::relativeUnit);
        // Offsets: "two days later", "a year ago", "three months earlier".
        rule("offset", UNIT_WORDS + " | ago earlier later before after now hence back previously", "\\b" + AMOD + "(?<n>" + NUM + ")[\\s-]+(?<u>" + UNIT + ")(?<so>\\s+(?i:or so))?\\s+(?<dir>(?i:ago|earlier|later"
                + "|before|after|from now|hence|back|previously))(?![\\w-])(?:(?<=(?i:ago))\\s+(?<today>(?i:today)))?", RelativeRules::offset);
        rule("units-ahead", "ahead", "\\b(?i:the)\\s+(?<u>(?i:years|months|weeks|days))\\s+(?i:ahead)\\b",
                DurationRules::vagueDuration);
        // "the next morning": a part of the day after the reference
        rule("next-part-of-day", "morning afternoon evening night day", "\\b(?i:the\\s+(?<dir>next|following|previous))"
                + "\\s+(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", RelativeRules::nextPartOfDay);
        rule("day-before", "day", "\\b(?i:the day (?<dir>before|after))(?![\\w-])", RelativeRules::dayBefore);
        // Durations: "an additional year", "the past three years", "two-year", "the first nine months".
        rule("duration", UNIT_WORDS, "\\b" + AMOD + "(?:(?i:the)\\s+)?(?:(?<rel>(?i:past|last|next|coming|previous|first|final"
                + "|following|initial|remaining|latest|other|better part of the|full))\\s+)?(?<n>" + NUM
                + ")(?:[\\s-]+(?i:additional|more|full|straight|consecutive|extra|further|trading|business|working"
                + "|calendar|long))?[\\s-]+(?<u>" + UNIT + ")(?:-(?i:long))?(?<half>\\s+(?i:and a half))?(?<so>\\s+(?i:or so))?(?![\\w-])",
                DurationRules::duration);
        rule("vague-duration", "years months weeks days decades hours minutes | for within over recent take took takes taking", "(?<=\\b(?i:for|within|over|in recent|take|took|takes|taking) )(?<u>(?i:years|months"
                + "|weeks|days|decades|hours|minutes))(?![\\w-])", DurationRules::vagueDuration);
        // "weeklong", "year-long", "decades-long": a unit made an adjective of how long something lasts
        rule("long-compound", "long daylong weeklong monthlong yearlong", "(?<![\\w-])(?<u>(?i:hour|day|week|month|year|decade"
                + "|century|hours|days|weeks|months|years|decades|centuries))-?(?i:long)(?![\\w-])", DurationRules::longCompound);
        // Sets: "daily", "every Monday", "each year", "$5 a year".
        rule("set-adverb", "daily weekly monthly annually yearly quarterly hourly nightly semiannually biweekly", "\\b(?<w>(?i:daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly"
                + "|semiannually|biweekly))\\b", DurationRules::setAdverb);
        rule("set-every", "every each per", "\\b(?i:every|each|per)\\s+(?:(?<n>" + NUM + "|(?i:other))\\s+)?(?:(?<u>" + UNIT
                + ")|(?<wd>" + WEEKDAY + ")|(?<mo>" + MONTH + ")|(?<tod>(?i:morning|afternoon|evening|night)))(?![\\w-])",
                DurationRules::setEvery);
        // "on Tuesdays", "Tuesday nights": a weekday in the plural recurs
        rule("set-weekdays", WEEKDAY_WORDS + " mondays tuesdays wednesdays thursdays fridays saturdays sundays",
                "\\b(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:s|\\s+(?<tod>(?i:morning|afternoon|evening|night))s)"
                + "(?![\\w'’-])", DurationRules::setEvery);
        // Rates ("$5 a year") are left out: TimeBank marks them in a minority of uses (see duration).
        // Times: "10:35 a.m.", "3 p.m. EST", "noon", "this morning", "last night".
        rule("clock", "m am pm", "(?<![\\d:.,])(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>" + AMPM + ")"
                + "(?!\\w)(?:\\s+(?<tz>" + ZONE + "))?(?:,?\\s+(?<mo>" + MONTH + ")\\s*(?<d>\\d{1,2})(?![\\d,.:]\\d|\\d))?",
                ClockRules::clock);
        rule("clock24", ":", "(?<=\\b(?i:at|by|until|before|after|around|from|to) )(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)"
                + "(?![\\d:])(?:\\s+(?<tz>" + ZONE + "))?", ClockRules::clock);
        // "at 1900 GMT": a 24-hour clock written without a colon, as wire copy gives GMT; in brackets after
        // a local time ("3pm (1900 GMT)") it restates that time and is left to it
        rule("clock-hhmm", "gmt utc", "(?<![\\w.,:$(])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:GMT|UTC)\\b",
                ClockRules::clock);
        rule("clock-weekday", "m am pm noon midnight", "(?<![\\d:.,])(?:(?<h>\\d{1,2})(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>"
                + AMPM + ")|(?<w>(?i:noon|midnight)))(?:\\s+(?<tz>" + ZONE + "))?,?\\s+(?:(?i:this|last|next)\\s+)?"
                + "(?<wd>" + WEEKDAY + ")(?![\\w-])", ClockRules::clockWeekday);
        rule("noon", "noon midnight midday", "\\b(?<w>(?i:noon|midnight|midday))\\b", ClockRules::noon);
        // "mid-afternoon yesterday", "late morning today": the part of the day named before the day
        rule("part-of-day-after", "morning afternoon evening night", "\\b(?:(?<pm>(?i:early|late|mid))[\\s-]*)?"
                + "(?<tod>(?i:morning|afternoon|evening|night))\\s+(?<d>(?i:yesterday|today|tomorrow))(?![\\w-])",
                ClockRules::partOfDay);
        // "by mid-afternoon", "in late morning": a part of the day with a mod lies on the day the text is about
        rule("part-of-day-mod", "morning afternoon evening", "\\b(?<pm>(?i:early|late|mid))[\\s-]*"
                + "(?<tod>(?i:morning|afternoon|evening))(?![\\w-])", ClockRules::partOfDay);
        // "4 in the morning", "nine o'clock at night": a clock hour the part of the day makes a.m. or p.m.
        rule("clock-part-of-day", "morning afternoon evening night", "(?<![\\d:.,$])(?<h>\\d{1,2}|(?i:one|two|three"
                + "|four|five|six|seven|eight|nine|ten|eleven|twelve))(?::(?<mi>[0-5]\\d))?(?:\\s+(?i:o'clock|o’clock))?"
                + "\\s+(?i:in the|at)\\s+(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", ClockRules::clockPartOfDay);
        rule("part-of-day", "morning afternoon evening night", "\\b(?<d>(?i:yesterday|today|tomorrow|this|last|early this|late this|later this))\\s+"
                + "(?<tod>(?i:morning|afternoon|evening|night))(?![\\w-])", ClockRules::partOfDay);
        // Holidays with a fixed or computable date.
        rule("holiday", "christmas new thanksgiving independence halloween labor memorial valentine easter good holy election", "\\b(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?"
                + "|Independence Day|Halloween|Labor Day|Memorial Day|Election Day|Valentine's Day|Good Friday|Easter(?: Sunday| Monday| week)?|Holy Week)"
                + "(?![\\w-])(?!\\s+(?:Island|Rising|Offensive|egg|eggs|bunny|Seals?|Parade)\\b)", PeriodRules::holiday);
        // "on the 7th", "by the 21st.": a day of the month the text is about, where no noun follows
        rule("day-of-month", "th st nd rd", "(?<=\\b(?i:on|by|until|till|since|before|after|from|to) )(?i:the)\\s+"
                + "(?<d>[1-9]|[12]\\d|3[01])(?i:st|nd|rd|th)(?=\\s*(?:[.,;:!?)]|$))", DateRules::dayOfMonth);
        // "overnight": the night before the day the text is about (TimeBank: the night, as a TIME)
        rule("overnight", "overnight", "(?<![\\w-])(?i:overnight)(?=\\s*(?:[.,;:!?)]|$|(?i:on|in|into|to|and|as|when|from|after|before"
                + "|while|at|near|outside|inside)\\b))", ClockRules::overnight);
        // "2012-13", "1998-99": a range of years whose second year keeps only its last two digits
        rule("short-year-range", "-", "(?<=\\b(?:1[6-9]|20)\\d\\d[-–])(?<yy>\\d\\d)(?![\\w%-]|[.,]\\d)", DateRules::shortYearRange);
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
        return withClocksOnDates(text, withCoordinatedDays(text, end, shiftedByOffsets(text, start, chosen)));
    }

    /** What stands between a clock time and a date it is on: "midnight on October 2", "9am local time on 12 May". */
    private static final Pattern CLOCK_ON_DATE = Pattern.compile(ClockRules.BETWEEN + "\\s+(?i:on)\\s+");

    /**
     * Gives a clock time followed by "on" and a date ("midnight on October 2") the day of that date: the date keeps
     * its own TIMEX3, and the clock takes the day the date's own parts resolve to.
     */
    private static List<Candidate> withClocksOnDates(String text, List<Candidate> chosen) {
        List<Candidate> out = chosen;
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate clock = out.get(i);
            Candidate date = out.get(i + 1);
            Parts day = date.parts();
            if (!clock.type().equals(Timex.TIME) || !date.type().equals(Timex.DATE) || day.month() == null
                    || day.day() == null || !CLOCK_ON_DATE.matcher(text).region(clock.end(), date.start()).matches()) {
                continue;
            }
            Candidate.Resolver inner = clock.resolver();
            Candidate onDate = new Candidate(clock.start(), clock.end(), clock.type(), clock.mod(), clock.deadline(),
                    clock.parts(), clock.leaning(), (ctx, self) -> {
                        Resolution time = inner.resolve(ctx, self);
                        int t = time.value() == null ? -1 : time.value().indexOf('T');
                        if (t < 0) {
                            return time;
                        }
                        Resolution d = DateRules.resolveCalendar(ctx, day, date.leaning());
                        return d.value() == null ? new Resolution(null, d.confidence())
                                : new Resolution(d.value() + time.value().substring(t),
                                        Math.min(time.confidence(), d.confidence()));
                    });
            out = new ArrayList<>(out);
            out.set(i, onDate);
        }
        return out;
    }

    /**
     * "April 24 and 25", "on March 3 or 4": a day number joined to a date written with its month, where the phrase
     * ends or a place follows ("and 25 in Nairobi"); not a count ("10 on March 3 and 25 on March 5").
     */
    private static final Pattern COORDINATED_DAY = Pattern.compile("\\s+(?:and|or|to|through|until|till)\\s+"
            + "(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?=\\s*(?:[,.;:)]|$)|\\s+(?:in|at)\\s+\\p{Lu}\\p{Ll}"
            + "|\\s+respectively\\b)");

    /**
     * Adds the day numbers joined to a month-and-day date ("April 24 and 25"): each is a day of the same month, and
     * of the year the first date resolves to. Numbers followed by a noun ("March 3 and 25 people") are left alone.
     */
    private static List<Candidate> withCoordinatedDays(String text, int sentenceEnd, List<Candidate> chosen) {
        List<Candidate> out = chosen;
        for (Candidate c : chosen) {
            if (!c.type().equals(Timex.DATE) || c.parts().month() == null || c.parts().day() == null
                    || !Character.isLetterOrDigit(text.charAt(c.end() - 1))) {
                continue;
            }
            Matcher m = COORDINATED_DAY.matcher(text).region(c.end(), sentenceEnd);
            if (!m.lookingAt() || c.parts().day() >= Integer.parseInt(m.group("d"))) {
                continue;
            }
            int day = Integer.parseInt(m.group("d"));
            int month = c.parts().month();
            int firstDay = c.parts().day();
            // the first date, once resolved, is the day reference: the joined day is in its month and year
            Candidate joined = new Candidate(m.start("d"), m.end(), Timex.DATE, null, false, Parts.NONE, c.leaning(),
                    (ctx, self) -> ctx.findDayReference()
                            .filter(d -> d.getMonthValue() == month && d.getDayOfMonth() == firstDay
                                    && day <= d.lengthOfMonth())
                            .map(d -> new Resolution(Granularity.DAY.format(d.withDayOfMonth(day)), 0.7))
                            .orElse(new Resolution(null, 0.2)));
            boolean free = out.stream().noneMatch(o -> o.overlaps(joined));
            if (free) {
                out = new ArrayList<>(out);
                out.add(joined);
                out.sort(org.sitrep.doc.Span.ORDER);
            }
        }
        return out;
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
            if (!TimexWords.DIGITS.matcher(amount).matches()) {
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
}
