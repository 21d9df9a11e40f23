package org.sitrep.annotate.time.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.time.eval.TimeMlDocument.GoldTimex;

/**
 * Accumulates TempEval-3 Task A counts over documents and turns them into {@link TimexScores}: a system timex
 * matches strictly when its extent equals a gold extent, and relaxed when it overlaps one (one to one, exact matches
 * first); type and value are judged over relaxed matches, and attribute F1 is attribute accuracy times relaxed F1.
 * Extents are compared on characters with surrounding space and punctuation trimmed, standing in for the scorer's
 * token comparison.
 *
 * <p>Thread safety: not thread-safe; one instance per evaluation.
 */
final class TimexScorer {
    /** A system timex as scored: extent, type, value (null when none). */
    record Predicted(int start, int end, String type, String value) {
    }

    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int typeRight;
    private int valueRight;

    void add(String text, List<GoldTimex> goldTimexes, List<Predicted> predicted) {
        gold += goldTimexes.size();
        system += predicted.size();
        int[][] g = new int[goldTimexes.size()][];
        for (int i = 0; i < g.length; i++) {
            g[i] = trim(text, goldTimexes.get(i).start(), goldTimexes.get(i).end());
        }
        int[][] p = new int[predicted.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = trim(text, predicted.get(i).start(), predicted.get(i).end());
        }
        boolean[] goldUsed = new boolean[g.length];
        boolean[] predUsed = new boolean[p.length];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (!predUsed[j] && g[i][0] == p[j][0] && g[i][1] == p[j][1]) {
                    goldUsed[i] = true;
                    predUsed[j] = true;
                    strict++;
                    pairs.add(new int[] {i, j});
                    break;
                }
            }
        }
        for (int i = 0; i < g.length; i++) {
            if (goldUsed[i]) {
                continue;
            }
            for (int j = 0; j < p.length; j++) {
                if (!predUsed[j] && g[i][0] < p[j][1] && p[j][0] < g[i][1]) {
                    goldUsed[i] = true;
                    predUsed[j] = true;
                    pairs.add(new int[] {i, j});
                    break;
                }
            }
        }
        for (int[] pair : pairs) {
            relaxed++;
            GoldTimex gt = goldTimexes.get(pair[0]);
            Predicted pt = predicted.get(pair[1]);
            if (gt.type() != null && gt.type().equals(pt.type())) {
                typeRight++;
            }
            if (gt.value() != null && gt.value().equals(pt.value())) {
                valueRight++;
            }
        }
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    int goldCount() {
        return gold;
    }

    TimexScores scores() {
        double sp = ratio(strict, system);
        double sr = ratio(strict, gold);
        double rp = ratio(relaxed, system);
        double rr = ratio(relaxed, gold);
        double rf = f1(rp, rr);
        double typeAcc = ratio(typeRight, relaxed);
        double valueAcc = ratio(valueRight, relaxed);
        return new TimexScores(pct(sp), pct(sr), pct(f1(sp, sr)), pct(rp), pct(rr), pct(rf), pct(typeAcc),
                pct(valueAcc * rf), pct(valueAcc));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double pct(double x) {
        return Math.round(x * 10000) / 100.0;
    }
}
