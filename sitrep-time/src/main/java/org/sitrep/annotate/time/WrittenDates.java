package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds full calendar dates (day, month and year) as news pages write them in datelines and bylines, in English and
 * the main languages of Western Europe: "Nov. 7, 2024", "23. Juli 2017", "21 de abril de 2020", "3 mars 2021",
 * "11.10.2021", "2021-10-16", "01/23/2020".
 *
 * <p>Month names and their usual abbreviations are read in English, German, French, Spanish, Italian, Portuguese and
 * Dutch. Numeric dates are read as ISO (year first), dotted (always day first, the European way), or with slashes or
 * dashes, which are day first unless the text shows otherwise: a date whose second field exceeds 12 ("01/23/2020")
 * sets month-first order for the whole text, one whose first field exceeds 12 sets day-first order; where no
 * such date settles it, a text not in English reads day first, and an English one in the order its dates with month
 * names show ("November 7, 2024", the American way, against "7 November 2024"), month first when they do not tell. Impossible dates ("30.02.2021") and
 * years outside 1900–2099 are rejected; two-digit years are read only in dotted or slashed dates whose day and month
 * have two digits ("19.10.19", not the version "2.5.10"), in the century that keeps them within 1950–2049.
 *
 * <p>Thread safety: stateless; the patterns are compiled once.
 *
 * <p>Failure: never throws on odd text; what cannot be read as a valid date is left out.
 */
final class WrittenDates {
    /** A full date found in the text, and where. {@code numeric} marks a date written in figures only. */
    record Found(int start, int end, LocalDate date, boolean numeric) {
    }

    /** How ambiguous slashed or dashed dates ("04/05/2020") are read. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAME = MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    private static final String NOT_LETTER = "(?![\\p{L}\\d])";
    /** A four-digit year, not part of a longer number, though it may run into a time ("202207:59"). */
    private static final String YEAR = "(?<y>(?:19|20)\\d{2})(?:(?=\\d{2}:\\d{2})|(?![\\d.,]\\d|\\d))";
    private static final String DAY = "(?<d>0?[1-9]|[12]\\d|3[01])";

    /** "23. Juli 2017", "21 de abril de 2020", "1er mars 2021", "20 Jan, 2020", "3rd of May 2019". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d.,])" + DAY
            + "(?:\\.|st|nd|rd|th|er|º|°|ª)?\\s*(?:of\\s+|de\\s+|-)?(?<mo>" + MONTH_NAME + ")\\.?" + NOT_LETTER
            + "(?:,?\\s*|\\s+de\\s+|-|\\s+del\\s+)" + YEAR, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "November 7, 2024", "Nov. 7 2024", "Oct 30 2020", "October 18th, 2020". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}\\d])(?<mo>" + MONTH_NAME + ")\\.?"
            + NOT_LETTER + "\\s*" + DAY + "(?:st|nd|rd|th)?(?!\\d),?\\s+" + YEAR,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "2021-10-16", "2020/04/12", "2020.04.12". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d./-])(?<y>(?:19|20)\\d{2})(?<sep>[-/.])"
            + "(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\d]|[./-]\\d)");

    /** "11.10.2021", "19.10.19", "5. 1. 2020". */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.,])(?<a>\\d{1,2})\\.[\\s\\u00a0\\u2009\\u202f]?(?<b>\\d{1,2})\\.[\\s\\u00a0\\u2009\\u202f]?"
            + "(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d]|[.,]\\d)");

    /** "01/23/2020", "15/07/2014", "12-04-2020". */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d./-])(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})"
            + "\\k<sep>(?<y>(?:19|20)\\d{2}|\\d{2})(?![\\d]|[./-]\\d)");

    private WrittenDates() {
    }

    /**
     * Whether {@code text} holds a numeric date with slashes ("07/11/2024"), the one kind whose reading in the body
     * depends on the order (a dashed date is given a value only where one field cannot be a month).
     */
    static boolean writesNumericDates(CharSequence text) {
        return SLASHED_NUMERIC_DATE.matcher(text).find();
    }

    /** A day and month in figures with slashes before a year, as the grammar's slashed dates read them. */
    private static final Pattern SLASHED_NUMERIC_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2}");

    /**
     * The one order in which a document writes its ambiguous numeric dates, for its body and its dateline alike: the
     * order one of its unambiguous slashed or dashed dates shows (the first found wins); else the order of its
     * declared language (month first for {@code en-US} and {@code en-PH}, day first for English of other countries
     * and for other languages); else, for an English text, the order most of its dates with month names are written
     * in, month first when even; else day first.
     *
     * @param language the document's declared language tag (lower case), if any; bare {@code en} names no country
     * @param english whether the text reads as English
     */
    static Order orderOf(CharSequence text, Optional<String> language, boolean english) {
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            if (a > 12 && b >= 1 && b <= 12) {
                return Order.DAY_FIRST;
            }
            if (b > 12 && b <= 31 && a >= 1 && a <= 12) {
                return Order.MONTH_FIRST;
            }
        }
        if (language.isPresent() && !language.get().equals("en")) {
            String tag = language.get();
            return tag.startsWith("en-us") || tag.startsWith("en-ph") ? Order.MONTH_FIRST : Order.DAY_FIRST;
        }
        if (!english) {
            return Order.DAY_FIRST;
        }
        int monthFirst = count(MONTH_DAY_YEAR.matcher(text));
        int dayFirst = count(DAY_MONTH_YEAR.matcher(text));
        return dayFirst > monthFirst ? Order.DAY_FIRST : Order.MONTH_FIRST;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The full dates written in {@code text} between {@code start} and {@code end}, in text order. */
    static List<Found> findAll(CharSequence text, int start, int end, Order order) {
        List<Found> out = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text).region(start, end);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group("y")), MONTHS.get(key(m.group("mo"))), Integer.parseInt(m.group("d")),
                    false);
        }
        m = MONTH_DAY_YEAR.matcher(text).region(start, end);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group("y")), MONTHS.get(key(m.group("mo"))), Integer.parseInt(m.group("d")),
                    false);
        }
        m = YEAR_FIRST.matcher(text).region(start, end);
        while (m.find()) {
            add(out, m, Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")),
                    Integer.parseInt(m.group("d")), true);
        }
        m = DOTTED.matcher(text).region(start, end);
        while (m.find()) {
            if (m.group("y").length() == 2 && (m.group("a").length() < 2 || m.group("b").length() < 2)) {
                continue; // "2.5.10" is a version; "19.10.19" a date
            }
            add(out, m, year(m.group("y")), Integer.parseInt(m.group("b")), Integer.parseInt(m.group("a")), true);
        }
        m = SLASHED.matcher(text).region(start, end);
        while (m.find()) {
            int a = Integer.parseInt(m.group("a"));
            int b = Integer.parseInt(m.group("b"));
            if (m.group("y").length() == 2 && (m.group("a").length() < 2 || m.group("b").length() < 2)) {
                continue;
            }
            boolean monthFirst = a <= 12 && (b > 12 || order == Order.MONTH_FIRST);
            add(out, m, year(m.group("y")), monthFirst ? a : b, monthFirst ? b : a, true);
        }
        out.sort(Comparator.comparingInt(Found::start));
        // drop overlaps (a dotted date inside another reading): the earliest, then longest, wins
        List<Found> kept = new ArrayList<>(out.size());
        for (Found f : out) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) {
            return v;
        }
        return v < 50 ? 2000 + v : 1900 + v;
    }

    private static void add(List<Found> out, Matcher m, int year, Integer month, int day, boolean numeric) {
        if (month == null || year < 1900 || year > 2099 || !DateRules.isValidDate(year, month, day)) {
            return;
        }
        out.add(new Found(m.start(), m.end(), LocalDate.of(year, month, day), numeric));
    }

    private static String key(String monthWord) {
        return monthWord.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // en, de, fr, es, it, pt, nl, and their abbreviations
            {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "janeiro", "januari"},
            {"february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fév", "fevr", "febrero",
                "febbraio", "fevereiro", "fev", "februari"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro"},
        };
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return m;
    }
}
