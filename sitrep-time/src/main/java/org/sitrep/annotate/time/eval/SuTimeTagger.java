package org.sitrep.annotate.time.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The peer: CoreNLP's SUTime over tokenized, sentence-split, POS-tagged text, with the document date given as
 * {@code docDate}. Loaded once per instance (a few seconds).
 *
 * <p>Thread safety: CoreNLP pipelines may be shared across threads; {@link #tag} keeps no state of its own.
 *
 * <p>Failure: a document SUTime fails on yields no timexes rather than stopping the evaluation.
 */
final class SuTimeTagger {
    private final StanfordCoreNLP pipeline;

    SuTimeTagger() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        pipeline = new StanfordCoreNLP(props);
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.markTimeRanges", "false");
        timeProps.setProperty("sutime.includeRange", "false");
        timeProps.setProperty("sutime.binders", "0");
        pipeline.addAnnotator(new TimeAnnotator("sutime", timeProps));
    }

    List<TimexScorer.Predicted> tag(String text, String docDate) {
        List<TimexScorer.Predicted> out = new ArrayList<>();
        try {
            Annotation a = new Annotation(text);
            if (docDate != null) {
                a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            }
            pipeline.annotate(a);
            List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
            if (timexes == null) {
                return out;
            }
            for (CoreMap cm : timexes) {
                Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
                Integer b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (t == null || b == null || e == null) {
                    continue;
                }
                out.add(new TimexScorer.Predicted(b, e, t.timexType(), t.value()));
            }
        } catch (RuntimeException e) {
            System.err.println("SUTime failed on a document: " + e);
        }
        return out;
    }
}
