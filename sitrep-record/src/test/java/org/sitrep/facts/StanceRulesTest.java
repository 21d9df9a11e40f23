package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;

/** Positions read from the clause that states them, in sentences we wrote for the purpose. */
class StanceRulesTest {

    private static List<Fact> positions(HandBuilt b) {
        return b.facts(Fact.POSITION);
    }

    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2025-03-04");
    }

    private static List<String> stances(List<Fact> facts) {
        return facts.stream().map(f -> f.qualifiers().get("actor") + ":" + f.value()).toList();
    }

    @Test
    void theSubjectOfAStanceVerbHoldsThePositionOnItsObject() {
        List<Fact> facts = positions(doc("Leaders met.\nEcuador backed sending more troops to the MSS.\n"));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "ecuador")
                    .containsEntry("proposalName", "sending more troops to the MSS");
            assertThat(f.value()).isEqualTo("support");
            assertThat(f.qualifiers()).containsEntry("asOfBasis", "published");
        });
    }

    @Test
    void aNegatedSupportIsOpposition() {
        assertThat(stances(positions(doc("Leaders met.\nRussia did not want the council to send troops.\n"))))
                .containsExactly("russia:oppose");
        assertThat(stances(positions(doc("Leaders met.\nChina does not support sending police to the MSS.\n"))))
                .containsExactly("china:oppose");
    }

    @Test
    void aNegatedProposalStatesNothing() {
        assertThat(positions(doc("Leaders met.\nCanada never proposed a new mission for the region.\n"))).isEmpty();
    }

    @Test
    void everyCountryOfAListedSubjectHoldsThePosition() {
        assertThat(stances(positions(doc("Leaders met.\nCanada, Ecuador and Haiti welcomed the deployment.\n"))))
                .containsExactlyInAnyOrder("canada:support", "ecuador:support", "haiti:support");
    }

    @Test
    void thePassiveAgentHoldsThePosition() {
        assertThat(stances(positions(doc("Leaders met.\nThe plan to send troops was endorsed by Canada.\n"))))
                .containsExactly("canada:support");
    }

    @Test
    void theMembersOfAGroupNamedAfterItHoldThePosition() {
        List<Fact> facts = positions(doc("Leaders met.\nThe countries that have pledged to join the MSS, including "
                + "Ecuador and Canada, will meet in May.\n"));
        assertThat(stances(facts)).containsExactlyInAnyOrder("ecuador:support", "canada:support");
        assertThat(facts).allSatisfy(f -> assertThat(f.qualifiers().get("proposalName")).startsWith("join"));
    }

    @Test
    void weInAStatementIsTheCountryItsHeadingNames() {
        String text = "Statement on the mission\n\nDeputy Ecuador Representative to the United Nations\n\n"
                + "We voted in favor of the resolution renewing the mandate of the MSS.\n";
        List<Fact> facts = positions(HandBuilt.of(text).withKnownEntities().published("2025-03-04")
                .title("Statement on the mission"));
        assertThat(stances(facts)).containsExactly("ecuador:support");
    }

    @Test
    void weInAQuoteIsTheSpeakersCountry() {
        String text = "Leaders met.\n“We support extending the mandate of the MSS,” Ruto told Kenyan reporters.\n";
        List<Fact> facts = positions(doc(text).quote("We support extending the mandate of the MSS", "William Ruto",
                "william-ruto", null));
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.qualifiers()).containsEntry("actor",
                "william-ruto"));
    }

    @Test
    void thoseThankedForTakingPartSupportIt() {
        List<Fact> facts = positions(doc("Leaders met.\nThe envoy thanked Kenya for agreeing to lead the MSS.\n"));
        assertThat(stances(facts)).containsExactly("kenya:support");
    }

    @Test
    void aPledgeWithAFigureIsATargetNotAPosition() {
        HandBuilt b = doc("Leaders met.\nCanada pledged to send 300 police officers to the MSS.\n")
                .quantity("300 police officers", 300, null, null, "police officer");
        assertThat(positions(b)).isEmpty();
    }

    @Test
    void aStanceOnSomethingElseThanForcesIsNotKept() {
        assertThat(positions(HandBuilt.of("Budget day.\nCanada backed the new tax on sugar.\n").withKnownEntities()
                .published("2025-03-04"))).isEmpty();
    }

    @Test
    void aPhotoCaptionStatesNoPosition() {
        assertThat(positions(doc("Leaders met.\nRuto, left, welcomes the MSS troops in Nairobi.\n"))).isEmpty();
    }

    @Test
    void theNamesAfterWithAreTheSubjectOfTheGerund() {
        List<Fact> facts = positions(doc("Leaders met.\nThe force grows, with Canada and Ecuador sending engineer "
                + "units to the MSS.\n"));
        assertThat(stances(facts)).containsExactlyInAnyOrder("canada:support", "ecuador:support");
        assertThat(facts).allSatisfy(f -> assertThat(f.qualifiers().get("proposalName"))
                .isEqualTo("sending engineer units to the MSS"));
    }

    @Test
    void aCountedGroupStandsForTheListBeforeItAndTheRequestForWhatWasAsked() {
        List<Fact> facts = positions(doc("Leaders met.\nHaiti requested police support from Canada, Ecuador and "
                + "Kenya on Monday; all three nations responded positively to the request.\n"));
        assertThat(stances(facts)).containsExactlyInAnyOrder("haiti:propose", "canada:support", "ecuador:support",
                "kenya:support");
        assertThat(facts).filteredOn(f -> f.value().equals("support"))
                .allSatisfy(f -> assertThat(f.qualifiers().get("proposalName")).isEqualTo("police support"));
    }

    private static final String HEADING = "Statement on the mission\n\nDeputy Ecuador Representative to the United "
            + "Nations\n\n";

    private static HandBuilt statement(String body) {
        return HandBuilt.of(HEADING + body).withKnownEntities().published("2025-03-04")
                .title("Statement on the mission");
    }

    @Test
    void weTellingItsOwnVerdictAsReportedSpeechIsTheStatementsVoice() {
        String body = "We thank the Council.\nWe reiterate that a new force is not appropriate for the region.\n";
        List<Fact> facts = positions(statement(body).indirectQuote("that a new force is not appropriate for the region",
                "we", null, "reiterate"));
        assertThat(stances(facts)).containsExactly("ecuador:oppose");
    }

    @Test
    void weLeftUnresolvedByTheQuoteStageIsStillTheStatementsVoice() {
        String body = "We thank the Council.\nWe reiterate that a new force is not appropriate for the region.\n";
        List<Fact> facts = positions(statement(body).unresolvedQuote(
                "that a new force is not appropriate for the region", "We"));
        assertThat(stances(facts)).containsExactly("ecuador:oppose");
    }

    @Test
    void aVerdictNobodyIsSaidToStateIsTheStatementsOwnButNotANewsReports() {
        String body = "We thank the Council.\nDespite the setbacks, the MSS provides the best chance of restoring "
                + "order.\n";
        assertThat(stances(positions(statement(body)))).containsExactly("ecuador:support");
        assertThat(positions(doc("Leaders met.\nDespite the setbacks, the MSS provides the best chance of restoring "
                + "order.\n"))).isEmpty();
    }

    @Test
    void aMissionsRoleIsAVerdictOnTheMissionNotOnWhatTheRoleIsFor() {
        String body = "We thank the Council.\nAs talks begin, the MSS will continue to have a vital role to play in "
                + "restoring order.\n";
        assertThat(positions(statement(body))).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "ecuador");
            assertThat(f.value()).isEqualTo("support");
            assertThat(f.qualifiers().get("proposalName")).contains("MSS").doesNotContain("restoring");
        });
    }

    @Test
    void aQuotedVerdictIsTheSpeakersAndTheMissionItNamesStaysNamed() {
        List<Fact> facts = positions(doc("Leaders met on the MSS.\nRuto said that the mission in Haiti is "
                + "\"vital\".\n"));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("support");
            assertThat(f.qualifiers().get("actor") + "/" + f.qualifiers().get("via")).contains("william-ruto");
            assertThat(f.qualifiers()).containsEntry("proposalName", "mission in Haiti");
        });
    }

    @Test
    void regrettingThatSomethingWasLeftOutIsSupportForIt() {
        String body = "We thank the Council.\nWe regret that the Council did not include funding for police boats "
                + "for the MSS.\n";
        assertThat(positions(statement(body))).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "ecuador");
            assertThat(f.value()).isEqualTo("support");
            assertThat(f.qualifiers().get("proposalName")).startsWith("funding for police boats");
        });
    }

    @Test
    void beingAbleToAdoptAResolutionIsSupportForIt() {
        String body = "We thank the Council.\nWe are glad that we were able to adopt Resolution 9876 on more police "
                + "for the MSS.\n";
        assertThat(positions(statement(body))).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "ecuador");
            assertThat(f.qualifiers().get("proposalName")).startsWith("Resolution 9876");
        });
    }

    @Test
    void whatComesAtTheRequestOfAStateIsItsProposalWithoutTheVerb() {
        List<Fact> facts = positions(doc("Leaders met on the MSS.\nThis mission comes at the request of Haiti.\n")
                .tag("comes", "VBZ"));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "haiti");
            assertThat(f.value()).isEqualTo("propose");
            assertThat(f.qualifiers()).containsEntry("proposalName", "Multinational Security Support Mission");
        });
    }

    @Test
    void supportOfTwoThingsIsTwoPositionsAndOnlyTheMissionIsKept() {
        String body = "We thank the Council.\nWe are here today in support of Haiti and of the MSS.\n";
        assertThat(positions(statement(body))).singleElement().satisfies(f ->
                assertThat(f.qualifiers().get("proposalName")).isIn("MSS", "the MSS"));
    }

    @Test
    void anAcronymThatDrawsDownIsAMissionSoARequestForItsHelpConcernsIt() {
        String request = "Canada’s formal request for UNFOO to provide logistical help to the vote.\n";
        List<Fact> facts = positions(doc("Leaders met.\nThe region waits as UNFOO draws down.\n" + request)
                .entity("unfoo", "UNFOO", Mention.ORGANIZATION, "UNFOO"));
        assertThat(stances(facts)).containsExactly("canada:propose");
        assertThat(positions(doc("Leaders met.\nThe region waits.\n" + request)
                .entity("unfoo", "UNFOO", Mention.ORGANIZATION, "UNFOO"))).isEmpty();
    }

    @Test
    void aBodysStatedExpectationIsItsSupport() {
        List<Fact> facts = positions(doc("Leaders met.\nBoth leaders recalled the UN Security Council's stated "
                + "expectation that the MSS deploy its first units quickly.\n"));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("actor", "united-nations-security-council");
            assertThat(f.value()).isEqualTo("support");
            assertThat(f.qualifiers().get("proposalName")).contains("deploy its first units quickly");
        });
    }

    @Test
    void aForecastOfAnothersStanceIsNotTheirStance() {
        assertThat(positions(doc("Vote.\nBlinken said he believed Ecuador would back sending more troops to the MSS.\n")))
                .isEmpty();
        assertThat(positions(doc("Vote.\nEcuador would back sending more troops to the MSS.\n"))).isNotEmpty();
    }

    @Test
    void regrettingThatSomethingHappenedIsNoStanceOnAProposal() {
        assertThat(positions(doc("Budget.\nWilliam Ruto said he regretted ministerial objections had forced him to "
                + "withdraw parts of the MSS budget.\n"))).isEmpty();
        assertThat(positions(doc("Budget.\nWilliam Ruto regretted the decision to cut the MSS budget.\n")))
                .singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("oppose"));
    }
}
