package org.sitrep.store;

/**
 * A slice of a list: skip {@code offset} rows, return at most {@code limit}.
 *
 * @param offset rows to skip, at least 0
 * @param limit rows to return, 1 to 10,000
 */
public record Page(int offset, int limit) {
    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be at least 0, was " + offset);
        }
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must lie in [1, 10000], was " + limit);
        }
    }

    public static Page first(int limit) {
        return new Page(0, limit);
    }
}
