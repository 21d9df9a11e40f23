package org.sitrep.store;

/**
 * How much the record holds on one entity: the facts about it, the quotes it gave, and the documents that hold
 * either (each counted once).
 *
 * <p>Thread safety: an immutable record.
 *
 * @param facts stored facts whose subject is the entity
 * @param quotes stored quotes whose speaker is resolved to the entity
 * @param documents documents holding at least one of those facts or quotes
 */
public record EntityHoldings(long facts, long quotes, long documents) {
    public EntityHoldings {
        if (facts < 0 || quotes < 0 || documents < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + facts + ", " + quotes + ", " + documents);
        }
    }
}
