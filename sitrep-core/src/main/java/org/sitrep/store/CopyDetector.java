package org.sitrep.store;

import java.util.Optional;
import org.sitrep.doc.Document;

/**
 * Tells whether two documents are the same story: wire copy or a reworded copy. A {@link Store} given a detector
 * signs each new document's body and links it to the stored documents it copies ({@link Store#findCopies}).
 *
 * <p>The implementation lives outside core (sitrep-read's {@code org.sitrep.read.dedup.NearDuplicates}); core only
 * fixes what a store needs: a signature with band keys to index, a similarity, and the threshold.
 *
 * <p>Thread safety: implementations are stateless and safe for use from several threads.
 *
 * <p>Failure: never throws for any text; a body too short to judge has no signature.
 */
public interface CopyDetector {

    /**
     * The name and version of the signing scheme; signatures of different schemes are never compared, so that a
     * store keeps working after the parameters change.
     */
    String scheme();

    /** The signature of the document's body ({@link Document#body()}), or empty when it is too short to judge. */
    Optional<CopySignature> findSignature(Document doc);

    /** How alike two bodies are, in {@code [0, 1]}, from signatures of this scheme. */
    double similarity(CopySignature a, CopySignature b);

    /** The similarity at or above which one document is a copy of the other. */
    double threshold();
}
