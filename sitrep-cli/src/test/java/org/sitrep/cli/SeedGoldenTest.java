package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds the whole analysis of the seed against a golden file, so that any change in what Sitrep finds there is seen
 * and reviewed. The golden file keeps offsets, types, values, speakers and facts, not the seed's text.
 *
 * <p>After an intended change, regenerate it with {@code -Dsitrep.golden.update=true} and review the diff.
 */
class SeedGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/seed-analysis.json");

    @Test
    void theSeedsAnalysisMatchesTheGoldenFile() throws Exception {
        Path seed = Path.of(System.getProperty("sitrep.shared", "../../shared"), "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the seed " + seed + " is absent, skipping");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", seed.toString())).as(err.toString())
                .isZero();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String actual = mapper.writeValueAsString(summary(mapper, mapper.readTree(out.toString()))) + "\n";
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** The analysis without the seed's text: offsets, kinds, values and ids. */
    static ObjectNode summary(ObjectMapper mapper, JsonNode doc) {
        ObjectNode s = mapper.createObjectNode();
        s.put("version", doc.get("version").asText());
        s.set("published", doc.get("published"));
        ArrayNode boiler = s.putArray("boilerplate");
        doc.get("boilerplate").forEach(b -> boiler.add(b.get("start").asInt() + "-" + b.get("end").asInt() + " "
                + b.get("kind").asText()));
        ArrayNode entities = s.putArray("entities");
        doc.get("entities").forEach(e -> {
            StringBuilder mentions = new StringBuilder();
            e.get("mentions").forEach(m -> mentions.append(' ').append(m.get("start").asInt()));
            entities.add(e.get("id").asText() + " " + e.get("type").asText() + " at" + mentions);
        });
        ArrayNode quotes = s.putArray("quotes");
        doc.get("quotes").forEach(q -> quotes.add(q.get("start").asInt() + "-" + q.get("end").asInt() + " "
                + q.get("kind").asText() + " by " + q.at("/speaker/entityId").asText(q.at("/speaker/name").asText())
                + " via " + (q.get("source_span").isObject() ? q.at("/source_span/start").asInt() : "-")
                + " cue " + (q.get("cue").isObject() ? q.at("/cue/text").asText() : "-")
                + " channel " + q.get("channel").asText() + " date " + q.get("date").asText()));
        ArrayNode times = s.putArray("times");
        doc.get("times").forEach(t -> times.add(t.get("start").asInt() + "-" + t.get("end").asInt() + " "
                + t.get("type").asText() + " " + t.get("value").asText() + (t.get("deadline").asBoolean() ? " deadline" : "")));
        ArrayNode quantities = s.putArray("quantities");
        doc.get("quantities").forEach(q -> quantities.add(q.get("start").asInt() + "-" + q.get("end").asInt() + " "
                + q.get("value").asDouble() + (q.get("approximate").asBoolean() ? " approx" : "") + " "
                + q.get("object").asText()));
        ArrayNode facts = s.putArray("facts");
        doc.get("facts").forEach(f -> facts.add(f.get("kind").asText() + " " + f.get("subject").asText() + " "
                + f.get("predicate").asText() + " " + f.get("value").asText() + " asOf " + f.get("asOf").asText()
                + " " + f.get("qualifiers").toString()));
        return s;
    }
}
