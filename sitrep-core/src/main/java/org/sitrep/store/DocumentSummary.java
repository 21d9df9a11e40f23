package org.sitrep.store;

import org.sitrep.doc.Published;

/**
 * One stored document, without its text.
 *
 * @param id content hash
 * @param source path or URL
 * @param title title, or null
 * @param published publication date and its basis
 * @param length characters of text
 */
public record DocumentSummary(String id, String source, String title, Published published, int length) {
}
