package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;

/** What is not an event of the record, though its words look like one: sentences we wrote for the purpose. */
class EventGuardsTest {

    private static List<Fact> events(String text) {
        return new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04").build())
                .layer(Layers.FACTS).stream().filter(f -> f.kind().equals(Fact.EVENT)).toList();
    }

    @Test
    void meetingATargetOrAReceptionIsNoMeeting() {
        assertThat(events("Budget.\nRuto said Kenya met that target.\n")).isEmpty();
        assertThat(events("Talks.\nHis offer met a cool reception from Blinken.\n")).isEmpty();
    }

    @Test
    void meetingSomeoneNamedAfterTheirTitleIsAMeeting() {
        assertThat(events("Talks.\nBlinken met with Kenyan President William Ruto on the margins of the summit.\n"))
                .singleElement().satisfies(f -> assertThat(f.predicate()).isEqualTo("meeting"));
    }

    @Test
    void aPlannedVisitOrMeetingIsNoEvent() {
        assertThat(events("Plans.\nRuto is to visit Haiti next week.\n")).isEmpty();
        assertThat(events("Plans.\nBlinken will meet William Ruto in May.\n")).isEmpty();
        assertThat(events("Plans.\nThe visit to Haiti will be seen as a sign of support.\n")).isEmpty();
    }

    @Test
    void aCallForSomethingIsNoPhoneCall() {
        assertThat(events("Debate.\nRuto rejected the call for a pause from Blinken.\n")).isEmpty();
    }

    @Test
    void aVoteWithoutItsTallyIsNoEvent() {
        assertThat(events("Polls.\nIn 2019 most of them voted Kenya First.\n")).isEmpty();
    }

    @Test
    void travellersArrivingAreNoDeployment() {
        assertThat(events("Airport.\nBlinken arrived in Haiti on Monday, March 3.\n")).noneMatch(f -> f.predicate()
                .equals("arrival"));
    }

    @Test
    void aDayInsideAPublicationMonthIsNoLaterDate() {
        String text = "Talks.\nRuto and Blinken held a call on Monday, March 3.\n";
        List<Fact> facts = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03")
                .time("Monday, March 3", "DATE", "2025-03-03", false).build()).layer(Layers.FACTS);
        assertThat(facts).anySatisfy(f -> {
            assertThat(f.predicate()).isEqualTo("call");
            assertThat(f.asOf()).isEqualTo("2025-03-03");
        });
    }

    @Test
    void meetingRequirementsOrTalksThatBrokeOffAreNoMeeting() {
        assertThat(events("Filing.\nThe Transitional Presidential Council said it files its budget with the Haitian "
                + "National Police and meets the requirements of the law.\n")).isEmpty();
        assertThat(events("Talks.\nWilliam Ruto broke off talks with Antony Blinken on the police contract.\n"))
                .isEmpty();
        assertThat(events("Talks.\nThe breakdown of talks with Antony Blinken left William Ruto without a deal.\n"))
                .isEmpty();
    }

    @Test
    void whatHappensWheneverItHappensIsNoMeeting() {
        assertThat(events("Habits.\nWilliam Ruto said Kenya sets its terms when it talks with Antony Blinken.\n"))
                .isEmpty();
    }

    @Test
    void aNameAttachedToSomethingElseAfterTheCueMetNoOne() {
        assertThat(events("Talks.\nAfter meeting with aides and reading the report of the panel headed by Antony "
                + "Blinken, William Ruto spoke.\n")).isEmpty();
        assertThat(events("Talks.\nWilliam Ruto held talks in Nairobi with U.S. Secretary of State Antony Blinken.\n"))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("william-ruto,antony-blinken"));
    }

    @Test
    void theOneWhoseStakeIsNamedIsNoPartyToTheTalks() {
        assertThat(events("Talks.\nWilliam Ruto, who holds a stake in the Haitian National Police, has had talks with "
                + "Antony Blinken.\n")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("william-ruto,antony-blinken"));
    }

    @Test
    void aPlaceReachedAfterAnotherMoveIsNotTheVisitsPlace() {
        String text = "Trip.\nWilliam Ruto visited the region on Monday, March 3, before flying to Haiti.\n";
        List<Fact> visits = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .time("Monday, March 3", "DATE", "2025-03-03", false).build()).layer(Layers.FACTS);
        assertThat(visits).filteredOn(f -> f.predicate().equals("visit")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).doesNotContainKey("place"));
    }

    @Test
    void aMeetingIsDatedByItsOwnWordsNeverByWhenItWasToldOf() {
        String text = "Talks.\n\"William Ruto met Antony Blinken last week,\" a spokesman said.\n";
        List<Fact> meetings = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .quote("William Ruto met Antony Blinken last week,", "spokesman", null, "2025-03-04").build())
                .layer(Layers.FACTS);
        assertThat(meetings).filteredOn(f -> f.predicate().equals("meeting")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).doesNotContainKey("date")
                        .containsEntry("asOfBasis", "published"));
    }

    @Test
    void aTripSomeonePlansOrIsExpectedToMakeIsNoEvent() {
        assertThat(events("Trips.\nWilliam Ruto said he plans a July trip to Haiti to discuss the mission.\n")).isEmpty();
        assertThat(events("Trips.\nWilliam Ruto is expected here on Friday for talks with Antony Blinken.\n")).isEmpty();
    }

    @Test
    void talksAreHeldInAPlaceNeverInWhatTheyAreAbout() {
        assertThat(events("Talks.\nWilliam Ruto held talks with Antony Blinken on loans to Haiti.\n")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).doesNotContainKey("place"));
    }

    @Test
    void anAgreementsPartiesEndWhereAnotherClauseBegins() {
        List<Fact> f = new FactAnnotator().annotate(HandBuilt.of("Deals.\nThe Transitional Presidential Council "
                + "signed an agreement with the Haitian National Police, and there was also an agreement with the "
                + "United Nations Security Council.\n").withKnownEntities().published("2025-03-04").build())
                .layer(Layers.FACTS);
        assertThat(f).filteredOn(x -> x.predicate().equals("agreement")).singleElement()
                .satisfies(x -> assertThat(x.value()).doesNotContain("united-nations-security-council")
                        .contains("haitian-national-police"));
    }

    @Test
    void talksSetForALaterDateAreAPlan() {
        String text = "Plans.\nWilliam Ruto is sending Antony Blinken to Haiti for talks with the Transitional "
                + "Presidential Council next month.\n";
        List<Fact> f = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .time("next month", "DATE", "2025-04", false).build()).layer(Layers.FACTS);
        assertThat(f).filteredOn(x -> x.kind().equals(Fact.EVENT)).isEmpty();
    }

    @Test
    void whoTellsOfOthersTalksIsNoPartyToThem() {
        assertThat(events("Debt.\nWilliam Ruto said that some lenders have been too rigid in talks with Antony "
                + "Blinken.\n")).isEmpty();
        assertThat(events("Debt.\nWilliam Ruto said he met Antony Blinken.\n")).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualTo("william-ruto,antony-blinken"));
    }

    @Test
    void aDateInAnotherClauseDatesSomethingElse() {
        String text = "Oil.\nWilliam Ruto, during a visit to Haiti, told reporters that in February the police had "
                + "grown.\n";
        List<Fact> f = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .time("in February", "DATE", "2025-02", false).build()).layer(Layers.FACTS);
        assertThat(f).filteredOn(x -> x.predicate().equals("visit")).singleElement()
                .satisfies(x -> assertThat(x.qualifiers()).doesNotContainKey("date")
                        .containsEntry("asOfBasis", "published"));
    }

    @Test
    void recentTalksAreNotDatedByTheDayTheyWereToldOf() {
        String text = "Talks.\nNAIROBI, March 3 - William Ruto said recent talks with Antony Blinken were informal.\n";
        List<Fact> f = new FactAnnotator().annotate(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .time("March 3", "DATE", "2025-03-03", false).build()).layer(Layers.FACTS);
        assertThat(f).filteredOn(x -> x.predicate().equals("meeting")).singleElement()
                .satisfies(x -> assertThat(x.qualifiers()).doesNotContainKey("date")
                        .containsEntry("asOfBasis", "published"));
    }
}
