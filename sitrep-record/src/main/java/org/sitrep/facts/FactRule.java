package org.sitrep.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Span;

/**
 * One family of sentence-level rules. A fresh instance reads one document, sentence by sentence, in order, so that
 * it may remember what earlier sentences said (the last mandate decision, the last proposal named).
 */
interface FactRule {

    /** Adds to {@code out} the facts sentence {@code index} of {@code view} states; may amend earlier ones. */
    void find(DocumentView view, int index, List<Fact> out);

    /** Qualifiers from alternating keys and values; null values are left out. */
    static Map<String, String> qualifiers(String... keysAndValues) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null && !keysAndValues[i + 1].isBlank()) {
                q.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return q;
    }

    /** A fact over the evidence span {@code s}. */
    static Fact fact(Span s, String kind, String subject, String predicate, String value, String asOf,
            Map<String, String> qualifiers, String rule, double confidence) {
        return new Fact(s.start(), s.end(), kind, subject, predicate, value == null ? "" : value, asOf, qualifiers,
                "facts/" + rule, confidence);
    }
}
