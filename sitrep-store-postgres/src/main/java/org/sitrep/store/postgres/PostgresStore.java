package org.sitrep.store.postgres;

import org.sitrep.store.jdbc.IsoDates;
import org.sitrep.store.jdbc.FlywayLogs;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quote;
import org.sitrep.store.CopyDetector;
import org.sitrep.store.CopySignature;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.DuplicateLink;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Provenance;
import org.sitrep.store.PutResult;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;
import org.sitrep.store.TextSearch;
import org.sitrep.store.jdbc.CopyRows;
import org.sitrep.store.jdbc.DocumentRows;
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
public final class PostgresStore implements Store, TextSearch {
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

    @Override
    public boolean contains(String documentId) {
        return reading("look up document " + documentId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
                ps.setString(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<DuplicateLink> findCopies(String documentId) {
        return reading("find the copies of document " + documentId, c -> CopyRows.find(c, documentId));
    }

    @Override
    public Optional<Document> findDocument(String documentId) {
        return reading("read document " + documentId, c -> DocumentRows.read(c, documentId));
    }

    @Override
    public List<DocumentSummary> documents(Page page) {
        return reading("list documents", c -> summaries(c, "SELECT id, source, title, published_value,"
                + " published_basis, published_confidence, length FROM documents"
                + " ORDER BY published_value IS NULL, published_value DESC, source, id LIMIT ? OFFSET ?",
                List.<Object>of(page.limit(), page.offset())));
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

    private static List<DocumentSummary> summaries(Connection c, String sql, List<Object> params) throws SQLException,
            StoreFormatException {
        List<DocumentSummary> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DocumentSummary(rs.getString("id"), rs.getString("source"), rs.getString("title"),
                        DocumentRows.published(rs), rs.getInt("length")));
            }
        }
        return out;
    }

    @Override
    public long documentCount() {
        return reading("count documents", c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<StoredEntity> entities() {
        return reading("list entities", c -> {
            Map<String, List<String>> aliases = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT entity_id, alias FROM entity_aliases")) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<StoredEntity> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT e.id, e.name, e.type, (SELECT count(DISTINCT de.document_id)"
                            + " FROM document_entities de WHERE de.entity_id = e.id) AS documents FROM entities e"
                            + " ORDER BY documents DESC, e.id")) {
                while (rs.next()) {
                    List<String> names = aliases.getOrDefault(rs.getString("id"), new ArrayList<>());
                    names.sort(null);
                    out.add(new StoredEntity(rs.getString("id"), rs.getString("name"), rs.getString("type"), names,
                            rs.getInt("documents")));
                }
            }
            return out;
        });
    }

    /**
     * The entity with this id or name, else alias, ignoring case, from the indexes on ids, folded names and folded
     * aliases; of several, the one mentioned by most documents, then the smallest id, as {@link #entities()} orders.
     */
    @Override
    public Optional<StoredEntity> findEntity(String idNameOrAlias) {
        if (idNameOrAlias == null || idNameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String q = idNameOrAlias.strip();
        String folded = DocumentRows.fold(q);
        return reading("find entity '" + q + "'", c -> {
            for (String sql : List.of("SELECT id FROM entities WHERE id = ? OR id = ? OR name_folded = ?",
                    "SELECT entity_id FROM entity_aliases WHERE alias_folded = ? OR alias_folded = ?"
                            + " OR alias_folded = ?")) {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = prepare(c, sql, List.of(q, folded, folded)); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                Optional<StoredEntity> best = ids.stream().distinct().map(id -> entity(c, id))
                        .flatMap(Optional::stream)
                        .min(java.util.Comparator.comparingInt(StoredEntity::documents).reversed()
                                .thenComparing(StoredEntity::id));
                if (best.isPresent()) {
                    return best;
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<StoredEntity> entity(Connection c, String id) {
        try {
            List<String> aliases = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, "SELECT alias FROM entity_aliases WHERE entity_id = ?", List.of(id));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.add(rs.getString(1));
                }
            }
            aliases.sort(null);
            try (PreparedStatement ps = prepare(c, "SELECT e.id, e.name, e.type, (SELECT count(DISTINCT de.document_id)"
                    + " FROM document_entities de WHERE de.entity_id = e.id) AS documents FROM entities e"
                    + " WHERE e.id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredEntity(rs.getString("id"), rs.getString("name"),
                        rs.getString("type"), aliases, rs.getInt("documents"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read entity " + id + ": " + describe(e), e);
        }
    }

    /** Counted in the index {@code facts_by_subject}, without reading a fact. */
    @Override
    public Map<String, Long> factCountsBySubject() {
        return reading("count facts by subject", c -> {
            Map<String, Long> out = new java.util.LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT subject, count(*) AS n"
                    + " FROM facts WHERE subject IS NOT NULL GROUP BY subject ORDER BY n DESC, subject")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
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

    private static Page pageOf(Page page) {
        return page == null ? Page.first(10_000) : page;
    }

    @Override
    public List<StoredQuote> quotes(QuoteQuery query) {
        return reading("query quotes " + query, c -> {
            StringBuilder sql = new StringBuilder("SELECT q.*, d.source, d.title, d.published_value,"
                    + " d.published_basis, d.published_confidence FROM quotes q JOIN documents d ON d.id = q.document_id"
                    + " WHERE 1 = 1");
            List<Object> params = new ArrayList<>();
            if (query.speaker() != null) {
                sql.append(" AND (q.speaker_entity_id = ? OR q.speaker_entity_id = ? OR q.speaker_name_folded = ?)");
                String folded = DocumentRows.fold(query.speaker());
                params.addAll(List.of(query.speaker(), folded, folded));
            }
            dateRange(sql, params, "q.effective_date", query.from(), query.to());
            sql.append(" ORDER BY q.effective_date IS NULL, q.effective_date, d.published_value, d.source, d.id, q.ord"
                    + " LIMIT ? OFFSET ?");
            params.addAll(List.of(pageOf(query.page()).limit(), pageOf(query.page()).offset()));

            Map<String, String> texts = new HashMap<>();
            List<StoredQuote> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql.toString(), params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Quote quote = DocumentRows.quote(rs);
                    String documentId = rs.getString("document_id");
                    String text = textOf(c, texts, documentId);
                    String evidence = slice(text, rs.getInt("evidence_start"), rs.getInt("evidence_end"), documentId);
                    out.add(new StoredQuote(quote, slice(text, quote.start(), quote.end(), documentId),
                            provenance(rs, documentId, evidence)));
                }
            }
            return out;
        });
    }

    @Override
    public List<StoredFact> facts(FactQuery query) {
        return reading("query facts " + query, c -> {
            StringBuilder sql = new StringBuilder("SELECT f.*, d.source, d.title, d.published_value,"
                    + " d.published_basis, d.published_confidence FROM facts f JOIN documents d ON d.id = f.document_id"
                    + " WHERE 1 = 1");
            List<Object> params = new ArrayList<>();
            if (query.subject() != null) {
                sql.append(" AND f.subject = ?");
                params.add(query.subject());
            }
            if (query.kind() != null) {
                sql.append(" AND f.kind = ?");
                params.add(query.kind());
            }
            dateRange(sql, params, "f.as_of_date", query.from(), query.to());
            sql.append(" ORDER BY f.as_of_date IS NULL, f.as_of_date, d.published_value, d.source, d.id, f.ord"
                    + " LIMIT ? OFFSET ?");
            params.addAll(List.of(pageOf(query.page()).limit(), pageOf(query.page()).offset()));

            Map<String, String> texts = new HashMap<>();
            List<StoredFact> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql.toString(), params); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Fact fact = DocumentRows.fact(rs);
                    String documentId = rs.getString("document_id");
                    String evidence = slice(textOf(c, texts, documentId), fact.start(), fact.end(), documentId);
                    out.add(new StoredFact(fact, provenance(rs, documentId, evidence)));
                }
            }
            return out;
        });
    }

    /** Keeps rows whose date, of whatever precision, overlaps {@code [from, to]}; both ends inclusive. */
    private static void dateRange(StringBuilder sql, List<Object> params, String column, String from, String to) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" || '").append(IsoDates.END).append("' >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            params.add(to + IsoDates.END);
        }
    }

    private static String textOf(Connection c, Map<String, String> texts, String documentId) throws SQLException, StoreFormatException {
        String text = texts.get(documentId);
        if (text == null) {
            text = DocumentRows.readText(c, documentId).orElseThrow(
                    () -> new StoreFormatException("document " + documentId + " has rows but no text", null));
            texts.put(documentId, text);
        }
        return text;
    }

    private static String slice(String text, int start, int end, String documentId) throws StoreFormatException {
        if (start < 0 || end < start || end > text.length()) {
            throw new StoreFormatException("span [" + start + ", " + end + ") lies outside document " + documentId
                    + " of length " + text.length(), null);
        }
        return text.substring(start, end);
    }

    private static Provenance provenance(ResultSet rs, String documentId, String evidence)
            throws SQLException, StoreFormatException {
        Published published = DocumentRows.published(rs);
        return new Provenance(documentId, rs.getString("source"), rs.getString("title"), published, evidence);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
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

    /** Work on a connection that may fail. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException, StoreFormatException;
    }

    private void checkOpen(String what) {
        if (closed) {
            throw new StoreException("cannot " + what + ": store " + name + " is closed");
        }
    }

    /** Runs a read on a connection of the pool, which sees what was committed when each statement began. */
    private <T> T reading(String what, Work<T> work) {
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

    private static String where(StringBuilder progress) {
        return progress == null || progress.isEmpty() ? "" : " (while writing " + progress + ")";
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
