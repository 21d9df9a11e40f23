package org.sitrep.store.postgres;

import org.sitrep.store.jdbc.FlywayLogs;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.doc.Document;
import org.sitrep.store.CopyDetector;
import org.sitrep.store.CopySignature;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Page;
import org.sitrep.store.PutResult;
import org.sitrep.store.StoreException;
import org.sitrep.store.TextSearch;
import org.sitrep.store.jdbc.CopyRows;
import org.sitrep.store.jdbc.DocumentRows;
import org.sitrep.store.jdbc.JdbcStore;
import org.sitrep.store.jdbc.DocumentRows.StoreFormatException;

/**
 * The shared store: the record in a PostgreSQL database that several processes read and write at once, its schema
 * kept by Flyway migrations ({@code db/migration/postgresql}), its connections by a HikariCP pool, with a full-text
 * index ({@code tsvector}, GIN) over titles and bodies.
 *
 * <p>{@link #open(PostgresUrl, CopyDetector)} migrates the database's schema to the newest version (Flyway takes a
 * lock, so that processes opening it at once migrate it once). The password comes from {@code PGPASSWORD}, else from
 * the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}) as the driver reads it; it is never part of the URL.
 *
 * <p>Writes: each {@link #put} is one transaction on a connection of its own. The document row is inserted first, with
 * {@code ON CONFLICT (id) DO NOTHING} on its content hash, so that of several writers of the same text, in this
 * process or another, exactly one adds it and the others add nothing, whole; the layers follow in the same
 * transaction. Puts of different documents run side by side up to the last step: raising the record's version (one
 * row), whose lock each put then holds until it commits. That serializes the short tail of each put, where it links
 * the document to the stored copies, so that two copies put at once still see each other, as on SQLite. A put that
 * PostgreSQL aborts for a deadlock or a serialization failure is run again, up to three times.
 *
 * <p>Reads use connections of the pool (at most {@value #POOL_SIZE} at once, writes included) and see what was
 * committed when each statement began. The queries answer as {@code SqliteStore}'s do: the same order, the same date
 * ranges (text compared bytewise, {@code COLLATE "C"}), the same entities, quotes and facts.
 *
 * <p>Thread safety: safe for use from several threads, and from several processes on one database.
 *
 * <p>Failure: every database, connection and format error is thrown as {@link StoreException}, whose message names
 * the store (its URL without password) and the cause ("cannot open store postgresql://sitrep@db:5432/record:
 * Connection to db:5432 refused"). A failed put leaves nothing behind; a closed store refuses every call. The
 * character U+0000 (NUL), which PostgreSQL cannot hold, is kept in a document's text (written as U+FFFD and
 * restored on reading); in a title, a source or a layer's value it makes the put fail, with a message that says so.
 */
public final class PostgresStore extends JdbcStore implements TextSearch {
    private static final DocumentRows ROWS = new DocumentRows(PostgresDialect.INSTANCE);
    private static final CopyRows COPY_ROWS = new CopyRows(PostgresDialect.INSTANCE);
    private static final String MIGRATIONS = "classpath:db/migration/postgresql";
    /** Most connections the pool holds. */
    static final int POOL_SIZE = 4;
    /** How often a put aborted by a deadlock or a serialization failure is tried in all. */
    private static final int ATTEMPTS = 3;
    /** The SQL state of a value the database's encoding cannot hold: in UTF-8, only U+0000. */
    private static final String UNTRANSLATABLE = "22021";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final String name;
    private final HikariDataSource pool;
    private final CopyDetector copies;
    private volatile boolean closed;

    private PostgresStore(String name, HikariDataSource pool, CopyDetector copies) {
        this.name = name;
        this.pool = pool;
        this.copies = copies;
    }

    /**
     * Opens the store in the database {@code url} names, migrating its schema to the newest version, and links each
     * new document to the stored copies {@code copies} recognizes (null links nothing). The password is taken from
     * {@code PGPASSWORD} if set, else from the password file.
     *
     * @throws StoreException if the server cannot be reached or refuses the login, the database holds tables of
     *     another application, or its schema cannot be migrated
     */
    public static PostgresStore open(PostgresUrl url, CopyDetector copies) {
        return open(url, System.getenv("PGPASSWORD"), copies);
    }

    /**
     * Opens the store as {@link #open(PostgresUrl, CopyDetector)} does, with this password; null leaves it to the
     * password file, or to a server that asks none.
     */
    public static PostgresStore open(PostgresUrl url, String password, CopyDetector copies) {
        String name = url.toString();
        HikariConfig config = new HikariConfig();
        config.setPoolName("sitrep " + name);
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "sitrep");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + name + ": " + rootMessage(e), e);
        }
        try {
            refuseForeignTables(name, pool);
            Flyway.configure(PostgresStore.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .loggers(FlywayLogs.class.getName())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new PostgresStore(name, pool, copies);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot open store " + name + ": " + e.getMessage(), e);
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot open store " + name + ": its schema cannot be migrated: "
                    + e.getMessage(), e);
        } catch (StoreException e) {
            pool.close();
            throw e;
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open store " + name + ": " + rootMessage(e), e);
        }
    }

    /** Refuses a database whose schema holds tables but no migration history: another application's. */
    private static void refuseForeignTables(String name, DataSource pool) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
            throw new StoreException("cannot open store " + name + ": it holds tables of another application "
                    + tables.subList(0, Math.min(5, tables.size())) + ", not a Sitrep record");
        }
    }

    @Override
    public PutResult put(Document doc) {
        String what = "store document " + doc.id() + " (" + doc.source() + ")";
        StringBuilder progress = new StringBuilder("the transaction");
        for (int attempt = 1;; attempt++) {
            checkOpen(what);
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    PutResult result = putIn(c, doc, progress);
                    if (result.added()) {
                        c.commit();
                    } else {
                        c.rollback();
                    }
                    return result;
                } catch (SQLException | StoreFormatException | RuntimeException e) {
                    rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && retryable(e)) {
                    continue;
                }
                if (UNTRANSLATABLE.equals(e.getSQLState())) {
                    throw new StoreException("cannot " + what + " in " + name + where(progress) + ": a value holds"
                            + " the character U+0000 (NUL), which PostgreSQL cannot store outside the text", e);
                }
                throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + e.getMessage(), e);
            } catch (StoreFormatException e) {
                throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + e.getMessage(), e);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + e, e);
            }
        }
    }

    private PutResult putIn(Connection c, Document doc, StringBuilder progress) throws SQLException,
            StoreFormatException {
        if (!ROWS.insert(c, doc, progress)) {
            return new PutResult(doc.id(), false);
        }
        progress.setLength(0);
        progress.append("the copy signature");
        Optional<CopySignature> signature = copies == null ? Optional.empty() : copies.findSignature(doc);
        progress.setLength(0);
        progress.append("the record's version");
        try (Statement s = c.createStatement()) {
            // from here to the commit this put holds the version row: puts link copies and commit one at a time
            s.executeUpdate("UPDATE record_version SET version = version + 1");
        }
        if (signature.isPresent()) {
            COPY_ROWS.link(c, copies, doc, signature.get(), progress);
        }
        return new PutResult(doc.id(), true);
    }

    /** A deadlock or a serialization failure: the transaction was rolled back and may simply be run again. */
    private static boolean retryable(SQLException e) {
        return "40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState());
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool drops it and the server rolls the transaction back
        }
    }





    /**
     * Documents whose title or body hold every word of {@code query}, best match first ({@code ts_rank}, a title word
     * counting five times a body word), then in the order they were stored. Boilerplate (menus, link lists,
     * comments) is not searched. The query is read as plain words ({@code plainto_tsquery}): operators and
     * punctuation in it have no effect, words match their English stems ("officers" finds "officer"), and English
     * stop words are left out.
     *
     * @return the matching documents; none for a query without words
     */
    @Override
    public List<DocumentSummary> searchDocuments(String query, Page page) {
        if (query == null || !WORD.matcher(query).find()) {
            return List.of();
        }
        return reading("search documents for '" + query + "'", c -> summaries(c, "SELECT d.id, d.source, d.title,"
                + " d.published_value, d.published_basis, d.published_confidence, d.length"
                + " FROM documents d, plainto_tsquery('" + PostgresDialect.SEARCH_CONFIG + "', ?) q"
                + " WHERE d.search @@ q ORDER BY ts_rank('{0.2, 0.2, 0.2, 1.0}', d.search, q) DESC, d.seq"
                + " LIMIT ? OFFSET ?", List.<Object>of(query, page.limit(), page.offset())));
    }







    /**
     * The count of puts that added a document, kept in one row that each such put raises in its own transaction:
     * it moves with every committed addition, whichever process made it, and in the order they commit. One read of
     * one row.
     */
    @Override
    public long version() {
        return reading("read the version", c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT version FROM record_version")) {
                if (!rs.next()) {
                    throw new StoreFormatException("the record's version row is missing", null);
                }
                return rs.getLong(1);
            }
        });
    }









    /** Closes the pool; later calls throw {@link StoreException}. Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.close();
    }

    @Override
    public String toString() {
        return "PostgresStore[" + name + "]";
    }

    private void checkOpen(String what) {
        if (closed) {
            throw new StoreException("cannot " + what + ": store " + name + " is closed");
        }
    }

    /** Runs a read on a connection of the pool, which sees what was committed when each statement began. */
    @Override
    protected <T> T reading(String what, Work<T> work) {
        checkOpen(what);
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + name + ": " + e.getMessage(), e);
        } catch (StoreFormatException e) {
            throw new StoreException("cannot " + what + " in " + name + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (closed) {
                throw new StoreException("cannot " + what + ": store " + name + " is closed", e);
            }
            throw new StoreException("cannot " + what + " in " + name + ": " + e, e);
        }
    }


    private static String describe(SQLException e) {
        return e.getMessage();
    }

    /** The message of the innermost cause, which says what went wrong (refused connection, bad password). */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
