package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep demo} end to end over the shipped corpus: the report shows the supersession, the conflict and the
 * missed commitment; a second run adds nothing.
 */
class DemoReportTest {
    @TempDir
    static Path dir;

    static Path db;
    static JsonNode report;
    static String secondRunErr;
    static String textReport;

    @BeforeAll
    static void runTheDemoTwice() throws Exception {
        db = dir.resolve("demo.db");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "demo", "--db", db.toString(), "--format", "json");
        assertThat(code).as("demo exit code; stderr: %s", err).isZero();
        report = new ObjectMapper().readTree(out.toString());

        StringWriter out2 = new StringWriter();
        StringWriter err2 = new StringWriter();
        assertThat(Main.run(new PrintWriter(out2), new PrintWriter(err2), "demo", "--db", db.toString())).isZero();
        secondRunErr = err2.toString();
        textReport = out2.toString();
    }

    @Test
    void aSecondRunAddsNothing() {
        assertThat(secondRunErr).contains("ingested 0 new, " + corpusSize() + " already stored, 0 failed");
    }

    @Test
    void theReportIsOnTheMssAndCitesEveryDemoArticle() {
        assertThat(report.at("/subject/id").asText()).isEqualTo("mss");
        // every demo article but one: the transitional council's only statement is by "Its members", a speaker the
        // record cannot name, so the report leaves it out (the analysis keeps it)
        List<String> cited = new java.util.ArrayList<>();
        report.get("sources").forEach(s -> cited.add(s.get("source").asText()));
        assertThat(cited).hasSize(corpusSize() - 1).doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).startsWith("https://demo.sitrep.invalid/"))
                .doesNotContain("https://demo.sitrep.invalid/transitional-council-takes-office");
    }

    @Test
    void showsTheLaterStrengthSupersedingTheEarlierOne() {
        JsonNode strength = report.at("/current/strength");
        List<String> current = values(strength.get("current"));
        List<String> superseded = values(strength.get("superseded"));
        assertThat(current).isNotEmpty().doesNotContain("400");
        assertThat(superseded).contains("400");
    }

    @Test
    void keepsTheConflictBetweenTwoSourcesVisible() {
        assertThat(report.get("conflicts").size()).isGreaterThanOrEqualTo(1);
        JsonNode conflict = report.get("conflicts").get(0);
        assertThat(values(conflict.get("claims"))).contains("800", "1000");
        List<String> sources = new ArrayList<>();
        conflict.get("claims").forEach(c -> c.get("sources").forEach(s -> sources.add(s.get("source").asText())));
        assertThat(sources.stream().distinct().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void marksTheJanuaryTargetOf2500AsNotMet() {
        JsonNode found = null;
        for (JsonNode c : report.get("commitments")) {
            if (c.at("/target/value").asText().equals("2500") && c.get("due").asText().equals("2025-01")) {
                found = c;
            }
        }
        assertThat(found).as("the 2,500-by-January commitment").isNotNull();
        assertThat(found.get("status").asText()).isEqualTo("not-met");
    }

    @Test
    void theTextReportFitsInOneHundredColumns() {
        assertThat(textReport.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(textReport).contains("Multinational Security Support Mission");
    }

    @Test
    void factsAsOfADateShowWhatTheRecordHeldThen() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "facts", "MSS", "--db",
                db.toString(), "--as-of", "2024-08-01", "--format", "jsonl")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).isNotEmpty().noneMatch(l -> l.contains("\"asOf\":\"2025"));
        assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"strength\"") && l.contains("\"value\":\"400\""))
                .noneMatch(l -> l.contains("\"kind\":\"strength\"") && l.contains("\"value\":\"1000\""));
    }

    @Test
    void exportsEveryFactWithItsProvenanceAsCsv() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "export", "--db",
                db.toString(), "--format", "csv")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(FactRows.CSV_HEADER);
        assertThat(lines.size()).isGreaterThan(10);
        assertThat(out.toString()).contains("https://demo.sitrep.invalid/2024-10-01-mandate-extended");
    }

    @Test
    void theTimelineSaysReportedOnForAStanceOnlyItsArticleDates() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "timeline", "--db",
                db.toString(), "MSS")).isZero();
        assertThat(out.toString()).containsPattern("reported on 2024-10-01 +China opposes a UN peacekeeping operation")
                .doesNotContainPattern("(?m)^2024-10(-01)? +China opposes");
    }

    @Test
    void aPledgeToldInThreeArticlesIsOneItemWithThreeSources() {
        List<JsonNode> pledges = new ArrayList<>();
        report.get("timeline").forEach(i -> {
            if (i.get("summary").asText().startsWith("Kenya pledged 1,000")) {
                pledges.add(i);
            }
        });
        assertThat(pledges).singleElement().satisfies(p -> assertThat(p.get("sources").size()).isEqualTo(3));
    }

    private static int corpusSize() {
        try (var in = DemoReportTest.class.getResourceAsStream(DemoCommand.CORPUS)) {
            return (int) new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> values(JsonNode items) {
        List<String> out = new ArrayList<>();
        if (items != null) {
            items.forEach(i -> out.add(i.get("value").asText()));
        }
        return out;
    }
}
