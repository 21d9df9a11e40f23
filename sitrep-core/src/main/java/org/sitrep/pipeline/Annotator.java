package org.sitrep.pipeline;

import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;

/**
 * One stage of analysis: it reads some layers of a document and adds others.
 *
 * <p>An annotator declares what it {@link #requires()} and what it {@link #produces()}; a {@link Pipeline} checks
 * these when it is built, so a missing stage is found before any document is read.
 *
 * <p>Thread safety: implementations must be safe to call from several threads at once; heavy resources (models)
 * are loaded once and shared.
 *
 * <p>Failure: an annotator never fails on odd text (empty, odd Unicode, no sentences); it returns the document with
 * an empty layer. It throws only for programming errors, and {@link BudgetExceededException} when a loop of it calls
 * {@link Deadline#checkCurrent()} after the document's time has run out.
 */
public interface Annotator {
    /** A short lower-case name, used in messages and per-stage timings. */
    String name();

    /** The layers this stage reads. */
    Set<Layer<?>> requires();

    /** The layers this stage adds. */
    Set<Layer<?>> produces();

    /** Returns {@code doc} with the produced layers added. */
    Document annotate(Document doc);

    /**
     * Loads what this stage needs (models, tables) now, so that no document's time {@link Budget} pays for it. The
     * {@link Pipeline} calls it once, before its first document; by default it does nothing.
     */
    default void warmUp() {
    }
}
