package org.sitrep.store.sqlite;

import org.sitrep.store.jdbc.StoredText;
import org.sitrep.store.jdbc.FlywayLogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.doc.Document;
import org.sitrep.store.CopyDetector;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EntityHoldings;
import org.sitrep.store.Page;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.TextSearch;
import org.sitrep.store.CopySignature;
import org.sitrep.store.jdbc.CopyRows;
import org.sitrep.store.jdbc.DocumentRows;
import org.sitrep.store.jdbc.JdbcStore;
import org.sitrep.store.jdbc.DocumentRows.StoreFormatException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The embedded store: one SQLite file (xerial sqlite-jdbc), its schema kept by Flyway migrations
 * ({@code db/migration/sqlite} and {@link BodyIndexMigration}), with a full-text index (FTS5) over titles and bodies.
 *
 * <p>{@link #open(Path)} creates the file if needed and brings its schema up to date; {@link #inMemory()} gives a
 * private store that lives as long as the object. Each {@link #put} is one {@code BEGIN IMMEDIATE} transaction, and
 * the document row is inserted only if its content hash is new, so that a re-run never duplicates. The file runs in
 * WAL mode with foreign keys on and a busy timeout, so that another process may read while this one writes.
 *
 * <p>Beyond the {@link Store} contract: {@link #entities()} lists the entities mentioned by most documents first;
 * {@link #quotes} dates a quote by its own date when that is a calendar date, else by its document's publication
 * date; {@link #facts} dates a fact by its as-of date only, so a fact without one matches no date range and comes
 * last. Dates of month or year precision match a range they overlap.
 *
 * <p>Copies: a store opened with a {@link CopyDetector} signs each new document's body, looks up the stored
 * documents that share a band key of its signature (table {@code copy_bands}, never a full scan), and links the new
 * document to each one within the detector's threshold, in the same transaction ({@link #findCopies}). A store
 * opened without a detector stores no signatures and links nothing; documents put then are never linked later.
 *
 * <p>Thread safety: safe for use from several threads. Writes go through one connection, one at a time; reads of a
 * file store use up to four connections of their own and see the last committed put (WAL), so that they wait neither
 * for a put nor for each other. An in-memory store serves everything on its one connection, one call at a time.
 *
 * <p>Failure: every database, I/O and format error is thrown as {@link StoreException}, whose message names the
 * file and the cause ("cannot open store /x/y.db: it is not a SQLite database"). A failed put leaves nothing behind;
 * a closed store refuses every call.
 */
public final class SqliteStore extends JdbcStore implements TextSearch {
    private static final DocumentRows ROWS = new DocumentRows(SqliteDialect.INSTANCE);
    private static final CopyRows COPY_ROWS = new CopyRows(SqliteDialect.INSTANCE);
    private static final String MIGRATIONS = "classpath:db/migration/sqlite";
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** Most connections reads of a file store use at once, besides the one that writes. */
    private static final int READERS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** About how many words a search passage shows. */
    private static final int SNIPPET_TOKENS = 24;

    private final String name;
    private final Path file;
    private final Connection connection;
    private final CopyDetector copies;
    private final ReentrantLock lock = new ReentrantLock();
    /** Where read connections come from; null for an in-memory store, whose reads share the one connection. */
    private final SQLiteDataSource readSource;
    private final BlockingQueue<Connection> idleReaders = new LinkedBlockingQueue<>();
    private final List<Connection> readers = new ArrayList<>();
    private volatile boolean closed;

    private SqliteStore(String name, Path file, Connection connection, CopyDetector copies,
            SQLiteDataSource readSource) {
        this.name = name;
        this.file = file;
        this.connection = connection;
        this.copies = copies;
        this.readSource = readSource;
    }

    /**
     * Opens the store in {@code file}, creating the file and its folders if they do not exist, and migrates its
     * schema to the newest version.
     *
     * @throws StoreException if the file cannot be created or opened, is not a SQLite database, or holds a schema
     *     that is not Sitrep's
     */
    public static SqliteStore open(Path file) {
        return open(file, null);
    }

    /**
     * Opens the store in {@code file} as {@link #open(Path)} does, linking each new document to the stored copies
     * {@code copies} recognizes; null links nothing.
     *
     * @throws StoreException as {@link #open(Path)}
     */
    public static SqliteStore open(Path file, CopyDetector copies) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.toString();
        try {
            if (Files.isDirectory(absolute)) {
                throw new StoreException("cannot open store " + name + ": it is a folder");
            }
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot open store " + name + ": " + e, e);
        }
        return open(name, absolute, "jdbc:sqlite:" + name, true, copies);
    }

    /** A new, empty store held in memory, gone when closed. Useful for tests and one-off runs. */
    public static SqliteStore inMemory() {
        return inMemory(null);
    }

    /** A new, empty store held in memory that links copies {@code copies} recognizes; null links nothing. */
    public static SqliteStore inMemory(CopyDetector copies) {
        String memory = "sitrep-" + UUID.randomUUID();
        return open("in-memory store " + memory, null, "jdbc:sqlite:file:" + memory + "?mode=memory&cache=shared",
                false, copies);
    }

    private static SqliteStore open(String name, Path file, String url, boolean wal, CopyDetector copies) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (wal) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            List<String> foreign = new ArrayList<>();
            boolean migrated = false;
            try (Statement s = connection.createStatement();
                    // reads the header: a file that is not a database fails here, before Flyway sees it
                    ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'"
                            + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
                while (rs.next()) {
                    migrated |= rs.getString(1).equals("flyway_schema_history");
                    foreign.add(rs.getString(1));
                }
            }
            if (!migrated && !foreign.isEmpty()) {
                closeQuietly(connection);
                throw new StoreException("cannot open store " + name + ": it holds tables of another application "
                        + foreign.subList(0, Math.min(5, foreign.size())) + ", not a Sitrep record");
            }
            Flyway.configure(SqliteStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .javaMigrations(new BodyIndexMigration())
                    .loggers(FlywayLogs.class.getName())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new SqliteStore(name, file, connection, copies, wal ? readSource(config, url) : null);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open store " + name + ": " + describe(e), e);
        } catch (FlywayException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open store " + name + ": its schema cannot be migrated: "
                    + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw new StoreException("cannot open store " + name + ": " + e, e);
        }
    }

    /** The file this store lives in; empty for an in-memory store. */
    public Optional<Path> findFile() {
        return Optional.ofNullable(file);
    }

    @Override
    public PutResult put(Document doc) {
        StringBuilder progress = new StringBuilder("the transaction");
        return locked("store document " + doc.id() + " (" + doc.source() + ")", progress, c -> {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            boolean committed = false;
            try {
                boolean added = ROWS.insert(connection, doc, progress);
                if (added && copies != null) {
                    progress.setLength(0);
                    progress.append("the copy signature");
                    Optional<CopySignature> signature = copies.findSignature(doc);
                    if (signature.isPresent()) {
                        COPY_ROWS.link(connection, copies, doc, signature.get(), progress);
                    }
                }
                try (Statement s = connection.createStatement()) {
                    s.execute(added ? "COMMIT" : "ROLLBACK");
                }
                committed = true;
                return new PutResult(doc.id(), added);
            } finally {
                if (!committed) {
                    rollback();
                }
            }
        });
    }

    private void rollback() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction is open any more: SQLite rolled it back itself
        }
    }





    /**
     * Documents whose title or body hold every word of {@code query}, best match first (BM25, title words count
     * five times). Boilerplate (menus, link lists, comments) is not searched. The query is read as plain words: FTS5 operators and punctuation in it have no effect, and words
     * match their English stems ("officers" finds "officer").
     *
     * @return the matching documents; none for a query without words
     */
    @Override
    public List<DocumentSummary> searchDocuments(String query, Page page) {
        Optional<String> found = findMatchExpression(query);
        if (found.isEmpty()) {
            return List.of();
        }
        String match = found.get();
        return reading("search documents for '" + query + "'", c -> summaries(c, "SELECT d.id, d.source, d.title,"
                + " d.published_value, d.published_basis, d.published_confidence, d.length"
                + " FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid"
                + " WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 5.0, 1.0), d.seq LIMIT ? OFFSET ?",
                List.<Object>of(match, page.limit(), page.offset())));
    }

    /**
     * For each of {@code documentIds} that the words of {@code query} match as {@link #searchDocuments} matches
     * them, a passage of its title or body (about {@value #SNIPPET_TOKENS} words, the part SQLite's FTS5
     * {@code snippet()} finds best) with the matched words marked. The passage comes from the same tokenizer as the
     * index (English stems, diacritics folded), so "officers" marks "officer"; boilerplate is never shown. The
     * store's index keeps no text, so the documents are indexed again, alone, in a database in memory. A line break
     * in the passage (between a headline and its lead, say) is shown as " · ".
     *
     * @return the passages by document id; a document the query does not match, or that is not stored, has none
     */
    public Map<String, SearchSnippet> snippets(String query, List<String> documentIds) {
        Optional<String> match = findMatchExpression(query);
        if (match.isEmpty() || documentIds.isEmpty()) {
            return Map.of();
        }
        List<String[]> texts = reading("read documents to show search passages", c -> {
            List<String[]> out = new ArrayList<>();
            for (String id : documentIds) {
                try (PreparedStatement ps = c.prepareStatement("SELECT title, text, text_repairs FROM documents"
                        + " WHERE id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            // as the index reads it: the body without boilerplate and without its title line
                            Document.Builder doc = Document.builder(DocumentRows.text(rs, "text", "text_repairs"))
                                    .title(rs.getString("title"));
                            List<org.sitrep.doc.Boilerplate> boilerplate = DocumentRows.readBoilerplate(c, id);
                            if (!boilerplate.isEmpty()) {
                                doc.layer(org.sitrep.doc.Layers.BOILERPLATE, boilerplate);
                            }
                            out.add(new String[] {id, rs.getString("title"), doc.build().body()});
                        }
                    }
                }
            }
            return out;
        });
        try (Connection mem = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement s = mem.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE passages USING fts5 (title, body,"
                        + " tokenize = 'porter unicode61 remove_diacritics 2')");
            }
            try (PreparedStatement insert = mem.prepareStatement("INSERT INTO passages (rowid, title, body)"
                    + " VALUES (?, ?, ?)")) {
                for (int i = 0; i < texts.size(); i++) {
                    insert.setLong(1, i);
                    String title = SearchSnippet.unmarked(texts.get(i)[1]);
                    insert.setString(2, title == null ? null : StoredText.of(title).text());
                    insert.setString(3, StoredText.of(SearchSnippet.unmarked(texts.get(i)[2])).text());
                    insert.executeUpdate();
                }
            }
            Map<String, SearchSnippet> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = mem.prepareStatement("SELECT rowid, snippet(passages, -1, ?, ?, '…', "
                    + SNIPPET_TOKENS + ") FROM passages WHERE passages MATCH ?")) {
                ps.setString(1, String.valueOf(SearchSnippet.OPEN));
                ps.setString(2, String.valueOf(SearchSnippet.CLOSE));
                ps.setString(3, match.get());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String passage = rs.getString(2);
                        if (passage != null) {
                            out.put(texts.get(rs.getInt(1))[0], SearchSnippet.parse(passage
                                    .replaceAll("\\s*\\R\\s*", " · ").replaceAll("\\s+", " ")));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot make search passages for '" + query + "': " + describe(e), e);
        }
    }

    /** The FTS5 expression for the words of {@code query}, each a phrase of its own; empty for a query without any. */
    private static Optional<String> findMatchExpression(String query) {
        List<String> phrases = new ArrayList<>();
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find()) {
            phrases.add('"' + m.group() + '"');
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", phrases));
    }







    /** Counted in one statement over the fact and quote tables (a quote's speaker by its index). */
    @Override
    public Map<String, EntityHoldings> holdingsByEntity() {
        return reading("count what the record holds by entity", c -> {
            Map<String, EntityHoldings> out = new java.util.LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT entity, sum(fact), sum(quote),"
                    + " count(DISTINCT document_id) FROM (SELECT subject AS entity, document_id, 1 AS fact, 0 AS quote"
                    + " FROM facts WHERE subject IS NOT NULL UNION ALL SELECT speaker_entity_id, document_id, 0, 1"
                    + " FROM quotes WHERE speaker_entity_id IS NOT NULL) GROUP BY entity ORDER BY entity")) {
                while (rs.next()) {
                    out.put(rs.getString(1), new EntityHoldings(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        });
    }

    /**
     * The largest document row number: documents are only ever added, each with a larger row number, so it moves
     * with every added document, whichever process added it. One index lookup.
     */
    @Override
    public long version() {
        return reading("read the version", c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }









    /** Closes the connection; later calls throw {@link StoreException}. Closing twice does nothing. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            synchronized (readers) {
                readers.forEach(SqliteStore::closeQuietly);
                readers.clear();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + name + ": " + describe(e), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "SqliteStore[" + name + "]";
    }

    private <T> T locked(String what, StringBuilder progress, Work<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new StoreException("cannot " + what + ": store " + name + " is closed");
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + describe(e), e);
        } catch (StoreFormatException e) {
            throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // a value the driver or Jackson could not take; the transaction is rolled back already
            throw new StoreException("cannot " + what + " in " + name + where(progress) + ": " + e, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a read on a connection of its own when the store is a file: SQLite in WAL mode lets readers go on while
     * a put writes, so that reads neither wait for a put nor for each other. At most {@value #READERS} read
     * connections are opened; a read finding them all busy waits for one. An in-memory store reads on its one
     * connection, under the lock.
     */
    @Override
    protected <T> T reading(String what, Work<T> work) {
        if (readSource == null) {
            return locked(what, null, work);
        }
        Connection c = null;
        try {
            c = borrowReader(what);
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + name + ": " + describe(e), e);
        } catch (StoreFormatException e) {
            throw new StoreException("cannot " + what + " in " + name + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot " + what + " in " + name + ": " + e, e);
        } finally {
            if (c != null) {
                idleReaders.add(c);
            }
        }
    }

    private Connection borrowReader(String what) throws SQLException {
        while (true) {
            if (closed) {
                throw new StoreException("cannot " + what + ": store " + name + " is closed");
            }
            Connection c = idleReaders.poll();
            if (c != null) {
                return c;
            }
            synchronized (readers) {
                if (readers.size() < READERS) {
                    Connection opened = readSource.getConnection();
                    if (closed) {
                        closeQuietly(opened);
                        throw new StoreException("cannot " + what + ": store " + name + " is closed");
                    }
                    readers.add(opened);
                    return opened;
                }
            }
            try {
                c = idleReaders.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("cannot " + what + ": interrupted while waiting for a read connection");
            }
            if (c != null) {
                return c;
            }
        }
    }

    private static SQLiteDataSource readSource(SQLiteConfig writeConfig, String url) {
        SQLiteConfig config = new SQLiteConfig(writeConfig.toProperties());
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }


    private static String describe(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
            return "it is not a SQLite database (" + e.getMessage() + ")";
        }
        return e.getMessage();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open failed already; that error is the one to report
            }
        }
    }
}
