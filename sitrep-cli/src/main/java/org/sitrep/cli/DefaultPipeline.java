package org.sitrep.cli;

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

/** The stages every command runs, in order: clean, CoreNLP, times (which may set the
 * publication date that dated registry titles need), entities, quantities, quotes, facts; each document under a time
 * {@link Budget} ({@link Budget#DEFAULT} unless given). */
final class DefaultPipeline {
    private DefaultPipeline() {
    }

    static Pipeline create(PipelineListener listener) {
        return create(listener, Budget.DEFAULT);
    }

    static Pipeline create(PipelineListener listener, Budget budget) {
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

    static Pipeline create() {
        return create(PipelineListener.NONE);
    }
}
