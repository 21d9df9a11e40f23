package org.sitrep.store;

import org.sitrep.doc.Published;

/**
 * Where a stored quote or fact comes from: the document, its source, its date and the sentence.
 *
 * @param documentId content hash of the document
 * @param source the document's path or URL
 * @param title the document's title, or null
 * @param published the document's publication date
 * @param evidence the text of the evidence span (the sentence)
 */
public record Provenance(String documentId, String source, String title, Published published, String evidence) {
}
