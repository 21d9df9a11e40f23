package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.cli.eval.PubDateEvaluation.SentenceSplitting;

/**
 * Scores the first 30 dated pages of the trafilatura evaluation set and prints the figures; the whole set is
 * measured by {@code sitrep eval pubdate}. Skips when the shared data is absent.
 */
class PubDateSetSmokeTest {
    @Test
    void scoresTheFirstThirtyDatedPagesOfTheTrafilaturaSet() {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "trafilatura-eval");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("evaldata.json")), dir + " absent, skipping");

        PubDateEvaluationResult r = PubDateEvaluation.run(dir, 30, SentenceSplitting.LINES);

        System.out.print("pubdate, first 30 dated pages of " + dir + ":\n" + r.toText());
        assertThat(r.documents()).isEqualTo(30);
        assertThat(r.accuracy()).isGreaterThan(0.7);
        assertThat(r.unknown()).isLessThan(10);
        assertThat(r.accuracyTextOnly()).isLessThanOrEqualTo(r.monthAccuracyTextOnly());
    }
}
