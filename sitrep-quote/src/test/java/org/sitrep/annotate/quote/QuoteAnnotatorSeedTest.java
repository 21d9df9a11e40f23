package org.sitrep.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.quote.eval.QuoteEvaluation;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quote;

/** The seed article through our real pipeline (CoreNLP, entities, times, quotes). */
class QuoteAnnotatorSeedTest {
    private static Document seed;
    private static List<Quote> quotes;

    @BeforeAll
    static void readSeed() throws Exception {
        Path file = Path.of(System.getProperty("sitrep.shared", "../shared"), "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "seed " + file + " absent, skipping");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document doc = Document.builder(text).source(file.toString()).title(text.lines().findFirst().orElse(""))
                .build();
        seed = QuoteEvaluation.ourPipeline().process(doc);
        quotes = seed.layer(Layers.QUOTES);
    }

    private List<Quote> direct() {
        return quotes.stream().filter(q -> q.kind().equals(Quote.DIRECT)).toList();
    }

    private String text(org.sitrep.doc.Span s) {
        return s == null ? null : seed.textOf(s);
    }

    @Test
    void findsFourDirectQuotesAllByRuto() {
        assertThat(direct()).hasSize(4);
        assertThat(direct()).allSatisfy(q -> assertThat(q.speaker().entityId()).isEqualTo("william-ruto"));
    }

    @Test
    void attributesTheLastThreeThroughHe() {
        assertThat(direct()).extracting(q -> text(q.source())).containsExactly("Ruto", "He", "he", "he");
        assertThat(direct()).extracting(q -> text(q.cue())).containsExactly("posted", "stated", "remarked",
                "declared");
    }

    @Test
    void givesEachDirectQuoteItsChannel() {
        assertThat(direct()).extracting(Quote::channel).containsExactly("X", "X", "a visit to Haiti",
                "the United Nations General Assembly");
        assertThat(direct().get(2).date()).isEqualTo("2024-09");
    }

    @Test
    void reportsRutosParaphrasesAsHisStatements() {
        List<String> rutoCues = quotes.stream()
                .filter(q -> !q.kind().equals(Quote.DIRECT) && q.speaker() != null
                        && "william-ruto".equals(q.speaker().entityId()))
                .map(q -> text(q.cue())).toList();
        assertThat(rutoCues).contains("shared", "voiced support for", "noted");
    }

    @Test
    void keepsTheProponentsAnUnnamedGroup() {
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.speaker()).isNotNull();
            assertThat(q.speaker().name()).startsWith("Proponents");
            assertThat(q.speaker().entityId()).isNull();
        });
    }

    @Test
    void readsNothingFromTheLinkList() {
        int alsoRead = seed.text().indexOf("ALSO READ");
        int after = seed.text().indexOf("The U.S. initially");
        assertThat(quotes).noneMatch(q -> q.start() >= alsoRead && q.start() < after);
    }
}
