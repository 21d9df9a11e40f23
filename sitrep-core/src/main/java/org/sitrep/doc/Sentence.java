package org.sitrep.doc;

/**
 * One sentence of the article body. Sentences never overlap boilerplate.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Sentence(int start, int end) implements Span {
}
