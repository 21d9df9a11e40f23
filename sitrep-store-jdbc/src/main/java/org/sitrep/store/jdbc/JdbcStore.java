package org.sitrep.store.jdbc;

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
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quote;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.DuplicateLink;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Provenance;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;
import org.sitrep.store.jdbc.DocumentRows.StoreFormatException;

/**
 * What the SQL stores share: every read of the record (documents, entities, quotes, facts, copies, counts), written
 * once over the rows {@link DocumentRows} writes. A store gives the connection each read runs on through
 * {@link #reading}: SQLite's from its reader pool or under its lock, PostgreSQL's from its connection pool.
 *
 * <p>Thread safety: as the store's {@link #reading}; the shared code keeps no state. Failure: a read that fails
 * throws the store's {@code StoreException}, naming what was being read.
 */
public abstract class JdbcStore implements Store {
    /** One read or write on a connection, which may fail. */
    @FunctionalInterface
    protected interface Work<T> {
        T run(Connection c) throws SQLException, StoreFormatException;
    }

    /** Runs {@code work} on a connection for reading; {@code what} names it in the error if it fails. */
    protected abstract <T> T reading(String what, Work<T> work);

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
    public List<DocumentSummary> documents(Page page) {
        return reading("list documents", c -> summaries(c, "SELECT id, source, title, published_value,"
                + " published_basis, published_confidence, length FROM documents"
                + " ORDER BY published_value IS NULL, published_value DESC, source, id LIMIT ? OFFSET ?",
                List.<Object>of(page.limit(), page.offset())));
    }

    @Override
    public Optional<Document> findDocument(String documentId) {
        return reading("read document " + documentId, c -> DocumentRows.read(c, documentId));
    }

    @Override
    public List<DuplicateLink> findCopies(String documentId) {
        return reading("find the copies of document " + documentId, c -> CopyRows.find(c, documentId));
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

    /** The entity {@code id} with its aliases and how many documents name it; used inside a stream, so it throws
     * {@link StoreException} itself. */
    protected static Optional<StoredEntity> entity(Connection c, String id) {
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
            throw new StoreException("cannot read entity " + id + ": " + e.getMessage(), e);
        }
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
                            provenance(rs, documentId, evidence), quote.lead() == null ? null
                                    : slice(text, quote.lead().start(), quote.lead().end(), documentId)));
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

    protected static List<DocumentSummary> summaries(Connection c, String sql, List<Object> params) throws SQLException,
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

    /** Keeps rows whose date, of whatever precision, overlaps {@code [from, to]}; both ends inclusive. */
    protected static void dateRange(StringBuilder sql, List<Object> params, String column, String from, String to) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" || '").append(IsoDates.END).append("' >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            params.add(to + IsoDates.END);
        }
    }

    protected static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
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

    protected static Provenance provenance(ResultSet rs, String documentId, String evidence)
            throws SQLException, StoreFormatException {
        Published published = DocumentRows.published(rs);
        return new Provenance(documentId, rs.getString("source"), rs.getString("title"), published, evidence);
    }

    protected static String slice(String text, int start, int end, String documentId) throws StoreFormatException {
        if (start < 0 || end < start || end > text.length()) {
            throw new StoreFormatException("span [" + start + ", " + end + ") lies outside document " + documentId
                    + " of length " + text.length(), null);
        }
        return text.substring(start, end);
    }

    protected static String textOf(Connection c, Map<String, String> texts, String documentId) throws SQLException, StoreFormatException {
        String text = texts.get(documentId);
        if (text == null) {
            text = DocumentRows.readText(c, documentId).orElseThrow(
                    () -> new StoreFormatException("document " + documentId + " has rows but no text", null));
            texts.put(documentId, text);
        }
        return text;
    }

    protected static Page pageOf(Page page) {
        return page == null ? Page.first(10_000) : page;
    }

    protected static String where(StringBuilder progress) {
        return progress == null || progress.isEmpty() ? "" : " (while writing " + progress + ")";
    }
}
