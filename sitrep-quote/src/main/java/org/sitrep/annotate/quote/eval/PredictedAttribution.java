package org.sitrep.annotate.quote.eval;

import org.sitrep.doc.TextSpan;

/**
 * One attribution a system found, in the terms the gold uses.
 *
 * @param content what was said
 * @param cue the cue, or null when the system gives none
 * @param source the words naming the speaker, or null
 * @param direct whether the system calls it a direct quotation
 */
public record PredictedAttribution(TextSpan content, TextSpan cue, TextSpan source, boolean direct) {
}
