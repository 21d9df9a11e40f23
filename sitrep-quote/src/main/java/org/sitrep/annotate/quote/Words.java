package org.sitrep.annotate.quote;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word-level knowledge taken from CoreNLP: lemmas (its morphology), part-of-speech tags when the token layer has
 * none (its left3words tagger, loaded once on first need).
 *
 * <p>Thread safety: the tagger loads once in a static holder; CoreNLP's morphology is synchronized and its tagger
 * is safe for concurrent {@code tagSentence} calls. Failure: a missing tagger model throws
 * {@link IllegalStateException} naming the model.
 */
final class Words {
    private Words() {
    }

    static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    static String lemma(String word, String pos) {
        String w = word.toLowerCase(Locale.ROOT);
        if (pos == null || !pos.startsWith("VB")) {
            return w;
        }
        try {
            return Morphology.lemmaStatic(w, pos);
        } catch (RuntimeException e) {
            return w;
        }
    }

    /** Penn tags for the words of one sentence, from CoreNLP's tagger. */
    static List<String> tag(List<String> words) {
        List<Word> in = new ArrayList<>(words.size());
        for (String w : words) {
            in.add(new Word(w));
        }
        List<TaggedWord> tagged = TaggerHolder.TAGGER.tagSentence(in);
        List<String> tags = new ArrayList<>(tagged.size());
        for (TaggedWord t : tagged) {
            tags.add(t.tag());
        }
        return tags;
    }

    private static final class TaggerHolder {
        static final MaxentTagger TAGGER = load();

        private static MaxentTagger load() {
            try {
                return new MaxentTagger(TAGGER_MODEL);
            } catch (RuntimeException e) {
                throw new IllegalStateException("cannot load CoreNLP tagger " + TAGGER_MODEL, e);
            }
        }
    }
}
