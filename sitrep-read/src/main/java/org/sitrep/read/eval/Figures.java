package org.sitrep.read.eval;

/**
 * Precision, recall and their harmonic mean, as a report prints them.
 *
 * <p>Thread safety: an immutable record.
 *
 * @param precision share of what was extracted that belongs to the article
 * @param recall share of the article that was extracted
 * @param f1 {@code 2PR/(P+R)}, 0 when both are 0
 */
public record Figures(double precision, double recall, double f1) {

    /** The figures for a precision and a recall, with F1 taken from the two. */
    public static Figures of(double precision, double recall) {
        double sum = precision + recall;
        return new Figures(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
}
