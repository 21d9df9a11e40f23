package org.sitrep.annotate.quote.eval;

import java.util.List;
import org.sitrep.doc.TextSpan;

/**
 * One gold attribution of PolNeAR: its content, cue and source pieces (a piece list is empty when absent).
 *
 * @param content content pieces (several for a discontinuous span or a second content)
 * @param cue cue pieces
 * @param source source pieces; empty for an attribution with no source
 * @param direct whether the content starts or ends with a double quotation mark
 */
public record GoldAttribution(List<TextSpan> content, List<TextSpan> cue, List<TextSpan> source, boolean direct) {
    public GoldAttribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
    }
}
