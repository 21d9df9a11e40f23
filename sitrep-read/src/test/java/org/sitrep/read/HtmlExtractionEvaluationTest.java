package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.read.eval.ExtractionEvaluation;
import org.sitrep.read.eval.ExtractionEvaluationResult;
import org.sitrep.read.eval.ExtractionEvaluationResult.Miss;
import org.sitrep.read.eval.SegmentCounts;

/**
 * Scores main-text extraction on the trafilatura evaluation set (gold "with" and "without" segments) through
 * {@link ExtractionEvaluation}, the code behind {@code sitrep eval extract}, and prints the figures beside the
 * peer's: all pages, and the English ones ({@code <html lang="en…">}). With {@code -Dsitrep.eval.verbose=true} it
 * also prints each segment we got wrong on English pages. Skips when the shared data is absent.
 */
class HtmlExtractionEvaluationTest {

    @Test
    void extractsTheMainTextOfTheTrafilaturaPagesWell() {
        Path root = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "trafilatura-eval");
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("evaldata.json")), root + " absent, skipping");

        ExtractionEvaluationResult result = ExtractionEvaluation.run(root);

        System.out.print(result.toText());
        if (Boolean.getBoolean("sitrep.eval.verbose")) {
            for (Miss m : result.misses()) {
                if (m.language().startsWith("en")) {
                    System.out.println(m.kind() + "\t" + m.file() + "\t" + m.segment());
                }
            }
        }
        SegmentCounts english = result.subsets().get("english").ours();
        SegmentCounts all = result.subsets().get("all").ours();
        assertThat(english.pages()).isGreaterThan(100);
        assertThat(english.figures().f1()).isGreaterThan(0.93);
        assertThat(all.figures().f1()).isGreaterThan(0.90);
    }
}
