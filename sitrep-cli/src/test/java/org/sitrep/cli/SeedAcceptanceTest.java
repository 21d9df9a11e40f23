package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The frame's acceptance on the seed: {@code sitrep analyze --format json} with no {@code --published}.
 * Skips when ../shared is absent.
 */
class SeedAcceptanceTest {
    static JsonNode doc;
    static String text;

    @BeforeAll
    static void analyzeTheSeed() throws Exception {
        Path seed = Path.of(System.getProperty("sitrep.shared", "../../shared"), "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed " + seed + " is absent, skipping");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", "--format", "json", seed.toString());
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        doc = new ObjectMapper().readTree(lines.get(0));
        text = doc.get("text").asText();
    }

    @Test
    void findsFourDirectQuotesAllByRutoThreeThroughHe() {
        List<JsonNode> direct = new ArrayList<>();
        doc.get("quotes").forEach(q -> {
            if (q.get("kind").asText().equals("direct")) {
                direct.add(q);
            }
        });
        assertThat(direct).hasSize(4);
        assertThat(direct).allSatisfy(q -> assertThat(q.at("/speaker/entityId").asText()).isEqualTo("william-ruto"));
        long viaHe = direct.stream()
                .filter(q -> q.get("source_span").isObject()
                        && q.at("/source_span/text").asText().equalsIgnoreCase("he"))
                .count();
        assertThat(viaHe).isEqualTo(3);
    }

    @Test
    void normalizesTheSeedsDates() {
        assertThat(timeValue("Thursday, November 7")).isEqualTo("2024-11-07");
        assertThat(timeValue("September 2024")).isEqualTo("2024-09");
        assertThat(timeValue("October 2, 2025")).isEqualTo("2025-10-02");
        assertThat(timeValue("January")).isEqualTo("2025-01");
        assertThat(doc.at("/published/value").asText()).isEqualTo("2024-11");
        assertThat(doc.at("/published/basis").asText()).isEqualTo("inferred");
    }

    @Test
    void findsTheStrengthAndTheTarget() {
        JsonNode about400 = quantity("400");
        assertThat(about400.get("value").asDouble()).isEqualTo(400.0);
        assertThat(about400.get("approximate").asBoolean()).isTrue();
        JsonNode target = quantity("2,500 police officers");
        assertThat(target.get("value").asDouble()).isEqualTo(2500.0);
    }

    @Test
    void resolvesTheEntitiesWithTheirAliases() {
        assertThat(entity("William Ruto")).isNotNull();
        JsonNode blinken = entity("Antony Blinken");
        assertThat(mentionTexts(blinken)).contains("Antony J. Blinken", "Blinken");
        JsonNode mss = entity("Multinational Security Support Mission");
        assertThat(mentionTexts(mss)).contains("MSS");
        for (String name : List.of("Kenya", "United States", "Haiti", "United Nations Security Council", "China",
                "Russia", "Ecuador", "Haitian National Police", "Transitional Presidential Council")) {
            assertThat(entity(name)).as(name).isNotNull();
        }
    }

    @Test
    void readsNothingFromTheBoilerplate() {
        int also = text.indexOf("ALSO READ");
        int lastLine = text.lastIndexOf('\n') + 1;
        assertThat(doc.get("boilerplate").size()).isGreaterThanOrEqualTo(2);
        String body = doc.get("body").asText();
        for (String banned : List.of("Mozambique", "Gatwiri", "KRA", "SHIF", "bookmaker")) {
            assertThat(body).as("body").doesNotContain(banned);
            assertThat(doc.toString().replace(doc.get("text").toString(), "").replace(doc.get("boilerplate").toString(), ""))
                    .as("analysis outside text").doesNotContain(banned);
        }
        for (String layer : List.of("entities", "quotes", "times", "quantities", "facts")) {
            doc.get(layer).forEach(item -> {
                List<int[]> spans = new ArrayList<>();
                if (item.has("mentions")) {
                    item.get("mentions").forEach(m -> spans.add(new int[] {m.get("start").asInt(), m.get("end").asInt()}));
                } else {
                    spans.add(new int[] {item.get("start").asInt(), item.get("end").asInt()});
                }
                for (int[] s : spans) {
                    assertThat(s[0] >= also && s[0] < text.indexOf("The U.S. initially")).as(layer + " in ALSO READ")
                            .isFalse();
                    assertThat(s[0] >= lastLine).as(layer + " in the repeated title").isFalse();
                }
            });
        }
        long calls = 0;
        for (JsonNode f : doc.get("facts")) {
            if (f.get("kind").asText().equals("event") && f.get("predicate").asText().contains("call")) {
                calls++;
            }
        }
        assertThat(calls).as("call events").isLessThanOrEqualTo(1);
        doc.get("quantities").forEach(q -> assertThat(q.get("value").asDouble()).isNotIn(3.0, 66.0));
    }

    private static String timeValue(String phrase) {
        for (JsonNode t : doc.get("times")) {
            if (t.get("text").asText().contains(phrase)) {
                return t.get("value").asText();
            }
        }
        throw new AssertionError("no time expression contains '" + phrase + "' in " + doc.get("times"));
    }

    private static JsonNode quantity(String phrase) {
        for (JsonNode q : doc.get("quantities")) {
            if (q.get("text").asText().contains(phrase)) {
                return q;
            }
        }
        throw new AssertionError("no quantity contains '" + phrase + "' in " + doc.get("quantities"));
    }

    private static JsonNode entity(String name) {
        for (JsonNode e : doc.get("entities")) {
            if (e.get("name").asText().equalsIgnoreCase(name)
                    || e.get("name").asText().equalsIgnoreCase("the " + name)) {
                return e;
            }
            for (JsonNode a : e.get("aliases")) {
                if (a.asText().equalsIgnoreCase(name)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no entity named '" + name + "' in " + names());
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        doc.get("entities").forEach(e -> out.add(e.get("name").asText()));
        return out;
    }

    private static List<String> mentionTexts(JsonNode entity) {
        List<String> out = new ArrayList<>();
        entity.get("mentions").forEach(m -> out.add(m.get("text").asText()));
        return out;
    }
}
