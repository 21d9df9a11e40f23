package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.read.DocumentReader;

/**
 * Titles of the real plain-text scrapes of the peaceops set against their header's title, and the matching rule on
 * titles we wrote; the trafilatura set is measured by {@code sitrep eval titles}. The set's test skips when the
 * shared data is absent.
 */
class TitleSetSmokeTest {
    @Test
    void findsMoreHeadlinesOfThePeaceOpsScrapesThanTheFirstLine() {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "peaceops");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("docs")), dir + " absent, skipping");

        TitleEvaluationResult r = TitleEvaluation.run(dir);

        System.out.print(r.toText(false));
        assertThat(r.all().documents()).isEqualTo(54);
        assertThat(r.all().right()).isGreaterThan(r.all().firstLineRight());
        assertThat(r.all().accuracyWhenPresent()).isGreaterThan(0.9);
    }

    @Test
    void aHeadlineMatchesAcrossQuoteMarksDashesCaseAndAFinalPeriod() {
        assertThat(TitleEvaluation.isHeadline("Kenya\u2019s police \u2013 \u201Cready\u201D.",
                "kenya's police - \"ready\"")).isTrue();
        assertThat(TitleEvaluation.isHeadline("Kenya's police ready", "Kenya's police are ready")).isFalse();
        assertThat(TitleEvaluation.isHeadline(null, "Kenya's police ready")).isFalse();
    }

    @Test
    void aScrapeIsReadForItsTitleAsTheReaderReadsAnyTextFile() {
        String text = "Home | World\nCoastal force takes over harbour checkpoints\n\nOfficers from the coastal force "
                + "took over the harbour checkpoints on Monday, the ministry said, after two weeks of talks.\n";
        assertThat(TitleEvaluation.findScrapeTitle(DocumentReader.builder().build(), text))
                .contains("Coastal force takes over harbour checkpoints");
    }
}
