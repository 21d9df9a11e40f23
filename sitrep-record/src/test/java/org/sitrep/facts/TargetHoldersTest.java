package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/** Who holds a target, and whose people a figure counts, in sentences we wrote for the purpose. */
class TargetHoldersTest {


    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-05-10");
    }

    @Test
    void aFigureANationalCouncilDecidedIsItsCountrysPledge() {
        String title = "Canadian engineers head for Haiti";
        String text = title + "\nThe MSS grows.\nThe Supreme Council of National Defence decided to send 150 "
                + "engineers to the MSS.\n";
        HandBuilt b = doc(text).title(title)
                .entity("supreme-council", "Supreme Council of National Defence", Mention.ORGANIZATION,
                        "Supreme Council of National Defence")
                .quantity("150 engineers", 150, null, null, "troops");
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("committedBy", "canada");
            assertThat(f.qualifiers()).containsEntry("type", "pledge");
        });
    }

    @Test
    void aFigureWithNoOneNamedInAStoryAboutOneCountrysTroopsIsThatCountrys() {
        String title = "300 Kenyan police officers sent to Haiti";
        String text = title + "\nThe MSS grows.\nAnother 120 personnel will be added to the 300-strong force.\n";
        HandBuilt b = doc(text).title(title)
                .quantity("120 personnel", 120, null, null, "personnel")
                .quantity("300", 300, null, null, null);
        assertThat(b.facts(Fact.TARGET)).isNotEmpty().allSatisfy(f -> assertThat(f.qualifiers())
                .containsEntry("committedBy", "kenya"));
    }

    @Test
    void aFigureWithNoCountryInTheHeadlineKeepsNoHolder() {
        String text = "Haiti mission news\nThe MSS grows.\nAnother 120 personnel will be added to the force.\n";
        HandBuilt b = doc(text).title("Haiti mission news").quantity("120 personnel", 120, null, null, "personnel");
        assertThat(b.facts(Fact.TARGET)).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).doesNotContainKey("committedBy"));
    }

    @Test
    void twoFiguresJoinedByAndShareTheVerbAndEachItsOwnCountry() {
        String text = "The MSS grows.\nAbout 80 Kenyan police and 40 officers from Canada would join the MSS.\n";
        HandBuilt b = doc(text).quantity("About 80 Kenyan police", 80, "about", null, "police")
                .quantity("40 officers", 40, null, null, "officer");
        List<Fact> targets = b.facts(Fact.TARGET);
        assertThat(targets).extracting(Fact::value).containsExactlyInAnyOrder("80", "40");
        assertThat(targets).allSatisfy(f -> assertThat(f.qualifiers()).containsEntry("type", "plan"));
        assertThat(targets).filteredOn(f -> f.value().equals("80")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("committedBy", "kenya"));
        assertThat(targets).filteredOn(f -> f.value().equals("40")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("committedBy", "canada"));
    }

    @Test
    void aCountryThatHasSentAFigureIsItsContributor() {
        String text = "The MSS grows.\nCanada has now sent 25 officers to the MSS.\n";
        HandBuilt b = doc(text).quantity("25 officers", 25, null, null, "officer");
        assertThat(b.facts(Fact.STRENGTH)).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("contributor", "canada"));
    }

    @Test
    void countriesAfterLedByAreContributorsNotPlacesSoTheFigureStands() {
        String text = "The MSS grows.\nWe thank all who pledged to this mission that will grow to 2,500 officers, "
                + "led by Kenya and including Canada, Ecuador and China.\n";
        HandBuilt b = doc(text).quantity("2,500 officers", 2500, null, null, "officer");
        assertThat(b.facts(Fact.TARGET)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("2500");
            assertThat(f.qualifiers()).containsEntry("type", "plan");
        });
    }

    @Test
    void aDayWithATimeOfDayAfterPublicationIsTheDueDayAndAPastWeekdayIsNone() {
        String text = "The MSS grows.\nForty Kenyan officers will leave for the MSS on Saturday morning.\n"
                + "Twenty Kenyan officers will join the MSS, the minister said on Thursday.\n";
        HandBuilt b = doc(text).quantity("Forty Kenyan officers", 40, null, null, "officer")
                .time("Saturday morning", "DATE", "2024-05-11TMO", false)
                .quantity("Twenty Kenyan officers", 20, null, null, "officer")
                .time("Thursday", "DATE", "2024-05-09", false);
        List<Fact> targets = b.facts(Fact.TARGET);
        assertThat(targets).filteredOn(f -> f.value().equals("40")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).containsEntry("due", "2024-05-11"));
        assertThat(targets).filteredOn(f -> f.value().equals("20")).singleElement()
                .satisfies(f -> assertThat(f.qualifiers()).doesNotContainKey("due"));
    }
}
