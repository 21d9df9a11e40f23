package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.sitrep.doc.SourceSpan;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * The contract every {@link Store} passes: what goes in comes out equal, a text is stored once, puts are atomic,
 * data outlives the process, and the cross-document queries (entities, quotes, facts) filter and carry provenance.
 *
 * <p>A subclass says how to open a fresh, empty store and how to open the same store again after it was closed. The
 * test documents are built by hand, with every layer of {@link Layers}, over small sentences written for this test.
 *
 * <p>{@link #openStore()} gives the store a real {@link CopyDetector} (the one the CLI uses), so that the contract can
 * check that a reworded copy is linked to its original and an unrelated story is not.
 *
 * <p>Besides the {@link Store} javadoc, the contract fixes one rule: a fact whose confidence is not a number in
 * {@code [0, 1]} is refused with a {@link StoreException}, and the refusal leaves nothing of its document behind.
 */
public abstract class StoreContract {

    /** A fresh, empty store that links copies with a real {@link CopyDetector}; the contract closes it. */
    protected abstract Store openStore();

    /** The store most recently returned by {@link #openStore()}, opened again after it was closed. */
    protected abstract Store reopen();

    /** The store under test, opened before each test. */
    protected Store store;

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void putThenFindReturnsAnEqualDocument() {
        Document doc = mombasaDocument();
        PutResult result = store.put(doc);

        assertThat(result).isEqualTo(new PutResult(doc.id(), true));
        assertThat(store.contains(doc.id())).isTrue();
        assertSameDocument(store.findDocument(doc.id()).orElseThrow(), doc);
    }

    @Test
    void everyLayerOfTheTestDocumentsIsPresentAndNotEmpty() {
        // guards the contract itself: the round trip above must exercise every layer
        for (Document doc : List.of(mombasaDocument(), washingtonDocument())) {
            for (Layer<?> layer : allLayers()) {
                assertThat(doc.findLayer(layer)).as("layer %s", layer).hasValueSatisfying(v -> assertThat(v).isNotEmpty());
            }
        }
    }

    @Test
    void aDocumentWithoutLayersComesBackWithoutLayers() {
        Document doc = Document.builder("A bare text with nothing found in it.").build();
        store.put(doc);

        Document back = store.findDocument(doc.id()).orElseThrow();
        assertThat(back.layerKeys()).isEmpty();
        assertThat(back.source()).isEqualTo("-");
        assertThat(back.findTitle()).isEmpty();
        assertThat(back.published()).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void anEmptyLayerComesBackPresentAndEmpty() {
        Document doc = Document.builder("Nothing was said here.").build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, 22)))
                .with(Layers.QUOTES, List.of())
                .with(Layers.FACTS, List.of());
        store.put(doc);

        Document back = store.findDocument(doc.id()).orElseThrow();
        assertThat(back.has(Layers.QUOTES)).isTrue();
        assertThat(back.layer(Layers.QUOTES)).isEmpty();
        assertThat(back.has(Layers.TIMES)).isFalse();
        assertSameDocument(back, doc);
    }

    @Test
    void emptyTextAndOddUnicodeRoundTrip() {
        Document empty = Document.builder("").source("empty.txt").build()
                .with(Layers.SENTENCES, List.of());
        String odd = "🇰🇪🇭🇹 e\u0301 zero\u200Bwidth \u05E9\u05DC\u05D5\u05DD 日本語 “Ruto said” \uD83D";
        Document unicode = Document.builder(odd).source("odd.txt").title("Ünïcødé 🇭🇹").build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, odd.length())))
                .with(Layers.MENTIONS, List.of(mention(odd, "Ruto", Mention.PERSON)))
                .with(Layers.FACTS, List.of(new Fact(at(odd, "日本語"), at(odd, "日本語") + 3, Fact.EVENT, "x", "say",
                        "e\u0301", null, Map.of("note", "🇭🇹"), "contract", 0.5)));
        store.put(empty);
        store.put(unicode);

        assertSameDocument(store.findDocument(empty.id()).orElseThrow(), empty);
        assertSameDocument(store.findDocument(unicode.id()).orElseThrow(), unicode);
        assertThat(store.facts(FactQuery.all().withSubject("x")))
                .singleElement()
                .satisfies(f -> assertThat(f.provenance().evidence()).isEqualTo("日本語"));
    }

    @Test
    void aPageKeepsItsBylineLanguageAndSourceMap() {
        String html = "<h1>Port Reopens</h1><p class=by>By Jo Roe</p><p>The port reopened.</p>";
        String text = "Port Reopens\n\nBy Jo Roe\n\nThe port reopened.";
        Document doc = Document.builder(text).source("https://example.com/port").title("Port Reopens")
                .byline("Jo Roe").language("en-GB").build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(14, 25, "other")))
                .with(Layers.SOURCE_MAP, List.of(new SourceSpan(0, 12, 4, 16), new SourceSpan(14, 23, 33, 42),
                        new SourceSpan(25, 43, 49, 67)));
        store.put(doc);

        Document back = store.findDocument(doc.id()).orElseThrow();
        assertSameDocument(back, doc);
        assertThat(back.findLanguage()).contains("en-gb");
        SourceSpan reopened = back.layer(Layers.SOURCE_MAP).get(2);
        assertThat(html.substring(reopened.sourceStart(), reopened.sourceEnd())).isEqualTo(back.textOf(reopened));
    }

    /** A record type no core stage defines, as a stage in another module might add. */
    public record Stance(int start, int end, String holder, String label, double score) implements Span {
    }

    /** A layer no core stage defines. */
    protected static final Layer<Stance> STANCES = Layer.of("contract-stances", Stance.class, "the store contract");

    @Test
    void aLayerDefinedOutsideCoreRoundTrips() {
        Document base = mombasaDocument();
        String text = base.text();
        Document doc = base.with(STANCES, List.of(
                new Stance(at(text, "We will"), at(text, ",” Ruto"), "william-ruto", "support", 0.75),
                new Stance(at(text, "the MSS needed"), at(text, "helicopters") + 11, null, "need", 0.5)));
        store.put(doc);

        Document back = store.findDocument(doc.id()).orElseThrow();
        assertThat(back.layer(STANCES)).isEqualTo(doc.layer(STANCES));
        assertSameDocument(back, doc);
    }

    @Test
    void findingAnUnknownIdFindsNothing() {
        assertThat(store.findDocument("0123456789abcdef0123456789abcdef")).isEmpty();
        assertThat(store.contains("0123456789abcdef0123456789abcdef")).isFalse();
    }

    // ---------------------------------------------------------------- copies

    /**
     * The same story from two sites: the second moved one sentence, reworded a few words, added a closing paragraph
     * and a share line. The subclass's {@link #openStore()} gives the store a real copy detector.
     */
    @Test
    void aRewordedCopyIsLinkedAnUnrelatedStoryIsNotAndBothSourcesAreKept() {
        String original = "Kenya to send more police to Haiti\n"
                + "Kenya will send another 600 police officers to Haiti by January to reinforce the multinational"
                + " mission fighting armed gangs in Port-au-Prince, President William Ruto said on Thursday.\n"
                + "The officers will join about 400 Kenyans already deployed under the mission, which the United"
                + " Nations Security Council approved last year but which has struggled with funding and equipment.\n"
                + "Ruto said the new contingent had finished its training and would travel in two groups, the first"
                + " of them before the end of the month.\n";
        String copy = "Ruto: 600 more Kenyan officers heading to Haiti\n"
                + "President William Ruto said on Thursday that Kenya will send another 600 police officers to Haiti"
                + " by January to reinforce the multinational mission fighting armed gangs in Port-au-Prince.\n"
                + "The officers will join about 400 Kenyans already deployed under the mission, which the United"
                + " Nations Security Council approved last year but which has struggled with money and equipment.\n"
                + "Ruto said the new contingent had completed its training and would travel in two groups, the first"
                + " of them before the end of the month.\n"
                + "Haiti's transitional council welcomed the announcement.\n"
                + "Share this article on WhatsApp\n";
        String unrelated = "Floods close schools in the capital\n"
                + "Heavy rain flooded parts of the capital overnight, cutting power to thousands of homes and forcing"
                + " schools in three districts to close, the city government said on Wednesday.\n"
                + "Rescue teams used boats to reach families trapped on rooftops near the river, where the water rose"
                + " more than two metres in a few hours, and the weather service warned of more storms.\n";
        Document first = story(original, "https://first.example/kenya-police", "Kenya to send more police to Haiti");
        Document second = story(copy, "https://second.example/ruto-600", "Ruto: 600 more Kenyan officers heading to Haiti");
        Document third = story(unrelated, "https://third.example/floods", "Floods close schools in the capital");

        store.put(first);
        store.put(second);
        store.put(third);

        assertThat(store.documentCount()).isEqualTo(3);
        assertThat(store.findDocument(first.id()).orElseThrow().source()).isEqualTo(first.source());
        assertThat(store.findDocument(second.id()).orElseThrow().source()).isEqualTo(second.source());
        assertThat(store.findCopies(second.id())).singleElement().satisfies(link -> {
            assertThat(link.documentId()).isEqualTo(second.id());
            assertThat(link.copyOfId()).isEqualTo(first.id());
            assertThat(link.similarity()).isBetween(0.0, 1.0);
        });
        assertThat(store.findCopies(first.id())).containsExactlyElementsOf(store.findCopies(second.id()));
        assertThat(store.findCopies(third.id())).isEmpty();
        assertThat(store.findCopies("0123456789abcdef0123456789abcdef")).isEmpty();
    }

    @Test
    void copyLinksOutliveTheProcessAndARepeatedPutAddsNone() {
        Document doc = mombasaDocument();
        Document copy = rebase(doc, doc.text() + "\nReporting by a second desk.\n");
        store.put(doc);
        store.put(copy);
        List<DuplicateLink> links = store.findCopies(copy.id());
        assertThat(links).singleElement().satisfies(link -> assertThat(link.copyOfId()).isEqualTo(doc.id()));
        store.put(copy);
        store.close();

        store = reopen();
        assertThat(store.findCopies(copy.id())).isEqualTo(links);
    }

    /** A story whose title is its first line, marked as repeated-title boilerplate as the pipeline does. */
    private static Document story(String text, String source, String title) {
        int firstLine = text.indexOf('\n');
        return Document.builder(text).source(source).title(title).build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(0, firstLine, Boilerplate.REPEATED_TITLE)))
                .with(Layers.SENTENCES, sentences(text).subList(1, sentences(text).size()));
    }

    // ---------------------------------------------------------------- identity

    @Test
    void puttingTheSameTextTwiceAddsItOnce() {
        Document doc = mombasaDocument();
        Document sameTextElsewhere = Document.builder(doc.text()).source("https://example.org/mirror").build();

        assertThat(store.put(doc).added()).isTrue();
        assertThat(store.put(doc)).isEqualTo(new PutResult(doc.id(), false));
        assertThat(store.put(sameTextElsewhere)).isEqualTo(new PutResult(doc.id(), false));

        assertThat(store.documentCount()).isEqualTo(1);
        assertThat(store.quotes(QuoteQuery.all())).hasSize(doc.layer(Layers.QUOTES).size());
        assertThat(store.facts(FactQuery.all())).hasSize(doc.layer(Layers.FACTS).size());
        assertThat(store.findDocument(doc.id()).orElseThrow().source()).isEqualTo(doc.source());
    }

    // ---------------------------------------------------------------- listing

    @Test
    void documentsAreListedNewestFirstThenBySourceAndPaged() {
        Document older = plain("Older text.", "b.txt", Published.given("2024-10-01"));
        // of two documents of the same day, the one whose id sorts last gets the first source, so that an order by
        // id instead of source shows
        String one = "Newer text, one source.";
        String other = "Newer text, another source.";
        boolean oneSortsLast = Document.builder(one).build().id().compareTo(Document.builder(other).build().id()) > 0;
        Document newerA = plain(oneSortsLast ? one : other, "a.txt", Published.given("2024-11-07"));
        Document newerB = plain(oneSortsLast ? other : one, "b.txt",
                new Published("2024-11-07", Published.Basis.DATELINE, 0.9));
        Document undated = plain("Undated text.", "c.txt", Published.UNKNOWN);
        for (Document d : List.of(undated, older, newerB, newerA)) {
            store.put(d);
        }

        List<DocumentSummary> all = store.documents(Page.first(10));
        assertThat(all).extracting(DocumentSummary::id)
                .containsExactly(newerA.id(), newerB.id(), older.id(), undated.id());
        assertThat(all.get(1)).isEqualTo(new DocumentSummary(newerB.id(), "b.txt", null, newerB.published(),
                newerB.text().length()));
        assertThat(store.documents(new Page(1, 2))).extracting(DocumentSummary::id)
                .containsExactly(newerB.id(), older.id());
        assertThat(store.documents(new Page(4, 10))).isEmpty();
        assertThat(store.documentCount()).isEqualTo(4);
    }

    // ---------------------------------------------------------------- entities

    @Test
    void entitiesMergeAcrossDocumentsWithTheUnionOfAliases() {
        store.put(mombasaDocument());
        store.put(washingtonDocument());

        List<StoredEntity> entities = store.entities();
        StoredEntity ruto = entities.stream().filter(e -> e.id().equals("william-ruto")).findFirst().orElseThrow();
        assertThat(ruto.name()).isEqualTo("William Ruto");
        assertThat(ruto.type()).isEqualTo(Mention.PERSON);
        assertThat(ruto.aliases()).containsExactly("President Ruto", "Ruto");
        assertThat(ruto.documents()).isEqualTo(2);

        assertThat(entities).filteredOn(e -> e.id().equals("antony-blinken"))
                .singleElement().satisfies(e -> assertThat(e.documents()).isEqualTo(1));
        assertThat(entities).extracting(StoredEntity::id).doesNotHaveDuplicates()
                .contains("kenya", "haiti", "mss");
    }

    @Test
    void findEntityMatchesIdOrNameBeforeAliasIgnoringCaseAndFindsNothingUnknown() {
        store.put(mombasaDocument());
        store.put(washingtonDocument());

        assertThat(store.findEntity("mss")).hasValueSatisfying(e -> {
            assertThat(e.name()).isEqualTo("Multinational Security Support Mission");
            assertThat(e.aliases()).contains("MSS");
            assertThat(e.documents()).isEqualTo(2);
        });
        assertThat(store.findEntity(" multinational SECURITY support mission ")).map(StoredEntity::id).contains("mss");
        assertThat(store.findEntity("President RUTO")).map(StoredEntity::id).contains("william-ruto");
        assertThat(store.findEntity("William-Ruto")).map(StoredEntity::id).contains("william-ruto");
        assertThat(store.findEntity("william-ruto")).isEqualTo(store.entities().stream()
                .filter(e -> e.id().equals("william-ruto")).findFirst());
        assertThat(store.findEntity("nobody-at-all")).isEmpty();
        assertThat(store.findEntity("")).isEmpty();
        assertThat(store.findEntity(null)).isEmpty();
    }

    @Test
    void findEntityPrefersAnIdOrNameMatchToAnAliasOfAnotherEntity() {
        String text = "Haiti said the Kenya mission, which some call Haiti, arrived.";
        Document doc = Document.builder(text).source("alias.txt").build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .with(Layers.MENTIONS, List.of(mention(text, "Haiti", Mention.LOCATION)))
                .with(Layers.ENTITIES, List.of(
                        new Entity("capital-mission", "Kenya mission", Mention.ORGANIZATION, List.of("Haiti"),
                                List.of(span(text, "Kenya mission"))),
                        new Entity("haiti", "Haiti", Mention.LOCATION, List.of(), List.of(span(text, "Haiti")))));
        store.put(doc);

        // "capital-mission" is listed first (same document count, smaller id), yet the name match wins
        assertThat(store.entities()).extracting(StoredEntity::id).startsWith("capital-mission");
        assertThat(store.findEntity("HAITI")).map(StoredEntity::id).contains("haiti");
        assertThat(store.findEntity("kenya MISSION")).map(StoredEntity::id).contains("capital-mission");
    }

    @Test
    void factCountsBySubjectCountEachSubjectMostFirst() {
        assertThat(store.factCountsBySubject()).isEmpty();
        store.put(mombasaDocument());
        store.put(washingtonDocument());

        assertThat(store.factCountsBySubject()).containsExactly(Map.entry("mss", 3L), Map.entry("kenya", 1L));
    }

    @Test
    void holdingsByEntityCountFactsQuotesAndTheDocumentsHoldingThem() {
        assertThat(store.holdingsByEntity()).isEmpty();
        store.put(mombasaDocument());
        store.put(washingtonDocument());

        // the quote by "officials" has no entity and is not counted
        assertThat(store.holdingsByEntity()).containsExactly(
                Map.entry("antony-blinken", new EntityHoldings(0, 1, 1)),
                Map.entry("kenya", new EntityHoldings(1, 0, 1)),
                Map.entry("mss", new EntityHoldings(3, 0, 2)),
                Map.entry("william-ruto", new EntityHoldings(0, 2, 1)));
    }

    @Test
    void theVersionMovesWhenAPutAddsADocumentAndOnlyThen() {
        long empty = store.version();
        store.put(mombasaDocument());
        long one = store.version();
        assertThat(one).isNotEqualTo(empty);

        store.put(mombasaDocument());
        assertThat(store.version()).isEqualTo(one);

        store.put(washingtonDocument());
        assertThat(store.version()).isNotIn(empty, one);
    }

    // ---------------------------------------------------------------- quotes

    @Test
    void quotesFilterBySpeakerEntityIdOrNameIgnoringCase() {
        Document mombasa = mombasaDocument();
        store.put(mombasa);
        store.put(washingtonDocument());

        List<StoredQuote> byId = store.quotes(QuoteQuery.all().withSpeaker("william-ruto"));
        List<StoredQuote> byName = store.quotes(QuoteQuery.all().withSpeaker("wILLIAM rUTO"));
        assertThat(byId).hasSize(2).allSatisfy(q -> assertThat(q.quote().speaker().entityId()).isEqualTo("william-ruto"));
        assertThat(byName).isEqualTo(byId);

        assertThat(store.quotes(QuoteQuery.all().withSpeaker("Officials"))).singleElement()
                .satisfies(q -> assertThat(q.quote().speaker()).isEqualTo(new Quote.Speaker("officials", null)));
        assertThat(store.quotes(QuoteQuery.all().withSpeaker("antony-blinken"))).hasSize(1);
        assertThat(store.quotes(QuoteQuery.all().withSpeaker("nobody-at-all"))).isEmpty();
        assertThat(store.quotes(QuoteQuery.all())).hasSize(4);
    }

    @Test
    void aQuoteWhoseSpeakerIsUnresolvedRoundTripsWithANullSpeaker() {
        String text = "The talks ended late. “We will not back down,” it said.";
        int open = text.indexOf('“');
        int it = text.indexOf("it said");
        Quote unresolved = new Quote(open, text.indexOf(" it said"), Quote.DIRECT, null,
                new TextSpan(it + 3, it + 7), new TextSpan(it, it + 2), null, null);
        Document doc = Document.builder(text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, 21), new Sentence(22, text.length())))
                .with(Layers.QUOTES, List.of(unresolved));
        store.put(doc);

        assertThat(store.findDocument(doc.id()).orElseThrow().layer(Layers.QUOTES)).containsExactly(unresolved);
        assertThat(store.quotes(QuoteQuery.all())).singleElement()
                .satisfies(q -> assertThat(q.quote().speaker()).isNull());
        assertThat(store.quotes(QuoteQuery.all().withSpeaker("it"))).isEmpty();
    }

    @Test
    void interruptedReportedSpeechRoundTripsWithItsOpeningWords() {
        String text = "Climate change, Ruto said, is the greatest threat to Kenya.";
        int ruto = text.indexOf("Ruto");
        int tail = text.indexOf("is the");
        Quote interrupted = new Quote(tail, text.length() - 1, Quote.INDIRECT, new Quote.Speaker("Ruto", null),
                new TextSpan(ruto + 5, ruto + 9), new TextSpan(ruto, ruto + 4), null, null,
                new TextSpan(0, "Climate change".length()));
        Document doc = Document.builder(text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .with(Layers.QUOTES, List.of(interrupted));
        store.put(doc);

        assertThat(store.findDocument(doc.id()).orElseThrow().layer(Layers.QUOTES)).containsExactly(interrupted);
        assertThat(store.quotes(QuoteQuery.all())).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("is the greatest threat to Kenya");
            assertThat(q.lead()).isEqualTo("Climate change");
        });
    }

    @Test
    void quotesCarryTheirTextAndProvenance() {
        Document mombasa = mombasaDocument();
        store.put(mombasa);

        StoredQuote direct = store.quotes(QuoteQuery.all().withSpeaker("william-ruto")).stream()
                .filter(q -> q.quote().kind().equals(Quote.DIRECT)).findFirst().orElseThrow();
        assertThat(direct.text()).isEqualTo("We will not abandon Haiti");
        assertThat(direct.quote()).isIn(mombasa.layer(Layers.QUOTES));
        assertThat(direct.provenance()).isEqualTo(new Provenance(mombasa.id(), mombasa.source(),
                "Kenya to send more officers", mombasa.published(), "“We will not abandon Haiti,” Ruto said."));
    }

    @Test
    void quotesFilterByDateRangeAndComeOldestFirst() {
        store.put(mombasaDocument());
        store.put(washingtonDocument());

        // the Mombasa quotes are dated 2024-11-07 (one by its own date, the others by the publication date);
        // the Washington quote is dated 2025-01-15
        assertThat(store.quotes(new QuoteQuery(null, "2024-11-01", "2024-11-30", Page.first(100)))).hasSize(3)
                .allSatisfy(q -> assertThat(q.provenance().source()).isEqualTo("mombasa.txt"));
        assertThat(store.quotes(new QuoteQuery(null, "2025-01-15", null, Page.first(100)))).singleElement()
                .satisfies(q -> assertThat(q.quote().speaker().entityId()).isEqualTo("antony-blinken"));
        assertThat(store.quotes(new QuoteQuery(null, null, "2024-11-06", Page.first(100)))).isEmpty();
        assertThat(store.quotes(new QuoteQuery(null, "2024-11-07", "2024-11-07", Page.first(100)))).hasSize(3);
        assertThat(store.quotes(new QuoteQuery(null, "2024-11", "2024-11", Page.first(100)))).hasSize(3);
        assertThat(store.quotes(new QuoteQuery("william-ruto", "2025-01-01", null, Page.first(100)))).isEmpty();

        List<StoredQuote> all = store.quotes(QuoteQuery.all());
        assertThat(all).extracting(q -> q.provenance().source())
                .containsExactly("mombasa.txt", "mombasa.txt", "mombasa.txt", "washington.txt");
        assertThat(store.quotes(new QuoteQuery(null, null, null, new Page(3, 5)))).containsExactly(all.get(3));
    }

    // ---------------------------------------------------------------- facts

    @Test
    void factsFilterBySubjectKindAndAsOfWithProvenance() {
        Document mombasa = mombasaDocument();
        Document washington = washingtonDocument();
        store.put(mombasa);
        store.put(washington);

        List<StoredFact> strength = store.facts(FactQuery.all().withSubject("mss").withKind(Fact.STRENGTH));
        assertThat(strength).extracting(f -> f.fact().value()).containsExactly("400", "1000");
        StoredFact first = strength.get(0);
        assertThat(first.fact()).isIn(mombasa.layer(Layers.FACTS));
        assertThat(first.provenance()).isEqualTo(new Provenance(mombasa.id(), "mombasa.txt",
                "Kenya to send more officers", mombasa.published(), mombasa.textOf(first.fact())));
        assertThat(first.provenance().evidence()).isEqualTo("The mission had about 400 officers in October.");

        assertThat(store.facts(new FactQuery("mss", Fact.STRENGTH, "2025-01-01", null, Page.first(10))))
                .singleElement().satisfies(f -> assertThat(f.provenance().documentId()).isEqualTo(washington.id()));
        assertThat(store.facts(new FactQuery(null, null, "2024-10-01", "2024-10-31", Page.first(10))))
                .extracting(f -> f.fact().asOf()).containsExactly("2024-10");
        assertThat(store.facts(FactQuery.all().withKind(Fact.TARGET))).singleElement()
                .satisfies(f -> assertThat(f.fact().qualifiers()).containsEntry("due", "2025-01"));
        assertThat(store.facts(FactQuery.all().withSubject("kenya"))).extracting(f -> f.fact().kind())
                .containsExactly(Fact.TARGET);
        assertThat(store.facts(FactQuery.all().withSubject("nobody"))).isEmpty();
    }

    @Test
    void factsComeOldestFirstAndPaged() {
        store.put(washingtonDocument());
        store.put(mombasaDocument());

        List<StoredFact> all = store.facts(FactQuery.all());
        assertThat(all).extracting(f -> f.fact().asOf()).containsExactly("2024-10", "2024-11-07", "2025-01-15", null);
        assertThat(store.facts(new FactQuery(null, null, null, null, new Page(1, 1)))).containsExactly(all.get(1));
    }

    // ---------------------------------------------------------------- atomicity

    @Test
    void aFactWithConfidenceOutsideZeroToOneIsRefusedAndLeavesNothingBehind() {
        Document good = mombasaDocument();
        List<Fact> facts = new ArrayList<>(good.layer(Layers.FACTS));
        Fact last = facts.get(facts.size() - 1);
        facts.set(facts.size() - 1, new Fact(last.start(), last.end(), last.kind(), last.subject(), last.predicate(),
                last.value(), last.asOf(), last.qualifiers(), last.extractor(), 1.5));
        Document bad = good.with(Layers.FACTS, facts);

        assertThatThrownBy(() -> store.put(bad)).isInstanceOf(StoreException.class);

        assertNothingStored(bad);
        assertThat(store.put(good).added()).as("the store still works after a failed put").isTrue();
        assertSameDocument(store.findDocument(good.id()).orElseThrow(), good);
    }

    @Test
    void aFactWithNaNConfidenceIsRefusedAndLeavesNothingBehind() {
        Document good = mombasaDocument();
        List<Fact> facts = new ArrayList<>(good.layer(Layers.FACTS));
        Fact last = facts.get(facts.size() - 1);
        facts.set(facts.size() - 1, new Fact(last.start(), last.end(), last.kind(), last.subject(), last.predicate(),
                last.value(), last.asOf(), last.qualifiers(), last.extractor(), Double.NaN));
        Document bad = good.with(Layers.FACTS, facts);

        assertThatThrownBy(() -> store.put(bad)).isInstanceOf(StoreException.class);
        assertNothingStored(bad);
    }

    @Test
    void aClosedStoreRefusesWorkWithAStoreException() {
        store.close();
        store.close(); // closing twice is harmless

        assertThatThrownBy(() -> store.put(mombasaDocument())).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.documentCount()).isInstanceOf(StoreException.class);
        store = reopen();
        assertThat(store.documentCount()).isZero();
    }

    // ---------------------------------------------------------------- persistence and concurrency

    @Test
    void dataPersistsAcrossReopen() {
        Document mombasa = mombasaDocument();
        Document washington = washingtonDocument();
        store.put(mombasa);
        store.put(washington);
        List<StoredQuote> quotes = store.quotes(QuoteQuery.all());
        List<StoredFact> facts = store.facts(FactQuery.all());
        List<StoredEntity> entities = store.entities();
        store.close();

        store = reopen();
        assertThat(store.documentCount()).isEqualTo(2);
        assertSameDocument(store.findDocument(mombasa.id()).orElseThrow(), mombasa);
        assertSameDocument(store.findDocument(washington.id()).orElseThrow(), washington);
        assertThat(store.quotes(QuoteQuery.all())).isEqualTo(quotes);
        assertThat(store.facts(FactQuery.all())).isEqualTo(facts);
        assertThat(store.entities()).containsExactlyInAnyOrderElementsOf(entities);
        assertThat(store.put(mombasa).added()).isFalse();
    }

    @Test
    void twoThreadsPuttingDifferentDocumentsBothLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<PutResult>>> jobs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int t = thread;
                jobs.add(() -> {
                    List<PutResult> results = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        Document d = mombasaDocument();
                        String text = d.text() + "\nThread " + t + ", copy " + i + ".";
                        results.add(store.put(rebase(d, text)));
                        store.documentCount(); // reads interleave with writes
                    }
                    return results;
                });
            }
            List<Future<List<PutResult>>> futures = pool.invokeAll(jobs, 2, TimeUnit.MINUTES);
            for (Future<List<PutResult>> f : futures) {
                assertThat(f.get()).hasSize(15).allSatisfy(r -> assertThat(r.added()).isTrue());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.documentCount()).isEqualTo(30);
        assertThat(store.quotes(QuoteQuery.all())).hasSize(30 * 3);
        assertThat(store.entities()).filteredOn(e -> e.id().equals("william-ruto"))
                .singleElement().satisfies(e -> assertThat(e.documents()).isEqualTo(30));
    }

    // ---------------------------------------------------------------- helpers for subclasses and tests

    /** Asserts that two documents hold the same text, metadata and layers, in the same order. */
    protected static void assertSameDocument(Document actual, Document expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.text()).isEqualTo(expected.text());
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.findTitle()).isEqualTo(expected.findTitle());
        assertThat(actual.published()).isEqualTo(expected.published());
        assertThat(actual.findByline()).isEqualTo(expected.findByline());
        assertThat(actual.findLanguage()).isEqualTo(expected.findLanguage());
        assertThat(new ArrayList<>(actual.layerKeys())).isEqualTo(new ArrayList<>(expected.layerKeys()));
        for (Layer<?> layer : expected.layerKeys()) {
            assertThat(actual.layer(layer)).as("layer %s", layer).isEqualTo(expected.layer(layer));
        }
    }

    private void assertNothingStored(Document bad) {
        assertThat(store.contains(bad.id())).isFalse();
        assertThat(store.findDocument(bad.id())).isEmpty();
        assertThat(store.documentCount()).isZero();
        assertThat(store.documents(Page.first(10))).isEmpty();
        assertThat(store.entities()).isEmpty();
        assertThat(store.quotes(QuoteQuery.all())).isEmpty();
        assertThat(store.facts(FactQuery.all())).isEmpty();
    }

    /** Every layer {@link Layers} declares. */
    protected static List<Layer<?>> allLayers() {
        return List.of(Layers.BOILERPLATE, Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.ENTITIES,
                Layers.TIMES, Layers.QUANTITIES, Layers.QUOTES, Layers.FACTS);
    }

    private static Document plain(String text, String source, Published published) {
        return Document.builder(text).source(source).published(published).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())));
    }

    /**
     * A dated report from Mombasa with every layer: a dateline, an indirect and a direct quote by William Ruto, one
     * by anonymous officials, a strength figure and a deployment target, and a share line as boilerplate.
     */
    protected static Document mombasaDocument() {
        String text = "Kenya to send more officers\n"
                + "MOMBASA, Nov 7 (Sitrep) - President William Ruto said on Thursday that Kenya would send 600 more"
                + " officers to Haiti by January.\n"
                + "“We will not abandon Haiti,” Ruto said.\n"
                + "Officials said the MSS needed helicopters.\n"
                + "The mission had about 400 officers in October.\n"
                + "Share this article on X\n";
        return rebase(Document.builder(text).build(), text);
    }

    /** A later report from Washington: a quote by Antony Blinken, Ruto called "President Ruto", a later strength. */
    protected static Document washingtonDocument() {
        String text = "WASHINGTON, Jan 15 - Secretary of State Antony Blinken said the mission was working.\n"
                + "He met President Ruto in Nairobi.\n"
                + "The MSS now counts about 1,000 officers, he said.\n";
        List<Sentence> sentences = sentences(text);
        Entity ruto = new Entity("william-ruto", "William Ruto", Mention.PERSON, List.of("President Ruto"),
                List.of(span(text, "President Ruto")));
        Entity blinken = new Entity("antony-blinken", "Antony Blinken", Mention.PERSON, List.of(),
                List.of(span(text, "Antony Blinken")));
        Entity mss = new Entity("mss", "Multinational Security Support Mission", Mention.ORGANIZATION, List.of("MSS"),
                List.of(span(text, "MSS")));
        Entity nairobi = new Entity("nairobi", "Nairobi", Mention.LOCATION, List.of(), List.of(span(text, "Nairobi")));
        int said = at(text, "said the mission");
        Quote blinkenSaid = new Quote(at(text, "the mission was"), at(text, ".\nHe met"), Quote.INDIRECT,
                new Quote.Speaker("Antony Blinken", "antony-blinken"), new TextSpan(said, said + 4),
                span(text, "Secretary of State Antony Blinken"), null, "2025-01-15");
        Sentence third = sentences.get(2);
        Fact strength = new Fact(third.start(), third.end(), Fact.STRENGTH, "mss", "strength", "1000", "2025-01-15",
                Map.of("approximate", "true", "unit", "officer"), "contract/strength", 0.8);
        return Document.builder(text).source("washington.txt").title("Blinken praises the mission")
                .published(new Published("2025-01-15", Published.Basis.DATELINE, 0.8)).build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(0, 0, Boilerplate.SHARE)))
                .with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens(text, sentences))
                .with(Layers.MENTIONS, List.of(mention(text, "Antony Blinken", Mention.PERSON),
                        mention(text, "President Ruto", Mention.PERSON), mention(text, "Nairobi", Mention.LOCATION),
                        mention(text, "MSS", Mention.ORGANIZATION)))
                .with(Layers.ENTITIES, List.of(blinken, ruto, nairobi, mss))
                .with(Layers.TIMES, List.of(new Timex(at(text, "Jan 15"), at(text, "Jan 15") + 6, Timex.DATE,
                        "2025-01-15", null, false, 0.9), new Timex(at(text, "now"), at(text, "now") + 3, Timex.DATE,
                        "PRESENT_REF", null, false, Double.NaN)))
                .with(Layers.QUANTITIES, List.of(new Quantity(at(text, "about 1,000"), at(text, "officers, he") + 8,
                        1000, true, "about", null, "officer")))
                .with(Layers.QUOTES, List.of(blinkenSaid))
                .with(Layers.FACTS, List.of(strength));
    }

    /** The Mombasa layers over {@code text}, which starts with the Mombasa text. */
    private static Document rebase(Document base, String text) {
        List<Sentence> sentences = sentences(text);
        List<Sentence> body = sentences.subList(0, 6);
        Sentence second = body.get(1);
        Sentence third = body.get(2);
        Sentence fourth = body.get(3);
        Sentence fifth = body.get(4);
        Entity ruto = new Entity("william-ruto", "William Ruto", Mention.PERSON, List.of("Ruto"),
                List.of(span(text, "William Ruto"), new TextSpan(at(text, "Ruto said."), at(text, "Ruto said.") + 4)));
        Entity kenya = new Entity("kenya", "Kenya", Mention.LOCATION, List.of(),
                List.of(new TextSpan(at(text, "Kenya would"), at(text, "Kenya would") + 5)));
        Entity haiti = new Entity("haiti", "Haiti", Mention.LOCATION, List.of(),
                List.of(span(text, "Haiti"), span(text, "Haiti,")));
        Entity mss = new Entity("mss", "Multinational Security Support Mission", Mention.ORGANIZATION,
                List.of("MSS", "the mission"), List.of(span(text, "MSS"), span(text, "The mission")));
        int said = at(text, "said on");
        Quote indirect = new Quote(at(text, "Kenya would"), at(text, " by January") + 11, Quote.INDIRECT,
                new Quote.Speaker("William Ruto", "william-ruto"), new TextSpan(said, said + 4),
                span(text, "President William Ruto"), null, "2024-11-07");
        int saidAgain = at(text, "said.\nOfficials");
        Quote direct = new Quote(at(text, "We will"), at(text, ",” Ruto"), Quote.DIRECT,
                new Quote.Speaker("William Ruto", "william-ruto"), new TextSpan(saidAgain, saidAgain + 4),
                new TextSpan(at(text, "Ruto said."), at(text, "Ruto said.") + 4), null, null);
        int officialsSaid = at(text, "said the MSS");
        Quote officials = new Quote(at(text, "the MSS needed"), at(text, "helicopters") + 11, Quote.INDIRECT,
                new Quote.Speaker("officials", null), new TextSpan(officialsSaid, officialsSaid + 4),
                span(text, "Officials"), null, null);
        Fact target = new Fact(second.start(), second.end(), Fact.TARGET, "kenya", "target", "600", "2024-11-07",
                Map.of("due", "2025-01", "unit", "officer", "committedBy", "william-ruto"), "contract/target", 0.9);
        Fact position = new Fact(fourth.start(), fourth.end(), Fact.POSITION, "mss", "need", "helicopters", null,
                Map.of(), "contract/position", 0.6);
        Fact strength = new Fact(fifth.start(), fifth.end(), Fact.STRENGTH, "mss", "strength", "400", "2024-10",
                Map.of("approximate", "true", "unit", "officer"), "contract/strength", 0.8);
        int tail = at(text, "Share this");
        return Document.builder(text).source("mombasa.txt").title("Kenya to send more officers")
                .published(new Published("2024-11-07", Published.Basis.DATELINE, 0.9)).build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(0, body.get(0).end(), Boilerplate.REPEATED_TITLE),
                        new Boilerplate(tail, tail + "Share this article on X".length(), Boilerplate.SHARE)))
                .with(Layers.SENTENCES, sentences.subList(1, sentences.size()).stream()
                        .filter(s -> !s.equals(body.get(5))).toList())
                .with(Layers.TOKENS, tokens(text, List.of(second, third, fourth, fifth)))
                .with(Layers.MENTIONS, List.of(mention(text, "William Ruto", Mention.PERSON),
                        mention(text, "Kenya would", Mention.LOCATION, 5), mention(text, "Haiti", Mention.LOCATION),
                        mention(text, "Haiti,", Mention.LOCATION, 5), mention(text, "Ruto said.", Mention.PERSON, 4),
                        mention(text, "MSS", Mention.ORGANIZATION)))
                .with(Layers.ENTITIES, List.of(ruto, kenya, haiti, mss))
                .with(Layers.TIMES, List.of(
                        new Timex(at(text, "Nov 7"), at(text, "Nov 7") + 5, Timex.DATE, "2024-11-07", null, false, 0.95),
                        new Timex(at(text, "Thursday"), at(text, "Thursday") + 8, Timex.DATE, "2024-11-07", null, false,
                                0.9),
                        new Timex(at(text, "by January") + 3, at(text, "by January") + 10, Timex.DATE, "2025-01",
                                null, true, 0.8),
                        new Timex(at(text, "October"), at(text, "October") + 7, Timex.DATE, "2024-10", "APPROX", false,
                                0.7)))
                .with(Layers.QUANTITIES, List.of(
                        new Quantity(at(text, "600"), at(text, "600 more officers") + 17, 600, false, null, null,
                                "officer"),
                        new Quantity(at(text, "about 400"), at(text, "about 400 officers") + 18, 400, true, "about",
                                null, "officer")))
                .with(Layers.QUOTES, List.of(indirect, direct, officials))
                .with(Layers.FACTS, List.of(target, position, strength));
    }

    private static final Pattern LINE = Pattern.compile("[^\n]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    /** One sentence per line: the test texts are written that way. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            out.add(new Sentence(m.start(), m.end()));
        }
        return out;
    }

    /** Words and punctuation inside the sentences; capitalized words are tagged NNP, digits CD, others untagged. */
    private static List<Token> tokens(String text, List<? extends Span> sentences) {
        List<Token> out = new ArrayList<>();
        for (Span s : sentences) {
            Matcher m = WORD.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                char c = m.group().charAt(0);
                String pos = Character.isUpperCase(c) ? "NNP" : Character.isDigit(c) ? "CD" : null;
                out.add(new Token(m.start(), m.end(), pos));
            }
        }
        return out;
    }

    private static int at(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("test text lacks '" + part + "'");
        }
        return i;
    }

    private static TextSpan span(String text, String part) {
        int i = at(text, part);
        return new TextSpan(i, i + part.length());
    }

    private static Mention mention(String text, String part, String type) {
        return mention(text, part, type, part.length());
    }

    private static Mention mention(String text, String part, String type, int length) {
        int i = at(text, part);
        return new Mention(i, i + length, type);
    }
}
