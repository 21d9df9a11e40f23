package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/**
 * The seed article through the real {@link CoreNlpAnnotator} and the entity stage. The seed is read from
 * {@code ../shared} (system property {@code sitrep.shared}); the test skips when it is absent.
 *
 * <p>The boilerplate cleaner lives in another module, so this test marks the link list the way the cleaner does:
 * from a line "ALSO READ:" through the "- " lines after it, and a last line that repeats the first.
 */
class EntityAnnotatorSeedTest {
    private static Document seed;

    @BeforeAll
    static void analyzeTheSeed() throws IOException {
        Path path = Path.of(System.getProperty("sitrep.shared", "../shared"), "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(path), "seed " + path + " absent, skipping");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Document doc = Document.builder(text).source(path.toString()).build()
                .with(Layers.BOILERPLATE, linkListsAndRepeatedTitle(text));
        seed = new EntityAnnotator().annotate(new CoreNlpAnnotator().annotate(doc));
    }

    private static List<Boilerplate> linkListsAndRepeatedTitle(String text) {
        List<Boilerplate> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int at = 0;
        int listStart = -1;
        String first = lines[0].strip();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int end = at + line.length();
            if (line.strip().equalsIgnoreCase("ALSO READ:")) {
                listStart = at;
            } else if (listStart >= 0 && !line.startsWith("- ")) {
                out.add(new Boilerplate(listStart, at, Boilerplate.LINK_LIST));
                listStart = -1;
            }
            if (i > 0 && !first.isEmpty() && line.strip().equals(first)) {
                out.add(new Boilerplate(at, end, Boilerplate.REPEATED_TITLE));
            }
            at = end + 1;
        }
        return out;
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
