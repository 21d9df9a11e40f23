package org.sitrep.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
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

    private PublicationDates() {
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
