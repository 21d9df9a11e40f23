package org.sitrep.pipeline;

import org.sitrep.doc.Document;

/**
 * Hears each stage start and finish, to time stages or report progress.
 *
 * <p>Thread safety: a listener shared by a pipeline used from several threads is called from all of them, so it
 * must be thread-safe. Failure: an exception thrown by a listener fails the document being processed.
 */
public interface PipelineListener {
    /** A listener that does nothing. */
    PipelineListener NONE = new PipelineListener() {
    };

    default void stageStarted(Annotator stage, Document doc) {
    }

    default void stageFinished(Annotator stage, Document doc, long nanos) {
    }

    /**
     * A stage analyzed {@code doc} other than as written, and says so in one line (say, a run-on sentence split
     * for the tagger); the document is still analyzed.
     */
    default void warning(Annotator stage, Document doc, String message) {
    }
}
