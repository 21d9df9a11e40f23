package org.sitrep.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sitrep.doc.Document;

/**
 * What the record's rows look like in one database, where SQLite and PostgreSQL differ: the document row's own
 * columns (SQLite's time of adding, PostgreSQL's {@code tsvector}) and its full-text entry, the characters a text
 * may keep, two bits of SQL, and how to find the copies that share a band. {@link DocumentRows} and {@link CopyRows}
 * write everything else the same way in both.
 *
 * <p>Implementations are immutable and thread-safe. Their methods throw {@link SQLException} from the database.
 */
public interface RowDialect {
    /** The text as this database holds it (PostgreSQL cannot hold U+0000; neither can hold a lone surrogate). */
    StoredText stored(String text);

    /** The document row's columns after the shared ones, each after a comma: {@code ", added_at"}; or "". */
    String moreDocumentColumns();

    /** The values of {@link #moreDocumentColumns}, each after a comma, with {@code ?} for parameters; or "". */
    String moreDocumentValues();

    /** Binds the parameters of {@link #moreDocumentValues}, the first at index {@code first}. */
    void bindMoreDocumentValues(PreparedStatement ps, int first, Document doc) throws SQLException;

    /** Runs after the document row is added, in its transaction: SQLite adds it to its full-text table here. */
    void afterDocumentRow(Connection c, Document doc) throws SQLException;

    /** SQL true when {@code a} and {@code b} differ, a NULL differing from any value but NULL. */
    String isDistinctFrom(String a, String b);

    /** The JDBC type of a NULL floating-point parameter. */
    int nullFloatType();

    /**
     * The documents in {@code copy_bands} of {@code scheme} that share at least one of {@code bandKeys} (band
     * {@code i} holding key {@code bandKeys[i]}), in ascending order of their ids.
     */
    java.util.SortedSet<String> documentsSharingABand(Connection c, String scheme, long[] bandKeys)
            throws SQLException;
}
