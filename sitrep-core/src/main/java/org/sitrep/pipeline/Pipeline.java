package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;

/**
 * An ordered chain of {@link Annotator}s, checked when it is built.
 *
 * <p>Thread safety: a pipeline is immutable and as thread-safe as its annotators and listener; one instance may
 * process documents from several threads at once.
 *
 * <p>Time: each document is analyzed under a {@link Budget} (none unless {@link Builder#budget} sets one). Its
 * {@link Deadline} is checked before each stage and, through {@link Deadline#checkCurrent()}, inside the stages'
 * long loops. Stages {@linkplain Annotator#warmUp() warm up} once, before the first document's clock starts.
 *
 * <p>Failure: {@link Builder#build()} throws {@link PipelineConfigurationException} naming the missing layer and the
 * stage that produces it. {@link #process} passes on what a stage throws, and throws
 * {@link BudgetExceededException} naming the stage when a document's time runs out.
 */
public final class Pipeline {
    private static final ThreadLocal<Warnings> WARNINGS = new ThreadLocal<>();

    private final List<Annotator> stages;
    private final PipelineListener listener;
    private final Budget budget;
    private volatile boolean warm;

    private Pipeline(List<Annotator> stages, PipelineListener listener, Budget budget) {
        this.stages = List.copyOf(stages);
        this.listener = listener;
        this.budget = budget;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this pipeline's stages and listener. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.stages.addAll(stages);
        b.listener = listener;
        b.budget = budget;
        return b;
    }

    public List<Annotator> stages() {
        return stages;
    }

    /** The time each document may take. */
    public Budget budget() {
        return budget;
    }

    /**
     * Warms every stage up (loads models) and runs one short sample text through them, unheard by the listener and
     * with no budget, so that what stages load or compile on their first document is not paid for by a real one;
     * once per pipeline. {@link #process} does it before its first document.
     */
    public void warmUp() {
        if (!warm) {
            synchronized (this) {
                if (!warm) {
                    stages.forEach(Annotator::warmUp);
                    run(Document.builder(WARM_UP_TEXT).source("warm-up").build(), Deadline.NEVER,
                            PipelineListener.NONE);
                    warm = true;
                }
            }
        }
    }

    private static final String WARM_UP_TEXT = "Kenya sends more police to Haiti\n\nAbout 200 more Kenyan police "
            + "officers arrived in Port-au-Prince on Saturday, January 18, 2025, officials said. \"We are ready,\" "
            + "said the commander, Godfrey Otunge.\n";

    /**
     * Runs every stage over {@code doc} in order, under this pipeline's budget; layers the document already has are
     * kept.
     *
     * @throws BudgetExceededException if the document's time runs out, naming the stage
     */
    public Document process(Document doc) {
        warmUp();
        return run(doc, budget.deadlineFor(doc), listener);
    }

    private Document run(Document doc, Deadline deadline, PipelineListener heard) {
        Warnings previous = WARNINGS.get();
        try (Deadline.Scope scope = deadline.install()) {
            Document current = doc;
            for (Annotator stage : stages) {
                deadline.enter(stage.name());
                deadline.check();
                WARNINGS.set(new Warnings(heard, stage, current));
                heard.stageStarted(stage, current);
                long t0 = System.nanoTime();
                current = stage.annotate(current);
                heard.stageFinished(stage, current, System.nanoTime() - t0);
                deadline.check();
            }
            return current;
        } finally {
            if (previous == null) {
                WARNINGS.remove();
            } else {
                WARNINGS.set(previous);
            }
        }
    }

    /**
     * Tells the listener of the pipeline running on this thread that the current stage analyzed the current
     * document other than as written ({@link PipelineListener#warning}); outside a pipeline it does nothing.
     */
    public static void warn(String message) {
        Warnings w = WARNINGS.get();
        if (w != null) {
            w.listener().warning(w.stage(), w.doc(), message);
        }
    }

    private record Warnings(PipelineListener listener, Annotator stage, Document doc) {
    }

    /** Builds a {@link Pipeline}. Not thread-safe. */
    public static final class Builder {
        private final List<Annotator> stages = new ArrayList<>();
        private final Set<Layer<?>> given = new HashSet<>();
        private PipelineListener listener = PipelineListener.NONE;
        private Budget budget = Budget.UNLIMITED;

        /** Appends a stage. */
        public Builder add(Annotator stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /** Declares layers that documents already carry when they enter the pipeline. */
        public Builder given(Layer<?>... layers) {
            Collections.addAll(given, layers);
            return this;
        }

        public Builder listener(PipelineListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** The time each document may take; {@link Budget#UNLIMITED} by default. */
        public Builder budget(Budget budget) {
            this.budget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * Checks that every stage's required layers are produced by an earlier stage (or given), then builds.
         *
         * @throws PipelineConfigurationException naming the first missing layer and who produces it
         */
        public Pipeline build() {
            Set<Layer<?>> available = new HashSet<>(given);
            for (Annotator stage : stages) {
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new PipelineConfigurationException("stage '" + stage.name() + "' requires the '"
                                + needed.name() + "' layer, which no earlier stage produces; add "
                                + needed.producedBy() + " before it");
                    }
                }
                available.addAll(stage.produces());
            }
            return new Pipeline(stages, listener, budget);
        }
    }
}
