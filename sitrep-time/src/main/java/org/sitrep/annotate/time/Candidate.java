package org.sitrep.annotate.time;

import org.sitrep.doc.Span;

/**
 * A temporal expression found by the grammar, not yet normalized: its extent, TimeML type and mod, and how to
 * compute its value once the anchors are known.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param type TimeML type
 * @param mod TimeML mod or null
 * @param deadline whether the expression is a deadline ("by January")
 * @param parts the calendar fields written in the text (for publication-date inference), or {@link Parts#NONE}
 * @param leaning the tense the expression's own wording points to ("through", "by" point ahead), or null
 * @param resolver computes the value against a context
 */
record Candidate(int start, int end, String type, String mod, boolean deadline, Parts parts,
        TimeContext.Tense leaning, Resolver resolver) implements Span {

    /** This candidate over {@code [start, end)}: the same expression with its extent moved. */
    Candidate withSpan(int start, int end) {
        return new Candidate(start, end, type, mod, deadline, parts, leaning, resolver);
    }

    /** Computes a value for a candidate against the anchors of its document. Implementations are stateless. */
    @FunctionalInterface
    interface Resolver {
        Resolution resolve(TimeContext ctx, Candidate self);
    }

    /** A normalized value (null when none can be given) and its confidence. */
    record Resolution(String value, double confidence) {
        static final Resolution NONE = new Resolution(null, 0.0);
    }

    /**
     * Calendar fields as written: any may be null. {@code twoDigitYear} marks a year written as {@code '98}.
     */
    record Parts(Integer year, Integer month, Integer day, Integer weekday, boolean twoDigitYear) {
        static final Parts NONE = new Parts(null, null, null, null, false);
    }
}
