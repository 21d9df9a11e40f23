package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval facts}: scoring on a small set we wrote in the peaceops layout, and the figures on the real
 * development set when {@code ../shared} is present.
 */
class EvalFactsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static void article(Path dir, String id, String text, String gold) throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("docs").resolve(id + ".txt"), "url: https://example.org/" + id + "\n"
                + "title: Envoys meet on the Fictonian mission\npublished: 2023-05-04 (from events)\n"
                + "license: written for the tests\n\n" + text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("gold").resolve(id + ".jsonl"), gold, StandardCharsets.UTF_8);
    }

    @Test
    void scoresEachKindAndCountsAnUnreadableArticleAsMisses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("missions.json"), "{\"fmi\": [\"FMI\", \"Fictonian Mission of Inquiry\"]}");
        article(dir, "001", "Envoys meet on the Fictonian mission\n"
                + "Canada and Ecuador welcomed the deployment of the Fictonian Mission of Inquiry (FMI) on Tuesday.\n",
                "{\"kind\":\"position\",\"actor\":\"Canada\",\"stance\":\"support\",\"proposal\":\"deployment of the "
                        + "FMI\",\"mission\":\"fmi\",\"as_of\":\"2023-05-02\",\"evidence\":\"Canada and Ecuador\"}\n"
                        + "{\"kind\":\"event\",\"type\":\"visit\",\"actors\":[\"Ecuador\"],\"place\":null,"
                        + "\"date\":null,\"evidence\":\"none\"}\n");
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("gold").resolve("002.jsonl"), "{\"kind\":\"strength\",\"mission\":\"fmi\","
                + "\"value\":50,\"evidence\":\"lost\"}\n");

        Cli.Run run = Cli.sitrep("eval", "facts", "--data", dir.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("002.txt");
        JsonNode r = MAPPER.readTree(run.out());
        assertThat(r.get("documents").asInt()).isEqualTo(2);
        assertThat(r.at("/kinds/position/matched").asInt()).isEqualTo(1);
        assertThat(r.at("/kinds/event/gold").asInt()).isEqualTo(1);
        assertThat(r.at("/kinds/strength/gold").asInt()).isEqualTo(1);
        assertThat(r.at("/kinds/strength/matched").asInt()).isZero();
        assertThat(r.at("/overall/gold").asInt()).isEqualTo(3);
        assertThat(r.at("/kinds/position/slots/as_of").asDouble()).isEqualTo(1.0);
    }

    @Test
    void rejectsAnUnknownDatesMode(@TempDir Path dir) {
        Cli.Run run = Cli.sitrep("eval", "facts", "--data", dir.toString(), "--dates", "guessed");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--dates");
    }

    /** The development set: the figures are printed, and each must stay at or above the level reached so far. */
    @Test
    void holdsItsFiguresOnTheDevelopmentSet() throws Exception {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "peaceops");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("gold")), dir + " absent, skipping");

        Cli.Run run = Cli.sitrep("eval", "facts", "--data", dir.toString(), "--format", "json");

        assertThat(run.code()).isZero();
        JsonNode r = MAPPER.readTree(run.out());
        System.out.println("eval facts on " + dir + ": " + r.get("overall"));
        assertThat(r.at("/overall/gold").asInt()).isEqualTo(242);
        // the precision targets, met: overall 0.90, each kind with at least 10 gold facts 0.85
        assertThat(r.at("/overall/precision").asDouble()).isGreaterThanOrEqualTo(0.90);
        for (String kind : new String[] {"strength", "target", "mandate", "position", "event"}) {
            assertThat(r.at("/kinds/" + kind + "/precision").asDouble()).as(kind).isGreaterThanOrEqualTo(0.85);
        }
        // the recall target (0.760 reached, 184 of 242)
        assertThat(r.at("/overall/recall").asDouble()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.at("/kinds/position/recall").asDouble()).isGreaterThanOrEqualTo(0.68);
        assertThat(r.at("/kinds/position/slots/as_of").asDouble()).isGreaterThanOrEqualTo(0.85);
    }
}
