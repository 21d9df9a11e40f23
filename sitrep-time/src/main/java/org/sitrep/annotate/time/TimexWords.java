package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lexicon of English temporal expressions: the regular-expression pieces the rules of {@link TimexGrammar} are
 * written with (weekdays, months, numbers, units, modifiers), the values of number words, the units of time with
 * their ISO-8601 letters, and the codes of the parts of the day.
 *
 * <p>Thread safety: stateless; every member is a constant or a pure function.
 *
 * <p>Failure: the readers return null ({@link #monthOf}, {@link #weekdayOf}) or {@code "X"} ({@link #amountOf}) for
 * a word they do not know; {@link Unit#duration} throws {@link NumberFormatException} on an amount that is not a
 * number, which {@link TimexGrammar#recognize} turns into no candidate.
 */
final class TimexWords {

    private TimexWords() {
    }

    /** A run of white space, which the readers fold into one space. */
    static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    /** A whole number written in digits. */
    static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHOLE_AND_HALF = Pattern.compile("\\d+ 1/2");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
    private static final Pattern TRAILING_POINT = Pattern.compile("\\.$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

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
    /** "a.m." or "p.m.", with or without the dots, in any case. */
    static final String AMPM = "(?i:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)";
    /** A time zone written after a clock time: "EST", "PDT", "GMT", "UTC". */
    static final String ZONE = "(?:[ECMP][SD]T|GMT|UTC)";
    /** Modifiers of a point: "early", "late", "mid-", "the end of". */
    static final String MODP = "(?:(?<pmod>(?i:early|late|mid|the (?:end|beginning|start|middle|close) of"
            + "|the (?:first|last|final|opening|closing) (?:week|days|few days|fortnight) of))[\\s-]*)?";
    /** The words that put a period a year before the one under discussion: "the year-ago quarter". */
    static final String YEAR_AGO = "year-ago|year-earlier|year-before";
    /** Modifiers of an amount: "about", "more than". */
    static final String AMOD = "(?:(?<amod>(?i:around|approximately|roughly|nearly|almost|more than|less than"
            + "|fewer than|at least|up to|no more than|just over|just under|some))\\s+)?";

    /** The values of number words and of the vague amounts read as one ("a", "another") or two. */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
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

    /** The month (1 to 12) a month name or abbreviation stands for; null for none. */
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

    /** The ISO day of the week (Monday 1 to Sunday 7) a weekday name stands for; null for none. */
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
        String w = WHITESPACE_RUN.matcher(word.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        if (WHOLE_AND_HALF.matcher(w).matches()) {
            return w.substring(0, w.indexOf(' ')) + ".5";
        }
        if (DECIMAL.matcher(w).matches()) {
            String s = w.contains(".") ? TRAILING_POINT.matcher(TRAILING_ZEROS.matcher(w).replaceAll("")).replaceAll("")
                    : LEADING_ZEROS.matcher(w).replaceFirst("");
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

    /**
     * The way a relative word points from its anchor: -1 for "last" and "this past", +1 for "next", "coming" and
     * "this coming", 0 for any other word ("this") or none (null). Case does not matter.
     */
    static int directionOf(String rel) {
        if (rel == null) {
            return 0;
        }
        return switch (rel.toLowerCase(Locale.ROOT)) {
            case "last", "this past" -> -1;
            case "next", "coming", "this coming" -> 1;
            default -> 0;
        };
    }

    private static final Map<String, String> SEASON_CODES = Map.of("spring", "SP", "summer", "SU", "winter", "WI");

    /** The TIMEX3 code of a season: SP, SU, WI, or FA for fall, autumn and any other word. */
    static String seasonCode(String season) {
        return SEASON_CODES.getOrDefault(season.toLowerCase(Locale.ROOT), "FA");
    }

    /** The TIMEX3 code of a part of the day: MO, AF, EV or NI. */
    static String partOfDayCode(String tod) {
        return switch (tod.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }
}
