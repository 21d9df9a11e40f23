package org.sitrep.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import org.sitrep.doc.Document;
import org.sitrep.store.jdbc.RowDialect;
import org.sitrep.store.jdbc.StoredText;

/**
 * The record's rows in SQLite: the document row keeps the time it was added, and its title and body go to the FTS5
 * table {@code documents_fts} by the row's {@code seq}; a text keeps U+0000; {@code IS NOT} compares NULLs.
 *
 * <p>Immutable and thread-safe.
 */
final class SqliteDialect implements RowDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public StoredText stored(String text) {
        return StoredText.of(text);
    }

    @Override
    public String moreDocumentColumns() {
        return ", added_at";
    }

    @Override
    public String moreDocumentValues() {
        return ", ?";
    }

    @Override
    public void bindMoreDocumentValues(PreparedStatement ps, int first, Document doc) throws SQLException {
        ps.setString(first, Instant.now().toString());
    }

    /**
     * Adds the document, already in the documents table, to the full-text index: its title and its body, never the
     * boilerplate around it (a page's menus and link lists would make every page match their words).
     */
    @Override
    public void afterDocumentRow(Connection c, Document doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents_fts (rowid, title, body)"
                + " SELECT seq, title, ? FROM documents WHERE id = ?")) {
            ps.setString(1, StoredText.of(doc.body()).text());
            ps.setString(2, doc.id());
            ps.executeUpdate();
        }
    }

    @Override
    public String isDistinctFrom(String a, String b) {
        return a + " IS NOT " + b;
    }

    @Override
    public int nullFloatType() {
        return Types.REAL;
    }
    /** One indexed look-up per band: each is a point query on SQLite's primary key, in process. */
    @Override
    public java.util.SortedSet<String> documentsSharingABand(Connection c, String scheme, long[] bandKeys)
            throws SQLException {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id FROM copy_bands WHERE scheme = ? AND band = ? AND band_key = ?")) {
            for (int b = 0; b < bandKeys.length; b++) {
                ps.setString(1, scheme);
                ps.setInt(2, b);
                ps.setLong(3, bandKeys[b]);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }
}
