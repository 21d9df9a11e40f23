package org.sitrep.annotate.corenlp.eval;

/**
 * Entity-level precision, recall and F1, as percentages (0 to 100) the way conlleval prints them, with the counts
 * they come from.
 *
 * @param precision correct / predicted, in percent (0 when nothing was predicted)
 * @param recall correct / gold, in percent (0 when there is no gold entity)
 * @param f1 harmonic mean of precision and recall, in percent (0 when both are 0)
 * @param gold number of gold entities
 * @param predicted number of predicted entities
 * @param correct number of predicted entities whose span and type match a gold entity exactly
 */
public record Prf(double precision, double recall, double f1, int gold, int predicted, int correct) {

    /** Scores from counts, exactly as conlleval computes them. */
    public static Prf of(int gold, int predicted, int correct) {
        double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
        double r = gold == 0 ? 0 : 100.0 * correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Prf(p, r, f, gold, predicted, correct);
    }
}
