package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.testing.Seed;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/**
 * The seed article through the real {@link CoreNlpAnnotator} and the entity stage. The seed is read from
 * {@code ../shared} (system property {@code sitrep.shared}); the test skips when it is absent.
 *
 * <p>The real boilerplate cleaner marks the link list and the repeated title first.
 */
class EntityAnnotatorSeedTest {
    private static Document seed;

    @BeforeAll
    static void analyzeTheSeed() {
        Document doc = new BoilerplateAnnotator().annotate(Seed.expectDocument());
        seed = new EntityAnnotator().annotate(new CoreNlpAnnotator().annotate(doc));
    }

    private static Entity entity(String id) {
        return seed.layer(Layers.ENTITIES).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + id + "; found " + seed.layer(Layers.ENTITIES).stream()
                        .map(e -> e.id() + "=" + e.mentions().stream().map(seed::textOf).toList())
                        .collect(Collectors.joining(", "))));
    }

    private static List<String> mentionTexts(Entity e) {
        return e.mentions().stream().map(seed::textOf).toList();
    }

    @Test
    void findsThePeopleAndJoinsBlinkensNames() {
        Entity ruto = entity("william-ruto");
        assertThat(ruto.type()).isEqualTo(Mention.PERSON);
        assertThat(mentionTexts(ruto)).contains("William Ruto", "Ruto");
        assertThat(Titles.titlesOf(ruto)).contains("President");

        Entity blinken = entity("antony-blinken");
        assertThat(mentionTexts(blinken)).contains("Antony Blinken", "Antony J. Blinken", "Blinken");
        assertThat(Titles.titlesOf(blinken)).contains("U.S. Secretary of State");
        assertThat(Titles.findHolder(seed.layer(Layers.ENTITIES), "the secretary", Integer.MAX_VALUE))
                .contains(blinken);
    }

    @Test
    void findsTheMissionUnderItsNameAndAcronym() {
        Entity mss = entity("mss");
        assertThat(mss.name()).isEqualTo("Multinational Security Support Mission");
        assertThat(mentionTexts(mss)).contains("Multinational Security Support Mission", "MSS");
        assertThat(mentionTexts(mss).stream().filter("MSS"::equals).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void findsTheCountriesAndBodies() {
        for (String id : List.of("kenya", "united-states", "haiti", "united-nations-security-council", "china",
                "russia", "ecuador", "haitian-national-police", "transitional-presidential-council")) {
            assertThat(entity(id).mentions()).as(id).isNotEmpty();
        }
        assertThat(mentionTexts(entity("united-states"))).contains("United States", "U.S.");
    }

    @Test
    void takesNothingFromTheLinkList() {
        List<String> all = seed.layer(Layers.ENTITIES).stream()
                .flatMap(e -> e.mentions().stream().map(seed::textOf)).toList();
        assertThat(all).noneMatch(t -> t.contains("Mozambique") || t.contains("Gatwiri") || t.contains("KRA")
                || t.contains("SHIF"));
        assertThat(seed.layer(Layers.ENTITIES)).allSatisfy(e -> assertThat(e.mentions())
                .allSatisfy(m -> assertThat(seed.isBoilerplate(m)).isFalse()));
    }
}
