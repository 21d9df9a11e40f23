package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * How finely a calendar value is known, and how a date is written at that precision in TimeML.
 *
 * <p>Thread safety: an enum, immutable.
 */
enum Granularity {
    CENTURY, DECADE, YEAR, HALF, QUARTER, MONTH, WEEK, DAY;

    /** The TimeML value of {@code date} at this granularity ({@code 2024}, {@code 2024-Q3}, {@code 2024-W45}...). */
    String format(LocalDate date) {
        int y = date.getYear();
        return switch (this) {
            case CENTURY -> String.format("%02d", Math.floorDiv(y, 100));
            case DECADE -> String.format("%03d", Math.floorDiv(y, 10));
            case YEAR -> String.format("%04d", y);
            case HALF -> String.format("%04d-H%d", y, date.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> String.format("%04d-Q%d", y, (date.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format("%04d-%02d", y, date.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                    date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> String.format("%04d-%02d-%02d", y, date.getMonthValue(), date.getDayOfMonth());
        };
    }

    /** The coarser of two granularities. */
    static Granularity coarser(Granularity a, Granularity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
