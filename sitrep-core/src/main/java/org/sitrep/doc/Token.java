package org.sitrep.doc;

/**
 * One token, with its part-of-speech tag when a tagger ran (Penn Treebank tags), else {@code null}.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param pos Penn Treebank tag, or null
 */
public record Token(int start, int end, String pos) implements Span {
}
