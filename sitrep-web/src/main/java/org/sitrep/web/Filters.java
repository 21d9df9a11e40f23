package org.sitrep.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.sitrep.doc.DateInput;

/**
 * The filters and slice every list takes from the query string: {@code subject}, {@code speaker}, {@code from},
 * {@code to} (ISO dates of year, month or day precision, both inclusive), {@code offset} and {@code limit}.
 *
 * <p>Failure: {@link #from(Context)} throws {@link BadRequestResponse} (400) naming the bad parameter.
 */
record Filters(String subject, String speaker, String from, String to, int offset, int limit) {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    static Filters from(Context ctx) {
        return new Filters(text(ctx, "subject"), text(ctx, "speaker"), date(ctx, "from"), date(ctx, "to"),
                number(ctx, "offset", 0, 0, Integer.MAX_VALUE), number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * The date parameter {@code name} (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date, read by
     * {@link DateInput}); null when absent.
     *
     * @throws BadRequestResponse naming the parameter
     */
    static String date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return DateInput.expect("parameter '" + name + "'", v);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int number(Context ctx, String name, int dflt, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestResponse("parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", was '" + v + "'");
    }

    /** Whether an ISO date of any precision overlaps {@code [from, to]}; an unknown date matches no range. */
    boolean admitsDate(String date) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null) {
            return false;
        }
        return (from == null || (date + "~").compareTo(from) >= 0) && (to == null || date.compareTo(to + "~") <= 0);
    }

    boolean hasDateRange() {
        return from != null || to != null;
    }
}
