package org.sitrep.annotate.quote.eval;

import java.util.Map;

/**
 * One system's scores against PolNeAR gold.
 *
 * @param contentF1Exact F1 of content spans that match a gold content piece exactly, direct and indirect together
 * @param contentF1Overlap token-level F1 of content, direct and indirect together
 * @param cueF1 F1 of cue spans matching a gold cue exactly
 * @param sourceF1 F1 of source spans matching a gold source exactly
 * @param speakerAccuracyDirect share of found direct contents whose source overlaps the gold source
 * @param speakerAccuracyIndirect the same for indirect contents
 * @param detail every figure: {@code content.exact.direct}, {@code content.overlap.indirect}, {@code cue.overlap},
 *     {@code source.exact}...
 */
public record QuoteScores(double contentF1Exact, double contentF1Overlap, double cueF1, double sourceF1,
        double speakerAccuracyDirect, double speakerAccuracyIndirect, Map<String, Prf> detail) {
    public QuoteScores {
        detail = Map.copyOf(detail);
    }
}
