package org.sitrep.read;

/**
 * Where a {@link DocumentReader} puts what it reads, as it reads it: each document and each problem, in the order
 * met, so that a caller can analyze and store documents while later inputs are still being read, and memory does not
 * grow with the number of inputs. A sink that blocks (say, on a full queue) slows the reading down to its pace.
 *
 * <p>Thread safety: a reader calls a sink from the thread that called it only.
 *
 * <p>Failure: what a sink throws ends the reading and is passed on to the caller.
 */
public interface ReadSink {
    /** A document read. */
    void document(org.sitrep.doc.Document doc);

    /** A problem met: an {@linkplain Diagnostic#isError() error} means an input (or a record of it) gave no document. */
    void diagnostic(Diagnostic diagnostic);
}
