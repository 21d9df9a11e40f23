package org.sitrep.annotate.quote.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.quote.QuoteAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quote;
import org.sitrep.pipeline.Pipeline;

/**
 * {@code sitrep eval quotes}: scores our quote stage, run behind our whole pipeline (CoreNLP tokens and mentions,
 * entities, times), and CoreNLP's quote attribution on the same PolNeAR articles.
 *
 * <p>Thread safety: each call is independent; the models it loads are shared. Failure: throws
 * {@link IllegalArgumentException} for a folder that is not a PolNeAR compartment and
 * {@link java.io.UncheckedIOException} when it cannot be read.
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    /** Our default pipeline up to quotes, for text with no boilerplate. */
    public static Pipeline ourPipeline() {
        return Pipeline.builder().add(new CoreNlpAnnotator()).add(new EntityAnnotator()).add(new TimeAnnotator())
                .add(new QuoteAnnotator()).build();
    }

    /** Scores both systems on the first {@code limit} articles of {@code dir} ({@code limit <= 0}: all). */
    public static QuoteEvaluationResult run(Path dir, int limit) {
        return run(dir, limit, ourPipeline(), true);
    }

    /** Scores {@code pipeline}'s quotes, and CoreNLP's when {@code withPeer}, on the articles of {@code dir}. */
    public static QuoteEvaluationResult run(Path dir, int limit, Pipeline pipeline, boolean withPeer) {
        List<GoldArticle> articles = BratAttributions.read(dir, limit);
        AttributionScorer ours = new AttributionScorer();
        AttributionScorer peer = new AttributionScorer();
        CoreNlpQuotePeer corenlp = new CoreNlpQuotePeer();
        int attributions = 0;
        long oursNanos = 0;
        long peerNanos = 0;
        for (GoldArticle a : articles) {
            attributions += a.attributions().size();
            long t0 = System.nanoTime();
            List<PredictedAttribution> predicted = ours(pipeline, a);
            long t1 = System.nanoTime();
            ours.add(a.text(), a.attributions(), predicted);
            oursNanos += t1 - t0;
            if (withPeer) {
                long t2 = System.nanoTime();
                List<PredictedAttribution> theirs = corenlp.attributions(a.text());
                peerNanos += System.nanoTime() - t2;
                peer.add(a.text(), a.attributions(), theirs);
            }
        }
        int n = Math.max(1, articles.size());
        return new QuoteEvaluationResult(ours.scores(), peer.scores(), articles.size(), attributions,
                oursNanos / 1e6 / n, peerNanos / 1e6 / n);
    }

    /** Our attributions of one article. */
    static List<PredictedAttribution> ours(Pipeline pipeline, GoldArticle a) {
        Document.Builder b = Document.builder(a.text()).source(a.name());
        if (a.published() != null) {
            b.published(new Published(a.published(), Published.Basis.METADATA, 1.0));
        }
        String firstLine = a.text().lines().findFirst().orElse("");
        b.title(firstLine);
        Document out = pipeline.process(b.build());
        List<PredictedAttribution> predicted = new ArrayList<>();
        for (Quote q : out.layer(Layers.QUOTES)) {
            predicted.add(new PredictedAttribution(new org.sitrep.doc.TextSpan(q.start(), q.end()), q.cue(),
                    q.source(), Quote.DIRECT.equals(q.kind())));
            if (q.lead() != null) {
                // the opening piece of interrupted reported speech: a content piece of the same attribution
                predicted.add(new PredictedAttribution(q.lead(), q.cue(), q.source(), false));
            }
        }
        return predicted;
    }
}
