package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.DateRules.yearByTense;
import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.RuleMatches.make;
import static org.sitrep.annotate.time.RuleMatches.pointMod;
import static org.sitrep.annotate.time.RuleMatches.previousWord;
import static org.sitrep.annotate.time.TimexWords.MONTH;
import static org.sitrep.annotate.time.TimexWords.directionOf;
import static org.sitrep.annotate.time.TimexWords.monthOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Timex;

/**
 * The rules' builders for periods of the calendar: seasons ("last fall", "summer 2024"), quarters and halves ("the
 * third quarter", "Q3 2024", "the year-ago period", "the quarter ended Sept. 30") and holidays with a fixed or
 * computed date (Christmas, Thanksgiving, Easter and the days it fixes).
 *
 * <p>Thread safety: stateless; each resolver writes only to the {@link TimeContext} it is handed.
 *
 * <p>Failure: a builder returns null to reject a match that names no period ("the first half of the game"); a
 * period that cannot be placed resolves to an underspecified value ({@code XXXX-Q3}) or a null value with low
 * confidence; nothing throws on text.
 */
final class PeriodRules {

    private PeriodRules() {
    }

    /** Words before a bare season that make it a time ("in spring"), not a name ("Arab Spring"). */
    private static final Set<String> SEASON_CUES = Set.of("in", "during", "since", "until", "by", "through", "for",
            "this");
    /** The words of "the latest period", "the year-ago period": the periods that are quarters. */
    private static final Set<String> PERIOD_RELS = Set.of("latest", "year-ago", "year-earlier", "year-before",
            "comparable", "same", "just-ended", "just-completed");
    /** The words of the quarter a year before the one under discussion. */
    private static final Set<String> YEAR_AGO_RELS = Set.of("year-ago", "year-earlier", "year-before", "comparable");

    static Candidate season(Matcher m, Input in) {
        String rel = group(m, "rel");
        String y = group(m, "y");
        String mod = pointMod(m);
        String prev = previousWord(in.text(), m.start());
        if (rel == null && y == null && mod == null && !SEASON_CUES.contains(prev)) {
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
        String code = TimexWords.seasonCode(s);
        int seasonMonth = switch (code) {
            case "SP" -> 4;
            case "SU" -> 7;
            case "FA" -> 10;
            default -> 1;
        };
        int direction = directionOf(rel);
        return make(m, in, Timex.DATE, mod, Parts.NONE, (ctx, self) -> {
            if (y != null) {
                return new Resolution(y + "-" + code, 0.9);
            }
            LocalDate dct = ctx.findDct().orElse(null);
            if (dct == null) {
                return new Resolution("XXXX-" + code, 0.4);
            }
            int year = dct.getYear();
            int now = dct.getMonthValue();
            if (direction < 0) {
                year = seasonMonth < now - 1 ? year : year - 1;
            } else if (direction > 0) {
                year = seasonMonth > now + 1 ? year : year + 1;
            }
            return new Resolution(year + "-" + code, 0.8);
        });
    }

    static Candidate quarter(Matcher m, Input in) {
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
        if (ry == null && group(m, "ry3") != null) {
            ry = "last"; // "the year-ago third quarter": that quarter of the year before
        }
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
        String relYear = ry;
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            Integer year = y == null ? null : Integer.valueOf(y);
            LocalDate dct = ctx.findDct().orElse(null);
            if (year == null && relYear != null && dct != null) {
                String r = relYear.toLowerCase(Locale.ROOT);
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

    static Candidate yearQuarter(Matcher m, Input in) {
        int year = Integer.parseInt(m.group("y"));
        return make(m, in, Timex.DATE, null, new Parts(year, null, null, null, false), (ctx, self) -> {
            if (ctx.quarterInFocus()) {
                LocalDate q = ctx.findLastQuarter().get();
                return new Resolution(Granularity.QUARTER.format(q.withYear(year)), 0.7);
            }
            return new Resolution(String.format("%04d", year), 0.6);
        });
    }

    static Candidate relativeQuarter(Matcher m, Input in) {
        String rel = group(m, "rel");
        String the = group(m, "the");
        boolean period = m.group("u").equalsIgnoreCase("period");
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        if (rel == null && the == null) {
            return null;
        }
        if (period && !PERIOD_RELS.contains(r)) {
            return null;
        }
        if (r.equals("fiscal") && the == null) {
            return null;
        }
        // "the quarter ended Sept. 30": the quarter is the one that closes on that day
        Matcher ended = QUARTER_ENDED.matcher(in.text()).region(m.end(), Math.min(in.text().length(), m.end() + 40));
        Integer endMonth = ended.lookingAt() && !YEAR_AGO_RELS.contains(r)
                ? monthOf(ended.group("mo")) : null;
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDct().orElse(null);
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
                // "this quarter's loss": the quarter the report is about, else the one the DCT falls in
                case "this" -> last != null ? last : current;
                case "next" -> current.plusMonths(3);
                case "last", "previous", "past", "prior" -> last != null ? last.minusMonths(3) : current.minusMonths(3);
                case "year-ago", "year-earlier", "year-before", "comparable" -> base.minusYears(1);
                default -> base;
            };
            if (!YEAR_AGO_RELS.contains(r)) {
                ctx.setLastQuarter(q);
            }
            return new Resolution(Granularity.QUARTER.format(q), 0.6);
        });
    }

    private static final Pattern QUARTER_ENDED = Pattern.compile("\\s+(?i:ended|ending|that ended|which ended"
            + "|through)\\s+(?<mo>" + MONTH + ")");

    /** The month and day (MM-DD) of each holiday the holiday rule matches that falls on a fixed date. */
    private static final Map<String, String> FIXED_HOLIDAYS = Map.of(
            "Christmas", "12-25", "Christmas Day", "12-25", "Christmas Eve", "12-24",
            "New Year's Day", "01-01", "New Year's Eve", "12-31",
            "Halloween", "10-31", "Valentine's Day", "02-14");

    /** A country a sentence may name, by the words that name it, with its independence day (MM-DD). */
    private record Country(String name, Pattern words, String independenceDay) {
    }

    /**
     * Countries by the words that name them in a sentence ("Haiti's Independence Day", "on Kenya's independence
     * day"): each keeps its own independence day, so "Independence Day" is never taken for the 4th of July unless
     * the sentence is about the United States, and "Election Day" is the American one only where no other country
     * is named.
     */
    private static final List<Country> COUNTRIES = List.of(
            new Country("Haiti", Pattern.compile("\\b(?:Haiti|Haitians?)\\b"), "01-01"),
            new Country("Kenya", Pattern.compile("\\b(?:Kenya|Kenyans?|Jamhuri)\\b"), "12-12"),
            new Country("United States", Pattern.compile("\\b(?:United States|U\\.S\\.|US|America|Americans?)\\b"), "07-04"),
            new Country("Jamaica", Pattern.compile("\\b(?:Jamaica|Jamaicans?)\\b"), "08-06"),
            new Country("Dominican Republic", Pattern.compile("\\b(?:Dominican Republic|Dominicans?)\\b"), "02-27"),
            new Country("India", Pattern.compile("\\b(?:India|Indians?)\\b"), "08-15"),
            new Country("Mexico", Pattern.compile("\\b(?:Mexico|Mexicans?)\\b"), "09-16"),
            new Country("Nigeria", Pattern.compile("\\b(?:Nigeria|Nigerians?)\\b"), "10-01"),
            new Country("Ghana", Pattern.compile("\\b(?:Ghana|Ghanaians?)\\b"), "03-06"),
            new Country("Ukraine", Pattern.compile("\\b(?:Ukraine|Ukrainians?)\\b"), "08-24"));

    /** The countries the sentence names, in table order. */
    private static List<Country> countriesIn(Input in) {
        List<Country> out = new ArrayList<>();
        for (Country c : COUNTRIES) {
            if (c.words().matcher(in.text()).region(in.sentenceStart(), in.sentenceEnd()).find()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The month and day of the independence day of the one country the sentence names, or null. */
    private static String independenceDay(Input in) {
        List<Country> named = countriesIn(in);
        return named.size() == 1 ? named.get(0).independenceDay() : null; // two countries: no telling whose day
    }

    static Candidate holiday(Matcher m, Input in) {
        String h = m.group("h");
        boolean independence = h.equals("Independence Day");
        String independenceDay = independence ? independenceDay(in) : null;
        // Election Day is the American one unless the sentence names another country ("Kenya's Election Day")
        boolean foreignElection = h.equals("Election Day")
                && countriesIn(in).stream().anyMatch(c -> !c.name().equals("United States"));
        return make(m, in, Timex.DATE, null, Parts.NONE, (ctx, self) -> {
            LocalDate dct = ctx.findDct().orElse(null);
            int year = dct == null ? -1 : dct.getYear();
            if (independence && independenceDay == null || foreignElection) {
                return new Resolution(null, 0.3); // whose independence day or election the sentence does not say
            }
            String md = independence ? independenceDay : FIXED_HOLIDAYS.get(h);
            if (md == null) {
                return movingHoliday(h, dct, self.leaning());
            }
            if (year > 0) {
                year = yearByTense(dct, Integer.parseInt(md.substring(0, 2)), Integer.parseInt(md.substring(3)),
                        self.leaning());
            }
            return new Resolution((year > 0 ? String.format("%04d", year) : "XXXX") + "-" + md, year > 0 ? 0.7 : 0.4);
        });
    }

    /** A holiday whose date moves with the year (Easter, Thanksgiving, …), in the year the tense points to. */
    private static Resolution movingHoliday(String h, LocalDate dct, Tense leaning) {
        int year = dct == null ? -1 : dct.getYear();
        if (year > 0 && (h.endsWith("week") || h.endsWith("Week"))) {
            // Holy Week ends on Easter Sunday: the ISO week (Monday to Sunday) that holds it
            LocalDate d = easterSunday(year);
            int y = yearByTense(dct, d.getMonthValue(), d.getDayOfMonth(), leaning);
            return new Resolution(Granularity.WEEK.format(easterSunday(y)), 0.7);
        }
        if (year > 0) {
            LocalDate d = floatingHoliday(h, year);
            int y = yearByTense(dct, d.getMonthValue(), d.getDayOfMonth(), leaning);
            return new Resolution(Granularity.DAY.format(floatingHoliday(h, y)), 0.7);
        }
        return new Resolution(null, 0.2);
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
        if (h.startsWith("Election")) {
            // the United States vote on the Tuesday after the first Monday of November
            return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        if (h.startsWith("Labor")) {
            return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        }
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }
}
