package org.sitrep.store.jdbc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar part of a TimeML value, and inclusive ranges over dates of mixed precision.
 *
 * <p>A TimeML value such as {@code 2024-11-07}, {@code 2024-11-07T10:00}, {@code 2024-11} or {@code 2024-W45} is
 * reduced to the ISO date, month or year it starts with ({@code 2024-11-07}, {@code 2024-11-07}, {@code 2024-11},
 * {@code 2024}); references such as {@code PRESENT_REF} have none. A value of month or year precision is the whole
 * month or year, so {@code 2024-11} lies in a range from {@code 2024-11-15}: stored values compare as strings, with
 * {@code ~} (after every digit and {@code -}) closing a partial date.
 *
 * <p>Thread safety: stateless. Failure: never throws; odd values have no date.
 */
public final class IsoDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?(?!\\d)");

    /** After every character of an ISO date, so that {@code value + END} is the last instant of a partial date. */
    public static final String END = "~";

    private IsoDates() {
    }

    /** The ISO date, month or year a TimeML value starts with. */
    public static Optional<String> findCalendarPart(String timemlValue) {
        if (timemlValue == null) {
            return Optional.empty();
        }
        Matcher m = ISO_PREFIX.matcher(timemlValue);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
