package org.sitrep.store.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * A document text as PostgreSQL can hold it, and the way back.
 *
 * <p>A PostgreSQL database in UTF-8 holds neither a lone UTF-16 surrogate (the driver would write {@code ?} in its
 * place) nor the character U+0000 (the server refuses it). So each of them is written as U+FFFD (one UTF-16 unit, so
 * every offset stays valid) and listed as a repair, {@code [offset, char]}, from which {@link #restore} gives back
 * the exact text. Well-formed texts need no repairs.
 *
 * <p>Thread safety: immutable. Failure: {@link #restore} throws {@link IllegalArgumentException} for a repair that
 * lies outside the text.
 *
 * @param text the text with lone surrogates replaced
 * @param repairs the offsets and original characters of the replaced ones; empty for a well-formed text
 */
record StoredText(String text, List<int[]> repairs) {

    /** The storable form of {@code original}. */
    static StoredText of(String original) {
        List<int[]> repairs = new ArrayList<>();
        char[] chars = null;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < original.length()
                    && Character.isLowSurrogate(original.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\u0000') {
                if (chars == null) {
                    chars = original.toCharArray();
                }
                chars[i] = '\uFFFD';
                repairs.add(new int[] {i, c});
            }
        }
        return new StoredText(chars == null ? original : new String(chars), List.copyOf(repairs));
    }

    /** The original text. */
    String restore() {
        if (repairs.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int[] repair : repairs) {
            if (repair.length != 2 || repair[0] < 0 || repair[0] >= chars.length) {
                throw new IllegalArgumentException("text repair lies outside the text of length " + chars.length);
            }
            chars[repair[0]] = (char) repair[1];
        }
        return new String(chars);
    }
}
