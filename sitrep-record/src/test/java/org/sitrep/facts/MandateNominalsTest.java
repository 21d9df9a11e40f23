package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;

/** Mandate decisions told as nouns and participles, in sentences we wrote for the purpose. */
class MandateNominalsTest {

    private static List<Fact> mandates(HandBuilt b) {
        return new FactAnnotator().annotate(b.build()).layer(Layers.FACTS).stream()
                .filter(f -> f.kind().equals(Fact.MANDATE)).toList();
    }

    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2024-10-01");
    }

    @Test
    void theAdoptionOfAResolutionRenewingTheMandateIsAnExtensionOnThePublicationDay() {
        String text = "Remarks after the adoption of a resolution renewing the mandate of the MSS\n"
                + "We thank the members of the Council.\n";
        assertThat(mandates(doc(text))).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("mss");
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.asOf()).isEqualTo("2024-10-01");
            assertThat(f.qualifiers()).containsEntry("asOfBasis", "published");
        });
    }

    @Test
    void aMandateThatWasRenewedIsAnExtension() {
        String text = "News of the day.\nThis autumn the mandate for the MSS was renewed without a debate.\n";
        assertThat(mandates(doc(text))).singleElement()
                .satisfies(f -> assertThat(f.predicate()).isEqualTo("extend"));
    }

    @Test
    void aDraftOrAHopeIsNoDecision() {
        String text = "News of the day.\nCanada circulated a draft resolution renewing the mandate of the MSS.\n"
                + "Haiti hopes the Council will vote to renew the mandate of the MSS.\n";
        assertThat(mandates(doc(text))).isEmpty();
    }

    @Test
    void aMissionEstablishedInAYearWasAuthorizedThen() {
        String text = "News of the day.\nThe MSS was established in 2023 to help the police.\n";
        assertThat(mandates(doc(text))).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("authorize");
            assertThat(f.asOf()).isEqualTo("2023");
        });
    }

    @Test
    void oneDecisionToldTwiceIsOneFactWithTheDayOfTheVote() {
        String text = "News of the day.\nThe UN Security Council has voted to extend the mandate of the MSS.\n"
                + "Russia abstained in the vote on Monday, September 30, 2024.\n"
                + "Today's resolution extending the MSS mandate is welcome.\n";
        List<Fact> found = mandates(doc(text).time("Monday, September 30, 2024", "DATE", "2024-09-30", false));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.predicate()).isEqualTo("extend");
            assertThat(f.asOf()).isEqualTo("2024-09-30");
            assertThat(f.qualifiers()).containsEntry("abstentions", "russia");
        });
    }
}
