package org.sitrep.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * Writes one document with all its layers into the tables of the record's schema, and reads it back: the same rows
 * in SQLite and in PostgreSQL, each store's {@link RowDialect} saying what differs (the document row with its
 * full-text entry, the characters the database holds, two bits of SQL).
 *
 * <p>The layers of {@link Layers} have tables of their own; any other layer whose values are records is kept as
 * JSON in {@code document_layers} and read back through its record class. Every row keeps its position in the layer,
 * so a layer comes back in the order it was put.
 *
 * <p>Several writers may insert at once, each in its own transaction (PostgreSQL): the document row goes first, with
 * {@code ON CONFLICT (id) DO NOTHING}, so that of two writers of the same text one waits for the other and then adds
 * nothing; merged entities and their aliases are inserted in the order of their keys, so that two writers sharing
 * entities take the same locks in the same order and never deadlock.
 *
 * <p>Thread safety: immutable, and stateless per call; the caller owns the connection and the transaction.
 *
 * <p>Failure: {@link SQLException} from the database (a refused constraint included), and {@link StoreFormatException}
 * for a value that cannot be written or read back; the caller turns both into a {@code StoreException}.
 */
public final class DocumentRows {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<int[]>> INT_PAIRS = new TypeReference<>() {
    };

    /** The packed form of a token layer: three parallel columns. */
    public record PackedTokens(int[] start, int[] end, String[] pos) {
    }

    /** A value that cannot be written, or a stored value that cannot be read back. */
    public static final class StoreFormatException extends Exception {
        private static final long serialVersionUID = 1L;

        public StoreFormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RowDialect dialect;

    /** Rows written the way {@code dialect} says where the stores differ. */
    public DocumentRows(RowDialect dialect) {
        this.dialect = dialect;
    }

    /** Case folding for names matched case-insensitively: the same in Java for every store and every locale. */
    public static String fold(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /**
     * Inserts {@code doc} unless a document with its id is stored.
     *
     * @param progress receives a description of what is being written, for the error message if it fails
     * @return whether it was inserted
     */
    public boolean insert(Connection c, Document doc, StringBuilder progress)
            throws SQLException, StoreFormatException {
        progress.setLength(0);
        progress.append("the document row");
        StoredText stored = dialect.stored(doc.text());
        Published published = doc.published();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, source, title, published_value,"
                + " published_basis, published_confidence, text, text_repairs, length, byline, language"
                + dialect.moreDocumentColumns() + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + dialect.moreDocumentValues() + ") ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, doc.id());
            ps.setString(2, doc.source());
            ps.setString(3, doc.findTitle().orElse(null));
            ps.setString(4, published.value());
            ps.setString(5, published.basis().name());
            setDouble(ps, 6, published.confidence());
            ps.setString(7, stored.text());
            ps.setString(8, stored.repairs().isEmpty() ? null : json(stored.repairs()));
            ps.setInt(9, doc.text().length());
            ps.setString(10, doc.findByline().orElse(null));
            ps.setString(11, doc.findLanguage().orElse(null));
            dialect.bindMoreDocumentValues(ps, 12, doc);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        progress.setLength(0);
        progress.append("the full-text index");
        dialect.afterDocumentRow(c, doc);
        // the layer list in one batch, one round trip: a row per layer, its values in its own table or as JSON
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_layers"
                + " (document_id, ord, name, type, produced_by, json) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Layer<?> layer : doc.layerKeys()) {
                progress.setLength(0);
                progress.append("layer '").append(layer.name()).append('\'');
                boolean own = hasTable(layer);
                if (!own && !layer.type().isRecord()) {
                    throw new StoreFormatException("layer '" + layer.name() + "' holds " + layer.type().getName()
                            + ", which is not a record; only records can be stored", null);
                }
                ps.setString(1, doc.id());
                ps.setInt(2, ord++);
                ps.setString(3, layer.name());
                ps.setString(4, layer.type().getName());
                ps.setString(5, layer.producedBy());
                ps.setString(6, own ? null : json(doc.layer(layer)));
                ps.addBatch();
                if (own) {
                    insertLayerRows(c, doc, layer, progress);
                }
            }
            progress.setLength(0);
            progress.append("the list of layers");
            ps.executeBatch();
        }
        return true;
    }

    /** Inserts the rows of a layer that has a table of its own. */
    private void insertLayerRows(Connection c, Document doc, Layer<?> layer, StringBuilder progress)
            throws SQLException, StoreFormatException {
        String id = doc.id();
        if (layer.equals(Layers.BOILERPLATE)) {
            insertSpans(c, "INSERT INTO boilerplate (document_id, ord, start_char, end_char, kind) VALUES (?, ?, ?, ?, ?)",
                    id, doc.layer(Layers.BOILERPLATE), (ps, b) -> ps.setString(5, b.kind()));
        } else if (layer.equals(Layers.SENTENCES)) {
            insertSpans(c, "INSERT INTO sentences (document_id, ord, start_char, end_char) VALUES (?, ?, ?, ?)",
                    id, doc.layer(Layers.SENTENCES), (ps, sentence) -> { });
        } else if (layer.equals(Layers.TOKENS)) {
            insertTokens(c, id, doc.layer(Layers.TOKENS));
        } else if (layer.equals(Layers.MENTIONS)) {
            insertSpans(c, "INSERT INTO mentions (document_id, ord, start_char, end_char, type) VALUES (?, ?, ?, ?, ?)",
                    id, doc.layer(Layers.MENTIONS), (ps, m) -> ps.setString(5, m.type()));
        } else if (layer.equals(Layers.ENTITIES)) {
            insertEntities(c, id, doc.layer(Layers.ENTITIES), progress);
        } else if (layer.equals(Layers.TIMES)) {
            insertTimes(c, id, doc.layer(Layers.TIMES), progress);
        } else if (layer.equals(Layers.QUANTITIES)) {
            insertQuantities(c, id, doc.layer(Layers.QUANTITIES), progress);
        } else if (layer.equals(Layers.QUOTES)) {
            insertQuotes(c, doc, progress);
        } else if (layer.equals(Layers.FACTS)) {
            insertFacts(c, id, doc.layer(Layers.FACTS), progress);
        }
    }

    /** Whether a layer is one of {@link Layers}, with the record type it declares, and so has a table. */
    private static boolean hasTable(Layer<?> layer) {
        for (Layer<?> known : List.of(Layers.BOILERPLATE, Layers.SENTENCES, Layers.TOKENS, Layers.MENTIONS,
                Layers.ENTITIES, Layers.TIMES, Layers.QUANTITIES, Layers.QUOTES, Layers.FACTS)) {
            if (known.equals(layer)) {
                return known.type() == layer.type();
            }
        }
        return false;
    }



    /** Sets the columns a span layer has beyond document, position, start and end. */
    private interface SpanColumns<T> {
        void set(PreparedStatement ps, T value) throws SQLException;
    }

    /** Inserts a span layer as one batch: document id, position in the layer, start, end, then its own columns. */
    private <T extends Span> void insertSpans(Connection c, String sql, String id, List<T> values,
            SpanColumns<T> columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                T v = values.get(i);
                setSpan(ps, id, i, v);
                columns.set(ps, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertTokens(Connection c, String id, List<Token> values)
            throws SQLException, StoreFormatException {
        int n = values.size();
        int[] start = new int[n];
        int[] end = new int[n];
        String[] pos = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = values.get(i);
            start[i] = t.start();
            end[i] = t.end();
            pos[i] = t.pos();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tokens (document_id, packed) VALUES (?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, json(new PackedTokens(start, end, pos)));
            ps.executeUpdate();
        }
    }


    private void insertEntities(Connection c, String id, List<Entity> values, StringBuilder progress)
            throws SQLException, StoreFormatException {
        progress.setLength(0);
        progress.append("layer 'entities'");
        try (PreparedStatement merged = c.prepareStatement("INSERT INTO entities (id, name, name_folded, type)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
                // every name but the merged entity's own is an alias
                PreparedStatement alias = c.prepareStatement("INSERT INTO entity_aliases (entity_id, alias, alias_folded)"
                        + " SELECT ?, ?, ? WHERE " + dialect.isDistinctFrom("?", "(SELECT name FROM entities WHERE id = ?)")
                        + " ON CONFLICT (entity_id, alias) DO NOTHING");
                PreparedStatement own = c.prepareStatement("INSERT INTO document_entities"
                        + " (document_id, ord, entity_id, name, type, aliases) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement mention = c.prepareStatement("INSERT INTO entity_mentions"
                        + " (document_id, entity_ord, ord, entity_id, start_char, end_char) VALUES (?, ?, ?, ?, ?, ?)")) {
            // in the order of the keys, so that concurrent writers lock shared entities in the same order
            List<Entity> byId = new ArrayList<>(values);
            byId.sort(java.util.Comparator.comparing(Entity::id));
            for (Entity e : byId) {
                merged.setString(1, e.id());
                merged.setString(2, e.name());
                merged.setString(3, fold(e.name()));
                merged.setString(4, e.type());
                merged.addBatch();
            }
            merged.executeBatch();
            java.util.SortedSet<Map.Entry<String, String>> aliases = new java.util.TreeSet<>(
                    Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
            for (Entity e : values) {
                e.aliases().forEach(name -> aliases.add(Map.entry(e.id(), name)));
                if (e.name() != null) {
                    aliases.add(Map.entry(e.id(), e.name()));
                }
            }
            for (Map.Entry<String, String> a : aliases) {
                alias.setString(1, a.getKey());
                alias.setString(2, a.getValue());
                alias.setString(3, fold(a.getValue()));
                alias.setString(4, a.getValue());
                alias.setString(5, a.getKey());
                alias.addBatch();
            }
            for (int i = 0; i < values.size(); i++) {
                Entity e = values.get(i);
                own.setString(1, id);
                own.setInt(2, i);
                own.setString(3, e.id());
                own.setString(4, e.name());
                own.setString(5, e.type());
                own.setString(6, json(e.aliases()));
                own.addBatch();
                List<TextSpan> mentions = e.mentions();
                for (int j = 0; j < mentions.size(); j++) {
                    mention.setString(1, id);
                    mention.setInt(2, i);
                    mention.setInt(3, j);
                    mention.setString(4, e.id());
                    mention.setInt(5, mentions.get(j).start());
                    mention.setInt(6, mentions.get(j).end());
                    mention.addBatch();
                }
            }
            alias.executeBatch();
            own.executeBatch();
            mention.executeBatch();
        }
    }

    private void insertTimes(Connection c, String id, List<Timex> values, StringBuilder progress)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO times (document_id, ord, start_char, end_char,"
                + " type, value, mod, deadline, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                Timex t = values.get(i);
                setSpan(ps, id, i, t);
                ps.setString(5, t.type());
                ps.setString(6, t.value());
                ps.setString(7, t.mod());
                ps.setBoolean(8, t.deadline());
                setDouble(ps, 9, t.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertQuantities(Connection c, String id, List<Quantity> values, StringBuilder progress)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quantities (document_id, ord, start_char,"
                + " end_char, value, approximate, modifier, unit, object) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                Quantity q = values.get(i);
                setSpan(ps, id, i, q);
                setDouble(ps, 5, q.value());
                ps.setBoolean(6, q.approximate());
                ps.setString(7, q.modifier());
                ps.setString(8, q.unit());
                ps.setString(9, q.object());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertQuotes(Connection c, Document doc, StringBuilder progress) throws SQLException {
        List<Quote> values = doc.layer(Layers.QUOTES);
        List<Sentence> sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (document_id, ord, start_char, end_char,"
                + " kind, has_speaker, speaker_name, speaker_name_folded, speaker_entity_id, cue_start, cue_end,"
                + " source_start, source_end, channel, date, effective_date, evidence_start, evidence_end, lead_start,"
                + " lead_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                Quote q = values.get(i);
                setSpan(ps, doc.id(), i, q);
                ps.setString(5, q.kind());
                Quote.Speaker speaker = q.speaker();
                ps.setBoolean(6, speaker != null);
                ps.setString(7, speaker == null ? null : speaker.name());
                ps.setString(8, speaker == null ? null : fold(speaker.name()));
                ps.setString(9, speaker == null ? null : speaker.entityId());
                setNullableSpan(ps, 10, q.cue());
                setNullableSpan(ps, 12, q.source());
                ps.setString(14, q.channel());
                ps.setString(15, q.date());
                ps.setString(16, IsoDates.findCalendarPart(q.date()).orElse(doc.published().value()));
                TextSpan evidence = evidenceOf(q, sentences);
                ps.setInt(17, evidence.start());
                ps.setInt(18, evidence.end());
                setNullableSpan(ps, 19, q.lead());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The sentences a quote touches, from the first to the last; the quote itself if no sentence holds it. */
    public static TextSpan evidenceOf(Span quote, List<Sentence> sentences) {
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Sentence s : sentences) {
            boolean holds = quote.length() == 0
                    ? s.start() <= quote.start() && quote.start() < s.end()
                    : s.overlaps(quote);
            if (holds) {
                start = Math.min(start, s.start());
                end = Math.max(end, s.end());
            }
        }
        return end < 0 ? new TextSpan(quote.start(), quote.end())
                : new TextSpan(Math.min(start, quote.start()), Math.max(end, quote.end()));
    }

    private void insertFacts(Connection c, String id, List<Fact> values, StringBuilder progress)
            throws SQLException, StoreFormatException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO facts (document_id, ord, start_char, end_char,"
                + " kind, subject, predicate, value, as_of, as_of_date, qualifiers, extractor, confidence)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                Fact f = values.get(i);
                progress.setLength(0);
                progress.append("layer 'facts', item ").append(i).append(" (").append(f.kind()).append(' ')
                        .append(f.subject()).append(' ').append(f.predicate()).append(", confidence ")
                        .append(f.confidence()).append(')');
                setSpan(ps, id, i, f);
                ps.setString(5, f.kind());
                ps.setString(6, f.subject());
                ps.setString(7, f.predicate());
                ps.setString(8, f.value());
                ps.setString(9, f.asOf());
                ps.setString(10, IsoDates.findCalendarPart(f.asOf()).orElse(null));
                ps.setString(11, json(f.qualifiers()));
                ps.setString(12, f.extractor());
                setDouble(ps, 13, f.confidence());
                ps.executeUpdate();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** The stored document, with every layer, or empty when no document has this id. */
    public static Optional<Document> read(Connection c, String id) throws SQLException, StoreFormatException {
        Document.Builder builder;
        try (PreparedStatement ps = c.prepareStatement("SELECT text, text_repairs, source, title, published_value,"
                + " published_basis, published_confidence, byline, language FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                builder = Document.builder(text(rs, "text", "text_repairs"))
                        .source(rs.getString("source"))
                        .title(rs.getString("title"))
                        .published(published(rs))
                        .byline(rs.getString("byline"))
                        .language(rs.getString("language"));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT name, type, produced_by, json FROM document_layers"
                + " WHERE document_id = ? ORDER BY ord")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    readLayer(c, id, builder, rs.getString("name"), rs.getString("type"), rs.getString("produced_by"),
                            rs.getString("json"));
                }
            }
        }
        return Optional.of(builder.build());
    }

    /** The exact text of a stored document, or empty. */
    public static Optional<String> readText(Connection c, String id) throws SQLException, StoreFormatException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text, text_repairs FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(text(rs, "text", "text_repairs")) : Optional.empty();
            }
        }
    }

    public static String text(ResultSet rs, String textColumn, String repairsColumn)
            throws SQLException, StoreFormatException {
        String repairs = rs.getString(repairsColumn);
        if (repairs == null) {
            return rs.getString(textColumn);
        }
        try {
            return new StoredText(rs.getString(textColumn), JSON.readValue(repairs, INT_PAIRS)).restore();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreFormatException("cannot restore the text: " + e.getMessage(), e);
        }
    }

    /** The publication date held in the {@code published_*} columns of the current row. */
    public static Published published(ResultSet rs) throws SQLException, StoreFormatException {
        try {
            return new Published(rs.getString("published_value"),
                    Published.Basis.valueOf(rs.getString("published_basis")), getDouble(rs, "published_confidence"));
        } catch (IllegalArgumentException e) {
            throw new StoreFormatException("cannot read the publication date: " + e.getMessage(), e);
        }
    }

    private static void readLayer(Connection c, String id, Document.Builder builder, String name, String type,
            String producedBy, String json) throws SQLException, StoreFormatException {
        if (json == null) {
            readOwnTable(c, id, builder, name, type);
            return;
        }
        Class<?> recordType;
        try {
            recordType = Class.forName(type, false, classLoader());
        } catch (ClassNotFoundException e) {
            throw new StoreFormatException("layer '" + name + "' holds " + type + ", which is not on the class path", e);
        }
        if (!recordType.isRecord()) {
            throw new StoreFormatException("layer '" + name + "' holds " + type + ", which is not a record", null);
        }
        addJsonLayer(builder, Layer.of(name, recordType, producedBy), json);
    }

    private static <T> void addJsonLayer(Document.Builder builder, Layer<T> layer, String json)
            throws StoreFormatException {
        JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, layer.type());
        try {
            List<T> values = JSON.readValue(json, listType);
            builder.layer(layer, values);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreFormatException("cannot read layer '" + layer.name() + "': " + e.getMessage(), e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : DocumentRows.class.getClassLoader();
    }

    private static void readOwnTable(Connection c, String id, Document.Builder builder, String name, String type)
            throws SQLException, StoreFormatException {
        if (name.equals(Layers.BOILERPLATE.name())) {
            builder.layer(Layers.BOILERPLATE, readBoilerplate(c, id));
        } else if (name.equals(Layers.SENTENCES.name())) {
            builder.layer(Layers.SENTENCES, rows(c, "SELECT start_char, end_char FROM sentences"
                    + " WHERE document_id = ? ORDER BY ord", id, rs -> new Sentence(rs.getInt(1), rs.getInt(2))));
        } else if (name.equals(Layers.TOKENS.name())) {
            builder.layer(Layers.TOKENS, readTokens(c, id));
        } else if (name.equals(Layers.MENTIONS.name())) {
            builder.layer(Layers.MENTIONS, rows(c, "SELECT start_char, end_char, type FROM mentions"
                    + " WHERE document_id = ? ORDER BY ord", id,
                    rs -> new Mention(rs.getInt(1), rs.getInt(2), rs.getString(3))));
        } else if (name.equals(Layers.ENTITIES.name())) {
            builder.layer(Layers.ENTITIES, readEntities(c, id));
        } else if (name.equals(Layers.TIMES.name())) {
            builder.layer(Layers.TIMES, rows(c, "SELECT start_char, end_char, type, value, mod, deadline, confidence"
                    + " FROM times WHERE document_id = ? ORDER BY ord", id,
                    rs -> new Timex(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), getDouble(rs, "confidence"))));
        } else if (name.equals(Layers.QUANTITIES.name())) {
            builder.layer(Layers.QUANTITIES, rows(c, "SELECT start_char, end_char, value, approximate, modifier,"
                    + " unit, object FROM quantities WHERE document_id = ? ORDER BY ord", id,
                    rs -> new Quantity(rs.getInt(1), rs.getInt(2), getDouble(rs, "value"), rs.getBoolean(4),
                            rs.getString(5), rs.getString(6), rs.getString(7))));
        } else if (name.equals(Layers.QUOTES.name())) {
            builder.layer(Layers.QUOTES, rows(c, "SELECT * FROM quotes WHERE document_id = ? ORDER BY ord", id,
                    DocumentRows::quote));
        } else if (name.equals(Layers.FACTS.name())) {
            builder.layer(Layers.FACTS, rows(c, "SELECT * FROM facts WHERE document_id = ? ORDER BY ord", id,
                    DocumentRows::fact));
        } else {
            throw new StoreFormatException("layer '" + name + "' of type " + type + " has neither a table nor JSON",
                    null);
        }
    }

    public static List<Boilerplate> readBoilerplate(Connection c, String id)
            throws SQLException, StoreFormatException {
        return rows(c, "SELECT start_char, end_char, kind FROM boilerplate WHERE document_id = ? ORDER BY ord", id,
                rs -> new Boilerplate(rs.getInt(1), rs.getInt(2), rs.getString(3)));
    }

    private static List<Token> readTokens(Connection c, String id) throws SQLException, StoreFormatException {
        List<String> packed = rows(c, "SELECT packed FROM tokens WHERE document_id = ?", id, rs -> rs.getString(1));
        if (packed.isEmpty()) {
            return List.of();
        }
        try {
            PackedTokens p = JSON.readValue(packed.get(0), PackedTokens.class);
            List<Token> out = new ArrayList<>(p.start().length);
            for (int i = 0; i < p.start().length; i++) {
                out.add(new Token(p.start()[i], p.end()[i], p.pos()[i]));
            }
            return out;
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreFormatException("cannot read the tokens: " + e.getMessage(), e);
        }
    }

    private static List<Entity> readEntities(Connection c, String id) throws SQLException, StoreFormatException {
        Map<Integer, List<TextSpan>> mentions = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_ord, start_char, end_char FROM entity_mentions"
                + " WHERE document_id = ? ORDER BY entity_ord, ord")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(new TextSpan(rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ord, entity_id, name, type, aliases"
                + " FROM document_entities WHERE document_id = ? ORDER BY ord")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> aliases;
                    try {
                        aliases = JSON.readValue(rs.getString("aliases"), STRINGS);
                    } catch (JsonProcessingException e) {
                        throw new StoreFormatException("cannot read the aliases of entity " + rs.getString(2), e);
                    }
                    out.add(new Entity(rs.getString("entity_id"), rs.getString("name"), rs.getString("type"), aliases,
                            mentions.getOrDefault(rs.getInt("ord"), List.of())));
                }
            }
        }
        return out;
    }

    /** The quote held in the current row of a query over {@code quotes}. */
    public static Quote quote(ResultSet rs) throws SQLException {
        Quote.Speaker speaker = rs.getBoolean("has_speaker")
                ? new Quote.Speaker(rs.getString("speaker_name"), rs.getString("speaker_entity_id"))
                : null;
        return new Quote(rs.getInt("start_char"), rs.getInt("end_char"), rs.getString("kind"), speaker,
                nullableSpan(rs, "cue_start", "cue_end"), nullableSpan(rs, "source_start", "source_end"),
                rs.getString("channel"), rs.getString("date"), nullableSpan(rs, "lead_start", "lead_end"));
    }

    /** The fact held in the current row of a query over {@code facts}. */
    public static Fact fact(ResultSet rs) throws SQLException, StoreFormatException {
        Map<String, String> qualifiers;
        try {
            qualifiers = JSON.readValue(rs.getString("qualifiers"), STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new StoreFormatException("cannot read the qualifiers of a fact: " + e.getMessage(), e);
        }
        return new Fact(rs.getInt("start_char"), rs.getInt("end_char"), rs.getString("kind"), rs.getString("subject"),
                rs.getString("predicate"), rs.getString("value"), rs.getString("as_of"), qualifiers,
                rs.getString("extractor"), getDouble(rs, "confidence"));
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    /** Reads one value from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException, StoreFormatException;
    }

    private static <T> List<T> rows(Connection c, String sql, String id, RowReader<T> reader)
            throws SQLException, StoreFormatException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        }
        return out;
    }

    private void setSpan(PreparedStatement ps, String id, int ord, Span span) throws SQLException {
        ps.setString(1, id);
        ps.setInt(2, ord);
        ps.setInt(3, span.start());
        ps.setInt(4, span.end());
    }

    private void setNullableSpan(PreparedStatement ps, int index, TextSpan span) throws SQLException {
        if (span == null) {
            ps.setNull(index, Types.INTEGER);
            ps.setNull(index + 1, Types.INTEGER);
        } else {
            ps.setInt(index, span.start());
            ps.setInt(index + 1, span.end());
        }
    }

    private static TextSpan nullableSpan(ResultSet rs, String start, String end) throws SQLException {
        int s = rs.getInt(start);
        if (rs.wasNull()) {
            return null;
        }
        return new TextSpan(s, rs.getInt(end));
    }

    /** Writes a double; NaN is written as NULL, which a NOT NULL column refuses. */
    private void setDouble(PreparedStatement ps, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            ps.setNull(index, dialect.nullFloatType());
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Reads a double; NULL is read as NaN. */
    private static double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    public static String json(Object value) throws StoreFormatException {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreFormatException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getMessage(), e);
        }
    }
}
