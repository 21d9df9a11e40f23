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
                .containsEntry("votesFor", "13").containsEntry("abstentions", "2")
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
}
