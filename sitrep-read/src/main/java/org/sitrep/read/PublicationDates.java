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
import java.util.OptionalInt;
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
    /** A date in a URL path: {@code /2024/11/07/} (or {@code /2024/11/07-slug}, {@code /2024/11/07.html}). */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:[/_.-]|$)");
    /** A date written whole in one path segment: {@code /20241107_speech}, {@code -2024-11-07}, {@code /2024_11_07}. */
    private static final Pattern URL_DAY = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})([-_]?)(\\d{2})\\2(\\d{2})(?:[/_.-]|$)");
    /** A day-first date in a path segment: {@code /29-10-2021}, {@code -29.10.2021}. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile(
            "[/_-](\\d{1,2})([-_.])(\\d{1,2})\\2((?:19|20)\\d{2})(?:[/_.-]|$)");
    /** A month in a URL path: {@code /2024/11/slug}. */
    private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(?!\\d)");
    /** The address of a page in a web archive, which puts its own capture time before the page's own URL. */
    private static final Pattern ARCHIVED = Pattern.compile("(?i)^https?://web\\.archive\\.org/web/\\d+[a-z_]*/(.*)$");
    /**
     * A timestamp written in UTC ({@code Z}, {@code +00:00}, {@code GMT}), which gives the instant but not the
     * writer's own calendar day; group 1 is the hour.
     */
    private static final Pattern UTC_STAMP = Pattern.compile(
            "(?i)^(?:[a-z]{3},?\\s+)?(?:\\d{4}-\\d{1,2}-\\d{1,2}[T\\s]|\\d{1,2}\\s+[a-z]{3}\\s+\\d{4}\\s+)"
                    + "(\\d{1,2}):\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]00:?00|UTC|GMT|UT)$");
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
    /** A date right after a publication label: a number, maybe after a weekday or "the". */
    private static final Pattern DAY_AFTER_LABEL = Pattern.compile("(?iu)^(?:[\\p{L}]{2,12}\\.?,?\\s+)?(?:the\\s+)?\\d");
    /** A date right after a publication label that starts with a month's name, maybe after a weekday. */
    private static final Pattern MONTH_AFTER_LABEL =
            Pattern.compile("(?iu)^(?:[\\p{L}]{2,12},\\s+)?(?:" + MONTH_NAME + ")\\.?\\s+\\d");
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
        // Russian and Ukrainian, in the genitive that a date uses ("15 августа 2016", "15 серпня 2016")
        String[][] cyrillic = {
            {"января", "січня"}, {"февраля", "лютого"}, {"марта", "березня"}, {"апреля", "квітня"},
            {"мая", "травня"}, {"июня", "червня"}, {"июля", "липня"}, {"августа", "серпня"},
            {"сентября", "вересня"}, {"октября", "жовтня"}, {"ноября", "листопада"}, {"декабря", "грудня"},
        };
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                out.putIfAbsent(n, i + 1);
            }
            for (String n : cyrillic[i]) {
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

    /**
     * A label that says the date after it is the publication's ({@code Published:}, {@code Posted on},
     * {@code Veröffentlicht am}, {@code Erschienen am}, {@code Mise en ligne}, {@code Publié le},
     * {@code Publicado el}, {@code Pubblicato il}); never one of modification ({@code Updated}, {@code Aktualisiert}).
     */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            // the look-ahead turns most places away at their first letter, before the alternatives are tried
            "(?iu)(?<!\\p{L})(?=[fpdvemgo])(?:first\\s+published|published|publication\\s+date|date\\s+published|posted"
                    + "|veröffentlicht|erschienen|publiziert|erstellt|publié|publiée|mis\\s+en\\s+ligne"
                    + "|mise\\s+en\\s+ligne|publicado|publicada|publicación|pubblicato|pubblicata"
                    + "|gepubliceerd|opublikowano)(?!\\p{L})(?:\\s+(?:on|am|le|el|il|op|em|en|at|dem|den))?"
                    + "\\s*[:|\\-–—]?\\s*");

    /**
     * The day written right after a label that names it the publication's ({@code Erschienen am: 01.11.2023},
     * {@code Mise en ligne 23 mai 2019}, {@code Published on March 3, 2021}), the first such in {@code text}.
     */
    static Optional<String> findLabelledDay(String text, boolean monthFirst) {
        return findFirstOf(labelledDays(text, monthFirst, 1));
    }

    /** The first of {@code days}; empty when there is none. */
    static Optional<String> findFirstOf(List<String> days) {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
    }

    /**
     * The one day of {@code days}; empty when there is none, or when they name different days (labels of a list of
     * articles, each with its own).
     */
    static Optional<String> findOnlyOf(List<String> days) {
        return days.isEmpty() || days.stream().distinct().count() > 1 ? Optional.empty() : Optional.of(days.get(0));
    }

    /** The days that labels in {@code text} name as the publication's, in order, at most {@code most}. */
    static List<String> labelledDays(String text, boolean monthFirst, int most) {
        List<String> out = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String s = spaced(text);
        Matcher m = PUBLISHED_LABEL.matcher(s);
        while (m.find()) {
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
            // the date must follow the label at once (a weekday or "the" may come between)
            Matcher d = DAY_AFTER_LABEL.matcher(after);
            Matcher named = MONTH_AFTER_LABEL.matcher(after);
            if (!d.find() && !named.find()) {
                continue;
            }
            Optional<String> day = findFirstDay(after, monthFirst);
            if (day.isPresent()) {
                out.add(day.get());
                if (out.size() >= most) {
                    break;
                }
            }
        }
        return out;
    }

    /** {@code text} with the odd spaces that pages put inside dates (no-break, thin, narrow) made plain. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ').replace('\u2009', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\u200A', ' ');
    }

    /** As {@link #findDayInText}, over the whole of {@code text}. */
    static Optional<String> findFirstDay(String text, boolean monthFirst) {
        String s = spaced(text);
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
        BeforeYears dayMonth = new BeforeYears(TEXT_DAY_MONTH, s);
        m = dayMonth.match();
        while (dayMonth.find() && m.start() < bestAt) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            Optional<String> d = month == null ? Optional.empty()
                    : day(m.group(3), String.valueOf(month), m.group(1));
            if (d.isPresent()) {
                bestAt = m.start();
                best = d;
                break;
            }
        }
        BeforeYears monthDay = new BeforeYears(TEXT_MONTH_DAY, s);
        m = monthDay.match();
        while (monthDay.find() && m.start() < bestAt) {
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

    /** A four-digit year of the last two centuries, standing alone. */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** How far before its year a written date ("23rd of September, 2024") may start. */
    private static final int BEFORE_YEAR_CHARS = 48;

    /**
     * The matches, in order, of a date pattern that ends in a year, where the pattern's many month names are tried
     * only in the stretch before each year rather than at every place of the text.
     *
     * <p>Thread safety: not thread-safe; one per search.
     */
    private static final class BeforeYears {
        private final Matcher m;
        private final Matcher years;
        private int done;

        BeforeYears(Pattern datePattern, String s) {
            this.m = datePattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
            this.years = YEAR_IN_TEXT.matcher(s);
        }

        /** Moves to the next match; false when there is none. */
        boolean find() {
            while (years.find()) {
                m.region(Math.max(done, years.start() - BEFORE_YEAR_CHARS), years.end());
                if (m.find()) {
                    done = m.end();
                    return true;
                }
            }
            return false;
        }

        Matcher match() {
            return m;
        }
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

    /**
     * The day a URL's path carries: {@code /2024/11/07/slug}, {@code /20241107_slug}, {@code /slug-2024-11-07},
     * {@code /07-11-2024} (day first, only where no other reading is possible). A web archive's capture time is not
     * the page's date: of an archived address only the original URL is read. The host and query are not read.
     */
    static Optional<String> findIsoDateInUrl(String url) {
        String path = pathOf(url);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            Optional<String> d = day(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        m = URL_DAY.matcher(path);
        while (m.find()) {
            Optional<String> d = day(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) {
                return d;
            }
        }
        m = URL_DAY_FIRST.matcher(path);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) {
                Optional<String> d = day(m.group(4), m.group(3), m.group(1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The month ({@code YYYY-MM}) a URL's path carries with no day, as in {@code /2024/11/slug}. */
    static Optional<String> findIsoMonthInUrl(String url) {
        Matcher m = URL_MONTH.matcher(pathOf(url));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? Optional.of(m.group(1) + "-" + (month < 10 ? "0" : "") + month)
                : Optional.empty();
    }

    /** The path of {@code url} (of the original page for a web archive's address); empty if there is none. */
    private static String pathOf(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String u = url.strip();
        Matcher archived = ARCHIVED.matcher(u);
        if (archived.matches()) {
            u = archived.group(1);
        }
        u = u.replaceFirst("^(?i)(?:https?:)?//", "");
        int slash = u.indexOf('/');
        // without a scheme the address may be a bare host ("example.com/2024/...") or a file name: read from '/'
        String path = slash < 0 ? "" : u.substring(slash);
        int end = path.length();
        for (char c : new char[] {'?', '#'}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    private static final Pattern STAMP = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T\\s](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$", Pattern.CASE_INSENSITIVE);

    /**
     * A timestamp as written: its wall-clock time, and its offset from UTC when one is written.
     *
     * @param offset empty when the time is written with no zone (the writer's own clock)
     */
    record Stamp(java.time.LocalDateTime clock, Optional<java.time.ZoneOffset> offset) {
        /** Whether this and {@code utc}, a stamp in UTC, can be the same instant written on another clock. */
        boolean canBeSameInstantAs(Stamp utc) {
            long minutes = java.time.Duration.between(utc.clock(), clock).toMinutes();
            if (offset.isPresent()) {
                return Math.abs(java.time.Duration.between(utc.clock(),
                        clock.minusSeconds(offset.get().getTotalSeconds())).toSeconds()) <= 60;
            }
            // a zone's offset is a whole quarter-hour, at most 14 hours either way; the seconds do not move
            return clock.getSecond() == utc.clock().getSecond() && minutes % 15 == 0 && Math.abs(minutes) <= 14 * 60;
        }
    }

    /**
     * The timestamp in {@code raw} ({@code 2024-11-07T23:30:00-05:00}, {@code 2024-11-07 23:30:00},
     * {@code Thu, 07 Nov 2024 23:30:00 GMT}); empty for a date alone or anything else.
     */
    static Optional<Stamp> findStamp(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        Matcher m = STAMP.matcher(s);
        try {
            if (m.matches()) {
                java.time.LocalDateTime clock = java.time.LocalDateTime.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                String zone = m.group(7);
                if (zone == null) {
                    return Optional.of(new Stamp(clock, Optional.empty()));
                }
                String z = zone.toUpperCase(Locale.ROOT);
                java.time.ZoneOffset offset = z.equals("Z") || z.equals("UTC") || z.equals("GMT")
                        ? java.time.ZoneOffset.UTC
                        : java.time.ZoneOffset.of(z.length() == 5 && z.indexOf(':') < 0
                                ? z.substring(0, 3) + ":" + z.substring(3) : z);
                return Optional.of(new Stamp(clock, Optional.of(offset)));
            }
            if (s.length() <= 40 && s.matches("(?i)^[a-z]{3},.*\\d:\\d{2}.*")) {
                java.time.ZonedDateTime t = java.time.ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(new Stamp(t.toLocalDateTime(), Optional.of(t.getOffset())));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The hour of {@code raw} when it is a timestamp written in UTC ({@code 2024-11-07T23:30:00Z},
     * {@code Thu, 07 Nov 2024 23:30:00 GMT}); empty for a date alone, a local time, or one with another offset.
     * Such a stamp fixes the instant, and the writer's own day may be the one before or after it.
     */
    static OptionalInt findUtcHour(String raw) {
        if (raw == null) {
            return OptionalInt.empty();
        }
        Matcher m = UTC_STAMP.matcher(raw.strip());
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        return hour <= 23 ? OptionalInt.of(hour) : OptionalInt.empty();
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
