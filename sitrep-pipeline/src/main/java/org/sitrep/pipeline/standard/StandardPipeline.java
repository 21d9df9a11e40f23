package org.sitrep.pipeline.standard;

import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.quantity.QuantityAnnotator;
import org.sitrep.annotate.quote.QuoteAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.facts.FactAnnotator;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;

/**
 * The stages every entry point runs (the command line, the web ingest, the Flink job), in order: clean, CoreNLP,
 * times (which may set the publication date that dated registry titles need), entities, quantities, quotes, facts;
 * each document under a time {@link Budget} ({@link Budget#DEFAULT} unless given).
 *
 * <p>Thread safety: the pipelines it creates are as thread-safe as {@link Pipeline} (one may serve several threads).
 * Creating one loads the CoreNLP models, which takes seconds and a few hundred megabytes: create one per process or
 * per task slot, never per document.
 *
 * <p>Failure: a model that cannot be loaded surfaces as the annotators' own runtime exception.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The standard stages, telling {@code listener} of warnings, under the default budget. */
    public static Pipeline create(PipelineListener listener) {
        return create(listener, Budget.DEFAULT);
    }

    /** The standard stages, telling {@code listener} of warnings, each document under {@code budget}. */
    public static Pipeline create(PipelineListener listener, Budget budget) {
        return Pipeline.builder()
                .add(new BoilerplateAnnotator())
                .add(new CoreNlpAnnotator())
                .add(new TimeAnnotator())
                .add(new EntityAnnotator())
                .add(new QuantityAnnotator())
                .add(new QuoteAnnotator())
                .add(new FactAnnotator())
                .listener(listener)
                .budget(budget)
                .build();
    }

    /** The standard stages, warnings unheard, under the default budget. */
    public static Pipeline create() {
        return create(PipelineListener.NONE);
    }
}
