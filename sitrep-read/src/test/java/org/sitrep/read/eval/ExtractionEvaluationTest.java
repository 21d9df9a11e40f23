package org.sitrep.read.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.read.eval.ExtractionEvaluationResult.Layout;
import org.sitrep.read.eval.ExtractionEvaluationResult.PageScores;

class ExtractionEvaluationTest {
    /** 26 tokens. */
    private static final String FIRST = "The Security Council voted on Monday to extend the mission in Haiti for another"
            + " twelve months, after a long debate about its funding and its mandate.";
    /** 24 tokens. */
    private static final String SECOND = "Kenya said it would send more police officers before the end of the year,"
            + " and several other countries promised money for salaries and equipment.";
    private static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council extends the mission</title>
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Council extends the mission</h1>
            <p>%s</p>
            <p>%s</p>
            </article>
            <footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>
            """.formatted(FIRST, SECOND);
    private static final double EPS = 1e-9;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void scoresTheGroundTruthLayoutPageByPageAndAveragesOverPages(@TempDir Path dir) throws IOException {
        // Page a: the truth is both paragraphs, which our extractor takes exactly: FP = FN = 0, so it scores 1.
        // Page b: the truth is the first paragraph and a sentence the page lacks ("The vote was unanimous", 4
        // tokens), so the second paragraph is extra. Truth: 30 tokens, 27 shingles; extracted: 50 tokens, 47
        // shingles; shared: the 23 shingles inside the first paragraph. TP = 23, FP = 24, FN = 4, sum 51.
        ObjectNode gold = json.createObjectNode();
        gold.putObject("a").put("url", "https://example.org/a").put("articleBody", FIRST + "\n" + SECOND);
        gold.putObject("b").put("url", "https://example.org/b").put("articleBody", FIRST + " The vote was unanimous.");
        writeGroundTruth(dir, gold);

        ExtractionEvaluationResult r = ExtractionEvaluation.run(dir);

        assertThat(r.layout()).isEqualTo(Layout.GROUND_TRUTH);
        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.problems()).isEmpty();
        PageScores a = r.pageScores().get(0);
        PageScores b = r.pageScores().get(1);
        assertThat(a.ours()).isEqualTo(new ShingleScore(1, 0, 0));
        assertThat(b.ours().tp()).isCloseTo(23 / 51.0, within(EPS));
        assertThat(b.ours().fp()).isCloseTo(24 / 51.0, within(EPS));
        assertThat(b.ours().fn()).isCloseTo(4 / 51.0, within(EPS));
        double precision = (1 + 23 / 47.0) / 2;
        double recall = (1 + 23 / 27.0) / 2;
        assertThat(r.ours().figures().precision()).isCloseTo(precision, within(EPS));
        assertThat(r.ours().figures().recall()).isCloseTo(recall, within(EPS));
        assertThat(r.ours().figures().f1())
                .isCloseTo(2 * precision * recall / (precision + recall), within(EPS));
        assertThat(r.ours().failures()).isZero();
        assertThat(r.peer().name()).isEqualTo("Readability4J 1.0.8");
        assertThat(r.peer().figures().recall()).isBetween(0.0, 1.0);
    }

    @Test
    void printsOursBesideThePeerAsJson(@TempDir Path dir) throws IOException {
        ObjectNode gold = json.createObjectNode();
        gold.putObject("a").put("url", "https://example.org/a").put("articleBody", FIRST + "\n" + SECOND);
        writeGroundTruth(dir, gold);

        JsonNode out = json.readTree(ExtractionEvaluation.run(dir).toJson());

        assertThat(out.path("pages").asInt()).isEqualTo(1);
        assertThat(out.path("ours").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(out.path("ours").path("recall").asDouble()).isEqualTo(1.0);
        assertThat(out.path("ours").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(out.path("peer").path("name").asText()).startsWith("Readability4J");
        assertThat(out.path("peer").has("f1")).isTrue();
        assertThat(out.path("layout").asText()).isEqualTo("ground-truth");
    }

    @Test
    void countsAMissingPageAsAnEmptyExtractionAndNamesIt(@TempDir Path dir) throws IOException {
        ObjectNode gold = json.createObjectNode();
        gold.putObject("gone").put("url", "https://example.org/gone").put("articleBody", FIRST);
        Files.writeString(dir.resolve("ground-truth.json"), gold.toString());

        ExtractionEvaluationResult r = ExtractionEvaluation.run(dir);

        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.problems()).singleElement().asString().startsWith("gone: no page at");
        assertThat(r.ours().failures()).isEqualTo(1);
        assertThat(r.ours().figures().recall()).isZero();
    }

    @Test
    void scoresTheTrafilaturaLayoutBySegments(@TempDir Path dir) throws IOException {
        // One English page: both "with" segments are in the article, "Home" is in the navigation and "Copyright
        // 2024" in the footer, which our extractor leaves out: TP 2, FN 0, FP 0, TN 2.
        ObjectNode gold = json.createObjectNode();
        ObjectNode entry = gold.putObject("https://example.org/a");
        entry.put("file", "example.org.a.html");
        entry.putArray("with").add("voted on Monday to extend").add("promised money for salaries");
        entry.putArray("without").add("Home").add("Copyright 2024");
        entry.put("date", "");
        Files.writeString(dir.resolve("evaldata.json"), gold.toString());
        Files.createDirectories(dir.resolve("cache"));
        gzip(dir.resolve("cache").resolve("example.org.a.html.gz"), PAGE);

        ExtractionEvaluationResult r = ExtractionEvaluation.run(dir);

        assertThat(r.layout()).isEqualTo(Layout.TRAFILATURA);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.subsets().get("english").ours()).isEqualTo(new SegmentCounts(1, 2, 0, 0, 2, 0, 0, 0));
        assertThat(r.subsets().get("all").ours()).isEqualTo(r.subsets().get("english").ours());
        assertThat(r.ours().figures()).isEqualTo(new Figures(1, 1, 1));
        assertThat(r.misses()).isEmpty();
        assertThat(r.toText()).contains("english").contains("Readability4J 1.0.8");
    }

    @Test
    void refusesADirectoryInNeitherLayout(@TempDir Path dir) {
        assertThat(ExtractionEvaluation.findLayout(dir)).isEmpty();
        assertThatThrownBy(() -> ExtractionEvaluation.run(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ground-truth.json");
    }

    private void writeGroundTruth(Path dir, ObjectNode gold) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), gold.toString());
        Files.createDirectories(dir.resolve("html"));
        for (var it = gold.fieldNames(); it.hasNext(); ) {
            gzip(dir.resolve("html").resolve(it.next() + ".html.gz"), PAGE);
        }
    }

    private static void gzip(Path file, String html) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }
}
