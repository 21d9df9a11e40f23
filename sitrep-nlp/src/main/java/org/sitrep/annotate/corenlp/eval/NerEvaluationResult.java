package org.sitrep.annotate.corenlp.eval;

/**
 * Sitrep's NER against CoreNLP's stock NER on the same sentences.
 *
 * @param ours scores of {@link org.sitrep.annotate.corenlp.CoreNlpAnnotator}
 * @param corenlp scores of CoreNLP's stock {@code ner} annotator ({@link org.sitrep.annotate.corenlp.StockCoreNlpPeer})
 * @param sentences number of sentences scored
 */
public record NerEvaluationResult(NerScores ours, NerScores corenlp, int sentences) {
}
