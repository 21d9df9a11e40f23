package org.sitrep.doc;

/**
 * A bare span with no payload: a cue, a source, a mention, a sentence of evidence.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record TextSpan(int start, int end) implements Span {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
