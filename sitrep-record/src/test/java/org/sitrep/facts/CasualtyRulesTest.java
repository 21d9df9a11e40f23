package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;

/** Casualties among forces read from the clause that counts them, in sentences we wrote for the purpose. */
class CasualtyRulesTest {

    private static List<Fact> casualties(HandBuilt b) {
        return new FactAnnotator().annotate(b.build()).layer(Layers.FACTS).stream()
                .filter(f -> f.kind().equals(Fact.EVENT) && f.predicate().equals("casualty")).toList();
    }

    private static HandBuilt doc(String text) {
        return HandBuilt.of(text).withKnownEntities().published("2025-03-04");
    }

    @Test
    void victimsCountedBeforeThePassiveVerb() {
        HandBuilt b = doc("Patrol hit.\nThree Kenyan police officers were killed in an ambush on Monday.\n")
                .time("Monday", "DATE", "2025-03-03", false);
        assertThat(casualties(b)).singleElement().satisfies(f -> {
            assertThat(f.qualifiers()).containsEntry("count", "3");
            assertThat(f.qualifiers().get("participants")).contains("kenya");
            assertThat(f.asOf()).isEqualTo("2025-03-03");
        });
    }

    @Test
    void victimsCountedAfterTheVerbWithTheirCountryAfterFrom() {
        assertThat(casualties(doc("Patrol hit.\nThe blast killed two peacekeepers from Canada.\n")))
                .singleElement().satisfies(f -> {
                    assertThat(f.qualifiers()).containsEntry("count", "2");
                    assertThat(f.qualifiers().get("participants")).contains("canada");
                    assertThat(f.qualifiers()).containsEntry("asOfBasis", "published");
                });
    }

    @Test
    void aTollOfPeopleIsAStatisticNotACasualtyOfForces() {
        assertThat(casualties(doc("Year in review.\nMore than 40 people have been killed this year.\n"))).isEmpty();
    }

    @Test
    void aHedgedOrNegatedToolIsNoEvent() {
        assertThat(casualties(doc("Risks.\nTen soldiers could be killed if the convoy moves.\n"))).isEmpty();
        assertThat(casualties(doc("Relief.\nTwo soldiers were not hurt in the crash.\n"))).isEmpty();
    }
}
