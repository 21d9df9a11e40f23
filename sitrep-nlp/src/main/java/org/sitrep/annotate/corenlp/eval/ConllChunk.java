package org.sitrep.annotate.corenlp.eval;

/**
 * One entity chunk of a tagged sentence: tokens {@code [start, end)} of sentence {@code sentence}, of one type.
 *
 * @param sentence index of the sentence in the data set
 * @param start first token, inclusive
 * @param end last token, exclusive
 * @param type entity type without prefix ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC})
 */
public record ConllChunk(int sentence, int start, int end, String type) {
}
