package org.sitrep.store.sqlite;

import org.sitrep.store.jdbc.FlywayLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.flywaydb.core.Flyway;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContract;
import org.sitrep.store.StoreException;

/** The store contract on a SQLite file, and what only the SQLite store does: migrations, full-text search, WAL. */
class SqliteStoreTest extends StoreContract {
    private static final NearDuplicates COPIES = new NearDuplicates();

    @TempDir
    Path folder;

    private Path file;

    @Override
    protected Store openStore() {
        file = folder.resolve("record-" + System.nanoTime() + ".db");
        return SqliteStore.open(file, COPIES);
    }

    @Override
    protected Store reopen() {
        return SqliteStore.open(file, COPIES);
    }

    private SqliteStore sqlite() {
        return (SqliteStore) store;
    }

    // ---------------------------------------------------------------- opening and migrating

    @Test
    void openingCreatesTheFileItsFoldersAndTheNewestSchema() throws SQLException {
        Path nested = folder.resolve("a/b/record.db");
        try (SqliteStore s = SqliteStore.open(nested)) {
            assertThat(s.findFile()).contains(nested.toAbsolutePath());
        }
        assertThat(nested).exists();
        assertThat(appliedMigrations(nested)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void anEmptyExistingFileIsMigrated() throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.db"));
        try (SqliteStore s = SqliteStore.open(empty)) {
            s.put(mombasaDocument());
            assertThat(s.documentCount()).isEqualTo(1);
        }
        assertThat(appliedMigrations(empty)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void reopeningAMigratedFileMigratesNothingAndKeepsTheData() throws SQLException {
        store.put(mombasaDocument());
        store.close();
        store = reopen();
        store.close();
        store = reopen();

        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(appliedMigrations(file)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void aFileThatIsNotASqliteDatabaseGivesOneClearStoreException() throws Exception {
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "These are notes, not a database.\n".repeat(200), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SqliteStore.open(text))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open store " + text.toAbsolutePath() + ": ")
                .hasMessageContaining("not a SQLite database");
        assertThat(Files.readString(text)).startsWith("These are notes");
    }

    @Test
    void aDatabaseOfAnotherApplicationIsNotTakenOver() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)");
        }

        assertThatThrownBy(() -> SqliteStore.open(other))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open store " + other.toAbsolutePath()
                        + ": it holds tables of another application [invoices], not a Sitrep record");
    }

    @Test
    void aFolderIsNotAStore() {
        assertThatThrownBy(() -> SqliteStore.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open store " + folder.toAbsolutePath() + ": it is a folder");
    }

    @Test
    void theFileRunsInWalModeWithForeignKeysEnforced() throws SQLException {
        store.put(mombasaDocument());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
            s.execute("PRAGMA foreign_keys = ON");
            assertThatThrownBy(() -> s.execute("INSERT INTO sentences (document_id, ord, start_char, end_char)"
                    + " VALUES ('no-such-document', 0, 0, 1)")).isInstanceOf(SQLException.class);
        }
    }

    // ---------------------------------------------------------------- atomicity at the level of rows

    @Test
    void aRefusedFactLeavesNoRowInAnyTable() throws SQLException {
        Document good = mombasaDocument();
        List<Fact> facts = new ArrayList<>(good.layer(Layers.FACTS));
        Fact f = facts.get(facts.size() - 1);
        facts.set(facts.size() - 1, new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(),
                f.asOf(), f.qualifiers(), f.extractor(), -0.1));

        assertThatThrownBy(() -> store.put(good.with(Layers.FACTS, facts)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("layer 'facts', item " + (facts.size() - 1));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String table : List.of("documents", "document_layers", "boilerplate", "sentences", "tokens",
                    "mentions", "entities", "entity_aliases", "document_entities", "entity_mentions", "times",
                    "quantities", "quotes", "facts")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    assertThat(rs.getLong(1)).as("rows in %s", table).isZero();
                }
            }
        }
        assertThat(sqlite().searchDocuments("Ruto", Page.first(10))).isEmpty();
    }

    @Test
    void aLayerOfSomethingOtherThanRecordsIsRefusedWithItsName() {
        Layer<String> notes = Layer.of("notes", String.class, "a test");
        Document doc = mombasaDocument().with(notes, List.of("a note"));

        assertThatThrownBy(() -> store.put(doc))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("layer 'notes'")
                .hasMessageContaining("not a record");
        assertThat(store.documentCount()).isZero();
    }

    // ---------------------------------------------------------------- full-text search

    @Test
    void searchFindsDocumentsByWordsOfTitleAndTextWithStemsAndWithoutDiacritics() {
        Document mombasa = mombasaDocument();
        Document washington = washingtonDocument();
        store.put(mombasa);
        store.put(washington);
        store.put(plain("The Haïti report", "Gangs held the capital; nothing else is said here."));

        assertThat(search("helicopter")).containsExactly(mombasa.id());
        assertThat(search("OFFICER")).containsExactlyInAnyOrder(mombasa.id(), washington.id());
        assertThat(search("Haiti")).hasSize(2).first().as("a title match ranks first")
                .isNotEqualTo(mombasa.id()).isNotEqualTo(washington.id());
        assertThat(search("Blinken praises")).containsExactly(washington.id());
        assertThat(search("Blinken helicopters")).isEmpty();
        assertThat(ftsIntegrityHolds()).as("the index matches its content table").isTrue();
    }

    @Test
    void searchReadsTheBodyAndTitleButNeverTheBoilerplateAroundThem() {
        Document page = pageWithMenu();
        store.put(page);

        assertThat(search("curfew")).containsExactly(page.id());
        assertThat(search("Nairobi")).as("a title word").containsExactly(page.id());
        assertThat(search("cricket")).as("a word only in the link list").isEmpty();
        assertThat(search("subscribe")).as("a word only in the menu").isEmpty();
        assertThat(ftsIntegrityHolds()).isTrue();
    }

    @Test
    void aStoreWrittenBeforeVersionFiveIsIndexedAgainFromItsBodies() throws SQLException {
        Path old = folder.resolve("v4.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null)
                .locations("classpath:db/migration/sqlite").loggers(FlywayLogs.class.getName()).target("4")
                .load().migrate();
        Document page = pageWithMenu();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            // what a version 4 store wrote: the row, its boilerplate spans, and the whole text in the index
            s.execute("INSERT INTO documents (id, source, title, published_basis, published_confidence, text, length,"
                    + " added_at) VALUES ('" + page.id() + "', 'test:menu', '" + page.findTitle().orElseThrow()
                    + "', 'UNKNOWN', 0, '" + page.text().replace("'", "''") + "', " + page.text().length()
                    + ", '2026-11-28T00:00:00Z')");
            int ord = 0;
            for (Boilerplate b : page.layer(Layers.BOILERPLATE)) {
                s.execute("INSERT INTO boilerplate VALUES ('" + page.id() + "', " + ord++ + ", " + b.start() + ", "
                        + b.end() + ", '" + b.kind() + "')");
            }
            s.execute("INSERT INTO document_layers VALUES ('" + page.id() + "', 0, 'boilerplate', '"
                    + Boilerplate.class.getName() + "', 'test', NULL)");
            s.execute("INSERT INTO documents_fts (rowid, title, text) SELECT seq, title, text FROM documents");
        }

        try (SqliteStore migrated = SqliteStore.open(old)) {
            assertThat(migrated.searchDocuments("curfew", Page.first(10))).extracting(DocumentSummary::id)
                    .containsExactly(page.id());
            assertThat(migrated.searchDocuments("cricket", Page.first(10))).isEmpty();
            assertThat(migrated.findDocument(page.id())).map(Document::text).contains(page.text());
        }
        assertThat(appliedMigrations(old)).containsExactly("1", "2", "3", "4", "5", "6");
    }

    private static Document pageWithMenu() {
        String title = "Nairobi briefing";
        String menu = "Home | World | Subscribe\n";
        String body = "Police set a curfew in the capital on Tuesday.\n";
        String links = "ALSO READ: Cricket scores from the weekend\n";
        String text = title + "\n" + menu + body + links;
        int menuAt = title.length() + 1;
        int linksAt = menuAt + menu.length() + body.length();
        return Document.builder(text).source("test:menu").title(title)
                .layer(Layers.BOILERPLATE, List.of(new Boilerplate(menuAt, menuAt + menu.length(), "navigation"),
                        new Boilerplate(linksAt, linksAt + links.length(), "link-list")))
                .build();
    }

    private boolean ftsIntegrityHolds() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Test
    void searchReadsOperatorsAndPunctuationAsPlainText() {
        store.put(mombasaDocument());

        assertThat(search("\"Ruto")).hasSize(1);
        assertThat(search("Ruto NOT (")).hasSize(1);
        assertThat(search("Ruto OR Blinken")).isEmpty(); // every word must match: "or" is a word here
        assertThat(search("*:^-")).isEmpty();
        assertThat(search("")).isEmpty();
        assertThat(search(null)).isEmpty();
    }

    @Test
    void searchIsPaged() {
        for (int i = 0; i < 5; i++) {
            store.put(plain(null, "Haiti report number " + i + "."));
        }
        List<DocumentSummary> all = sqlite().searchDocuments("haiti report", Page.first(10));
        assertThat(all).hasSize(5);
        assertThat(sqlite().searchDocuments("haiti report", new Page(2, 2))).containsExactlyElementsOf(all.subList(2, 4));
    }

    @Test
    void theIndexedHoldingsAgreeWithTheStoreInterfacesDefaultCount() {
        store.put(mombasaDocument());
        store.put(washingtonDocument());
        Store plain = new Store() {
            @Override
            public org.sitrep.store.PutResult put(Document doc) {
                return store.put(doc);
            }

            @Override
            public boolean contains(String documentId) {
                return store.contains(documentId);
            }

            @Override
            public java.util.Optional<Document> findDocument(String documentId) {
                return store.findDocument(documentId);
            }

            @Override
            public List<DocumentSummary> documents(Page page) {
                return store.documents(page);
            }

            @Override
            public long documentCount() {
                return store.documentCount();
            }

            @Override
            public List<org.sitrep.store.StoredEntity> entities() {
                return store.entities();
            }

            @Override
            public List<org.sitrep.store.StoredQuote> quotes(org.sitrep.store.QuoteQuery query) {
                return store.quotes(query);
            }

            @Override
            public List<org.sitrep.store.StoredFact> facts(org.sitrep.store.FactQuery query) {
                return store.facts(query);
            }

            @Override
            public void close() {
            }
        };

        assertThat(plain.holdingsByEntity()).containsExactlyEntriesOf(store.holdingsByEntity()).isNotEmpty();
    }

    @Test
    void aSearchPassageMarksTheMatchedWordsByTheirStemsAndNeverShowsBoilerplate() {
        Document page = pageWithMenu();
        store.put(page);

        Map<String, SearchSnippet> passages = sqlite().snippets("curfews capital", List.of(page.id()));

        SearchSnippet passage = passages.get(page.id());
        assertThat(passage.parts()).filteredOn(SearchSnippet.Part::matched).extracting(SearchSnippet.Part::text)
                .containsExactly("curfew", "capital");
        assertThat(passage.text()).contains("Police set a curfew in the capital on Tuesday.")
                .doesNotContain("Subscribe").doesNotContain("Cricket").doesNotContain("Nairobi briefing");
    }

    @Test
    void aSearchPassageKeepsTheTextsOwnMarkupAsTextAndHasNoneForADocumentTheWordsMiss() {
        Document tagged = plain(null, "Officers <b>arrived</b> in the port & the \uE000capital\uE001 on Monday.");
        Document other = plain(null, "Talks resumed in Geneva.");
        store.put(tagged);
        store.put(other);

        Map<String, SearchSnippet> passages = sqlite().snippets("officer", List.of(tagged.id(), other.id(), "nope"));

        assertThat(passages).containsOnlyKeys(tagged.id());
        assertThat(passages.get(tagged.id()).parts()).containsExactly(new SearchSnippet.Part("Officers", true),
                new SearchSnippet.Part(" <b>arrived</b> in the port & the capital on Monday.", false));
        assertThat(sqlite().snippets("", List.of(tagged.id()))).isEmpty();
    }

    private List<String> search(String query) {
        return sqlite().searchDocuments(query, Page.first(10)).stream().map(DocumentSummary::id).toList();
    }

    private static Document plain(String title, String text) {
        return Document.builder(text).title(title).published(Published.given("2024-12-01")).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())));
    }

    // ---------------------------------------------------------------- in memory, and two stores on one file

    @Test
    void anInMemoryStoreWorksAndIsPrivate() {
        Document doc = mombasaDocument();
        try (SqliteStore a = SqliteStore.inMemory(); SqliteStore b = SqliteStore.inMemory()) {
            assertThat(a.put(doc).added()).isTrue();
            assertSameDocument(a.findDocument(doc.id()).orElseThrow(), doc);
            assertThat(a.facts(FactQuery.all())).hasSize(3);
            assertThat(a.findFile()).isEmpty();
            assertThat(b.documentCount()).isZero();
        }
    }

    @Test
    void twoStoresOnOneFileBothWrite() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store other = SqliteStore.open(file)) {
            List<Future<?>> jobs = new ArrayList<>();
            List<Store> stores = List.of(store, other);
            for (int n = 0; n < stores.size(); n++) {
                Store s = stores.get(n);
                String writer = "Store " + n;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        String text = writer + " wrote text " + i + ".";
                        s.put(Document.builder(text).build().with(Layers.SENTENCES,
                                List.of(new Sentence(0, text.length()))));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            assertThat(other.documentCount()).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.documentCount()).isEqualTo(20);
    }

    private static List<String> appliedMigrations(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                        + " AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
