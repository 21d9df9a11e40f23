package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The title of a plain-text scrape, on scrapes we wrote. */
class ScrapeTitleTest {
    private static final String LEAD = "Officers from the coastal force took over the harbour checkpoints on Monday, the "
            + "interior ministry said, after two weeks of talks with the port authority about the harbour.\n";
    private static final String MORE = "The port authority said the checkpoints would stay under the force until the "
            + "end of the year, and that harbour traffic had resumed by the evening.\n";

    @Test
    void aScrapeThatOpensWithItsHeadlineTakesIt() {
        assertThat(ScrapeTitle.find("Coastal force takes over harbour checkpoints\n\n" + LEAD + MORE))
                .contains("Coastal force takes over harbour checkpoints");
    }

    @Test
    void aSectionLabelATimestampAndALoneBarBeforeTheHeadlineAreSkipped() {
        String text = "Crime & Justice\n|\nTuesday, 02 January 2024 12:17 GMT\n"
                + "Coastal force takes over harbour checkpoints\n\n" + LEAD + MORE;
        assertThat(ScrapeTitle.find(text)).contains("Coastal force takes over harbour checkpoints");
    }

    @Test
    void aCrawlersDateMarkerIsDroppedAndTheRestIsTheHeadline() {
        String text = "date 2025-03-28 Another blow to the harbour talks as the port authority walks out\n\n"
                + "The port authority walked out of the harbour talks on Friday, a week after the force took over "
                + "the checkpoints, its spokesman said.\n" + MORE;
        assertThat(ScrapeTitle.find(text)).contains("Another blow to the harbour talks as the port authority walks out");
    }

    @Test
    void menuLinesAndAMenuWithSeparatorsAreNeverTheTitle() {
        String text = "Skip to main content\nHome | World | Harbour news | Sport\nSign in to your account today\n"
                + "Coastal force takes over harbour checkpoints\n2 hours ago\n\n" + LEAD + MORE;
        assertThat(ScrapeTitle.find(text)).contains("Coastal force takes over harbour checkpoints");
    }

    @Test
    void aLineOfHeadlineFormThatTheStoryIsNotAboutIsNotTheTitle() {
        // a teaser for another story stands where a headline would, but the story never speaks of its subject
        String text = "Celebrity chef opens new bakery downtown\n\n" + LEAD + MORE;
        String title = ScrapeTitle.find(text).orElseThrow();
        assertThat(title).startsWith("Officers from the coastal force took over the harbour checkpoints").endsWith("…");
        assertThat(LEAD).startsWith(title.substring(0, title.length() - 1) + " ");
    }

    @Test
    void withNoHeadlineTheTitleIsTheFirstSentenceOfTheStory() {
        String text = "Crime & Justice\nTuesday, 02 January 2024 12:17 GMT\n\n"
                + "Officers took over the checkpoints on Monday. The port authority agreed to it on Sunday, after a "
                + "week of talks with the interior ministry and the force.\n";
        assertThat(ScrapeTitle.find(text)).contains("Officers took over the checkpoints on Monday.");
    }

    @Test
    void anInitialOrATitleDoesNotEndTheFirstSentence() {
        String text = "Secretary of State Antony J. Blinken spoke with Mr. Ruto on Monday about the force and its "
                + "harbour checkpoints. They agreed to meet again.\n";
        assertThat(ScrapeTitle.find(text)).contains("Secretary of State Antony J. Blinken spoke with Mr. Ruto on "
                + "Monday about the force and its harbour checkpoints.");
    }

    @Test
    void aLongFirstSentenceIsCutAtAWordBoundary() {
        String sentence = "Officers of the coastal force ".repeat(8) + "took over.";
        String title = ScrapeTitle.find(sentence + "\n").orElseThrow();
        assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(ScrapeTitle.MAX_CHARS + 1);
        assertThat(sentence).startsWith(title.substring(0, title.length() - 1) + " ");
    }

    @Test
    void aTextWithoutLettersHasNoTitle() {
        assertThat(ScrapeTitle.find("| — |\n2024-01-02\n")).isEmpty();
    }

    @Test
    void theReaderGivesAPlainTextScrapeThisTitle() {
        String text = "Crime & Justice\n" + "Coastal force takes over harbour checkpoints\n\n" + LEAD + MORE;
        ReadResult r = DocumentReader.builder().build().read("scrape.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.documents().get(0).findTitle()).contains("Coastal force takes over harbour checkpoints");
    }
}
