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

    /** A figure whose only date is its source's publication date ("The MSS has 700 officers."). */
    static StoredFact reportedStrength(String value, String source, String published) {
        return stored(new Fact(0, 10, Fact.STRENGTH, "mss", "strength", value, published,
                Map.of("unit", "officer", "approximate", "false", "asOfBasis", "published"), "facts/strength", 0.6),
                source, published, "The MSS has " + value + " officers.");
    }

    /** A figure the text hedges ("about 400") or states exactly, dated by the text. */
    static StoredFact strength(String value, boolean approximate, String asOf, String source, String published) {
        return stored(new Fact(0, 10, Fact.STRENGTH, "mss", "strength", value, asOf,
                Map.of("unit", "officer", "approximate", Boolean.toString(approximate), "asOfBasis", "sentence"),
                "facts/strength", 0.8), source, published,
                "The MSS had " + (approximate ? "about " : "") + value + " officers.");
    }

    /** An amount {@code by} gave, pledged or froze ({@code status}), dated only by publication. */
    static StoredFact funding(String status, String by, String amount, String source, String published) {
        return stored(new Fact(0, 10, Fact.FUNDING, "mss", status, amount, published,
                Map.of("currency", "USD", "by", by, "asOfBasis", "published"), "facts/funding-amount", 0.7),
                source, published, "The donor " + status + " " + amount + " dollars for the MSS.");
    }

    /** A meeting of the mission's lead country with another on a day. */
    static StoredFact meeting(String predicate, String date, String source, String published) {
        return stored(new Fact(0, 10, Fact.EVENT, "mss", predicate, "1", date,
                Map.of("participants", "kenya,haiti"), "facts/event", 0.7), source, published,
                "Kenya and Haiti met about the MSS.");
    }

    static StoredFact target(String value, String due, String committedBy, String asOf, String source,
            String published) {
        return stored(new Fact(0, 10, Fact.TARGET, "mss", "target", value, asOf,
                Map.of("unit", "officer", "due", due, "committedBy", committedBy), "facts/target-deadline", 0.8),
                source, published, committedBy + " promised " + value + " officers by " + due + ".");
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
