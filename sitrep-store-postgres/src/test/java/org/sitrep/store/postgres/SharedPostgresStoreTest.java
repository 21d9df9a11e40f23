package org.sitrep.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Page;
import org.sitrep.store.PutResult;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEntity;

/**
 * What only a shared store does: several writers on one database, a version that moves for a reader in another
 * process, full-text search with {@code tsvector}, texts PostgreSQL cannot hold as they are, and refusing a database
 * that is not a Sitrep record.
 */
class SharedPostgresStoreTest {
    private static final NearDuplicates COPIES = new NearDuplicates();
    private static EmbeddedServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A short story of its own text that mentions the same three entities as every other. */
    private static Document story(int n) {
        String text = "Story " + n + ": Ruto said Kenya will send " + (100 + n) + " more police officers to Haiti.";
        int ruto = text.indexOf("Ruto");
        int kenya = text.indexOf("Kenya");
        int haiti = text.indexOf("Haiti");
        return Document.builder(text).source("https://example.com/story-" + n).title("Story " + n).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .with(Layers.MENTIONS, List.of(new Mention(ruto, ruto + 4, Mention.PERSON),
                        new Mention(kenya, kenya + 5, Mention.LOCATION), new Mention(haiti, haiti + 5, Mention.LOCATION)))
                .with(Layers.ENTITIES, List.of(
                        new Entity("william-ruto", "William Ruto", Mention.PERSON, List.of("Ruto"),
                                List.of(new TextSpan(ruto, ruto + 4))),
                        new Entity("kenya", "Kenya", Mention.LOCATION, List.of(), List.of(new TextSpan(kenya, kenya + 5))),
                        new Entity("haiti", "Haiti", Mention.LOCATION, List.of(), List.of(new TextSpan(haiti, haiti + 5)))));
    }

    @Test
    void twoWritersWithOverlappingInputsStoreEachDocumentOnceWithoutErrors() throws Exception {
        PostgresUrl url = server.createDatabase();
        // two stores, each with its own pool, as two ingest processes would have; the first opens (migrates) first
        try (PostgresStore first = PostgresStore.open(url, null, COPIES);
                PostgresStore second = PostgresStore.open(url, null, COPIES)) {
            List<Document> a = new ArrayList<>();
            List<Document> b = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                if (i < 40) {
                    a.add(story(i));
                }
                if (i >= 20) {
                    b.add(story(i));
                }
            }
            Collections.reverse(b); // they meet in the middle, at the same time
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<PutResult> results = new ArrayList<>();
            try {
                List<Callable<List<PutResult>>> jobs = List.of(
                        () -> a.stream().map(first::put).toList(),
                        () -> b.stream().map(second::put).toList(),
                        () -> a.subList(20, 40).stream().map(second::put).toList(),
                        () -> b.subList(0, 20).stream().map(first::put).toList());
                for (Future<List<PutResult>> f : pool.invokeAll(jobs, 2, TimeUnit.MINUTES)) {
                    results.addAll(f.get());
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(results).hasSize(40 + 40 + 20 + 20);
            assertThat(results.stream().filter(PutResult::added).map(PutResult::documentId))
                    .as("each of the 60 texts added by exactly one put").hasSize(60).doesNotHaveDuplicates();
            assertThat(first.documentCount()).isEqualTo(60);
            assertThat(second.documents(Page.first(100))).extracting(DocumentSummary::id).hasSize(60)
                    .doesNotHaveDuplicates();
            assertThat(first.version()).isEqualTo(60);
            assertThat(second.entities()).extracting(StoredEntity::id)
                    .containsExactlyInAnyOrder("william-ruto", "kenya", "haiti");
            assertThat(second.findEntity("ruto")).hasValueSatisfying(e -> {
                assertThat(e.documents()).isEqualTo(60);
                assertThat(e.aliases()).containsExactly("Ruto");
            });
            for (int i = 0; i < 60; i++) {
                Document expected = story(i);
                assertThat(first.findDocument(expected.id())).hasValueSatisfying(d -> {
                    assertThat(d.layer(Layers.ENTITIES)).isEqualTo(expected.layer(Layers.ENTITIES));
                    assertThat(d.layer(Layers.MENTIONS)).isEqualTo(expected.layer(Layers.MENTIONS));
                });
            }
        }
    }

    @Test
    void aNewDocumentsCopiesAreLookedUpByKeyBeforeTheStoreHasStatistics() throws Exception {
        PostgresUrl url = server.createDatabase();
        try (PostgresStore store = PostgresStore.open(url, null, COPIES)) {
            for (int n = 0; n < 40; n++) {
                String text = "Report " + n + ". " + "The council met on day " + n + " and heard a briefing on the "
                        + "mission, its police officers, its funding and the plan to replace it with a larger force "
                        + "under a new mandate, which members of the council discussed at length before the vote "
                        + "number " + (1000 + n) + " that ended the meeting late in the evening of that day.";
                assertThat(store.put(Document.builder(text).source("https://example.com/report-" + n).build())
                        .added()).isTrue();
            }
        }
        List<String> plan = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.user(), null);
                Statement s = c.createStatement();
                ResultSet bands = s.executeQuery("SELECT scheme, array_agg(band ORDER BY band),"
                        + " array_agg(band_key ORDER BY band) FROM copy_bands WHERE document_id ="
                        + " (SELECT min(document_id) FROM copy_bands) GROUP BY scheme")) {
            assertThat(bands.next()).as("the stored documents have copy signatures").isTrue();
            try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + PostgresDialect.SHARING_A_BAND)) {
                explain.setArray(1, bands.getArray(2));
                explain.setArray(2, bands.getArray(3));
                explain.setString(3, bands.getString(1));
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
            }
        }
        // without statistics the planner used to hash-join the bands to every stored band of the scheme
        assertThat(String.join("\n", plan)).contains("Nested Loop").containsPattern("Index (Only )?Scan using"
                + " copy_bands_pkey").doesNotContain("Hash Join").doesNotContain("Seq Scan on copy_bands")
                .doesNotContain("Bitmap Heap Scan on copy_bands");
    }

    @Test
    void aReaderSeesTheVersionMoveWhenAnotherProcessAddsAndOnlyThen() {
        PostgresUrl url = server.createDatabase();
        try (PostgresStore writer = PostgresStore.open(url, null, COPIES);
                PostgresStore reader = PostgresStore.open(url, null, COPIES)) {
            long empty = reader.version();
            writer.put(story(1));
            long one = reader.version();
            assertThat(one).isNotEqualTo(empty);
            writer.put(story(1));
            assertThat(reader.version()).isEqualTo(one);
            writer.put(story(2));
            assertThat(reader.version()).isNotIn(empty, one);
            assertThat(reader.documentCount()).isEqualTo(2);
        }
    }

    @Test
    void searchFindsTitleAndBodyWordsByStemTitleFirstAndNeverTheBoilerplate() {
        String menu = "Home | Sport | Weather | Elections\n";
        String bodyOnly = menu + "Police numbers\nThe officers arrived in Port-au-Prince on Saturday.\n";
        String inTitle = "Officers land in Haiti\nA second group landed on Sunday, the ministry said.\n";
        String other = "Floods in Nairobi\nHeavy rain closed schools; weather warnings stay in place.\n";
        Document withMenu = Document.builder(bodyOnly).source("a").title("Police numbers").build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(0, menu.length() - 1, "navigation")));
        Document titled = Document.builder(inTitle).source("b").title("Officers land in Haiti").build();
        Document floods = Document.builder(other).source("c").title("Floods in Nairobi").build();
        try (PostgresStore store = PostgresStore.open(server.createDatabase(), null, COPIES)) {
            store.put(withMenu);
            store.put(titled);
            store.put(floods);

            assertThat(store.searchDocuments("officer", Page.first(10))).extracting(DocumentSummary::id)
                    .containsExactly(titled.id(), withMenu.id());
            assertThat(store.searchDocuments("Elections", Page.first(10))).as("a word of the menu only").isEmpty();
            assertThat(store.searchDocuments("weather", Page.first(10))).extracting(DocumentSummary::id)
                    .containsExactly(floods.id());
            assertThat(store.searchDocuments("officers Sunday", Page.first(10))).extracting(DocumentSummary::id)
                    .containsExactly(titled.id());
            assertThat(store.searchDocuments("officers & !(Sunday", Page.first(10))).as("operators are plain words")
                    .extracting(DocumentSummary::id).containsExactly(titled.id());
            assertThat(store.searchDocuments("officers", new Page(1, 5))).extracting(DocumentSummary::id)
                    .containsExactly(withMenu.id());
            assertThat(store.searchDocuments(" !? ", Page.first(10))).isEmpty();
            assertThat(store.searchDocuments(null, Page.first(10))).isEmpty();
        }
    }

    @Test
    void aTextWithNulAndLoneSurrogatesRoundTripsExactlyAndIsSearchable() {
        String text = "Nul\u0000byte report\nA lone \uDC00 surrogate and a NUL \u0000 inside the monitoring text.";
        Document doc = Document.builder(text).source("odd").title("Nul byte report").build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())));
        try (PostgresStore store = PostgresStore.open(server.createDatabase(), null, COPIES)) {
            assertThat(store.put(doc).added()).isTrue();
            Document back = store.findDocument(doc.id()).orElseThrow();
            assertThat(back.text()).isEqualTo(text);
            assertThat(back.layer(Layers.SENTENCES)).isEqualTo(doc.layer(Layers.SENTENCES));
            assertThat(store.searchDocuments("monitoring", Page.first(10))).extracting(DocumentSummary::id)
                    .containsExactly(doc.id());
        }
    }

    @Test
    void aNulInATitleIsRefusedInOneLineAndLeavesNothingBehind() {
        Document doc = Document.builder("A plain text.").source("odd-title").title("Nul\u0000title").build();
        try (PostgresStore store = PostgresStore.open(server.createDatabase(), null, COPIES)) {
            assertThatThrownBy(() -> store.put(doc)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(doc.id())
                    .hasMessageContaining("U+0000 (NUL), which PostgreSQL cannot store")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(store.documentCount()).isZero();
            assertThat(store.version()).isZero();
        }
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefusedAndLeftAsItWas() {
        PostgresUrl url = server.createDatabase();
        server.execute(url, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        assertThatThrownBy(() -> PostgresStore.open(url, null, COPIES))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(url.toString())
                .hasMessageContaining("tables of another application [invoices]");
    }

    @Test
    void aServerThatIsNotThereGivesOneLineNamingTheStore() {
        PostgresUrl nowhere = PostgresUrl.parse("postgresql://sitrep@127.0.0.1:1/record");

        assertThatThrownBy(() -> PostgresStore.open(nowhere, null, COPIES))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open store postgresql://sitrep@127.0.0.1:1/record: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
