package org.sitrep.doc;

/**
 * A counted or measured amount: "about 400 officers", "2,500 police officers", "$600 million".
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param value the number
 * @param approximate whether it was hedged ("about", "some", "nearly", "more than")
 * @param modifier the hedge as written, lower-cased ("about", "more than"), or null
 * @param unit the unit or currency ({@code USD}, {@code percent}), or null for a count
 * @param object what is counted, singular head noun ("officer", "police officer"), or null
 */
public record Quantity(int start, int end, double value, boolean approximate, String modifier, String unit,
        String object) implements Span {
}
