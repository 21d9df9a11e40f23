package org.sitrep.read;

import java.util.Objects;

/**
 * One problem met while reading an input: which input, how bad, and what is wrong, in one line.
 *
 * <p>Thread safety: an immutable record.
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
