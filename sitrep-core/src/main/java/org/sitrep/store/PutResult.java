package org.sitrep.store;

/**
 * What {@link Store#put} did.
 *
 * @param documentId the content hash
 * @param added true if the document was new, false if it was already stored
 */
public record PutResult(String documentId, boolean added) {
}
