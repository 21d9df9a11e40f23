package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;
import org.sitrep.pipeline.standard.StandardPipeline;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;
import org.sitrep.testing.DocumentInvariants;
import org.sitrep.testing.InputClock;

/**
 * Any text, read as a scrape and run through every stage the commands run ({@link StandardPipeline}, under
 * {@link Budget#DEFAULT}), is analyzed within its budget into a document whose text is the scrape's and whose spans
 * all lie in that text, sorted, and whose sentences keep out of boilerplate; no stage throws.
 *
 * <p>The budget's own failure, {@link org.sitrep.pipeline.BudgetExceededException}, is what the commands report for
 * a document over its time; here it fails the input, since an input of a few kilobytes that runs past 30 s of CPU
 * is a hang. {@code mvn test} replays the inputs under
 * {@code src/test/resources/org/sitrep/cli/PipelineFuzzTestInputs/anyText/}; {@code JAZZER_FUZZ=1} fuzzes (see
 * {@code docs/fuzzing.md}).
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = StandardPipeline.create(PipelineListener.NONE, Budget.DEFAULT);
    private static final DocumentReader UNDATED = DocumentReader.builder().build();
    private static final DocumentReader DATED = DocumentReader.builder().published("2025-01-18").build();
    private static final InputClock CLOCK = new InputClock(Budget.DEFAULT);

    static {
        PIPELINE.warmUp(); // the models load once, outside any input's time
    }

    @AfterAll
    static void sayHowLongTheSlowestInputTook() {
        if (System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty()) {
            System.err.println("PipelineFuzzTest: " + CLOCK.summary());
        }
    }

    /** The first byte's low bit says whether the text comes with a publication date; the rest is the text. */
    @FuzzTest(maxExecutions = 100_000, maxDuration = "150m")
    void anyText(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        DocumentReader reader = (bytes[0] & 1) == 0 ? UNDATED : DATED;
        ReadResult read = reader.read("story.txt", Arrays.copyOfRange(bytes, 1, bytes.length));
        for (Document doc : read.documents()) {
            Document analyzed = CLOCK.time(doc.text().length(), () -> PIPELINE.process(doc));
            assertThat(analyzed.text()).isEqualTo(doc.text());
            DocumentInvariants.check(analyzed);
            analyzed.layer(Layers.SENTENCES).forEach(s -> assertThat(analyzed.isBoilerplate(s))
                    .as("sentence %s overlaps boilerplate", s).isFalse());
        }
    }
}
