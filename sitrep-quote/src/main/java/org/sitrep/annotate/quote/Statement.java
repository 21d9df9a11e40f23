package org.sitrep.annotate.quote;

import org.sitrep.doc.Quote;
import org.sitrep.doc.TextSpan;

/**
 * A statement found: its content (characters), kind, the frame that reports it (null for a continuation) or the
 * statement it continues, and, once resolved, its cue, source, speaker, channel and date.
 *
 * <p>Thread safety: mutable, filled in within one reading. Failure: none.
 */
final class Statement {
    int start;
    int end;
    String kind;
    Frame frame;
    Statement continues;
    TextSpan cue;
    TextSpan source;
    Quote.Speaker speaker;
    String speakerType;
    String channel;
    String date;
    int sentence;
    /** The opening words the speech clause interrupts ("Climate change, he says, is …"): characters, or -1. */
    int leadStart = -1;
    int leadEnd = -1;
}
