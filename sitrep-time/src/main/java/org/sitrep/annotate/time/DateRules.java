package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.RuleMatches.make;
import static org.sitrep.annotate.time.RuleMatches.pointMod;
import static org.sitrep.annotate.time.RuleMatches.previousWord;
import static org.sitrep.annotate.time.TimexWords.NUMBERS;
import static org.sitrep.annotate.time.TimexWords.directionOf;
import static org.sitrep.annotate.time.TimexWords.monthOf;
import static org.sitrep.annotate.time.TimexWords.weekdayOf;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Timex;

/**
 * The rules' builders for dates written on the calendar: month, day and year in words ("Nov. 7, 2024", "the 7th of
 * November", "January this year"), numeric dates (ISO, dotted, slashed, dashed), years (also said in words or with
 * two digits), decades, centuries, ranges of years, and a bare day of the month ("on the 9th"). Each builder takes a
 * match of its rule in {@link TimexGrammar} and gives a {@link Candidate} whose resolver normalizes it against the
 * anchors of a {@link TimeContext}; {@link #resolveCalendar} and {@link #yearByTense} also serve the other families.
 *
 * <p>Thread safety: stateless; each resolver writes only to the {@link TimeContext} it is handed.
 *
 * <p>Failure: a builder returns null to reject a match that is no date ("May" as a verb, "two thousand years");
 * an impossible date ("February 30") resolves to a null value with low confidence; a number too large to parse
 * throws {@link NumberFormatException}, which {@link TimexGrammar#recognize} turns into no candidate.
 */
final class DateRules {

    private DateRules() {
    }

    /** Whether year {@code y}, month {@code mo} and day {@code d} make a date of the Gregorian calendar. */
    static boolean isValidDate(int y, int mo, int d) {
        if (mo < 1 || mo > 12 || d < 1) {
            return false;
        }
        return d <= Month.of(mo).length(java.time.Year.isLeap(y));
    }

    /** Words before a bare "May" or "March" that make it a month, not a verb. */
    private static final Set<String> MONTH_CUES = Set.of("in", "by", "until", "till", "since", "from", "to", "through",
            "during", "of", "before", "after", "early", "late", "mid", "end", "beginning", "and", "or", "last", "next",
            "this", "between");
    /** Words before a dotted abbreviation ("Dec.") that make it a month. */
    private static final Set<String> ABBREVIATED_MONTH_CUES = Set.of("in", "by", "until", "since", "from", "to",
            "through", "during", "of");
    /** Words before a number that make it a year. */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "from", "to", "through",
            "during", "of", "before", "after", "early", "late", "mid", "year", "and", "or", "for", "the", "end",
            "between", "on", "at", "as", "than", "that", "about", "around", "circa", "c", "ca", "spring", "summer",
            "fall", "autumn", "winter");

    // A date written with month and day, maybe a year and a weekday.
    static Candidate calendarDate(Matcher m, Input in, String y, String mo, String d, String wd) {
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
        int direction = directionOf(group(m, "rel"));
        Tense forced = direction < 0 ? Tense.PAST : direction > 0 ? Tense.FUTURE : null;
        return make(m, in, Timex.DATE, mod, parts, (ctx, self) -> resolveCalendar(ctx, self.parts(),
                forced != null ? forced : self.leaning()));
    }

    static Candidate numericDate(Matcher m, Input in, String y, String mo, String d) {
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

    static Candidate slashDate(Matcher m, Input in) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean dayFirst = a > 12 || b <= 12 && in.dayFirst();
        return dayFirst ? numericDate(m, in, m.group("y"), m.group("b"), m.group("a"))
                : numericDate(m, in, m.group("y"), m.group("a"), m.group("b"));
    }

    static Candidate dashedDate(Matcher m, Input in) {
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

    /** The year a two-digit year stands for: the one of its century nearest the DCT, at most ten years ahead. */
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

    static Candidate monthRelativeYear(Matcher m, Input in) {
        Integer month = monthOf(m.group("mo"));
        String d = group(m, "d");
        Integer day = d == null ? null : Integer.valueOf(d);
        String ry = m.group("ry").toLowerCase(Locale.ROOT);
        int shift = ry.equals("last") ? -1 : ry.equals("next") ? 1 : 0;
        return make(m, in, Timex.DATE, pointMod(m), Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDct().orElse(null);
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

    static Candidate monthAlone(Matcher m, Input in) {
        Integer month = monthOf(m.group("mo"));
        String rel = group(m, "rel");
        String mod = pointMod(m);
        String word = m.group("mo");
        if ((month == 5 || month == 3) && rel == null && mod == null) {
            String prev = previousWord(in.text(), m.start("mo"));
            if (!MONTH_CUES.contains(prev) && !(month == 3 && isMonthBeforeNoun(in.text(), prev, m.end("mo")))) {
                return null;
            }
        }
        if (word.endsWith(".") && word.length() <= 5 && rel == null && mod == null
                && !ABBREVIATED_MONTH_CUES.contains(previousWord(in.text(), m.start("mo")))) {
            return null;
        }
        if (rel == null && mod == null && word.length() <= 4 && !word.endsWith(".")
                && !word.equals("May") && !word.equals("June") && !word.equals("July")) {
            return null; // "Jan Kavan": an undotted abbreviation alone is a name more often than a month
        }
        int direction = directionOf(rel);
        Parts parts = new Parts(null, month, null, null, false);
        return make(m, in, Timex.DATE, mod, parts, (ctx, self) -> {
            LocalDate anchor = ctx.findCalendarAnchor(self.leaning()).orElse(null);
            if (anchor == null) {
                return new Resolution(String.format("XXXX-%02d", month), 0.4);
            }
            int year;
            if (direction == 0) {
                // "this March" is the anchor's; a bare "March" the one the tense points to
                year = rel == null ? yearByTense(anchor, month, 1, self.leaning()) : anchor.getYear();
            } else if (direction < 0) {
                year = month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
            } else {
                year = month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
            }
            // "In March, ... The following month": a named month is the reference for what follows
            ctx.setReference(LocalDate.of(year, month, 1), Granularity.MONTH);
            return new Resolution(Granularity.MONTH.format(LocalDate.of(year, month, 1)), 0.8);
        });
    }

    /**
     * A noun after "the March" that names something dated by the month ("the March accession", "the March
     * meeting"); a march itself ("the March on Washington", "dispersed the March before it reached …") is not one.
     */
    private static final Pattern DATED_NOUN_AFTER = Pattern.compile("\\s+(?:meeting|meetings|vote|votes|election"
            + "|elections|polls|referendum|accession|attack|attacks|deadline|report|reports|agreement|accord|summit"
            + "|talks|visit|deal|ruling|decision|resolution|budget|ceasefire|figures|data|issue|edition|session"
            + "|offensive|deployment|announcement|hearing|conference|survey|plan|launch|review|statement)\\b");

    private static boolean isMonthBeforeNoun(String text, String prev, int end) {
        return prev.equals("the") && DATED_NOUN_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40))
                .lookingAt();
    }

    static Candidate year(Matcher m, Input in) {
        int year = Integer.parseInt(m.group("y"));
        String mod = pointMod(m);
        String prev = previousWord(in.text(), m.start());
        boolean cue = mod != null || group(m, "fy") != null
                || YEAR_CUES.contains(prev) || m.group().regionMatches(true, 0, "the year", 0, 8);
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

    static Candidate decade(Matcher m, Input in) {
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
        String[] w = TimexWords.WHITESPACE_RUN.split(words.toLowerCase(Locale.ROOT).replace('-', ' ').trim());
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

    static Candidate spelledYear(Matcher m, Input in) {
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
            value = String.format("%04d-%s", year, TimexWords.seasonCode(season));
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

    private static final Pattern UNIT_AFTER = Pattern.compile("\\s+(?:(?i:years?|dollars|people|miles|feet)|[a-z]+s)\\b");

    static Candidate twoDigitYear(Matcher m, Input in) {
        int yy = Integer.parseInt(m.group("yy"));
        return make(m, in, Timex.DATE, null, new Parts(null, null, null, null, true), (ctx, self) -> {
            if (ctx.findDct().isEmpty()) {
                return new Resolution(null, 0.2);
            }
            return new Resolution(String.format("%04d", expandTwoDigitYear(yy, ctx)), 0.5);
        });
    }

    static Candidate century(Matcher m, Input in) {
        int c = Integer.parseInt(m.group("c"));
        if (c < 1 || c > 22) {
            return null;
        }
        return make(m, in, Timex.DATE, pointMod(m), Parts.NONE,
                (ctx, self) -> new Resolution(String.format("%02d", c - 1), 0.9));
    }

    static Candidate dayOfMonth(Matcher m, Input in) {
        int day = Integer.parseInt(m.group("d"));
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findReference().orElse(null);
            Granularity p = ctx.referencePrecision();
            LocalDate dct = ctx.dctPrecision() == Granularity.DAY ? ctx.findDct().orElse(null) : null;
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

    static Candidate shortYearRange(Matcher m, Input in) {
        int first = Integer.parseInt(in.text().substring(m.start() - 5, m.start() - 1));
        int year = first - first % 100 + Integer.parseInt(m.group("yy"));
        if (year <= first || year > first + 10) {
            return null; // "1990-91" ends after it starts; "2015-04" is a month, "1989-12" a code
        }
        return make(m, in, Timex.DATE, null, new Parts(year, null, null, null, false),
                (ctx, self) -> new Resolution(String.format("%04d", year), 0.7));
    }
}
