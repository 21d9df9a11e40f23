package org.sitrep.annotate.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the whole evaluation, ours and CoreNLP's, on a few PolNeAR dev articles. */
class QuoteEvaluationSmokeTest {

    @Test
    void scoresBothSystemsOnAFewDevArticles() {
        Path dev = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "polnear", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev.resolve("attributions")), "PolNeAR dev " + dev + " absent, skipping");
        QuoteEvaluationResult r = QuoteEvaluation.run(dev, 3);
        assertThat(r.documents()).isEqualTo(3);
        assertThat(r.attributions()).isPositive();
        assertThat(r.ours().contentF1Overlap()).isBetween(0.3, 1.0);
        assertThat(r.corenlp().contentF1Overlap()).isBetween(0.0, 1.0);
        assertThat(r.toJson()).contains("\"ours\"", "\"corenlp\"", "content_f1_overlap", "speaker_accuracy_direct",
                "\"documents\" : 3");
        assertThat(r.toText()).contains("content.overlap.all");
    }
}
