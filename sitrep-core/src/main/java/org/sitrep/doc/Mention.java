package org.sitrep.doc;

/**
 * A named-entity mention as the recognizer found it, before resolution to an {@link Entity}.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param type {@link #PERSON}, {@link #ORGANIZATION}, {@link #LOCATION} or {@link #MISC}
 */
public record Mention(int start, int end, String type) implements Span {
    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
    public static final String MISC = "MISC";
}
