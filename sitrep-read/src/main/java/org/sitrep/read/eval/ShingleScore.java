package org.sitrep.read.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page's score in the article-extraction benchmark (the 181-page ground-truth layout), as that benchmark's
 * evaluator computes it: the texts are cut into tokens (runs of Unicode letters, digits and underscores, which is
 * Python's {@code \w}), tokens into word 4-gram shingles (a text of fewer than four tokens is one shorter shingle,
 * an empty one none), and the two multisets of shingles are compared: TP counts shared shingles, FP shingles only
 * in the extraction, FN shingles only in the truth. The three are then divided by their sum, so that every page
 * weighs the same.
 *
 * <p>Thread safety: an immutable record; the static methods are pure.
 *
 * @param tp normalized true positives
 * @param fp normalized false positives
 * @param fn normalized false negatives
 */
public record ShingleScore(double tp, double fp, double fn) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** The score of an extracted text against the true article body. */
    public static ShingleScore of(String truth, String extracted) {
        Map<List<String>, Integer> want = shingles(truth);
        Map<List<String>, Integer> got = shingles(extracted);
        Set<List<String>> keys = new HashSet<>(want.keySet());
        keys.addAll(got.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = want.getOrDefault(key, 0);
            int p = got.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    /** This page's precision: 1 when FP and FN are both 0, else TP / (TP + FP) (0 when both are 0). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    /** This page's recall: 1 when FP and FN are both 0, else TP / (TP + FN) (0 when both are 0). */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    /**
     * Precision and recall averaged over pages (precision over the pages with TP + FP above 0, recall over those
     * with TP + FN above 0), and F1 from the two averages. An average over no pages is 0.
     */
    public static Figures average(List<ShingleScore> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (ShingleScore s : pages) {
            if (s.tp + s.fp > 0) {
                p += s.precision();
                np++;
            }
            if (s.tp + s.fn > 0) {
                r += s.recall();
                nr++;
            }
        }
        return Figures.of(np == 0 ? 0 : p / np, nr == 0 ? 0 : r / nr);
    }

    /** The tokens of a text: its runs of letters, digits and underscores. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
