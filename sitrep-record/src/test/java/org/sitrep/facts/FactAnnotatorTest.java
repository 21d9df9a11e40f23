package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

class FactAnnotatorTest extends AnnotatorTestCase {

    private static final String TITLE = Articles.CALL_TITLE;

    private final FactAnnotator annotator = new FactAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-11-08").build();
    }

    private static List<Fact> article() {
        return new FactAnnotator().annotate(Articles.callArticle().build()).layer(Layers.FACTS);
    }

    private static List<Fact> ofKind(List<Fact> facts, String kind) {
        return facts.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void readsACurrentStrengthFigureAsApproximateAsOfThePublicationDate() {
        List<Fact> strength = ofKind(article(), Fact.STRENGTH);
        assertThat(strength).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.value()).isEqualTo("410");
            assertThat(f.asOf()).isEqualTo("2024-11-08");
            assertThat(f.qualifiers()).containsEntry("approximate", "true").containsEntry("modifier", "roughly")
                    .containsEntry("unit", "officer").containsEntry("asOfBasis", "currently");
        });
    }

    @Test
    void readsATargetWithItsDeadlineAndWhoCommittedToIt() {
        List<Fact> targets = ofKind(article(), Fact.TARGET);
        assertThat(targets).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.value()).isEqualTo("2500");
            assertThat(f.qualifiers()).containsEntry("due", "2025-01").containsEntry("committedBy", "kenya")
                    .containsEntry("via", "william-ruto").containsEntry("unit", "officer");
        });
    }

    @Test
    void readsAMandateExtensionWithItsEndDateVoteAndTheCountriesThatLedTheText() {
        List<Fact> mandates = ofKind(article(), Fact.MANDATE);
        assertThat(mandates).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.value()).isEqualTo("2025-10-02");
            assertThat(f.qualifiers()).containsEntry("until", "2025-10-02")
                    .containsEntry("decidedBy", "united-nations-security-council")
                    .containsEntry("vote", "unanimous").containsEntry("period", "P1Y")
                    .containsEntry("ledBy", "united-states,ecuador");
        });
    }

    @Test
    void readsFundingPledgesAndTheFundingModel() {
        List<Fact> funding = ofKind(article(), Fact.FUNDING);
        assertThat(funding).anySatisfy(f -> {
            assertThat(f.predicate()).isEqualTo("funding-model");
            assertThat(f.value()).isEqualTo("voluntary");
            assertThat(f.subject()).isEqualTo("mss");
        });
        assertThat(funding).anySatisfy(f -> {
            assertThat(f.predicate()).isEqualTo("pledged");
            assertThat(f.value()).isEqualTo("10000000");
            assertThat(f.qualifiers()).containsEntry("by", "canada").containsEntry("currency", "USD")
                    .containsEntry("to", "mss-trust-fund");
        });
    }

    @Test
    void keepsOneCallToldTwiceAndNoneFromTheHeadline() {
        List<Fact> calls = ofKind(article(), Fact.EVENT).stream().filter(f -> f.predicate().equals("call")).toList();
        assertThat(calls).singleElement().satisfies(f -> {
            assertThat(f.asOf()).isEqualTo("2024-11-07");
            assertThat(f.qualifiers().get("participants").split(","))
                    .containsExactlyInAnyOrder("william-ruto", "antony-blinken");
            assertThat(f.qualifiers()).containsEntry("topic", "un-peacekeeping");
            assertThat(f.start()).isGreaterThan(TITLE.length());
        });
    }

    @Test
    void readsAVisitWithItsPlaceAndMonth() {
        assertThat(ofKind(article(), Fact.EVENT)).anySatisfy(f -> {
            assertThat(f.predicate()).isEqualTo("visit");
            assertThat(f.asOf()).isEqualTo("2024-09");
            assertThat(f.qualifiers()).containsEntry("place", "haiti").containsEntry("participants", "william-ruto");
        });
    }

    @Test
    void readsEveryActorsPositionOnTheProposal() {
        List<Fact> positions = ofKind(article(), Fact.POSITION);
        assertThat(positions).allSatisfy(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.qualifiers()).containsEntry("proposal", "un-peacekeeping");
        });
        assertThat(positions.stream().map(f -> f.qualifiers().get("actor") + ":" + f.value()).distinct())
                .containsExactlyInAnyOrder("kenya:support", "haiti:support", "transitional-presidential-council:support",
                        "united-states:propose", "united-states:retract", "china:oppose", "russia:oppose");
        assertThat(positions).anySatisfy(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "kenya").containsEntry("via", "william-ruto");
            assertThat(f.asOf()).isEqualTo("2024-09");
        });
    }

    @Test
    void neverDatesAFactTodayWhenThePublicationDateIsUnknown() {
        String text = "Currently, the MSS has about 400 officers in Haiti.";
        Document doc = HandBuilt.of(text).withKnownEntities()
                .quantity("about 400 officers", 400, "about", null, "officer").build();
        List<Fact> facts = annotator.annotate(doc).layer(Layers.FACTS);
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Fact.STRENGTH);
            assertThat(f.asOf()).isNull();
        });
    }

    @Test
    void readsAVoteCountWithAbstentions() {
        assertThat(MandateRules.vote("It passed with 13 votes in favour and two abstentions."))
                .containsEntry("votesFor", "13").containsEntry("votesAbstaining", "2")
                .containsEntry("vote", "13 in favour, 2 abstaining");
        assertThat(MandateRules.vote("The council voted 15-0 to renew it.")).containsEntry("vote", "15-0");
    }

    @Test
    void namesAProposalByWhatTheMissionWouldBecome() {
        assertThat(Proposals.idOf("a fully U.N. peacekeeping operation")).isEqualTo("un-peacekeeping");
        assertThat(Proposals.idOf("a UN peacekeeping initiative")).isEqualTo("un-peacekeeping");
        assertThat(Proposals.idOf("the Gang Suppression Force")).isEqualTo("gang-suppression-force");
        assertThat(Proposals.idOf("this mission")).isNull();
    }

    private List<Fact> factsOf(HandBuilt doc) {
        return annotator.annotate(doc.build()).layer(Layers.FACTS);
    }

    private static HandBuilt withMoreEntities(HandBuilt doc) {
        return doc.withKnownEntities().entity("pakistan", "Pakistan", "LOCATION", "Pakistan")
                .entity("panama", "Panama", "LOCATION", "Panama")
                .entity("kenyan", "Kenyan", "MISC", "Kenyan").entity("haitian", "Haitian", "MISC", "Haitian");
    }

    @Test
    void readsAnAuthorizationDatedInItsSentenceWithTheVoteAndPeriodOfTheSentencesAfter() {
        String text = "The UN Security Council on Friday, March 7, 2025, authorized the MSS to support the Haitian "
                + "National Police.\n"
                + "Resolution 2801 passed with 11 votes in favour, as China, Russia, Pakistan and Ecuador abstained.\n"
                + "The resolution authorizes the mission for an initial period of six months.\n";
        List<Fact> facts = factsOf(withMoreEntities(HandBuilt.of(text)).published("2025-03-08")
                .time("Friday, March 7, 2025", "DATE", "2025-03-07", false)
                .time("six months", "DURATION", "P6M", false)
                .quantity("11 votes", 11, null, null, "vote"));
        assertThat(ofKind(facts, Fact.MANDATE)).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("authorize");
            assertThat(f.asOf()).isEqualTo("2025-03-07");
            assertThat(f.value()).isEqualTo("P6M");
            assertThat(f.qualifiers()).containsEntry("decidedBy", "united-nations-security-council")
                    .containsEntry("vote", "11-0-4").containsEntry("abstentions", "china,russia,pakistan,ecuador")
                    .containsEntry("period", "P6M").containsEntry("resolution", "2801");
        });
    }

    @Test
    void readsVotedToExtendAsOneMandateDecisionDatedInTheSentenceAndNoSeparateVote() {
        String text = "The UN Security Council unanimously voted on Wednesday, June 4, 2025, to extend the MSS for six "
                + "months, until December 4, 2025.\n";
        List<Fact> facts = factsOf(HandBuilt.of(text).withKnownEntities().published("2025-06-06")
                .time("Wednesday, June 4, 2025", "DATE", "2025-06-04", false)
                .time("six months", "DURATION", "P6M", false)
                .time("December 4, 2025", "DATE", "2025-12-04", false));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Fact.MANDATE);
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.asOf()).isEqualTo("2025-06-04");
            assertThat(f.value()).isEqualTo("2025-12-04");
            assertThat(f.qualifiers()).containsEntry("until", "2025-12-04").containsEntry("vote", "unanimous")
                    .containsEntry("asOfBasis", "sentence");
        });
    }

    @Test
    void readsATransformationIntoANamedForceAndTheCountriesThatDraftedTheText() {
        String text = "The UN Security Council on Friday, May 2, 2025, voted to transform the MSS into a Regional "
                + "Stabilization Force.\n"
                + "Canada and Panama drafted the resolution.\n"
                + "It passed with 14 votes in favour, with China abstaining.\n"
                + "The new force is authorized for an initial period of nine months.\n";
        List<Fact> facts = factsOf(withMoreEntities(HandBuilt.of(text)).published("2025-05-03")
                .time("Friday, May 2, 2025", "DATE", "2025-05-02", false)
                .time("nine months", "DURATION", "P9M", false));
        assertThat(ofKind(facts, Fact.MANDATE)).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("transform");
            assertThat(f.asOf()).isEqualTo("2025-05-02");
            assertThat(f.qualifiers()).containsEntry("into", "regional-stabilization-force")
                    .containsEntry("intoName", "Regional Stabilization Force").containsEntry("ledBy", "canada,panama")
                    .containsEntry("vote", "14-0-1").containsEntry("abstentions", "china")
                    .containsEntry("period", "P9M");
        });
        assertThat(ofKind(facts, Fact.EVENT)).isEmpty();
    }

    @Test
    void aCouncilThatSupportsAConversionTakesAPositionNotAMandateDecision() {
        String text = "Leaders weigh the future of Haiti\n"
                + "President William Ruto spoke about turning the MSS into a UN peacekeeping operation.\n"
                + "Ruto said Kenya was open to that change.\n"
                + "The Transitional Presidential Council and the Haitian government also favour converting the "
                + "mission into a UN peacekeeping operation.\n";
        List<Fact> facts = factsOf(withMoreEntities(HandBuilt.of(text)).title("Leaders weigh the future of Haiti")
                .published("2024-12-02").quote("Kenya was open to that change", "William Ruto", "william-ruto", null));
        assertThat(ofKind(facts, Fact.MANDATE)).isEmpty();
        List<Fact> positions = ofKind(facts, Fact.POSITION);
        assertThat(positions).filteredOn(f -> f.qualifiers().get("actor").equals("haiti")
                        || f.qualifiers().get("actor").equals("transitional-presidential-council"))
                .hasSize(2).allSatisfy(f -> {
                    assertThat(f.value()).isEqualTo("support");
                    assertThat(f.qualifiers()).doesNotContainKey("via");
                });
    }

    @Test
    void aCouncilsVoteIsItsDecisionEvenWhenTheVoteIsReadAsItsOwnStatement() {
        String text = "The UN Security Council voted on Monday, September 30, 2024, to extend the MSS until "
                + "October 2, 2025.\n";
        List<Fact> facts = factsOf(HandBuilt.of(text).withKnownEntities().published("2024-10-01")
                .time("Monday, September 30, 2024", "DATE", "2024-09-30", false)
                .time("October 2, 2025", "DATE", "2025-10-02", false)
                .indirectQuote("to extend the MSS until October 2, 2025", "United Nations Security Council",
                        "united-nations-security-council", "The UN Security Council"));
        assertThat(ofKind(facts, Fact.MANDATE)).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.qualifiers().get("until")).isEqualTo("2025-10-02");
        });
    }

    @Test
    void aDecisionToldBySomeoneElseIsTheirAccountNotTheRecord() {
        String text = "Ruto said the UN Security Council extended the MSS until October 2, 2025.\n";
        List<Fact> facts = factsOf(HandBuilt.of(text).withKnownEntities().published("2024-10-01")
                .time("October 2, 2025", "DATE", "2025-10-02", false)
                .indirectQuote("the UN Security Council extended the MSS until October 2, 2025", "William Ruto",
                        "william-ruto", "Ruto"));
        assertThat(ofKind(facts, Fact.MANDATE)).isEmpty();
    }

    @Test
    void mergesACallToldAgainInAQuoteWithALessPreciseDateKeepingThePreciseOne() {
        String text = "“I had a useful call with Antony Blinken about the MSS,” Ruto wrote.\n"
                + "President William Ruto spoke by phone with Antony Blinken on Thursday, November 7.\n";
        List<Fact> calls = ofKind(factsOf(HandBuilt.of(text).withKnownEntities().published("2024-11-08")
                .time("Thursday, November 7", "DATE", "2024-11-07", false)
                .quote("I had a useful call with Antony Blinken about the MSS", "William Ruto", "william-ruto",
                        "2024-11")), Fact.EVENT);
        assertThat(calls).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("call");
            assertThat(f.asOf()).isEqualTo("2024-11-07");
            assertThat(f.qualifiers().get("participants").split(","))
                    .containsExactlyInAnyOrder("william-ruto", "antony-blinken");
        });
    }

    @Test
    void anOfferOfOfficersIsAPledgeByTheCountryWithoutItselfAsSpokesman() {
        String text = "Kenya has offered to send 600 police officers to the MSS.\n";
        List<Fact> targets = ofKind(factsOf(HandBuilt.of(text).withKnownEntities().published("2023-08-01")
                .quantity("600 police officers", 600, null, null, "police officer")
                .quote("to send 600 police officers to the MSS", "Kenya", "kenya", null)), Fact.TARGET);
        assertThat(targets).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("600");
            assertThat(f.qualifiers()).containsEntry("committedBy", "kenya").doesNotContainKey("via")
                    .doesNotContainKey("due");
        });
    }

    @Test
    void readsDemonymsAsTheirCountriesInEventsNeverAsParticipantsOfTheirOwn() {
        String text = "The MSS grows.\n"
                + "About 150 Kenyan police officers arrived in Haiti on Sunday, March 9, 2025.\n"
                + "A Kenyan contingent landed in the Haitian capital on Friday, May 2, 2025.\n";
        List<Fact> events = ofKind(factsOf(withMoreEntities(HandBuilt.of(text)).published("2025-05-03")
                .time("Sunday, March 9, 2025", "DATE", "2025-03-09", false)
                .time("Friday, May 2, 2025", "DATE", "2025-05-02", false)
                .quantity("About 150 Kenyan police officers", 150, "About", null, "Kenyan police officer")),
                Fact.EVENT);
        assertThat(events).hasSize(2).allSatisfy(f -> {
            assertThat(f.predicate()).isEqualTo("arrival");
            assertThat(f.qualifiers()).containsEntry("participants", "kenya").containsEntry("place", "haiti");
        });
    }

    @Test
    void fillsTheVotesAgainstFromTheSizeOfTheSecurityCouncil() {
        java.util.Map<String, String> q = new java.util.LinkedHashMap<>(MandateRules.vote(
                "It passed with 12 votes in favour."));
        q.put("decidedBy", "united-nations-security-council");
        q.put("abstentions", "china,russia,pakistan");
        MandateRules.completeVote(q);
        assertThat(q).containsEntry("vote", "12-0-3").containsEntry("votesAgainst", "0")
                .containsEntry("votesAbstaining", "3");
    }
}
