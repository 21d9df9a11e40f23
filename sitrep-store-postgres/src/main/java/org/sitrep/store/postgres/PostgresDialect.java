package org.sitrep.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.sitrep.doc.Document;
import org.sitrep.store.jdbc.RowDialect;
import org.sitrep.store.jdbc.StoredText;

/**
 * The record's rows in PostgreSQL: the document row holds its own full-text {@code tsvector} (the title weighted A,
 * the body D; never the page's boilerplate), the added time is the column's default, a text cannot keep U+0000,
 * and {@code IS DISTINCT FROM} compares NULLs.
 *
 * <p>Immutable and thread-safe.
 */
final class PostgresDialect implements RowDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** The text search configuration of the index and of every query: English, with Snowball stems. */
    static final String SEARCH_CONFIG = "english";
    /** How much of a body is indexed; a {@code tsvector} holds at most 1 MiB of lexemes and positions. */
    static final int MAX_INDEXED_CHARS = 200_000;

    private PostgresDialect() {
    }

    @Override
    public StoredText stored(String text) {
        return StoredText.withoutNul(text);
    }

    @Override
    public String moreDocumentColumns() {
        return ", search";
    }

    @Override
    public String moreDocumentValues() {
        return ", setweight(to_tsvector('" + SEARCH_CONFIG + "', coalesce(?, '')), 'A') || setweight(to_tsvector('"
                + SEARCH_CONFIG + "', ?), 'D')";
    }

    @Override
    public void bindMoreDocumentValues(PreparedStatement ps, int first, Document doc) throws SQLException {
        ps.setString(first, doc.findTitle().map(t -> StoredText.withoutNul(t).text()).orElse(null));
        ps.setString(first + 1, searchableBody(doc));
    }

    @Override
    public void afterDocumentRow(Connection c, Document doc) {
        // the row's own tsvector is its index entry
    }

    /**
     * The text the full-text index holds besides the title: the document's body, never the boilerplate around it (a
     * page's menus and link lists would make every page match their words), cut to {@value #MAX_INDEXED_CHARS}
     * characters, within what a {@code tsvector} can hold.
     */
    static String searchableBody(Document doc) {
        String body = doc.body();
        if (body.length() > MAX_INDEXED_CHARS) {
            body = body.substring(0, MAX_INDEXED_CHARS);
        }
        return StoredText.withoutNul(body).text();
    }

    @Override
    public String isDistinctFrom(String a, String b) {
        return "CAST(" + a + " AS TEXT) IS DISTINCT FROM " + b;
    }

    @Override
    public int nullFloatType() {
        return Types.DOUBLE;
    }
    /**
     * Every band in one statement: one round trip to the server instead of one per band. Each band is looked up on
     * the primary key, whatever the table's statistics say: the {@code OFFSET 0} keeps the planner from joining the
     * bands to a scan of every stored band of the scheme, which it chose while a new store had no statistics yet
     * (until autovacuum's first analyze), at a cost that grew with the store: 2.4 ms a put at 300 documents against
     * 0.13 ms for the lookups.
     */
    /** The documents of a scheme sharing a band: parameters band numbers, their keys (arrays), the scheme. */
    static final String SHARING_A_BAND = "SELECT DISTINCT x.document_id FROM unnest(?, ?) AS k (band, band_key)"
            + " CROSS JOIN LATERAL (SELECT b.document_id FROM copy_bands b WHERE b.scheme = ? AND b.band = k.band"
            + " AND b.band_key = k.band_key OFFSET 0) x";

    @Override
    public java.util.SortedSet<String> documentsSharingABand(Connection c, String scheme, long[] bandKeys)
            throws SQLException {
        Integer[] bandNumbers = new Integer[bandKeys.length];
        Long[] keys = new Long[bandKeys.length];
        for (int b = 0; b < bandKeys.length; b++) {
            bandNumbers[b] = b;
            keys[b] = bandKeys[b];
        }
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(SHARING_A_BAND)) {
            ps.setArray(1, c.createArrayOf("integer", bandNumbers));
            ps.setArray(2, c.createArrayOf("bigint", keys));
            ps.setString(3, scheme);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
