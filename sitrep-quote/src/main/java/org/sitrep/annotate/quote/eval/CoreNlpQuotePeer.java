package org.sitrep.annotate.quote.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.doc.TextSpan;

/**
 * CoreNLP's own quotation finder with its quote attribution, the peer our quote stage is measured against.
 *
 * <p>It runs {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}: the quote annotator with attribution
 * needs coreference's canonical entity mentions, so coref runs, in its lighter statistical form over dependency
 * mentions (no constituency parse); the attribution sieves themselves run without coref chains
 * ({@code quote.attribution.useCoref=false}), as CoreNLP ships them. It only
 * finds text between quotation marks, so everything it gives is direct; it names no cue. The source is the
 * mention its sieves pick (the canonical mention when it picks none).
 *
 * <p>Thread safety: the pipeline loads once per JVM and CoreNLP's {@code annotate} is safe to call from several
 * threads. Failure: throws {@link IllegalStateException} when the models are missing; a document CoreNLP fails on
 * gives no quotes.
 */
public final class CoreNlpQuotePeer {
    /** The annotators the peer runs. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** The peer with its defaults. */
    public CoreNlpQuotePeer() {
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("coref.md.type", "dependency");
        p.setProperty("quote.attributeQuotes", "true");
        p.setProperty("quote.attribution.useCoref", "false");
        return p;
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = load();

        private static StanfordCoreNLP load() {
            try {
                return new StanfordCoreNLP(properties());
            } catch (RuntimeException e) {
                throw new IllegalStateException("CoreNLP quote peer could not load: " + e.getMessage(), e);
            }
        }
    }

    /** The quotations CoreNLP finds in {@code text}, with their sources. */
    public List<PredictedAttribution> attributions(String text) {
        Annotation ann = new Annotation(text);
        try {
            Holder.PIPELINE.annotate(ann);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<CoreLabel> tokens = ann.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = ann.get(CoreAnnotations.QuotationsAnnotation.class);
        List<PredictedAttribution> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            Integer b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (b == null || e == null || e <= b) {
                continue;
            }
            TextSpan source = span(tokens, q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                    q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
            if (source == null) {
                source = span(tokens, q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                        q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
            }
            out.add(new PredictedAttribution(new TextSpan(b, e), null, source, true));
        }
        return out;
    }

    private static TextSpan span(List<CoreLabel> tokens, Integer begin, Integer end) {
        if (begin == null || end == null || tokens == null || begin < 0 || end >= tokens.size() || end < begin) {
            return null;
        }
        return new TextSpan(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
    }
}
