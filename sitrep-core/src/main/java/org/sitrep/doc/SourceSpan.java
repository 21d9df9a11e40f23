package org.sitrep.doc;

/**
 * Where a stretch of a document's text came from in the markup it was read from: the provenance of clean text.
 *
 * <p>A reader that takes text out of HTML writes one source span for each run of text it took from one text node
 * of the page (or from the element that gave the title). Offsets into the markup count characters of the page as
 * decoded from its charset. When the two stretches have the same length, character {@code start + i} of the text
 * came from character {@code sourceStart + i} of the markup; otherwise (entities such as {@code &amp;}, collapsed
 * white space) the whole run came from the whole stretch. See {@link #sourceOffsetOf(int)}.
 *
 * <p>Thread safety: an immutable record. Failure: the constructor throws {@link IllegalArgumentException} for a
 * markup range that is negative or reversed.
 *
 * @param start first character of the text, inclusive
 * @param end last character of the text, exclusive
 * @param sourceStart first character of the markup, inclusive
 * @param sourceEnd last character of the markup, exclusive
 */
public record SourceSpan(int start, int end, int sourceStart, int sourceEnd) implements Span {
    public SourceSpan {
        if (sourceStart < 0 || sourceEnd < sourceStart) {
            throw new IllegalArgumentException("bad markup range [" + sourceStart + ", " + sourceEnd + ")");
        }
    }

    /** Whether each character of the text maps to one character of the markup. */
    public boolean mapsEachCharacter() {
        return end - start == sourceEnd - sourceStart;
    }

    /**
     * The markup offset of text offset {@code offset}, which must lie in this span: exact when
     * {@link #mapsEachCharacter()}, else the start of the markup stretch.
     *
     * @throws IllegalArgumentException if the offset lies outside this span
     */
    public int sourceOffsetOf(int offset) {
        if (offset < start || offset > end) {
            throw new IllegalArgumentException("offset " + offset + " lies outside [" + start + ", " + end + ")");
        }
        return mapsEachCharacter() ? sourceStart + (offset - start) : sourceStart;
    }
}
