package org.sitrep.doc;

import java.util.Map;
import java.util.TreeMap;

/**
 * One statement of the record: subject, predicate, value, when it holds, and the sentence it came from.
 *
 * <p>The span is the evidence: the characters of the sentence that state the fact. Qualifiers carry what a kind
 * of fact needs beyond the triple, with lower-case keys: {@code unit}, {@code approximate}, {@code due},
 * {@code committedBy}, {@code vote}, {@code until}, {@code stance}...
 *
 * @param start first character of the evidence, inclusive
 * @param end last character of the evidence, exclusive
 * @param kind {@link #STRENGTH}, {@link #TARGET}, {@link #MANDATE}, {@link #FUNDING}, {@link #EVENT} or
 *     {@link #POSITION}
 * @param subject entity id the fact is about
 * @param predicate what is said of it ("strength", "target", "extend", "support")
 * @param value the value as text (a number, a date, an entity id)
 * @param asOf the TimeML date it holds as of, or null when unknown (never today's date)
 * @param qualifiers extra fields, sorted by key
 * @param extractor the stage and rule that found it
 * @param confidence 0 to 1
 */
public record Fact(int start, int end, String kind, String subject, String predicate, String value, String asOf,
        Map<String, String> qualifiers, String extractor, double confidence) implements Span {
    public static final String STRENGTH = "strength";
    public static final String TARGET = "target";
    public static final String MANDATE = "mandate";
    public static final String FUNDING = "funding";
    public static final String EVENT = "event";
    public static final String POSITION = "position";

    public Fact {
        qualifiers = java.util.Collections.unmodifiableMap(new TreeMap<>(qualifiers));
    }

    /** A qualifier's value, if present. */
    public java.util.Optional<String> findQualifier(String key) {
        return java.util.Optional.ofNullable(qualifiers.get(key));
    }
}
