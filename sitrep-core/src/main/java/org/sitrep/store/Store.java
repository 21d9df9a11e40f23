package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The entity with this id or name, else with this alias, compared ignoring case and surrounding space; of
     * several, the one {@link #entities()} lists first (mentioned by most documents).
     *
     * <p>This default scans {@link #entities()}; a store with an index should answer it from the index.
     */
    default Optional<StoredEntity> findEntity(String idNameOrAlias) {
        if (idNameOrAlias == null || idNameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String q = idNameOrAlias.strip();
        List<StoredEntity> all = entities();
        return all.stream().filter(e -> e.id().equalsIgnoreCase(q) || (e.name() != null && e.name().equalsIgnoreCase(q)))
                .findFirst()
                .or(() -> all.stream().filter(e -> e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))).findFirst());
    }

    /**
     * The entity ids that stored facts are about, each with how many facts are about it; most facts first, then by
     * id. Facts without a subject are not counted.
     *
     * <p>This default pages through {@link #facts}; a store with an index should count in the index.
     */
    default Map<String, Long> factCountsBySubject() {
        Map<String, Long> counts = new java.util.HashMap<>();
        int pageSize = 10_000;
        for (int offset = 0;; offset += pageSize) {
            List<StoredFact> facts = facts(new FactQuery(null, null, null, null, new Page(offset, pageSize)));
            facts.stream().map(f -> f.fact().subject()).filter(java.util.Objects::nonNull)
                    .forEach(s -> counts.merge(s, 1L, Long::sum));
            if (facts.size() < pageSize) {
                break;
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * What the record holds on each entity it holds anything on (facts about it, quotes it gave, the documents
     * holding them), by entity id in id order. Facts without a subject and quotes whose speaker is not resolved to an
     * entity are not counted.
     *
     * <p>This default pages through {@link #facts} and {@link #quotes}; a store with an index should count in it.
     */
    default Map<String, EntityHoldings> holdingsByEntity() {
        Map<String, long[]> counts = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> documents = new java.util.HashMap<>();
        int pageSize = 10_000;
        for (int offset = 0;; offset += pageSize) {
            List<StoredFact> facts = facts(new FactQuery(null, null, null, null, new Page(offset, pageSize)));
            for (StoredFact f : facts) {
                if (f.fact().subject() != null) {
                    counts.computeIfAbsent(f.fact().subject(), k -> new long[2])[0]++;
                    documents.computeIfAbsent(f.fact().subject(), k -> new java.util.HashSet<>())
                            .add(f.provenance().documentId());
                }
            }
            if (facts.size() < pageSize) {
                break;
            }
        }
        for (int offset = 0;; offset += pageSize) {
            List<StoredQuote> quotes = quotes(new QuoteQuery(null, null, null, new Page(offset, pageSize)));
            for (StoredQuote q : quotes) {
                String id = q.quote().speaker() == null ? null : q.quote().speaker().entityId();
                if (id != null) {
                    counts.computeIfAbsent(id, k -> new long[2])[1]++;
                    documents.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(q.provenance().documentId());
                }
            }
            if (quotes.size() < pageSize) {
                break;
            }
        }
        Map<String, EntityHoldings> out = new LinkedHashMap<>();
        counts.forEach((id, n) -> out.put(id, new EntityHoldings(n[0], n[1], documents.get(id).size())));
        return out;
    }

    /**
     * A number that changes whenever a put adds a document, here or (for a store shared through a file) in another
     * process; a repeated put leaves it as it was. Equal versions of one store mean the same record, so that what
     * is computed from the record can be kept until the version moves. Cheap to ask.
     *
     * <p>This default is {@link #documentCount()}, which grows with every document added, as documents are never
     * removed.
     */
    default long version() {
        return documentCount();
    }

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
