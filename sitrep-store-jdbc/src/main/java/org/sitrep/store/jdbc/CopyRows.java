package org.sitrep.store.jdbc;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.store.CopyDetector;
import org.sitrep.store.CopySignature;
import org.sitrep.store.DuplicateLink;

/**
 * The rows of copy detection: a document's signature, its band keys, and its links to the stored documents it copies.
 *
 * <p>Runs inside the caller's transaction. Writers in other transactions must not link at the same time, or two
 * copies put at once would not see each other's bands: SQLite's store writes one transaction at a time, PostgreSQL's
 * calls {@link #link} only while it holds the lock on the record's version row, which it keeps until its commit.
 * Immutable; fails with the database's {@link SQLException}.
 */
public final class CopyRows {
    private final RowDialect dialect;

    /** Copy rows of the database {@code dialect} speaks for. */
    public CopyRows(RowDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Links a newly inserted document, signed by {@code detector}, to the stored documents of the same scheme sharing
     * a band key whose similarity reaches the threshold, and indexes its signature.
     *
     * @return how many links were recorded
     */
    public int link(Connection c, CopyDetector detector, Document doc, CopySignature signature, StringBuilder progress)
            throws SQLException {
        progress.setLength(0);
        progress.append("the copy links");
        String scheme = detector.scheme();
        long[] bands = signature.bandKeys();
        Set<String> candidates = new LinkedHashSet<>(dialect.documentsSharingABand(c, scheme, bands));
        candidates.remove(doc.id());
        int links = 0;
        try (PreparedStatement read = c.prepareStatement(
                "SELECT signature FROM copy_signatures WHERE document_id = ? AND scheme = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO duplicate_links (document_id, copy_of_id, similarity) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            for (String other : candidates) {
                read.setString(1, other);
                read.setString(2, scheme);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    CopySignature stored = new CopySignature(unpack(rs.getBytes(1)), new long[0]);
                    double similarity = detector.similarity(signature, stored);
                    if (similarity >= detector.threshold()) {
                        insert.setString(1, doc.id());
                        insert.setString(2, other);
                        insert.setDouble(3, Math.max(0, Math.min(1, similarity)));
                        links += insert.executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO copy_signatures (document_id, scheme, signature) VALUES (?, ?, ?)")) {
            ps.setString(1, doc.id());
            ps.setString(2, scheme);
            ps.setBytes(3, pack(signature.values()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO copy_bands (scheme, band, band_key, document_id) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")) {
            for (int b = 0; b < bands.length; b++) {
                ps.setString(1, scheme);
                ps.setInt(2, b);
                ps.setLong(3, bands[b]);
                ps.setString(4, doc.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return links;
    }

    /** The links on either side of {@code documentId}, most similar first, then by the other document's id. */
    public static List<DuplicateLink> find(Connection c, String documentId) throws SQLException {
        List<DuplicateLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, copy_of_id, similarity FROM duplicate_links"
                + " WHERE document_id = ? UNION ALL SELECT document_id, copy_of_id, similarity FROM duplicate_links"
                + " WHERE copy_of_id = ?")) {
            ps.setString(1, documentId);
            ps.setString(2, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DuplicateLink(rs.getString(1), rs.getString(2), rs.getDouble(3)));
                }
            }
        }
        out.sort(Comparator.comparingDouble(DuplicateLink::similarity).reversed()
                .thenComparing(l -> l.otherThan(documentId)));
        return out;
    }

    private static byte[] pack(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }

    private static long[] unpack(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long[] values = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getLong();
        }
        return values;
    }
}
