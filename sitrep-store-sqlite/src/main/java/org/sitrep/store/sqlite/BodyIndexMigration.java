package org.sitrep.store.sqlite;

import org.sitrep.store.jdbc.DocumentRows;

import org.sitrep.store.jdbc.StoredText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;

/**
 * Schema version 5: the full-text index holds each document's title and body, no longer its whole text.
 *
 * <p>Before, an HTML page's menus, link lists and comments were indexed with its article, so a word from a site's
 * navigation matched every page of that site. The index becomes contentless (it keeps only the index, the text stays
 * in {@code documents}) and every stored document is indexed again from its text and boilerplate spans, as
 * {@link DocumentRows#index} indexes a new one, with its own statements so that it keeps to the schema of its
 * version. Written in Java because the body is cut out of the text by the boilerplate spans, which SQL cannot do
 * plainly.
 *
 * <p>Thread safety: stateless; Flyway runs it once, inside the migration's transaction. Failure: a stored document
 * whose text cannot be restored fails the migration with its id, and Flyway rolls the whole version back.
 */
final class BodyIndexMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "full-text index of title and body";
    }

    @Override
    public Integer getChecksum() {
        return 5_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE documents_fts");
            s.execute("CREATE VIRTUAL TABLE documents_fts USING fts5 (title, body, content = '',"
                    + " tokenize = 'porter unicode61 remove_diacritics 2')");
        }
        // written against the tables of version 5 itself, so that later changes to the store's code leave it alone
        try (PreparedStatement rows = c.prepareStatement("SELECT seq, id, title, text, text_repairs FROM documents"
                + " ORDER BY seq");
                PreparedStatement insert = c.prepareStatement("INSERT INTO documents_fts (rowid, title, body)"
                        + " VALUES (?, ?, ?)");
                ResultSet rs = rows.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString("id");
                try {
                    Document.Builder doc = Document.builder(DocumentRows.text(rs, "text", "text_repairs"))
                            .title(rs.getString("title"));
                    List<Boilerplate> boilerplate = DocumentRows.readBoilerplate(c, id);
                    if (!boilerplate.isEmpty()) {
                        doc.layer(Layers.BOILERPLATE, boilerplate);
                    }
                    insert.setLong(1, rs.getLong("seq"));
                    insert.setString(2, rs.getString("title"));
                    insert.setString(3, StoredText.of(doc.build().body()).text());
                    insert.executeUpdate();
                } catch (DocumentRows.StoreFormatException | RuntimeException e) {
                    throw new SQLException("cannot index stored document " + id + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
