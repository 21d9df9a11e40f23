package org.sitrep.annotate.quote.eval;

/**
 * Precision, recall and F1, with the counts they come from.
 *
 * @param precision matched predictions over predictions (0 when there are none)
 * @param recall matched gold items over gold items (0 when there are none)
 * @param f1 harmonic mean of the two
 * @param predicted number of predictions
 * @param gold number of gold items
 */
public record Prf(double precision, double recall, double f1, long predicted, long gold) {
    static Prf of(long predictedMatched, long predicted, long goldMatched, long gold) {
        double p = predicted == 0 ? 0 : (double) predictedMatched / predicted;
        double r = gold == 0 ? 0 : (double) goldMatched / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f, predicted, gold);
    }
}
