package org.sitrep.doc;

/**
 * A temporal expression with its TimeML type and normalized value.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TimeML value ({@code 2024-11-07}, {@code 2025-01}, {@code P1Y}, {@code PAST_REF}...), or null when
 *     it could not be normalized
 * @param mod TimeML mod ({@code APPROX}, {@code START}, {@code END}, {@code BEFORE}...), or null
 * @param deadline whether the expression is a deadline ("by January")
 * @param confidence 0 to 1
 */
public record Timex(int start, int end, String type, String value, String mod, boolean deadline, double confidence)
        implements Span {
    public static final String DATE = "DATE";
    public static final String TIME = "TIME";
    public static final String DURATION = "DURATION";
    public static final String SET = "SET";
}
