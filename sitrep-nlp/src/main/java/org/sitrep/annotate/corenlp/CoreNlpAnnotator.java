package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;

/**
 * Tokens with part-of-speech tags, sentences and named-entity mentions through Stanford CoreNLP, configured for speed:
 * PTB tokenizer, newline-bounded sentence splitter, the left3words tagger and the single CoNLL 4-class CRF model
 * (PERSON, ORGANIZATION, LOCATION, MISC) with no fine-grained, numeric, SUTime or entity-mention post-processing.
 *
 * <p>A document whose source names a language other than English ({@link Document#isEnglishOrUnknown()}) gets no
 * part-of-speech tags: the English tagger's search over the tags of unknown words makes such text about twelve times
 * slower, for tags that mean nothing there. Its mentions are the same, as the NER model reads no tags.
 *
 * <p>Only the document's {@linkplain Document#bodySegments() body segments} are read, each on its own, so nothing in
 * boilerplate is tokenized. A sentence never crosses a newline (scrapes put a paragraph or the title on each line);
 * whitespace-only lines give no sentence. Token, sentence and mention offsets are document offsets.
 *
 * <p>Thread safety: safe for concurrent use. The models load once per JVM, on first use, into a shared pipeline
 * whose {@code annotate} is thread-safe; instances are cheap and share it.
 *
 * <p>Failure: never fails on odd text (empty, odd Unicode, lone surrogates, a 5,000-character word); such text gives
 * empty or sparse layers. Throws {@link IllegalStateException} on first use if the CoreNLP models jar is missing
 * from the class path.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** The single NER model: CoNLL-2003 4-class with distributional-similarity features. */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    /** Creates the annotator; models load on the first {@link #annotate} or {@link #warmUp()}. */
    public CoreNlpAnnotator() {
    }

    /** The CoreNLP properties this stage runs with, with or without part-of-speech tags. */
    static Properties properties(boolean tags) {
        Properties p = new Properties();
        p.setProperty("annotators", tags ? "tokenize,ssplit,pos,ner" : "tokenize,ssplit,ner");
        // the NER model reads words, shapes and word clusters, never tags
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("ner.language", "en");
        return p;
    }

    private static StanfordCoreNLP load(boolean tags) {
        try {
            return new StanfordCoreNLP(properties(tags));
        } catch (RuntimeException e) {
            throw new IllegalStateException("CoreNLP models could not be loaded (is stanford-corenlp:models on the"
                    + " class path?): " + e.getMessage(), e);
        }
    }

    private static final class Models {
        static final StanfordCoreNLP PIPELINE = load(true);
    }

    /**
     * The pipeline without the tagger, loaded on the first document in another language, on its own (CoreNLP's
     * annotator cache shares the NER model with {@link Models} when both are loaded).
     */
    private static final class UntaggedModels {
        static final StanfordCoreNLP PIPELINE = load(false);
    }

    /** Loads the models now (once per JVM), so that the first document is not slowed by it. */
    public static void warmUp() {
        Models.PIPELINE.getClass();
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    @Override
    public Document annotate(Document doc) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        StanfordCoreNLP pipeline = doc.isEnglishOrUnknown() ? Models.PIPELINE : UntaggedModels.PIPELINE;
        for (TextSpan segment : doc.bodySegments()) {
            String part = text.substring(segment.start(), segment.end());
            if (part.isBlank()) {
                continue;
            }
            Annotation annotation = new Annotation(part);
            pipeline.annotate(annotation);
            collect(annotation, segment.start(), text, tokens, sentences, mentions);
        }
        return doc.newBuilder()
                .layer(Layers.TOKENS, tokens)
                .layer(Layers.SENTENCES, sentences)
                .layer(Layers.MENTIONS, mentions)
                .build();
    }

    private static void collect(Annotation annotation, int shift, String text, List<Token> tokens,
            List<Sentence> sentences, List<Mention> mentions) {
        int limit = text.length();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return;
        }
        for (CoreMap sentence : coreSentences) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                continue;
            }
            int sentenceStart = -1;
            int sentenceEnd = -1;
            for (CoreLabel label : labels) {
                int s = clamp(label.beginPosition() + shift, limit);
                int e = Math.max(s, clamp(label.endPosition() + shift, limit));
                if (e == s) {
                    continue;
                }
                if (sentenceStart >= 0 && hasNewline(text, sentenceEnd, s)) {
                    sentences.add(new Sentence(sentenceStart, sentenceEnd));
                    sentenceStart = -1;
                }
                if (sentenceStart < 0) {
                    sentenceStart = s;
                }
                sentenceEnd = e;
                tokens.add(new Token(s, e, label.tag()));
            }
            if (sentenceStart >= 0) {
                sentences.add(new Sentence(sentenceStart, sentenceEnd));
            }
            mentions.addAll(MentionRuns.of(labels, shift, limit, MentionRuns::findCoarseType));
        }
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int clamp(int offset, int limit) {
        return Math.max(0, Math.min(offset, limit));
    }
}
