package org.sitrep.annotate.time.eval;

import java.util.List;

/**
 * The outcome of {@link TimexEvaluation#run}: our scores, SUTime's on the same documents, and the counts.
 *
 * @param ours the time stage's scores
 * @param sutime SUTime's scores, or null when it was not run
 * @param documents the number of documents scored
 * @param timexes the number of gold temporal expressions scored (the DCT excluded)
 * @param problems one line for each file that could not be scored (not well-formed, unreadable), naming it
 */
public record TimexEvaluationResult(TimexScores ours, TimexScores sutime, int documents, int timexes,
        List<String> problems) {

    /** Keeps an unmodifiable copy of {@code problems}. */
    public TimexEvaluationResult {
        problems = List.copyOf(problems);
    }
}
