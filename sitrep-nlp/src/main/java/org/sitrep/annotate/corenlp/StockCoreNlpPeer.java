package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.doc.Mention;

/**
 * CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} pipeline with its default properties (the three default CRF
 * models combined, fine-grained regexner, SUTime, numeric classifiers, entity mentions): the peer that Sitrep's own
 * {@link CoreNlpAnnotator} is measured against, for speed and for NER quality.
 *
 * <p>Thread safety: safe for concurrent use; {@code StanfordCoreNLP.annotate} is thread-safe. The default pipeline
 * is loaded once per JVM, on first use, and shared by every instance made with the no-argument constructor.
 *
 * <p>Failure: {@link #process} never fails on odd text. Loading throws {@link IllegalStateException} if the models
 * jar is missing.
 */
public final class StockCoreNlpPeer {
    /** The annotators of the stock peer. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final Properties overrides;
    private volatile StanfordCoreNLP own;

    /** The stock pipeline with default properties, shared across the JVM. */
    public StockCoreNlpPeer() {
        this.overrides = null;
    }

    /**
     * The stock pipeline with a few properties changed (for example {@code ssplit.eolonly=true} to keep given sentence
     * boundaries); it is loaded for this instance alone, on first use.
     */
    public StockCoreNlpPeer(Properties overrides) {
        this.overrides = new Properties();
        this.overrides.putAll(overrides);
    }

    private static Properties stockProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        return p;
    }

    private static final class Shared {
        static final StanfordCoreNLP PIPELINE = load(stockProperties());
    }

    private static StanfordCoreNLP load(Properties p) {
        try {
            return new StanfordCoreNLP(p);
        } catch (RuntimeException e) {
            throw new IllegalStateException("CoreNLP stock pipeline could not be loaded: " + e.getMessage(), e);
        }
    }

    private StanfordCoreNLP pipeline() {
        if (overrides == null) {
            return Shared.PIPELINE;
        }
        StanfordCoreNLP p = own;
        if (p == null) {
            synchronized (this) {
                if (own == null) {
                    Properties props = stockProperties();
                    props.putAll(overrides);
                    own = load(props);
                }
                p = own;
            }
        }
        return p;
    }

    /** Loads the models now, so that the first {@link #process} is not slowed by it. */
    public void warmUp() {
        pipeline();
    }

    /** Runs the stock pipeline over {@code text} and returns CoreNLP's annotation. */
    public Annotation process(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        return annotation;
    }

    /**
     * The named-entity mentions the stock pipeline finds in {@code text}, with character offsets into it. Its labels
     * are mapped to the four coarse types: {@code PERSON}; {@code LOCATION}, {@code COUNTRY}, {@code CITY},
     * {@code STATE_OR_PROVINCE} as LOCATION; {@code ORGANIZATION}; {@code MISC}, {@code NATIONALITY},
     * {@code RELIGION} as MISC. Every other label (dates, numbers, titles, ideologies...) is no mention.
     */
    public List<Mention> mentionsIn(String text) {
        Annotation annotation = process(text);
        List<Mention> out = new ArrayList<>();
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return out;
        }
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens != null) {
                out.addAll(MentionRuns.of(tokens, 0, text.length(), StockCoreNlpPeer::findCoarseType));
            }
        }
        return out;
    }

    static Optional<String> findCoarseType(String label) {
        return switch (label) {
            case "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Optional.of(Mention.LOCATION);
            case "NATIONALITY", "RELIGION" -> Optional.of(Mention.MISC);
            default -> MentionRuns.findCoarseType(label);
        };
    }
}
