package org.sitrep.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.doc.Document;

/**
 * How long the analysis of one document may take, in CPU time of the thread analyzing it (see {@link Deadline}): a
 * time per 10,000 characters of its text, with ten such units more for every document (so a short document gets the
 * time of 100,000 characters, 30 s by default, and a 9 MB one about 910 units, 45 minutes by default).
 *
 * <p>Thread safety: an immutable record.
 *
 * <p>Failure: the constructor throws {@link IllegalArgumentException} for a negative or zero time;
 * {@link #parse} throws it, naming the value, for text that is not a positive number of seconds.
 *
 * @param perTenThousandChars the time allowed for each 10,000 characters of a document's text
 */
public record Budget(Duration perTenThousandChars) {
    /** The default: 3 seconds per 10,000 characters, about ten times what ordinary news text takes on one core. */
    public static final Budget DEFAULT = new Budget(Duration.ofSeconds(3));

    /** No limit: the deadline never passes. */
    public static final Budget UNLIMITED = new Budget(Duration.ofDays(36_500));

    private static final int CHARS = 10_000;
    /** The units every document gets, whatever its length. */
    private static final int FLOOR_UNITS = 10;

    public Budget {
        Objects.requireNonNull(perTenThousandChars, "perTenThousandChars");
        if (perTenThousandChars.isNegative() || perTenThousandChars.isZero()) {
            throw new IllegalArgumentException("a budget must be positive, was " + perTenThousandChars);
        }
    }

    /** A budget of {@code seconds} (a positive decimal, such as {@code 3} or {@code 0.5}) per 10,000 characters. */
    public static Budget parse(String seconds) {
        double s;
        try {
            s = Double.parseDouble(seconds.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("a budget is a number of seconds per 10,000 characters, was '"
                    + seconds + "'");
        }
        if (!(s > 0) || s > 86_400) {
            throw new IllegalArgumentException("a budget must be over 0 and at most 86400 seconds per 10,000 "
                    + "characters, was '" + seconds + "'");
        }
        return new Budget(Duration.ofNanos((long) (s * 1e9)));
    }

    /** The time allowed for a text of {@code chars} characters: ten units, plus one per 10,000 characters. */
    public Duration allowedFor(long chars) {
        if (this.equals(UNLIMITED)) {
            return perTenThousandChars;
        }
        long units = FLOOR_UNITS + Math.max(0, chars) / CHARS;
        return perTenThousandChars.multipliedBy(units);
    }

    /** The deadline for analyzing {@code doc}, starting now. */
    public Deadline deadlineFor(Document doc) {
        return this.equals(UNLIMITED) ? Deadline.NEVER : Deadline.after(allowedFor(doc.text().length()));
    }

    /** The time per 10,000 characters in seconds, as written on the command line ({@code 3}, {@code 0.5}). */
    public String seconds() {
        return String.format(Locale.ROOT, "%.3f", perTenThousandChars.toNanos() / 1e9).replaceAll("\\.?0+$", "");
    }
}
