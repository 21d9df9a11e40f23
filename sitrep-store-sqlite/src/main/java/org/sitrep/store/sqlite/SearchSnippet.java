package org.sitrep.store.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a document found by full-text search, around the words that matched, as parts of plain text
 * in order, each marked whether it is a matched word. A page escapes every part and highlights the matched ones, so
 * no markup of the document ever reaches it.
 *
 * <p>Thread safety: immutable.
 *
 * @param parts the passage, in order; empty when the document holds no text to show
 */
public record SearchSnippet(List<Part> parts) {
    /** Opens a matched word in the passage SQLite writes: a private-use character no stored text holds. */
    static final char OPEN = '\uE000';
    /** Closes a matched word. */
    static final char CLOSE = '\uE001';

    /**
     * One run of the passage.
     *
     * @param text the characters, as the document has them
     * @param matched whether they are a word of the query
     */
    public record Part(String text, boolean matched) {
    }

    public SearchSnippet {
        parts = List.copyOf(parts);
    }

    /** The passage as plain text, marks dropped. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** The passage SQLite's {@code snippet()} wrote with {@link #OPEN} and {@link #CLOSE} around matched words. */
    static SearchSnippet parse(String marked) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean matched = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN || c == CLOSE) {
                if (run.length() > 0) {
                    parts.add(new Part(run.toString(), matched));
                    run.setLength(0);
                }
                matched = c == OPEN;
            } else {
                run.append(c);
            }
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), matched));
        }
        return new SearchSnippet(parts);
    }

    /** {@code text} with the two mark characters taken out, so that only SQLite's marks are read as marks. */
    static String unmarked(String text) {
        return text == null ? null : text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }
}
