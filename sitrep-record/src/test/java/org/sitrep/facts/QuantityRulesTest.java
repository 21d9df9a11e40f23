package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;

/** Strength, target and funding figures read from sentences we wrote for the purpose. */
class QuantityRulesTest {


    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-05-10");
    }

    @Test
    void aFigureTheMissionWillComprizeUpToIsACeilingNeverAStrength() {
        String text = "The MSS grows.\nThe text says the MSS will comprise up to 2,500 officers and 300 staff.\n";
        HandBuilt b = doc(text).quantity("up to 2,500 officers", 2500, "up to", null, "officer")
                .quantity("300 staff", 300, null, null, "staff");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
        assertThat(b.facts(Fact.TARGET)).hasSize(2).allSatisfy(f -> assertThat(f.qualifiers())
                .containsEntry("type", "ceiling").doesNotContainKey("committedBy")
                .containsEntry("approximate", "false"));
    }

    @Test
    void aFigureOutOfAnAuthorizedTotalIsAStrengthAndTheTotalACeiling() {
        String text = "The MSS grows.\nThe MSS has 900 officers deployed out of an authorized 2,500.\n";
        HandBuilt b = doc(text).quantity("900 officers", 900, null, null, "officer")
                .quantity("2,500", 2500, null, null, null);
        assertThat(b.facts(Fact.STRENGTH)).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("900"));
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("2500");
            assertThat(f.qualifiers()).containsEntry("type", "ceiling");
        });
    }

    @Test
    void aHedgedFigureIsAPlanNeverAStrength() {
        String text = "The MSS grows.\nThe MSS would consist of 1,000 officers.\n";
        HandBuilt b = doc(text).quantity("1,000 officers", 1000, null, null, "officer");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
        assertThat(b.facts(Fact.TARGET)).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("type", "plan"));
    }

    @Test
    void aRefusedFigureIsNoFact() {
        String text = "The MSS grows.\nCanada refused to send 200 officers to the MSS.\n";
        HandBuilt b = doc(text).quantity("200 officers", 200, null, null, "officer");
        assertThat(b.facts(Fact.TARGET)).isEmpty();
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
    }

    @Test
    void woundedPeacekeepersAreCasualtiesNotAStrength() {
        String text = "The MSS grows.\nOur thoughts are with the 12 officers wounded in the blast near the MSS base.\n";
        HandBuilt b = doc(text).quantity("12 officers", 12, null, null, "officer");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
    }

    @Test
    void aDetailOfAFigureIsNoStrengthButOneCountrysShareIs() {
        String text = "The MSS grows.\nThe MSS stands at 1,800 officers, with 650 of them on patrol.\n"
                + "The MSS has some 900 officers, some 400 of them are Kenyan.\n";
        HandBuilt b = doc(text).quantity("1,800 officers", 1800, null, null, "officer")
                .quantity("650", 650, null, null, null)
                .quantity("some 900 officers", 900, "some", null, "officer")
                .quantity("some 400", 400, "some", null, null);
        List<Fact> strength = b.facts(Fact.STRENGTH);
        assertThat(strength).extracting(Fact::value).containsExactly("1800", "900", "400");
        assertThat(strength.get(2).qualifiers()).containsEntry("contributor", "kenya");
        assertThat(strength.get(0).qualifiers()).doesNotContainKey("contributor");
    }

    @Test
    void aCountrysStrongCommitmentIsItsPledge() {
        String text = "The MSS grows.\nCanada has sent 20 officers ahead of its 300-strong commitment.\n";
        HandBuilt b = doc(text).quantity("20 officers", 20, null, null, "officer")
                .quantity("300", 300, null, null, null);
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("300");
            assertThat(f.qualifiers()).containsEntry("type", "pledge").containsEntry("committedBy", "canada");
        });
    }

    @Test
    void aLeadersPromiseOfOfficersByAMonthIsAPledgeDueThen() {
        String text = "The MSS grows.\nWilliam Ruto said Kenya will have 1,200 officers on the ground by March.\n";
        HandBuilt b = doc(text).quantity("1,200 officers", 1200, null, null, "officer")
                .time("by March", "DATE", "2025-03", true);
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .containsEntry("due", "2025-03").containsEntry("committedBy", "kenya"));
    }

    @Test
    void troopsSpreadOverSeveralCountriesAreNoMissionsStrength() {
        String text = "The MSS grows.\nCanada has deployed 800 troops in Kenya, Haiti and China.\n";
        HandBuilt b = doc(text).quantity("800 troops", 800, null, null, "troops");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
    }

    @Test
    void aRiseFromOneFigureToAMaximumIsTheStrengthAndItsCeiling() {
        String text = "The MSS grows.\nThe vote lifts the size of the Kenyan officers in the MSS from 400 to a maximum "
                + "of 2,500.\n";
        HandBuilt b = doc(text).quantity("400", 400, null, null, null).quantity("2,500", 2500, null, null, null);
        assertThat(b.facts(Fact.STRENGTH)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("400");
            assertThat(f.qualifiers()).containsEntry("object", "officers");
        });
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("2500");
            assertThat(f.qualifiers()).containsEntry("type", "ceiling");
        });
    }

    @Test
    void aFurtherFigureIsMoreOfTheSameCountrysContingent() {
        String text = "The MSS grows.\nThe MSS has 300 Kenyan officers on patrol, with a further 200 in training.\n";
        HandBuilt b = doc(text).quantity("300 Kenyan officers", 300, null, null, "officers")
                .quantity("200", 200, null, null, null);
        assertThat(b.facts(Fact.STRENGTH)).extracting(Fact::value).containsExactly("300", "200");
        assertThat(b.facts(Fact.STRENGTH).get(1).qualifiers()).containsEntry("contributor", "kenya");
    }

    @Test
    void aFigureWhoseNounIsLeftOutBeforeItsVerbTakesTheNounBefore() {
        String text = "The MSS grows.\nCanada asked for 900 officers, but the minister said only 600 are to be sent "
                + "to the MSS.\n";
        HandBuilt b = doc(text).quantity("900 officers", 900, null, null, "officers")
                .quantity("600", 600, null, null, null);
        assertThat(b.facts(Fact.TARGET)).extracting(Fact::value).contains("600");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
    }

    @Test
    void officersSeenOffAheadOfTheirDeploymentAreAPlanNotAStrength() {
        String text = "The MSS grows.\n200 Kenyan officers were seen off at a parade in Mombasa, Kenya, ahead of "
                + "their deployment to Haiti.\n";
        HandBuilt b = doc(text).entity("mombasa", "Mombasa", org.sitrep.doc.Mention.LOCATION, "Mombasa")
                .quantity("200 Kenyan officers", 200, null, null, "officers");
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> assertThat(f.qualifiers())
                .containsEntry("type", "plan").containsEntry("committedBy", "kenya"));
    }
}
