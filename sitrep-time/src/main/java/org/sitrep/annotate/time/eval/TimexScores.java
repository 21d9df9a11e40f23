package org.sitrep.annotate.time.eval;

/**
 * Temporal-expression scores as the TempEval-3 scorer defines them, micro-averaged over documents, in percent.
 * Component names are the JSON keys of {@code sitrep eval timex --format json}.
 *
 * @param strict_p precision of exact extents
 * @param strict_r recall of exact extents
 * @param strict_f1 F1 of exact extents
 * @param relaxed_p precision of overlapping extents
 * @param relaxed_r recall of overlapping extents
 * @param relaxed_f1 F1 of overlapping extents
 * @param type_accuracy share of relaxed matches with the right type
 * @param value_f1 value accuracy times relaxed F1 (the TempEval-3 ranking figure)
 * @param value_accuracy share of relaxed matches with the right value
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record TimexScores(double strict_p, double strict_r, double strict_f1, double relaxed_p, double relaxed_r,
        double relaxed_f1, double type_accuracy, double value_f1, double value_accuracy) {

    /** The figures in one line, for text output. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "strict P/R/F1 %.2f/%.2f/%.2f  relaxed P/R/F1 %.2f/%.2f/%.2f  type acc %.2f  value F1 %.2f"
                        + "  value acc %.2f", strict_p, strict_r, strict_f1, relaxed_p, relaxed_r, relaxed_f1,
                type_accuracy, value_f1, value_accuracy);
    }
}
