package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Mention;

/** Matching predicted facts to gold as the peaceops README scores them, on facts we made up. */
class FactMatcherTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, List<String>> MISSIONS = Map.of("fmi", List.of("FMI",
            "Fictonian Mission of Inquiry", "Fictonian mission"));
    private final FactMatcher matcher = new FactMatcher(MISSIONS, List.of(
            new Entity("fictonian-mission-of-inquiry", "Fictonian Mission of Inquiry", Mention.ORGANIZATION,
                    List.of("FMI"), List.of()),
            new Entity("ana-lopez", "Ana Lopez", Mention.PERSON, List.of("Lopez"), List.of())));

    private static PeaceOpsSet.GoldFact gold(String json) throws Exception {
        return PeaceOpsSet.GoldFact.of(MAPPER.readTree(json));
    }

    private static SchemaFact predicted(String kind, String json) throws Exception {
        return new SchemaFact(kind, (ObjectNode) MAPPER.readTree(json), "", "test");
    }

    @Test
    void aStrengthMatchesByMissionAliasAndValueAndReportsItsMonthApart() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"strength\",\"mission\":\"fmi\",\"value\":700,\"approx\":true,"
                + "\"contributor\":null,\"as_of\":\"2021-04-02\",\"evidence\":\"x\"}");
        SchemaFact p = predicted("strength", "{\"mission\":\"fictonian-mission-of-inquiry\",\"value\":700.0,"
                + "\"approx\":true,\"contributor\":null,\"as_of\":\"2021-04-30\"}");
        assertThat(matcher.matches(p, g)).isTrue();
        assertThat(matcher.slotAgrees(p, g, "as_of")).isTrue();
        SchemaFact other = predicted("strength", "{\"mission\":\"fictonian-mission-of-inquiry\",\"value\":710.0}");
        assertThat(matcher.matches(other, g)).isFalse();
    }

    @Test
    void aPositionMatchesByActorDemonymStanceAndHalfTheProposalsWords() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"position\",\"actor\":\"Kenya\",\"stance\":\"support\","
                + "\"proposal\":\"sending police to the Fictonian mission\",\"mission\":\"fmi\",\"as_of\":null,"
                + "\"evidence\":\"x\"}");
        assertThat(matcher.matches(predicted("position", "{\"actor\":\"Kenyan\",\"stance\":\"support\","
                + "\"proposal\":\"send police officers to the FMI\"}"), g)).isTrue();
        assertThat(matcher.matches(predicted("position", "{\"actor\":\"kenya\",\"stance\":\"oppose\","
                + "\"proposal\":\"send police officers to the FMI\"}"), g)).isFalse();
        assertThat(matcher.matches(predicted("position", "{\"actor\":\"kenya\",\"stance\":\"support\","
                + "\"proposal\":\"a new budget for schools\"}"), g)).isFalse();
    }

    @Test
    void theOtherReadingOfAnAmbiguousFactMatchesToo() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"position\",\"actor\":\"Canada\",\"stance\":\"propose\","
                + "\"proposal\":\"more patrols\",\"evidence\":\"x\",\"alt\":{\"stance\":\"support\"}}");
        assertThat(matcher.matches(predicted("position", "{\"actor\":\"canada\",\"stance\":\"support\","
                + "\"proposal\":\"more patrols\"}"), g)).isTrue();
    }

    @Test
    void aPersonNamedInFullMatchesThePredictionOfTheirSurname() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"event\",\"type\":\"call\",\"actors\":[\"Ana Lopez\"],"
                + "\"date\":\"2022-06-01\",\"evidence\":\"x\"}");
        assertThat(matcher.matches(predicted("event", "{\"type\":\"call\",\"actors\":[\"lopez\"],"
                + "\"date\":\"2022-06-01\"}"), g)).isTrue();
        assertThat(matcher.matches(predicted("event", "{\"type\":\"call\",\"actors\":[\"ana-lopez\"],"
                + "\"date\":\"2022-06\"}"), g)).isFalse();
    }

    @Test
    void aMandateMatchesByResolutionWhenItsDateDiffers() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"mandate\",\"mission\":\"fmi\",\"action\":\"extend\","
                + "\"resolution\":\"9001\",\"date\":\"2020-01-10\",\"vote\":\"15-0-0\",\"evidence\":\"x\"}");
        SchemaFact p = predicted("mandate", "{\"mission\":\"FMI\",\"action\":\"extend\",\"resolution\":\"9001\","
                + "\"date\":\"2020-01-09\",\"vote\":\"unanimous\"}");
        assertThat(matcher.matches(p, g)).isTrue();
        assertThat(matcher.slotAgrees(p, g, "vote")).isTrue();
    }

    @Test
    void wordsAreComparedWithoutTheirInflection() {
        assertThat(FactMatcher.stem("sending")).isEqualTo(FactMatcher.stem("sends"));
        assertThat(FactMatcher.stem("deployment")).isEqualTo(FactMatcher.stem("deploy"));
        assertThat(FactMatcher.stem("authorization")).isEqualTo(FactMatcher.stem("authorizing"));
    }

    @Test
    void anEventActorThatIsAMissionMatchesByAnyOfTheMissionsNames() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"event\",\"type\":\"attack\",\"actors\":[\"FMI\"],"
                + "\"place\":null,\"mission\":\"fmi\",\"date\":\"2021-04-02\",\"count\":null,\"evidence\":\"x\"}");
        assertThat(matcher.matches(predicted("event", "{\"type\":\"attack\",\"actors\":[\"fictonian-mission\"],"
                + "\"date\":\"2021-04-02\"}"), g)).isTrue();
        assertThat(matcher.matches(predicted("event", "{\"type\":\"attack\",\"actors\":[\"kenya\"],"
                + "\"date\":\"2021-04-02\"}"), g)).isFalse();
    }

    @Test
    void aPossessiveIsNoContentWordOfAProposal() throws Exception {
        PeaceOpsSet.GoldFact g = gold("{\"kind\":\"position\",\"actor\":\"Kenya\",\"stance\":\"support\","
                + "\"proposal\":\"renewal of FMI's mandate\",\"evidence\":\"x\"}");
        assertThat(matcher.matches(predicted("position", "{\"actor\":\"kenya\",\"stance\":\"support\","
                + "\"proposal\":\"the FMI\"}"), g)).isTrue();
        assertThat(matcher.contentWords("FMI's mandate")).hasSize(2).doesNotContain("s");
    }
}
