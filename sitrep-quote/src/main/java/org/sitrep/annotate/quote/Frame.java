package org.sitrep.annotate.quote;

/**
 * A cue of speech with its source and the side its content lies on, in token indices of one reading.
 *
 * <p>Thread safety: mutable, filled in by {@link CueFinder} and read within one reading. Failure: none.
 */
final class Frame {
    /** Where the content lies: before the speech clause ("“…,” he said") or after the cue ("He said …"). */
    enum Side { LEFT, RIGHT }

    int sentence;
    int cueFrom;
    int cueTo;
    int srcFrom = -1;
    int srcTo = -1;
    Side side;
    /** For LEFT frames: the first token of the speech clause (source, "as", the inverted verb). */
    int clauseFrom;
    /** For RIGHT frames: the first token of the content. */
    int contentFrom;
    Frame sharesSourceWith;
    /** For a verb sharing its source: the comma or conjunction that joins it ("and on Tuesday will outline"), or -1. */
    int linkFrom = -1;
    /** For RIGHT frames whose content is a phrase, not the rest of the clause: its end (exclusive), else 0. */
    int contentTo;
    /** A cue of attitude or belief rather than of speech: it claims no quotation that follows a sentence. */
    boolean weak;
}
