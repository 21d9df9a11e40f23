package org.sitrep.pipeline;

/** Thrown when a pipeline is built with a stage whose required layer no earlier stage produces. */
public final class PipelineConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PipelineConfigurationException(String message) {
        super(message);
    }
}
