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
 * <p>Failure: {@link Builder#build()} throws {@link PipelineConfigurationException} naming the missing layer and the
 * stage that produces it. {@link #process} passes on what a stage throws.
 */
public final class Pipeline {
    private final List<Annotator> stages;
    private final PipelineListener listener;

    private Pipeline(List<Annotator> stages, PipelineListener listener) {
        this.stages = List.copyOf(stages);
        this.listener = listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this pipeline's stages and listener. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.stages.addAll(stages);
        b.listener = listener;
        return b;
    }

    public List<Annotator> stages() {
        return stages;
    }

    /** Runs every stage over {@code doc} in order; layers the document already has are kept. */
    public Document process(Document doc) {
        Document current = doc;
        for (Annotator stage : stages) {
            listener.stageStarted(stage, current);
            long t0 = System.nanoTime();
            current = stage.annotate(current);
            listener.stageFinished(stage, current, System.nanoTime() - t0);
        }
        return current;
    }

    /** Builds a {@link Pipeline}. Not thread-safe. */
    public static final class Builder {
        private final List<Annotator> stages = new ArrayList<>();
        private final Set<Layer<?>> given = new HashSet<>();
        private PipelineListener listener = PipelineListener.NONE;

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
            return new Pipeline(stages, listener);
        }
    }
}
