package org.sitrep.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.eval.PubDateEvaluation.SentenceSplitting;
import org.sitrep.doc.Published;

/** Publication-date scoring on two pages we write: one dated in its metadata, one only by a dateline. */
class PubDateEvaluationTest {
    /** A page whose date is in its meta tags and JSON-LD, and nowhere in its text. */
    static final String WITH_METADATA = """
            <html><head><title>Council extends the mission</title>
            <meta property="article:published_time" content="2024-10-01T09:30:00+03:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-01T09:30:00+03:00"}
            </script></head>
            <body><article><h1>Council extends the mission</h1>
            <p><time datetime="2024-10-01T09:30:00+03:00">Published this morning</time></p>
            <p>The Security Council voted to extend the mission in Haiti for another twelve months, after a long
            debate about its funding and its mandate.</p>
            <p>Kenya said it would send more police officers before the end of the year.</p></article></body></html>
            """;
    /** A page with no metadata: only a dateline with a weekday, and a dated past event that fixes the year. */
    static final String WITH_DATELINE = """
            <html><body><article><h1>Police reach Port-au-Prince</h1>
            <p>NAIROBI, Thursday, November 7 - Kenya sent its first police officers to Haiti in June 2024, and more
            officers flew out on Thursday, the interior ministry said.</p>
            <p>The officers will join the mission's base near the airport.</p></article></body></html>
            """;

    @Test
    void findsTheMetadataDateToTheDay() {
        Published p = PubDateEvaluation.findPublished("https://example.com/news/council-extends-mission",
                utf8(WITH_METADATA), SentenceSplitting.LINES);
        assertThat(p.value()).isEqualTo("2024-10-01");
        assertThat(p.basis()).isEqualTo(Published.Basis.METADATA);
    }

    @Test
    void infersOnlyTheMonthFromADatelineWithAWeekday() {
        Published p = PubDateEvaluation.findPublished("https://example.com/news/police-reach",
                utf8(WITH_DATELINE), SentenceSplitting.LINES);
        assertThat(p.value()).isEqualTo("2024-11");
        assertThat(p.basis()).isEqualTo(Published.Basis.INFERRED);
    }

    @Test
    void findsNoDateInTheTextOnlyReadingOfAPageDatedOnlyByItsMetadata() {
        assertThat(PubDateEvaluation.findPublishedInTextOnly(utf8(WITH_METADATA), SentenceSplitting.LINES))
                .isEqualTo(Published.UNKNOWN);
        assertThat(PubDateEvaluation.findPublishedInTextOnly(utf8(WITH_DATELINE), SentenceSplitting.LINES).value())
                .isEqualTo("2024-11");
    }

    @Test
    void stripsTheHeadMetaScriptsAndDatetimeAttributesButKeepsTheVisibleText() {
        String stripped = PubDateEvaluation.stripMetadata(Jsoup.parse(WITH_METADATA));
        assertThat(stripped).doesNotContain("2024-10-01", "<meta", "ld+json", "<title>", "datetime=")
                .contains("Published this morning", "Kenya said it would send");
    }

    @Test
    void scoresASetAtTheGoldDayAndCountsMonthGuessesApart(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.createDirectories(dir.resolve("eval"));
        Files.write(dir.resolve("cache").resolve("council „extends“.html.gz"), gzip(WITH_METADATA));
        Files.write(dir.resolve("eval").resolve("police.html.gz"), gzip(WITH_DATELINE));
        Files.write(dir.resolve("cache").resolve("undated.html.gz"), gzip(WITH_DATELINE));
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://example.com/news/council": {"file": "council „extends“.html", "with": [], "without": [],
                   "date": "2024-10-01"},
                 "https://example.com/news/police": {"file": "police.html", "with": [], "without": [],
                   "date": "2024-11-07"},
                 "https://example.com/news/undated": {"file": "undated.html", "with": [], "without": [], "date": ""},
                 "https://example.com/news/missing": {"file": "missing.html", "date": "2024-11-07"}}
                """, StandardCharsets.UTF_8);

        PubDateEvaluationResult r = PubDateEvaluation.run(dir);

        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.accuracy()).isEqualTo(0.5);
        assertThat(r.monthAccuracy()).isEqualTo(1.0);
        assertThat(r.unknown()).isZero();
        assertThat(r.accuracyTextOnly()).isZero();
        assertThat(r.monthAccuracyTextOnly()).isEqualTo(0.5);
        assertThat(r.unknownTextOnly()).isEqualTo(1);
        assertThat(r.fromMetadata()).isEqualTo(1);
        assertThat(r.sentences()).isEqualTo("corenlp");
        assertThat(r.toJson().fieldNames()).toIterable().contains("accuracy", "accuracy_text_only", "documents",
                "unknown", "unknown_text_only", "month_accuracy_text_only");
        assertThat(r.toText()).contains("documents: 2", "with metadata", "text only");
    }

    @Test
    void readsTheMalformedGoldDatesAsTheDayTheyMean() {
        assertThat(TrafilaturaPages.findGoldDay("2022-01.26")).hasValueSatisfying(d ->
                assertThat(d).hasToString("2022-01-26"));
        assertThat(TrafilaturaPages.findGoldDay("2022-11-1")).hasValueSatisfying(d ->
                assertThat(d).hasToString("2022-11-01"));
        assertThat(TrafilaturaPages.findGoldDay("2022-29-11")).isEmpty();
        assertThat(TrafilaturaPages.findGoldDay("")).isEmpty();
    }

    @Test
    void refusesADirectoryThatIsNotTheSet(@TempDir Path dir) {
        assertThatThrownBy(() -> PubDateEvaluation.run(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaldata.json");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(utf8(s));
        }
        return out.toByteArray();
    }
}
