package org.sitrep.store;

/**
 * Two stored documents that tell the same story: wire copy, or a reworded copy of an original. Both documents stay
 * stored; the link only says that one is a copy of the other.
 *
 * @param documentId the document stored later, found to be a copy
 * @param copyOfId the document stored earlier, of which it is a copy
 * @param similarity how alike their bodies are, in {@code [0, 1]}, as the store's {@link CopyDetector} measures it
 */
public record DuplicateLink(String documentId, String copyOfId, double similarity) {
    public DuplicateLink {
        if (documentId == null || copyOfId == null) {
            throw new IllegalArgumentException("a duplicate link needs both document ids");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must lie in [0, 1], was " + similarity);
        }
    }

    /** The document on the other side of the link from {@code id}. */
    public String otherThan(String id) {
        return documentId.equals(id) ? copyOfId : documentId;
    }
}
