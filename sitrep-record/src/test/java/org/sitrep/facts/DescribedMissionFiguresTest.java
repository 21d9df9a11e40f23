package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/** Figures of missions the text describes rather than names, and money told as news tells it; our own sentences. */
class DescribedMissionFiguresTest {


    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-05-10");
    }

    @Test
    void aDescribedMissionIsTheSubjectWhereTheTextNamesNone() {
        String text = "Blue helmets hurt.\nTwo UN peacekeepers were hurt by a mine in Mali on Sunday.\n"
                + "It is thought that there are 12,000 peacekeepers inside Mali.\n";
        HandBuilt b = doc(text).entity("un-peacekeepers-in-mali", "UN peacekeepers in Mali", Mention.ORGANIZATION,
                "UN peacekeepers").quantity("12,000 peacekeepers", 12000, null, null, "peacekeepers");
        assertThat(b.facts(Fact.STRENGTH)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("un-peacekeepers-in-mali");
            assertThat(f.value()).isEqualTo("12000");
        });
    }

    @Test
    void aNamedMissionComesBeforeADescribedOne() {
        String text = "The MSS grows.\nThere are now 700 Kenyan troops in Haiti serving the MSS mandate.\n"
                + "The Kenyan troops in Haiti patrol at night, and 700 officers are deployed there.\n";
        HandBuilt b = doc(text).entity("kenyan-troops-in-haiti", "Kenyan troops in Haiti", Mention.ORGANIZATION,
                "Kenyan troops in Haiti").quantity("700 officers", 700, null, null, "officers");
        assertThat(b.facts(Fact.STRENGTH)).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("mss"));
    }

    @Test
    void anNStrongForceIsItsStrengthEvenWhenItIsWithdrawn() {
        String text = "The MSS shrinks.\nThe council voted to pull out the 2,400-strong MSS force by June.\n";
        HandBuilt b = doc(text).quantity("2,400", 2400, null, null, null);
        assertThat(b.facts(Fact.STRENGTH)).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("2400"));
    }

    @Test
    void troopsWithdrawnAreNoFigureOfTheMission() {
        String text = "The MSS shrinks.\nCanada says it will be withdrawing at least 300 troops from the MSS soon.\n";
        HandBuilt b = doc(text).quantity("300 troops", 300, "at least", null, "troops");
        assertThat(b.facts(Fact.TARGET)).isEmpty();
        assertThat(b.facts(Fact.STRENGTH)).isEmpty();
    }

    @Test
    void aShareNamedAfterIncludingLeavesTheVerbAfterIt() {
        String text = "The MSS grows.\nAbout 900 troops, including some 300 Kenyans, serve in the MSS.\n";
        HandBuilt b = doc(text).quantity("About 900 troops", 900, "about", null, "troops")
                .quantity("some 300", 300, "some", null, null);
        List<Fact> strength = b.facts(Fact.STRENGTH);
        assertThat(strength).extracting(Fact::value).containsExactly("900", "300");
        assertThat(strength.get(1).qualifiers()).containsEntry("contributor", "kenya");
    }

    @Test
    void theCountryOfACountedForceIsItsContributor() {
        String text = "The MSS grows.\nAfter 80 Kenyan officers landed, the number of Kenyan officers in Haiti "
                + "has risen to 480.\n";
        HandBuilt b = doc(text).quantity("80 Kenyan officers", 80, null, null, "officers")
                .quantity("480", 480, null, null, null);
        assertThat(b.facts(Fact.STRENGTH)).filteredOn(f -> f.value().equals("480")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("contributor", "kenya"));
    }

    @Test
    void aStateSinceAYearIsDatedByTheText() {
        String text = "The MSS grows.\nOver 2,000 officers have been stationed in Haiti by the MSS since 2022.\n";
        HandBuilt b = doc(text).quantity("Over 2,000 officers", 2000, "over", null, "officers")
                .time("2022", "DATE", "2022", false);
        assertThat(b.facts(Fact.STRENGTH)).singleElement()
                .satisfies(f -> assertThat(f.asOf()).isEqualTo("2024-05-10"));
    }

    @Test
    void moneyProvidedAndMoneyIntended() {
        String text = "The MSS grows.\nThe United States is the largest donor to this mission, providing over "
                + "$120 million so far.\nCanada said it will provide $40 million to the MSS next year.\n";
        HandBuilt b = doc(text).quantity("$120 million", 120e6, "over", "$", null)
                .quantity("$40 million", 40e6, null, "$", null);
        List<Fact> funding = b.facts(Fact.FUNDING);
        assertThat(funding).extracting(Fact::value, Fact::predicate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("120000000", "received"),
                        org.assertj.core.groups.Tuple.tuple("40000000", "pledged"));
        assertThat(funding.get(0).qualifiers()).containsEntry("by", "united-states");
        assertThat(funding.get(1).qualifiers()).containsEntry("by", "canada");
    }

    @Test
    void aidForAnotherPurposeIsNoMissionFunding() {
        String text = "The MSS grows.\nThe United States gives aid to Haiti to promote economic growth and health, "
                + "totaling $90 million each year.\n";
        HandBuilt b = doc(text).quantity("$90 million", 90e6, null, "$", null);
        assertThat(b.facts(Fact.FUNDING)).isEmpty();
    }
}
