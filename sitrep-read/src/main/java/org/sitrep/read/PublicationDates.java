package org.sitrep.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date part of the date strings found in page metadata and input records ({@code 2024-11-07T09:30:00Z},
 * {@code 2024/11/07}, {@code Thu, 07 Nov 2024 09:30:00 GMT}, {@code November 7, 2024}) as an ISO calendar date.
 *
 * <p>The date is taken as written, in the writer's own time zone: a page stamped {@code 2024-11-07T23:30-05:00}
 * was published on 7 November where it was written.
 *
 * <p>{@link #findDayInText} finds a day written for readers in a page's date line, in the common European languages
 * as well as English ({@code 23. Juli 2017}, {@code 26.10.2018}, {@code 21 de abril de 2020}).
 *
 * <p>Thread safety: stateless. Failure: an unreadable string gives an empty result, never an exception.
 */
final class PublicationDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s])");
    private static final Pattern ISO_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:$|[T\\s])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");
    /** A date in a URL path: {@code /2024/11/07/}, or {@code /2024/11/} followed by a slug. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            english("MMMM d, uuuu"),
            english("MMM d, uuuu"),
            english("d MMMM uuuu"),
            english("d MMM uuuu"),
            english("EEEE, MMMM d, uuuu"),
            english("EEEE, d MMMM uuuu"));

    /** Month names and their usual abbreviations in English, German, French, Spanish, Italian, Portuguese, Dutch. */
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAME = monthAlternation();
    private static final Pattern TEXT_ISO = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern TEXT_DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2}|\\d{2})(?![\\d.]\\d)");
    private static final Pattern TEXT_SLASHED = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern TEXT_DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?\\s*(?:de\\s+)?(" + MONTH_NAME
                    + ")\\.?,?\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEXT_MONTH_DAY = Pattern.compile(
            "(?<![\\p{L}])(" + MONTH_NAME + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PublicationDates() {
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
                "januari"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                "fevereiro", "fev", "februari"},
            {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus"},
            {"september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"},
            {"november", "nov", "novembre", "noviembre", "novembro"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "desember"},
        };
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                out.putIfAbsent(n, i + 1);
            }
        }
        return out;
    }

    private static String monthAlternation() {
        return MONTHS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    /**
     * The first whole day written in {@code text} (a date line such as {@code Published: 23. Juli 2017, 17:06}),
     * as an ISO date. Numeric dates with slashes are read day first unless {@code monthFirst} (as in American
     * English) or the first number cannot be a month; dotted ones are always day first. Two-digit years are read in
     * the 1970–2069 window.
     */
    static Optional<String> findDayInText(String text, boolean monthFirst) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return findFirstDay(text.length() > 400 ? text.substring(0, 400) : text, monthFirst);
    }

    /** As {@link #findDayInText}, over the whole of {@code text}. */
    static Optional<String> findFirstDay(String text, boolean monthFirst) {
        String s = text.replace('\u00A0', ' ');
        int bestAt = Integer.MAX_VALUE;
        Optional<String> best = Optional.empty();
        Matcher m = TEXT_ISO.matcher(s);
        if (m.find() && m.start() < bestAt) {
            Optional<String> d = day(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
            }
        }
        m = TEXT_DOTTED.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Optional<String> d = day(String.valueOf(fullYear(m.group(3))), m.group(2), m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
                break;
            }
        }
        m = TEXT_SLASHED.matcher(s);
        while (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean aIsMonth = b > 12 || (monthFirst && a <= 12);
            Optional<String> d = aIsMonth ? day(m.group(3), m.group(1), m.group(2))
                    : day(m.group(3), m.group(2), m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
                break;
            }
        }
        m = TEXT_DAY_MONTH.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            Optional<String> d = month == null ? Optional.empty()
                    : day(m.group(3), String.valueOf(month), m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
                break;
            }
        }
        m = TEXT_MONTH_DAY.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            Optional<String> d = month == null ? Optional.empty()
                    : day(m.group(3), String.valueOf(month), m.group(2));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
                break;
            }
        }
        return best;
    }

    private static int fullYear(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 4 ? v : v < 70 ? 2000 + v : 1900 + v;
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The ISO date ({@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} when only that is given) in {@code raw}. */
    static Optional<String> findIsoDate(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {ISO, SLASHED, COMPACT}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                return day(m.group(1), m.group(2), m.group(3));
            }
        }
        Matcher month = ISO_MONTH.matcher(s);
        if (month.find()) {
            int y = Integer.parseInt(month.group(1));
            int mo = Integer.parseInt(month.group(2));
            return plausibleYear(y) && mo >= 1 && mo <= 12 ? Optional.of(s) : Optional.empty();
        }
        Matcher year = YEAR.matcher(s);
        if (year.find()) {
            return plausibleYear(Integer.parseInt(s)) ? Optional.of(s) : Optional.empty();
        }
        String cleaned = s.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                TemporalAccessor t = f.parse(cleaned, new java.text.ParsePosition(0));
                LocalDate d = LocalDate.from(t);
                if (plausibleYear(d.getYear())) {
                    return Optional.of(d.toString());
                }
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** The date a URL's path carries, as in {@code https://example.com/2024/11/07/slug}. */
    static Optional<String> findIsoDateInUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<String> day(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return plausibleYear(date.getYear()) ? Optional.of(date.toString()) : Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean plausibleYear(int year) {
        return year >= 1900 && year <= 2100;
    }
}
