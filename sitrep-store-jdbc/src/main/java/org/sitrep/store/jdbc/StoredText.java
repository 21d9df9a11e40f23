package org.sitrep.store.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A document text as a database in UTF-8 can hold it, and the way back.
 *
 * <p>UTF-8 cannot encode a lone UTF-16 surrogate: a driver would write {@code ?} in its place. PostgreSQL also
 * refuses the character U+0000. So each character the database cannot hold is written as U+FFFD (one UTF-16 unit,
 * so every offset stays valid) and listed as a repair, {@code [offset, char]}, from which {@link #restore} gives back
 * the exact text. Well-formed texts need no repairs.
 *
 * <p>Thread safety: immutable. Failure: {@link #restore} throws {@link IllegalArgumentException} for a repair that
 * lies outside the text.
 *
 * @param text the text with the characters the database cannot hold replaced
 * @param repairs the offsets and original characters of the replaced ones; empty for a well-formed text
 */
public record StoredText(String text, List<int[]> repairs) {

    /** The storable form of {@code original} for a database that holds U+0000 (SQLite): lone surrogates replaced. */
    public static StoredText of(String original) {
        return of(original, false);
    }

    /** The storable form of {@code original} for a database that refuses U+0000 too (PostgreSQL). */
    public static StoredText withoutNul(String original) {
        return of(original, true);
    }

    private static StoredText of(String original, boolean nul) {
        List<int[]> repairs = new ArrayList<>();
        char[] chars = null;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < original.length()
                    && Character.isLowSurrogate(original.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || nul && c == '\u0000') {
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
    public String restore() {
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
