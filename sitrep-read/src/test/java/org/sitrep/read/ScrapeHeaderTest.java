package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The header lines a plain-text scrape may open with, on texts we wrote. */
class ScrapeHeaderTest {
    @Test
    void readsUrlTitleAndTheDateBeforeANote() {
        String text = "url: https://example.org/a\ntitle: Envoys meet\npublished: 2019-03-02 (from events)\n"
                + "license: ours\n\nEnvoys met on Friday.\n";
        ScrapeHeader h = ScrapeHeader.find(text).orElseThrow();
        assertThat(h.url()).isEqualTo("https://example.org/a");
        assertThat(h.title()).isEqualTo("Envoys meet");
        assertThat(h.published()).isEqualTo("2019-03-02");
        assertThat(text.substring(h.end())).startsWith("Envoys met");
    }

    @Test
    void anUnknownDateIsNoDate() {
        assertThat(ScrapeHeader.find("url: https://example.org/b\npublished: unknown\n\nText.\n").orElseThrow()
                .published()).isNull();
    }

    @Test
    void aDateTheCalendarDoesNotHaveIsNoDate() {
        // found by the pipeline fuzzer: month 24 went on to the time stage, which threw
        assertThat(ScrapeHeader.find("url: https://example.org/c\npublished: 0112-24-08\n\nText.\n").orElseThrow()
                .published()).isNull();
        assertThat(ScrapeHeader.find("url: https://example.org/d\npublished: 2023-02-30\n\nText.\n").orElseThrow()
                .published()).isNull();
    }

    @Test
    void aTextThatOpensWithProseOrOneKeyLineHasNoHeader() {
        assertThat(ScrapeHeader.find("Note: the talks resumed.\n\nEnvoys met.\n")).isEmpty();
        assertThat(ScrapeHeader.find("Envoys met on Friday.\nurl: x\n\n")).isEmpty();
        assertThat(ScrapeHeader.find("Author: Ann\nMood: calm\n\nText.\n")).isEmpty();
    }
}
