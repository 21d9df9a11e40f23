package org.sitrep.store;

import java.util.List;

/**
 * A store with a full-text index over its documents' titles and bodies (never a page's menus or link lists).
 *
 * <p>Thread safety: as the store that implements it. Failure: as the store, {@link StoreException}.
 */
public interface TextSearch {

    /**
     * Documents whose title or body hold every word of {@code query}, best match first. The query is read as plain
     * words: operators and punctuation in it have no effect, and words match their stems.
     *
     * @return the matching documents; none for a query without words
     */
    List<DocumentSummary> searchDocuments(String query, Page page);
}
