package org.sitrep.store;

import org.sitrep.doc.Quote;

/**
 * A quote with its content text and where it came from.
 *
 * @param quote the quote, offsets into the document named by the provenance
 * @param text the quoted content
 * @param provenance its document and the sentence holding it
 * @param lead the text of {@link Quote#lead()}, the opening words of interrupted reported speech, or null
 */
public record StoredQuote(Quote quote, String text, Provenance provenance, String lead) {
    /** A quote whose content is one span. */
    public StoredQuote(Quote quote, String text, Provenance provenance) {
        this(quote, text, provenance, null);
    }
}
