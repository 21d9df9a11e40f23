package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/** Events (casualties, attacks, movements, agreements, requests) read from sentences we wrote for the purpose. */
class EventRulesTest {

    private static List<Fact> events(HandBuilt b) {
        return new FactAnnotator().annotate(b.build()).layer(Layers.FACTS).stream()
                .filter(f -> f.kind().equals(Fact.EVENT)).toList();
    }

    private static List<Fact> events(HandBuilt b, String type) {
        return events(b).stream().filter(f -> f.predicate().equals(type)).toList();
    }

    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-05-10")
                .entity("mali", "Mali", Mention.LOCATION, "Mali")
                .entity("gao", "Gao", Mention.LOCATION, "Gao");
    }

    @Test
    void victimsJoinedUnderOneVerbAreOneCasualtyWithTheSumOfTheirCounts() {
        String text = "The MSS grows.\nA transport plane went down near Gao, killing nine Kenyan officers and three "
                + "crew members.\n";
        assertThat(events(doc(text), "casualty")).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("count", "12").containsEntry("place", "gao");
            assertThat(f.qualifiers().get("participants")).contains("kenya");
        });
    }

    @Test
    void aListNamingTheOtherSideGivesEachOfOurSideItsOwnCasualty() {
        String text = "The MSS grows.\nClashes in Gao killed six militants, two Canadian soldiers and a Kenyan "
                + "officer.\n";
        List<Fact> casualties = events(doc(text), "casualty");
        assertThat(casualties).noneSatisfy(f -> assertThat(f.qualifiers()).containsEntry("count", "9"));
        assertThat(casualties).anySatisfy(f -> assertThat(f.qualifiers()).containsEntry("count", "2")
                .containsEntry("participants", "canada,Canadian soldiers"));
        assertThat(casualties).anySatisfy(f -> assertThat(f.qualifiers()).containsEntry("count", "1")
                .containsEntry("participants", "kenya,Kenyan officer"));
    }

    @Test
    void theHostCountrysOwnPoliceKilledInFightingAreNoCasualtyOfTheMission() {
        String text = "The MSS grows.\nThe unrest spread in northern Haiti.\nFighting killed eight Haitian "
                + "policemen.\n";
        assertThat(events(doc(text), "casualty")).isEmpty();
    }

    @Test
    void aClauseThatGoesOnIsASecondCasualtyOfTheSameVictims() {
        String text = "The MSS grows.\nAn ambush took the lives of four Kenyan officers and wounded 11 more.\n";
        List<Fact> casualties = events(doc(text), "casualty");
        assertThat(casualties).extracting(f -> f.qualifiers().get("count")).containsExactlyInAnyOrder("4", "11");
        assertThat(casualties).allSatisfy(f -> assertThat(f.qualifiers().get("participants")).contains("kenya"));
    }

    @Test
    void victimsAllFromACountryAreThatCountrys() {
        String text = "The MSS grows.\nThe attack caused the deaths of three peacekeepers, all from Canada.\n";
        assertThat(events(doc(text), "casualty")).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .containsEntry("count", "3").containsEntry("participants", "canada,peacekeepers"));
    }

    @Test
    void oneCasualtyToldTwiceIsKeptOnceWithWhatBothTellingsSay() {
        String text = "The MSS grows.\nTwo Kenyan officers were killed on Friday, May 3, 2024.\n"
                + "The blast on Friday, May 3, 2024 killed two officers near Gao.\n";
        HandBuilt b = doc(text).time("Friday, May 3, 2024", "DATE", "2024-05-03", false);
        b = b.time("Friday, May 3, 2024 killed", "DATE", "2024-05-03", false);
        List<Fact> casualties = events(b, "casualty");
        assertThat(casualties).singleElement().satisfies(f -> {
            assertThat(f.asOf()).isEqualTo("2024-05-03");
            assertThat(f.qualifiers().get("participants")).contains("kenya");
        });
    }

    @Test
    void aCasualtyABombCausedIsAlsoAnAttack() {
        String text = "The MSS grows.\nA roadside bomb has killed three Kenyan officers near Gao.\n";
        List<Fact> events = events(doc(text));
        assertThat(events).extracting(Fact::predicate).containsExactlyInAnyOrder("casualty", "attack");
        assertThat(events(doc(text), "attack")).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .doesNotContainKey("count").containsEntry("place", "gao"));
    }

    @Test
    void aHedgedOrEarlierYearCasualtyIsNone() {
        String text = "The MSS grows.\nOfficials fear that ten Kenyan officers could be killed.\n"
                + "Five Canadian soldiers were killed in a 2019 accident.\n";
        assertThat(events(doc(text).time("2019", "DATE", "2019", false), "casualty")).isEmpty();
    }

    @Test
    void aSentenceGoingOnWithTheOperationTakesItsDate() {
        String text = "The MSS grows.\nOfficers raided a gang stronghold on Tuesday, May 7, 2024.\n"
                + "The operation killed five gang members.\n";
        assertThat(events(doc(text).time("Tuesday, May 7, 2024", "DATE", "2024-05-07", false), "casualty"))
                .singleElement().satisfies(f -> assertThat(f.asOf()).isEqualTo("2024-05-07"));
    }

    @Test
    void aDayAfterTheReportedDayIsTheDayBefore() {
        String text = "The MSS grows.\nThe vote came a day after gunfire killed a Kenyan officer.\n";
        assertThat(events(doc(text), "casualty")).singleElement().satisfies(f -> {
            assertThat(f.asOf()).isEqualTo("2024-05-09");
            assertThat(f.qualifiers()).containsEntry("count", "1");
        });
    }

    @Test
    void forcesThatLeftForAPlaceDepartedWithTheSumOfTheirCounts() {
        String text = "The MSS grows.\nA group of 200 Kenyan police officers and 40 medics left for Haiti today.\n";
        HandBuilt b = doc(text).quantity("200 Kenyan police officers", 200, null, null, "police officer")
                .quantity("40 medics", 40, null, null, "medic").time("today", "DATE", "2024-05-10", false);
        assertThat(events(b, "departure")).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("count", "240").containsEntry("participants", "kenya");
            assertThat(f.asOf()).isEqualTo("2024-05-10");
        });
    }

    @Test
    void forcesThatWithdrewWithdrewButAPlannedWithdrawalIsNone() {
        String withdrew = "The MSS grows.\nCanadian troops withdrew from Gao last week.\n";
        assertThat(events(doc(withdrew), "withdrawal")).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .containsEntry("participants", "canada").containsEntry("place", "gao"));
        String planned = "The MSS grows.\nCanadian troops will be withdrawn from Gao, and officials said troops "
                + "are not expected to have withdrawn before June.\n";
        assertThat(events(doc(planned), "withdrawal")).isEmpty();
    }

    @Test
    void aWelcomedInitialDeploymentAndAnArrivalCountedBackAreArrivals() {
        String text = "The MSS grows.\nWe welcome Canada's initial deployment.\n"
                + "Officers have faced many dangers in the 10 months since the MSS first deployed.\n";
        List<Fact> arrivals = events(doc(text), "arrival");
        assertThat(arrivals).anySatisfy(f -> assertThat(f.qualifiers()).containsEntry("participants", "canada"));
        assertThat(arrivals).anySatisfy(f -> {
            assertThat(f.qualifiers()).containsEntry("participants", "mss");
            assertThat(f.asOf()).isEqualTo("2023-07");
        });
    }

    @Test
    void anAgreementReachedBetweenPeopleIsTheirsAndALaterTellingDatesIt() {
        String text = "The MSS grows.\nAn agreement was reached between William Ruto and Antony Blinken.\n"
                + "The deal was signed in Haiti on Monday, May 6, 2024.\n";
        HandBuilt b = doc(text).time("Monday, May 6, 2024", "DATE", "2024-05-06", false);
        assertThat(events(b, "agreement")).singleElement().satisfies(f -> {
            assertThat(f.qualifiers().get("participants").split(","))
                    .containsExactlyInAnyOrder("william-ruto", "antony-blinken");
            assertThat(f.qualifiers()).containsEntry("place", "haiti");
            assertThat(f.asOf()).isEqualTo("2024-05-06");
        });
    }

    @Test
    void aHopedForOrFailedAgreementIsNone() {
        String text = "The MSS grows.\nKenya hopes an agreement will be signed with Haiti.\n"
                + "Canada failed to reach a deal with Haiti.\n";
        assertThat(events(doc(text), "agreement")).isEmpty();
    }

    @Test
    void assailantsWhoStruckAMissionsBaseAttackedTheMission() {
        String text = "The MSS grows.\nGunmen stormed an MSS base near Gao.\n";
        assertThat(events(doc(text), "attack")).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .containsEntry("participants", "mss").containsEntry("place", "gao"));
    }

    @Test
    void peacekeepersWhoAreDeployedAreAStateNotAnArrival() {
        String text = "The MSS grows.\nWe support Kenyan officers, who are deployed in Haiti on Friday, May 3, 2024.\n";
        assertThat(events(doc(text).time("Friday, May 3, 2024", "DATE", "2024-05-03", false), "arrival")).isEmpty();
    }

    @Test
    void aRequestForAMissionToGiveLogisticalSupportIsNoCallForHelp() {
        String text = "The MSS grows.\nThe Council answered Haiti's request for the MSS to provide logistical support "
                + "to the elections.\n";
        assertThat(events(doc(text), "call")).isEmpty();
    }

    @Test
    void aMeetingOnTheMarginsOfABodyIsHeldThere() {
        String text = "The MSS grows.\nAntony Blinken met with William Ruto on the margins of the UN Security Council "
                + "on Monday, May 6, 2024.\n";
        assertThat(events(doc(text).time("Monday, May 6, 2024", "DATE", "2024-05-06", false), "meeting"))
                .singleElement().satisfies(f -> {
                    assertThat(f.qualifiers()).containsEntry("place", "united-nations-security-council");
                    assertThat(f.qualifiers().get("participants").split(","))
                            .containsExactlyInAnyOrder("antony-blinken", "william-ruto");
                });
    }
}
