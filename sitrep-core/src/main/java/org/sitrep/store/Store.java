package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.doc.Document;

/**
 * The record: analyzed documents with their layers, and what can be asked of them across documents.
 *
 * <p>Every implementation passes the same contract test ({@code StoreContract} in sitrep-core's test jar).
 *
 * <p>Thread safety: implementations are safe for use from several threads.
 *
 * <p>Failure: I/O and database errors are thrown as {@link StoreException}. {@link #put} is atomic: a document is
 * stored with all its layers or not at all, and storing the same text again changes nothing.
 */
public interface Store extends AutoCloseable {

    /**
     * Stores an analyzed document with every layer it carries, in one transaction.
     *
     * @return whether it was added, or was already there (same content hash)
     */
    PutResult put(Document doc);

    /** Whether a document with this content hash is stored. */
    boolean contains(String documentId);

    /** The stored document with all its layers, as it was put. */
    Optional<Document> findDocument(String documentId);

    /** Stored documents, newest publication date first, then by source. */
    List<DocumentSummary> documents(Page page);

    /** Number of stored documents. */
    long documentCount();

    /** Entities merged across documents by id, with the union of their aliases. */
    List<StoredEntity> entities();

    /** Quotes matching the query, oldest first. */
    List<StoredQuote> quotes(QuoteQuery query);

    /** Facts matching the query, oldest first. */
    List<StoredFact> facts(FactQuery query);

    /**
     * The links between this document and the stored documents that tell the same story, on either side: those it
     * copies and those that copy it. Most similar first, then by the other document's id.
     *
     * <p>{@link #put} records a link when a store given a {@link CopyDetector} sees a new document within the
     * detector's threshold of a stored one; both documents stay stored. A store without a detector links nothing, and
     * so finds no copies; that is what this default says.
     */
    default List<DuplicateLink> findCopies(String documentId) {
        return List.of();
    }

    @Override
    void close();
}
