package org.sitrep.annotate.corenlp.eval;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 file: its tokens and their gold NER tags (IOB1 or IOB2, as the file has them).
 *
 * @param tokens the given tokens
 * @param tags one tag per token ({@code O}, {@code B-PER}, {@code I-LOC}...)
 */
public record ConllSentence(List<String> tokens, List<String> tags) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
        }
    }
}
