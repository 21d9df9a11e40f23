package org.sitrep.doc;

import java.util.Objects;

/**
 * When a document was published, how that was found, and how sure we are.
 *
 * <p>{@code value} is an ISO-8601 calendar date of the precision that is known: {@code 2024-11-07},
 * {@code 2024-11} or {@code 2024}; it is {@code null} when the basis is {@link Basis#UNKNOWN}. The crawl
 * time or today's date is never passed off as a publication date.
 *
 * @param value ISO date, month or year; null when unknown
 * @param basis where the value came from
 * @param confidence 0 to 1
 */
public record Published(String value, Basis basis, double confidence) {

    /** Where a publication date came from. */
    public enum Basis {
        /** Given by the user ({@code --published}) or by the input record. */
        GIVEN,
        /** Read from the page's metadata, URL or feed item. */
        METADATA,
        /** Read from a dateline in the text. */
        DATELINE,
        /** Inferred from the dates the text mentions. */
        INFERRED,
        /** Not known. */
        UNKNOWN;

        /** The lower-case name used in JSON. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The answer when nothing is known. */
    public static final Published UNKNOWN = new Published(null, Basis.UNKNOWN, 0.0);

    public Published {
        Objects.requireNonNull(basis, "basis");
        if (basis == Basis.UNKNOWN && value != null) {
            throw new IllegalArgumentException("an unknown publication date has no value");
        }
        if (basis != Basis.UNKNOWN && !isCalendarDate(value)) {
            throw new IllegalArgumentException("publication date must be YYYY, YYYY-MM or YYYY-MM-DD of a real"
                    + " day, month or year, was " + value);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], was " + confidence);
        }
    }

    /**
     * Whether {@code value} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} naming a year from 1 to 9999, a
     * month from 1 to 12 and a day that month has ("2024-02-30" and "0112-24-08" are not).
     */
    public static boolean isCalendarDate(String value) {
        if (value == null || !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < 1) {
            return false;
        }
        if (value.length() == 4) {
            return true;
        }
        int month = Integer.parseInt(value.substring(5, 7));
        if (month < 1 || month > 12) {
            return false;
        }
        if (value.length() == 7) {
            return true;
        }
        int day = Integer.parseInt(value.substring(8, 10));
        return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /** A date the user or the input gave. */
    public static Published given(String value) {
        return new Published(value, Basis.GIVEN, 1.0);
    }

    public boolean isKnown() {
        return basis != Basis.UNKNOWN;
    }
}
