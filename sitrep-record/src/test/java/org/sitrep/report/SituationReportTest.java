package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.facts.Articles;
import org.sitrep.facts.FactAnnotator;

class SituationReportTest {

    private final FactAnnotator facts = new FactAnnotator();
    private ListStore store;

    @BeforeEach
    void fillTheStore() {
        store = new ListStore();
        store.put(facts.annotate(Articles.callArticle().build()));
        store.put(facts.annotate(Articles.laterFigure("wire-a", "2025-03-01",
                "The MSS now has about 1,000 officers in Haiti.", "about 1,000 officers", 1000, "about").build()));
        store.put(facts.annotate(Articles.laterFigure("wire-b", "2025-03-01",
                "Currently the MSS has 900 officers on the ground.", "900 officers", 900, null).build()));
    }

    @Test
    void findsTheSubjectByNameAliasOrIdInAnyCase() {
        assertThat(SituationReport.from(store, "Multinational Security Support Mission").subject().id())
                .isEqualTo("mss");
        assertThat(SituationReport.from(store, "mss").subject().name())
                .isEqualTo("Multinational Security Support Mission");
        assertThat(SituationReport.from(store, "MSS").subject().id()).isEqualTo("mss");
    }

    @Test
    void anUnknownSubjectNamesCloseMatches() {
        assertThatThrownBy(() -> SituationReport.from(store, "Multinational Security Mission"))
                .isInstanceOf(UnknownSubjectException.class)
                .hasMessageContaining("Multinational Security Mission")
                .hasMessageContaining("Multinational Security Support Mission (mss)");
    }

    @Test
    void showsTheLatestStrengthAsContestedWithTheEarlierFigureSuperseded() {
        SituationReport r = SituationReport.from(store, "MSS");
        SituationReport.Strength st = r.current().strength();
        assertThat(st.contested()).isTrue();
        assertThat(st.current()).extracting(SituationReport.Item::value).containsExactlyInAnyOrder("1000", "900");
        assertThat(st.superseded()).extracting(SituationReport.Item::value).containsExactly("410");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2025-03-01");
            assertThat(c.claims()).flatExtracting(SituationReport.Item::sources)
                    .extracting(SituationReport.SourceRef::source).containsExactlyInAnyOrder("wire-a", "wire-b");
        });
    }

    @Test
    void showsTheMissedCommitmentWithItsEvidence() {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(r.commitments()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("not-met");
            assertThat(c.due()).isEqualTo("2025-01");
            assertThat(c.checkedAsOf()).isEqualTo("2025-03-01");
            assertThat(c.evidence()).extracting(SituationReport.Item::value).containsExactlyInAnyOrder("1000", "900");
        });
    }

    @Test
    void asOfAnEarlierDateTheRecordHeldOnlyTheFirstFigureAndTheDeadlineWasAhead() {
        SituationReport r = SituationReport.from(store, "MSS", "2024-12-31");
        assertThat(r.current().strength().current()).extracting(SituationReport.Item::value).containsExactly("410");
        assertThat(r.commitments()).singleElement().extracting(SituationReport.Commitment::status)
                .isEqualTo("pending");
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void holdsTheMandateTimelinePositionsAndQuotesEachWithItsSource() {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(r.current().mandate().details()).containsEntry("until", "2025-10-02")
                .containsEntry("vote", "unanimous");
        assertThat(r.timeline()).anySatisfy(i -> {
            assertThat(i.date()).isEqualTo("2024-11-07");
            assertThat(i.predicate()).isEqualTo("call");
        });
        assertThat(r.timeline()).extracting(SituationReport.Item::date).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        assertThat(r.positions()).anySatisfy(p -> {
            assertThat(p.actorName()).isEqualTo("China");
            assertThat(p.stance()).isEqualTo("oppose");
        });
        assertThat(r.quotes()).hasSize(2).allSatisfy(q -> assertThat(q.speakerId()).isEqualTo("william-ruto"));
        assertThat(r.timeline()).allSatisfy(i -> assertThat(i.sources()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.source()).isNotBlank()));
        assertThat(r.sources()).extracting(SituationReport.SourceRef::source)
                .containsExactly("wire-a", "wire-b", "https://example.org/ruto-blinken-call");
    }

    @Test
    void rendersTextThatFitsA100ColumnTerminal() {
        String text = new TextRenderer().render(SituationReport.from(store, "MSS"));
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(text).contains("Current state", "Timeline", "Commitments", "[NOT-MET]", "Positions",
                "Notable quotes", "Conflicts between sources", "Sources", "superseded");
    }

    @Test
    void wrapsLongWordsAndKeepsTheIndent() {
        assertThat(TextRenderer.wrap("- " + "x".repeat(150) + " tail", 40, "    "))
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40))
                .last().isEqualTo("    " + "x".repeat(150 - 38 - 36 - 36 - 36) + " tail");
    }

    @Test
    void rendersMarkdownWithHeadingsAndTables() {
        String md = new MarkdownRenderer().render(SituationReport.from(store, "MSS"));
        assertThat(md).startsWith("# Situation report: Multinational Security Support Mission")
                .contains("## Timeline\n\n| date | kind | what | sources |\n|---|---|---|---|\n")
                .contains("**not-met**");
    }

    @Test
    void rendersJsonWithTheDocumentedFieldNames() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(SituationReport.from(store, "MSS")));
        assertThat(json.get("version").asInt()).isEqualTo(SituationReport.VERSION);
        assertThat(json.get("subject").get("id").asText()).isEqualTo("mss");
        assertThat(json.get("commitments").get(0).get("status").asText()).isEqualTo("not-met");
        assertThat(json.get("current").get("strength").get("contested").asBoolean()).isTrue();
        assertThat(json.get("timeline").get(0).get("sources").get(0).has("published")).isTrue();
    }

    private static org.sitrep.facts.HandBuilt decision(String source, String published, String text, String date,
            String dateWords) {
        return org.sitrep.facts.HandBuilt.of(text).withKnownEntities().source(source).published(published)
                .time(dateWords, "DATE", date, false);
    }

    @Test
    void theCurrentMandateIsTheLatestDecisionByItsDecisionDateWithItsEndDate() {
        ListStore mandates = new ListStore();
        mandates.put(facts.annotate(decision("later", "2025-10-04", "The UN Security Council on Tuesday, September "
                + "30, 2025, voted to transform the MSS into a Regional Stabilization Force for twelve months.",
                "2025-09-30", "Tuesday, September 30, 2025").time("twelve months", "DURATION", "P12M", false)
                .build()));
        mandates.put(facts.annotate(decision("earlier", "2025-10-06", "The UN Security Council unanimously voted on "
                + "Monday, September 30, 2024, to extend the MSS until October 2, 2025.", "2024-09-30",
                "Monday, September 30, 2024").time("October 2, 2025", "DATE", "2025-10-02", false).build()));
        SituationReport now = SituationReport.from(mandates, "MSS");
        assertThat(now.current().mandate().predicate()).isEqualTo("transform");
        assertThat(now.current().mandate().date()).isEqualTo("2025-09-30");
        assertThat(now.current().mandate().summary()).contains("into a Regional Stabilization Force")
                .contains("until 2026-09-30");
        SituationReport before = SituationReport.from(mandates, "MSS", "2025-06-01");
        assertThat(before.current().mandate().predicate()).isEqualTo("extend");
        assertThat(before.current().mandate().summary()).contains("through 2025-10-02");
    }

    @Test
    void namesProposalsReadablyInTextAndMarkdownAndKeepsTheirIdsInJson() throws Exception {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(r.positions()).allSatisfy(p -> {
            assertThat(p.proposal()).isEqualTo("un-peacekeeping");
            assertThat(p.proposalName()).isEqualTo("a UN peacekeeping operation");
        });
        assertThat(new TextRenderer().render(r)).contains("- a UN peacekeeping operation: China oppose")
                .doesNotContain("un-peacekeeping");
        assertThat(new MarkdownRenderer().render(r)).contains("| a UN peacekeeping operation | China | oppose |")
                .doesNotContain("un-peacekeeping");
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(r));
        assertThat(json.get("positions").get(0).get("proposal").asText()).isEqualTo("un-peacekeeping");
        assertThat(ReportAssembly.proposalName("gang-suppression-force", "Gang Suppression Force"))
                .isEqualTo("a Gang Suppression Force");
    }

    @Test
    void aProposalWrittenAsAnActionReadsAsOne() {
        assertThat(ReportAssembly.proposalName("x", "leading the mission")).isEqualTo("leading the mission");
        assertThat(ReportAssembly.proposalName("x", "join the mission alongside Kenya"))
                .isEqualTo("to join the mission alongside Kenya");
        assertThat(ReportAssembly.proposalName("x", "deployment of a police mission"))
                .isEqualTo("a deployment of a police mission");
    }

    @Test
    void saysPledgedForAnOfferOfOfficersWithoutADeadline() {
        ListStore offers = new ListStore();
        offers.put(facts.annotate(org.sitrep.facts.HandBuilt.of("Kenya has offered to send 600 police officers to "
                + "the MSS.").withKnownEntities().source("offer").published("2023-08-01")
                .quantity("600 police officers", 600, null, null, "police officer")
                .quote("to send 600 police officers to the MSS", "Kenya", "kenya", null).build()));
        assertThat(SituationReport.from(offers, "MSS").timeline()).singleElement()
                .extracting(SituationReport.Item::summary).isEqualTo("Kenya pledged 600 officers");
    }
}
