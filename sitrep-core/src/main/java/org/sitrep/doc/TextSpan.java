package org.sitrep.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    /** {@code text[start, end)} without the white space at its ends; empty where nothing else is left. */
    public static Optional<TextSpan> findTrimmed(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? Optional.of(new TextSpan(s, e)) : Optional.empty();
    }

    /** The lines of {@code text[from, to)}, each without the white space at its ends; blank lines are left out. */
    public static List<TextSpan> linesOf(CharSequence text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            int nl = indexOf(text, '\n', at, to);
            int lineEnd = nl < 0 ? to : nl;
            findTrimmed(text, at, lineEnd).ifPresent(out::add);
            at = lineEnd + 1;
        }
        return out;
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
