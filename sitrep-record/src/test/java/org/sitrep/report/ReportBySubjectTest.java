package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Mention;
import org.sitrep.facts.FactAnnotator;
import org.sitrep.facts.HandBuilt;

/**
 * A report shaped by its subject, on a small record we write: a person, an organization, a country and a mission.
 * No section is shown empty; quotes are shown as said or as reported, by speakers the record can name; one item per
 * fact however many sources tell it; names matched exactly, titles never.
 */
class ReportBySubjectTest {
    private static final String BUDGET = "Chancellor Marta Kell said on Tuesday that the budget would cut taxes.\n"
            + "“We will not raise the basic rate,” Kell told the Harbour Party conference.\n"
            + "“The labour market is tight,” he said.\n"
            + "Its members said the plan was fair.\n"
            + "“It was killed in the”, the election said.\n";
    private static final String REPLY = "Opposition leader Tom Kell said the budget was a gamble.\n"
            + "“We will not raise the basic rate,” Marta Kell said again.\n"
            + "Officials said the vote would be close.\n";
    private static final String PLEDGE = "Kenya pledged 1,000 police officers to the Multinational Security "
            + "Support Mission.\n";

    private final FactAnnotator facts = new FactAnnotator();
    private ListStore store;

    @BeforeEach
    void fillTheRecord() {
        store = new ListStore();
        store.put(HandBuilt.of(BUDGET).source("https://example.org/budget").published("2025-03-04")
                .entity("marta-kell", "Marta Kell", Mention.PERSON, "Marta Kell", "Kell", "Chancellor")
                .entity("harbour-party", "Harbour Party", Mention.ORGANIZATION, "Harbour Party")
                .indirectQuote("the budget would cut taxes", "Marta Kell", "marta-kell", "Chancellor Marta Kell")
                .quote("“We will not raise the basic rate,”", "Marta Kell", "marta-kell", null)
                .quote("The labour market is tight,", "he", null, null)
                .indirectQuote("the plan was fair", "Its members", null, "Its members")
                .quote("It was killed in the", "the election", null, null)
                .build());
        store.put(HandBuilt.of(REPLY).source("https://example.org/reply").published("2025-03-05")
                .entity("marta-kell", "Marta Kell", Mention.PERSON, "Marta Kell")
                .entity("tom-kell", "Tom Kell", Mention.PERSON, "Tom Kell", "Kell", "Opposition leader")
                .indirectQuote("the budget was a gamble", "Tom Kell", "tom-kell", "Opposition leader Tom Kell")
                .quote("We will not raise the basic rate,", "Marta Kell", "marta-kell", null)
                .indirectQuote("the vote would be close", "officials", null, "Officials")
                .build());
        for (String day : new String[] {"2024-07-01", "2024-09-01", "2025-01-10"}) {
            store.put(facts.annotate(HandBuilt.of(PLEDGE + "Our story of " + day + ".\n").source("https://example.org/pledge-" + day)
                    .published(day).withKnownEntities()
                    .quantity("1,000 police officers", 1000, null, null, "police officer").build()));
        }
    }

    @Test
    void aPersonsReportHasTheirWordsAndRolesAndNoEmptyTemplateSection() {
        SituationReport r = SituationReport.from(store, "Marta Kell");
        assertThat(r.subject().type()).isEqualTo(SituationReport.PERSON);
        assertThat(r.subject().roles()).containsExactly("Chancellor");
        assertThat(r.subject().aliases()).contains("Kell").doesNotContain("Chancellor");
        assertThat(r.asOf()).isEqualTo("2025-03-05");
        String text = new TextRenderer().render(r);
        assertThat(text).contains("What Marta Kell said", "Roles as the sources give them: Chancellor")
                .doesNotContain("Current state", "Strength", "Mandate", "Commitments", "Positions", "(none)",
                        "unknown date");
        String md = new MarkdownRenderer().render(r);
        assertThat(md).contains("## What Marta Kell said").doesNotContain("## Current state", "## Positions");
    }

    @Test
    void aDirectQuoteIsTheExactWordsInOnePairOfMarksWithEverySource() {
        SituationReport r = SituationReport.from(store, "Marta Kell");
        assertThat(r.quotes()).filteredOn(SituationReport.QuoteItem::isDirect).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will not raise the basic rate");
            assertThat(q.asRead()).isEqualTo("“We will not raise the basic rate”");
            assertThat(q.sources()).extracting(SituationReport.SourceRef::source)
                    .containsExactly("https://example.org/budget", "https://example.org/reply");
        });
        assertThat(BUDGET).contains(r.quotes().get(0).text());
    }

    @Test
    void reportedSpeechIsShownAsReportedNeverInMarks() {
        SituationReport r = SituationReport.from(store, "Marta Kell");
        assertThat(r.quotes()).filteredOn(q -> !q.isDirect()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo("indirect");
            assertThat(q.asRead()).isEqualTo("Marta Kell said the budget would cut taxes");
        });
        assertThat(new TextRenderer().render(r)).contains("- Marta Kell said the budget would cut taxes")
                .doesNotContain("“the budget would cut taxes”");
    }

    @Test
    void reportedSpeechThatOpensASentenceReadsOnAfterTheCue() {
        SituationReport.QuoteItem q = new SituationReport.QuoteItem("indirect", "Tom Kell", "tom-kell",
                "Any rise would hurt savers", "said", null, null, java.util.List.of());
        assertThat(q.asRead()).isEqualTo("Tom Kell said any rise would hurt savers");
        assertThat(q.text()).isEqualTo("Any rise would hurt savers");
        assertThat(new SituationReport.QuoteItem("indirect", "Tom Kell", "tom-kell", "Labour would win", "said", null,
                null, java.util.List.of()).asRead()).isEqualTo("Tom Kell said Labour would win");
    }

    @Test
    void speakersTheRecordCannotNameAreLeftOutAndNamedGroupsKept() {
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("he", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("Its members", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("the election", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("all asylum", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("week", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("Monday", null))).isFalse();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("officials", null))).isTrue();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("Downing Street", null))).isTrue();
        assertThat(ReportQuotes.isNamedSpeaker(new org.sitrep.doc.Quote.Speaker("Tom Kell", "tom-kell"))).isTrue();
    }

    @Test
    void aDirectQuoteThatStopsMidPhraseIsNotShown() {
        assertThat(ReportQuotes.trimmed("“\" The Lib Dems accuse him of making a \"”", "direct"))
                .isEqualTo("The Lib Dems accuse him of making a");
        org.sitrep.store.StoredQuote fragment = new org.sitrep.store.StoredQuote(new org.sitrep.doc.Quote(0, 20,
                "direct", new org.sitrep.doc.Quote.Speaker("Tom Kell", "tom-kell"), null, null, null, null),
                "It was killed in the", new org.sitrep.store.Provenance("d", "s", null, null, "e"));
        assertThat(ReportQuotes.isShowable(fragment)).isFalse();
        org.sitrep.store.StoredQuote headline = new org.sitrep.store.StoredQuote(new org.sitrep.doc.Quote(0, 20,
                "indirect", new org.sitrep.doc.Quote.Speaker("Tom Kell", "tom-kell"), null, null, null, null),
                "Tory asylum plans", new org.sitrep.store.Provenance("d", "s", "Kell unveils Tory asylum plans", null,
                        "Kell unveils Tory asylum plans"));
        assertThat(ReportQuotes.isShowable(headline)).as("a headline is not speech").isFalse();
        org.sitrep.store.StoredQuote subjectless = new org.sitrep.store.StoredQuote(new org.sitrep.doc.Quote(0, 20,
                "indirect", new org.sitrep.doc.Quote.Speaker("Tom Kell", "tom-kell"), null, null, null, null),
                "can cut crime without raising taxes", new org.sitrep.store.Provenance("d", "s", null, null, "e"));
        assertThat(ReportQuotes.isShowable(subjectless)).as("reported speech without its subject").isFalse();
        assertThat(ReportQuotes.opensWithoutSubject("'s figures were decent numbers")).isTrue();
        assertThat(ReportQuotes.opensWithoutSubject("the Tories can cut crime")).isFalse();
        assertThat(ReportQuotes.isShouted("REAFFIRMS ITS SUPPORT FOR THE PACT")).isTrue();
        assertThat(ReportQuotes.isShouted("the UN and NATO would meet in May")).isFalse();
        assertThat(ReportQuotes.isToldAsAnAct("wants")).isTrue();
        assertThat(ReportQuotes.isToldAsAnAct("sought")).isTrue();
        assertThat(ReportQuotes.isToldAsAnAct("said")).isFalse();
        assertThat(ReportQuotes.isToldAsAnAct("told reporters")).isFalse();
    }

    @Test
    void interruptedReportedSpeechIsShownWithItsOpeningWords() {
        // "Any rise, Tom Kell said, would hurt savers": the content after the cue has no subject of its own
        org.sitrep.doc.Quote interrupted = new org.sitrep.doc.Quote(23, 44, "indirect",
                new org.sitrep.doc.Quote.Speaker("Tom Kell", "tom-kell"), null, null, null, null,
                new org.sitrep.doc.TextSpan(0, 8));
        org.sitrep.store.StoredQuote q = new org.sitrep.store.StoredQuote(interrupted, "would hurt savers",
                new org.sitrep.store.Provenance("d", "s", null, null, "e"), "Any rise");
        assertThat(ReportQuotes.shownText(q)).isEqualTo("Any rise … would hurt savers");
        assertThat(ReportQuotes.isShowable(q)).as("the opening words are its subject").isTrue();
        org.sitrep.store.StoredQuote tailOnly = new org.sitrep.store.StoredQuote(new org.sitrep.doc.Quote(23, 44,
                "indirect", interrupted.speaker(), null, null, null, null),
                "would hurt savers", new org.sitrep.store.Provenance("d", "s", null, null, "e"));
        assertThat(ReportQuotes.isShowable(tailOnly)).as("without them it lacks its subject").isFalse();
    }

    @Test
    void aSharedSurnameIsAmbiguousAndATitleIsNotAName() {
        assertThatThrownBy(() -> SituationReport.from(store, "Kell"))
                .isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("names several people")
                .hasMessageContaining("Marta Kell (marta-kell, person, 2 documents)")
                .hasMessageContaining("Tom Kell (tom-kell, person, 1 document)")
                .satisfies(e -> assertThat(((UnknownSubjectException) e).isAmbiguous()).isTrue());
        assertThatThrownBy(() -> SituationReport.from(store, "chancellor"))
                .isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("is a title, not a name")
                .hasMessageContaining("Marta Kell");
    }

    @Test
    void anOrganizationWithNothingInTheRecordSaysSoAndShowsNoTemplate() {
        SituationReport r = SituationReport.from(store, "Harbour Party");
        assertThat(r.subject().type()).isEqualTo(SituationReport.ORGANIZATION);
        assertThat(r.quotes()).as("'The labour market is tight' is no quote of a party").isEmpty();
        assertThat(new TextRenderer().render(r)).contains("The record holds no fact or quote on Harbour Party yet.")
                .doesNotContain("Current state", "Timeline");
    }

    @Test
    void anOrganizationSpeaksThroughThePeopleWhoSpokeForItInItsFacts() {
        String text = "The Harbour Party backs a coastal levy, Marta Kell said.\n";
        org.sitrep.doc.Document doc = HandBuilt.of(text).source("https://example.org/levy").published("2025-03-06")
                .entity("marta-kell", "Marta Kell", Mention.PERSON, "Marta Kell")
                .entity("harbour-party", "Harbour Party", Mention.ORGANIZATION, "Harbour Party").build();
        store.put(doc.with(org.sitrep.doc.Layers.FACTS, java.util.List.of(new org.sitrep.doc.Fact(0, text.length() - 1,
                "position", "coastal-levy", "position", "support", "2025-03-06", java.util.Map.of("actor",
                        "harbour-party", "via", "marta-kell", "proposal", "coastal-levy"), "test", 0.9))));
        SituationReport r = SituationReport.from(store, "Harbour Party");
        assertThat(r.positions()).singleElement().satisfies(p -> assertThat(p.viaName()).isEqualTo("Marta Kell"));
        assertThat(r.quotes()).extracting(SituationReport.QuoteItem::speaker).containsOnly("Marta Kell").isNotEmpty();
        assertThat(new TextRenderer().render(r)).contains("What Harbour Party and its people said", "Positions");
    }

    @Test
    void aCountrysReportHoldsItsPledgeOnceWithEverySource() {
        SituationReport r = SituationReport.from(store, "Kenya");
        assertThat(r.subject().type()).isEqualTo(SituationReport.COUNTRY);
        assertThat(r.timeline()).filteredOn(i -> i.kind().equals("target")).singleElement().satisfies(i -> {
            assertThat(i.summary()).isEqualTo("Kenya pledged 1,000 officers");
            assertThat(i.date()).isEqualTo("2024-07-01");
            assertThat(i.sources()).hasSize(3);
        });
        assertThat(new TextRenderer().render(r)).contains("Timeline: what Kenya did and took part in");
    }

    @Test
    void aMissionsReportShowsItsCurrentStateAndTheSamePledgeOnce() {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(r.subject().type()).isEqualTo(SituationReport.MISSION);
        assertThat(r.current().targets()).singleElement().satisfies(i -> assertThat(i.sources()).hasSize(3));
        assertThat(r.timeline()).filteredOn(i -> i.kind().equals("target")).hasSize(1);
        String text = new TextRenderer().render(r);
        assertThat(text).contains("Current state", "Target:", "Mandate: no decision in the record");
    }

    @Test
    void reportedSpeechAfterTellingKeepsWhomTheSpeakerTold() {
        ListStore told = new ListStore();
        told.put(HandBuilt.of("Ana Ruiz told a budget committee on Monday that the plan was fair.\n"
                + "Ana Ruiz told that story again.\n").source("https://example.org/told").published("2025-03-04")
                .entity("ana-ruiz", "Ana Ruiz", Mention.PERSON, "Ana Ruiz")
                .cuedQuote("that the plan was fair", "Ana Ruiz", "ana-ruiz", "told", "Ana Ruiz").build());
        assertThat(SituationReport.from(told, "Ana Ruiz").quotes()).singleElement()
                .satisfies(q -> assertThat(q.asRead())
                        .isEqualTo("Ana Ruiz told a budget committee on Monday that the plan was fair"));
    }

    @Test
    void aParticipleCueReadsInThePastTense() {
        assertThat(new SituationReport.QuoteItem("indirect", "Ana Ruiz", "ana-ruiz", "that the plan was fair",
                "arguing", null, null, java.util.List.of()).asRead()).isEqualTo("Ana Ruiz argued that the plan was fair");
        assertThat(new SituationReport.QuoteItem("indirect", "Ana Ruiz", "ana-ruiz", "the plan was fair",
                "saying", null, null, java.util.List.of()).asRead()).isEqualTo("Ana Ruiz said the plan was fair");
    }

    @Test
    void aRejectionOrAFewWordsAreNoReportOfSpeech() {
        ListStore acts = new ListStore();
        acts.put(HandBuilt.of("Ana Ruiz rejected a larger role for the fund in the budget.\n"
                + "Ana Ruiz warned that cuts would threaten democracy.\n").source("https://example.org/acts")
                .published("2025-03-04").entity("ana-ruiz", "Ana Ruiz", Mention.PERSON, "Ana Ruiz")
                .cuedQuote("a larger role for the fund in the budget", "Ana Ruiz", "ana-ruiz", "rejected", "Ana Ruiz")
                .cuedQuote("democracy", "Ana Ruiz", "ana-ruiz", "threaten", "Ana Ruiz")
                .cuedQuote("that cuts would threaten democracy", "Ana Ruiz", "ana-ruiz", "warned", "Ana Ruiz")
                .build());
        acts.put(HandBuilt.of("Ana Ruiz will plead her case on television next week.\n")
                .source("https://example.org/plan").published("2025-03-05")
                .entity("ana-ruiz", "Ana Ruiz", Mention.PERSON, "Ana Ruiz")
                .cuedQuote("her case on television next week", "Ana Ruiz", "ana-ruiz", "plead", "Ana Ruiz").build());
        assertThat(SituationReport.from(acts, "Ana Ruiz").quotes()).extracting(SituationReport.QuoteItem::asRead)
                .containsExactly("Ana Ruiz warned that cuts would threaten democracy");
    }
}
