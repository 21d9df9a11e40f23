package org.sitrep.read;

import java.util.Objects;

/**
 * One problem met while reading an input: which input, how bad, and what is wrong, in one line.
 *
 * <p>One line whatever the input holds: the input's name and the message often quote the input (a path, an archive's
 * target URI, a parser's message), so every control character and line or paragraph separator in them is written
 * as an escape ({@code \r}, {@code \n}, {@code \t}, {@code \u005Cu001B} for ESC): a record's URI cannot break the
 * line, or send a terminal escape sequence to the operator's screen.
 *
 * <p>Thread safety: an immutable record. Failure: the constructor throws {@link NullPointerException} for a null
 * part.
 *
 * @param input the input it concerns: a path as given, {@code -} for standard input, or {@code file:line}
 * @param severity {@link Severity#ERROR} when the input (or line) yielded no document, {@link Severity#WARNING}
 *     when it was read but not quite as it should be
 * @param message what is wrong, in plain words
 */
public record Diagnostic(String input, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The input was read, with a caveat (say, a guessed encoding). */
        WARNING,
        /** The input, or one record of it, was not read. */
        ERROR
    }

    public Diagnostic {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        input = oneLine(input);
        message = oneLine(message);
    }

    /** {@code s} with each control character and line or paragraph separator written as an escape. */
    static String oneLine(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean breaks = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            if (breaks && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (!breaks) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    static Diagnostic error(String input, String message) {
        return new Diagnostic(input, Severity.ERROR, message);
    }

    static Diagnostic warning(String input, String message) {
        return new Diagnostic(input, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code <input>: <message>}. */
    @Override
    public String toString() {
        return input + ": " + message;
    }
}
