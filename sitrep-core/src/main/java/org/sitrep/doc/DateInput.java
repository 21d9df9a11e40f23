package org.sitrep.doc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reading of a date a person gives Sitrep: every command-line option ({@code --published}, {@code --as-of},
 * {@code --from}, {@code --to}) and every API parameter ({@code published}, {@code asOf}, {@code from}, {@code to})
 * goes through it. A date is an ISO date of year, month or day precision ({@code 2024}, {@code 2024-11},
 * {@code 2024-11-08}), read strictly: a month or a day that does not exist ({@code 2024-13-01}, {@code 2024-02-30})
 * is refused, never rolled over to another date.
 *
 * <p>Thread safety: stateless.
 *
 * <p>Failure: {@link #expect} throws {@link IllegalArgumentException} whose message names the option or parameter,
 * the value and what is wrong with it, in one line; {@link #find} gives empty instead.
 */
public final class DateInput {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateInput() {
    }

    /**
     * {@code value}, stripped, when it is a calendar date of year, month or day precision.
     *
     * @param name how the value is named to the person who gave it: {@code --as-of}, {@code parameter 'from'}
     * @throws IllegalArgumentException naming {@code name} when the value is no such date
     */
    public static String expect(String name, String value) {
        String v = value == null ? "" : value.strip();
        if (!SHAPE.matcher(v).matches()) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, YYYY-MM or YYYY, was '" + value
                    + "'");
        }
        try {
            parse(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " is not a calendar date: '" + value + "' (" + reason(e) + ")");
        }
        return v;
    }

    /** {@code value}, stripped, when it is a calendar date of year, month or day precision; else empty. */
    public static Optional<String> find(String value) {
        String v = value == null ? "" : value.strip();
        if (!SHAPE.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            parse(v);
            return Optional.of(v);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static void parse(String v) {
        switch (v.length()) {
            case 10 -> LocalDate.parse(v, DAY);
            case 7 -> YearMonth.parse(v, MONTH);
            default -> Year.parse(v, YEAR);
        }
    }

    /** The parser's own words on what is wrong, without the repeated input. */
    private static String reason(DateTimeException e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        int colon = m.indexOf("could not be parsed: ");
        return colon >= 0 ? m.substring(colon + "could not be parsed: ".length()) : m;
    }
}
