package org.sitrep.store;

import org.sitrep.doc.Quote;

/**
 * A quote with its content text and where it came from.
 *
 * @param quote the quote, offsets into the document named by the provenance
 * @param text the quoted content
 * @param provenance its document and the sentence holding it
 */
public record StoredQuote(Quote quote, String text, Provenance provenance) {
}
