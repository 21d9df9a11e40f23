package org.sitrep.annotate.corenlp.eval;

import java.util.Map;

/**
 * Entity-level scores of one system on one data set: overall (micro-averaged over all entities) and per type
 * ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC}), in percent as conlleval prints them.
 *
 * @param precision overall precision, percent
 * @param recall overall recall, percent
 * @param f1 overall F1, percent
 * @param perType scores per entity type, sorted by type name
 */
public record NerScores(double precision, double recall, double f1, Map<String, Prf> perType) {
    public NerScores {
        perType = Map.copyOf(perType);
    }
}
