package org.sitrep.facts;

import java.util.Map;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Published;
import org.sitrep.store.Provenance;
import org.sitrep.store.StoredFact;

/** Stored facts written by hand for record and report tests. */
final class StoredFacts {
    private StoredFacts() {
    }

    static StoredFact strength(String value, String asOf, String source, String published) {
        return stored(new Fact(0, 10, Fact.STRENGTH, "mss", "strength", value, asOf,
                Map.of("unit", "officer", "approximate", "false"), "facts/strength", 0.8), source, published,
                "The MSS has " + value + " officers.");
    }

    static StoredFact target(String value, String due, String asOf, String source, String published) {
        return stored(new Fact(0, 10, Fact.TARGET, "mss", "target", value, asOf,
                Map.of("unit", "officer", "due", due, "committedBy", "kenya", "via", "william-ruto"),
                "facts/target-deadline", 0.8), source, published,
                "Kenya is committed to " + value + " officers by " + due + ".");
    }

    static StoredFact stored(Fact f, String source, String published, String evidence) {
        Published p = published == null ? Published.UNKNOWN : Published.given(published);
        return new StoredFact(f, new Provenance("doc-" + source, source, "Title of " + source, p, evidence));
    }
}
