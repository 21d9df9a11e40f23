package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/**
 * Mandate decisions told by headlines and by the statements that explain a vote, in texts we wrote for the purpose
 * (the missions and countries in them are made up or used only as names).
 */
class MandateHeadlinesTest {

    private static List<Fact> mandates(HandBuilt b) {
        return new FactAnnotator().annotate(b.build()).layer(Layers.FACTS).stream()
                .filter(f -> f.kind().equals(Fact.MANDATE)).toList();
    }

    private static HandBuilt statement(String title, String body) {
        return HandBuilt.of(title + "\n" + body).title(title).published("2031-03-14")
                .entity("norway", "Norway", Mention.LOCATION, "Norway")
                .entity("peru", "Peru", Mention.LOCATION, "Peru")
                .entity("united-states", "United States", Mention.LOCATION, "United States");
    }

    @Test
    void aHeadlineRenewingTheMandateRunTogetherIntoOneNameIsAnExtensionOnThePublicationDay() {
        String title = "Explanation of Vote Following the Adoption of a Resolution Renewing the Mandate of UNOTA";
        HandBuilt b = HandBuilt.of(title + "\nThank you, Madam President.\nUNOTA troops patrol the border.\n")
                .title(title).published("2031-03-14")
                // the entity stage reads the title-case words as one long name, the mission inside it
                .entity("resolution-renewing-the-mandate-of-unota", "Resolution Renewing the Mandate of UNOTA",
                        Mention.ORGANIZATION, "Resolution Renewing the Mandate of UNOTA")
                .entity("unota", "UN Observer Team in Arvania", Mention.ORGANIZATION, "UNOTA");
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("unota");
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.asOf()).isEqualTo("2031-03-14");
            assertThat(f.qualifiers()).containsEntry("asOfBasis", "published");
        });
    }

    @Test
    void aHeadlineEndingTheMandateOfAMissionNamedOnlyThereIsItsEnd() {
        String title = "Council Adopts Resolution Ending the Mandate of the Lake Patrol Mission (LPM)";
        assertThat(mandates(statement(title, "The vote was held this morning.\n"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("lpm");
                    assertThat(f.predicate()).isEqualTo("end");
                });
    }

    @Test
    void theRenewalOfTheCouncilMandateForAMissionIsAnExtension() {
        String title = "Explanation of Vote after the Renewal of the UN Security Council Mandate for UNOTA (Arvania)";
        HandBuilt b = statement(title, "We voted in favour.\n")
                .entity("unota", "UNOTA", Mention.ORGANIZATION, "UNOTA");
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("unota");
            assertThat(f.predicate()).isEqualTo("extend");
        });
    }

    @Test
    void aResolutionOnAMissionIsItsMandateUnlessTheTextTellsARenewal() {
        String title = "Explanation of Vote on a Resolution on the Coastal Support Mission";
        HandBuilt given = statement(title, "We thank the troop contributors.\n")
                .entity("csm", "Coastal Support Mission", Mention.ORGANIZATION, "Coastal Support Mission");
        assertThat(mandates(given)).singleElement()
                .satisfies(f -> assertThat(f.predicate()).isEqualTo("authorize"));
        HandBuilt renewed = statement(title, "We welcome the renewal of its mandate for another year.\n")
                .entity("csm", "Coastal Support Mission", Mention.ORGANIZATION, "Coastal Support Mission");
        assertThat(mandates(renewed)).noneMatch(f -> f.predicate().equals("authorize"));
    }

    @Test
    void aDraftInTheHeadlineIsNoDecision() {
        String title = "Explanation of Vote on a Draft Resolution Renewing the Mandate of UNOTA";
        HandBuilt b = statement(title, "We could not support the text.\n")
                .entity("unota", "UNOTA", Mention.ORGANIZATION, "UNOTA");
        assertThat(mandates(b)).isEmpty();
    }

    @Test
    void todayWeMarkTheEndOfAMissionInAVoteStatementIsItsEndThatDay() {
        String title = "Explanation of Vote on the Closing of a Mission";
        HandBuilt b = statement(title, "Twelve years after it began, today we mark the end of UNOTA.\n")
                .entity("unota", "UN Observer Mission in Arvania", Mention.ORGANIZATION, "UNOTA")
                .time("Twelve years after", "DATE", "2019", false)
                .time("today", "DATE", "2031-03-14", false);
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("unota");
            assertThat(f.predicate()).isEqualTo("end");
            assertThat(f.asOf()).isEqualTo("2031-03-14");
        });
    }

    @Test
    void aWithdrawalAnnouncedTodayInAVoteStatementIsNoDecision() {
        String title = "Explanation of Vote on a Resolution on Arvania";
        HandBuilt b = statement(title, "Today Peru announced it will withdraw from UNOTA.\n")
                .entity("unota", "UN Observer Mission in Arvania", Mention.ORGANIZATION, "UNOTA")
                .time("Today", "DATE", "2031-03-14", false);
        assertThat(mandates(b)).noneMatch(f -> f.predicate().equals("end"));
    }

    @Test
    void thePenholderOurAbstentionAndTheLengthToldLaterFillTheDecision() {
        String title = "Explanation of Vote Following the Adoption of a Resolution Renewing the Mandate of UNOTA";
        String body = "The United States thanks the members of the Council.\n"
                + "We thank the penholder, Norway, for its patience.\n"
                + "The United States has long supported peace in Arvania.\n"
                + "Our decision to abstain on this resolution was not easy.\n"
                + "This six-month technical roll-over gives the parties time to agree.\n";
        HandBuilt b = statement(title, body).entity("unota", "UNOTA", Mention.ORGANIZATION, "UNOTA")
                .time("six-month", "DURATION", "P6M", false);
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("ledBy", "norway");
            assertThat(f.qualifiers()).containsEntry("abstentions", "united-states");
            assertThat(f.qualifiers()).containsEntry("period", "P6M");
        });
    }

    @Test
    void aCountryThatLedTheProcessIsThePenholder() {
        String title = "Explanation of Vote after the Renewal of the UN Security Council Mandate for UNOTA";
        String body = "We joined consensus today.\nWe commend Peru for the open way in which it led this process.\n";
        HandBuilt b = statement(title, body).entity("unota", "UNOTA", Mention.ORGANIZATION, "UNOTA");
        assertThat(mandates(b)).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("ledBy", "peru"));
    }

    @Test
    void aVoteToPullOutAForceWithALongNameIsItsEnd() {
        String text = "News of the day.\nThe UN Security Council has voted unanimously to pull out the "
                + "2,000-strong U.N. peacekeeping force operating in Arvania and the border districts of Tarvia, "
                + "near the lake.\n";
        HandBuilt b = HandBuilt.of(text).withKnownEntities().published("2031-03-14")
                .entity("arvania-force", "U.N. peacekeeping force operating in Arvania and the border districts "
                        + "of Tarvia", Mention.ORGANIZATION,
                        "U.N. peacekeeping force operating in Arvania and the border districts of Tarvia");
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("arvania-force");
            assertThat(f.predicate()).isEqualTo("end");
            assertThat(f.qualifiers()).containsEntry("vote", "unanimous");
        });
    }

    @Test
    void aMoveMadeAsPartOfANumberedResolutionIsAChangeToTheMission() {
        String text = "More troops for the MSS\nThe MSS will get 500 more officers.\n"
                + "The move was made as part of Security Council Resolution 9123, the UN said.\n";
        HandBuilt b = HandBuilt.of(text).withKnownEntities().published("2031-03-14");
        assertThat(mandates(b)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.predicate()).isEqualTo("modify");
            assertThat(f.qualifiers()).containsEntry("resolution", "9123");
        });
    }
}
