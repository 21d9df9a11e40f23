package org.sitrep.doc;

/**
 * A half-open range {@code [start, end)} of character offsets into a {@link Document}'s text.
 *
 * <p>Every annotation in Sitrep is a span, so every fact can point back to the characters it came from.
 * Implementations are immutable records and therefore thread-safe.
 */
public interface Span {
    /** First character, inclusive. */
    int start();

    /** Last character, exclusive. */
    int end();

    /** Number of characters covered. */
    default int length() {
        return end() - start();
    }

    /** Whether this span and {@code other} share at least one character. */
    default boolean overlaps(Span other) {
        return start() < other.end() && other.start() < end();
    }

    /** Whether {@code other} lies wholly inside this span. */
    default boolean encloses(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    /** Orders spans by start, then by end. */
    java.util.Comparator<Span> ORDER = java.util.Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
}
