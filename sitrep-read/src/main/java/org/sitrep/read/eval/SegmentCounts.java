package org.sitrep.read.eval;

import java.util.List;

/**
 * Counts for the trafilatura evaluation set, summed over pages (micro-averaged), as its README describes: a gold
 * "with" segment found in the output is a true positive, one not found a false negative; a "without" segment
 * found is a false positive, one not found a true negative. Output and segments are compared after
 * {@linkplain #squash squashing} whitespace. An empty output (a failure) finds nothing. Dates are counted apart:
 * pages whose gold date is a full {@code YYYY-MM-DD}, and how many of them the system dated right.
 *
 * <p>Thread safety: an immutable record.
 *
 * @param pages pages counted
 * @param tp "with" segments found
 * @param fn "with" segments missed
 * @param fp "without" segments kept
 * @param tn "without" segments left out
 * @param dated pages with a full gold date
 * @param datesRight of those, pages where the system found exactly that date
 * @param empty pages where the system gave no text (a failure)
 */
public record SegmentCounts(int pages, int tp, int fn, int fp, int tn, int dated, int datesRight, int empty) {
    /** No pages. */
    public static final SegmentCounts NONE = new SegmentCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * The counts for one page.
     *
     * @param output the extracted text (empty when extraction failed)
     * @param with the gold segments that must be in the output
     * @param without the gold segments that must not be
     * @param goldDate the gold publication date ({@code ""} when none)
     * @param foundDate the date the system found, or {@code null}
     */
    public static SegmentCounts ofPage(String output, List<String> with, List<String> without, String goldDate,
            String foundDate) {
        String out = squash(output);
        boolean any = !out.isEmpty();
        int tp = 0;
        int fp = 0;
        for (String segment : with) {
            if (any && out.contains(squash(segment))) {
                tp++;
            }
        }
        for (String segment : without) {
            if (any && out.contains(squash(segment))) {
                fp++;
            }
        }
        boolean dated = goldDate != null && goldDate.matches("\\d{4}-\\d{2}-\\d{2}");
        boolean right = dated && goldDate.equals(foundDate);
        return new SegmentCounts(1, tp, with.size() - tp, fp, without.size() - fp, dated ? 1 : 0, right ? 1 : 0,
                any ? 0 : 1);
    }

    /** The sum of these counts and {@code other}. */
    public SegmentCounts plus(SegmentCounts other) {
        return new SegmentCounts(pages + other.pages, tp + other.tp, fn + other.fn, fp + other.fp, tn + other.tn,
                dated + other.dated, datesRight + other.datesRight, empty + other.empty);
    }

    /** TP / (TP + FP), 0 when nothing was found. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** TP / (TP + FN), 0 when there is nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** (TP + TN) / all segments. */
    public double accuracy() {
        int all = tp + tn + fp + fn;
        return all == 0 ? 0 : (tp + tn) / (double) all;
    }

    /** Precision, recall and F. */
    public Figures figures() {
        return Figures.of(precision(), recall());
    }

    /** Every run of whitespace made one space, and both ends stripped. */
    public static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
