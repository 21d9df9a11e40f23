package org.sitrep.store;

import org.sitrep.doc.Fact;

/**
 * A fact with where it came from. The fact's offsets point into the document named by the provenance.
 *
 * @param fact the fact
 * @param provenance its document and sentence
 */
public record StoredFact(Fact fact, Provenance provenance) {
}
