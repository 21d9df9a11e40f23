package org.sitrep.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.quote.eval.QuoteEvaluation;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quote;
import org.sitrep.pipeline.Pipeline;

/**
 * Quotes through our real pipeline (CoreNLP's tokenizer, splitter and tagger, entities, times), for what depends on
 * how CoreNLP reads the text rather than on hand-made layers.
 */
class QuoteAnnotatorPipelineTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = QuoteEvaluation.ourPipeline();
    }

    private static Document analyzed(String body) {
        String text = "A story\n\n" + body + "\n";
        return pipeline.process(Document.builder(text).source("test").title("A story").build());
    }

    private static List<String> quotesOf(String body) {
        Document doc = analyzed(body);
        return doc.layer(Layers.QUOTES).stream().map(q -> doc.text().substring(q.start(), q.end())).toList();
    }

    @Test
    void findsTheSubjectOfAProgressiveWhoseContractionTheTaggerReadsAsAPossessive() {
        assertThat(quotesOf("Ruto spoke in Nairobi on Monday. He’s claiming that voting fraud is a big problem."))
                .containsExactly("that voting fraud is a big problem");
    }

    @Test
    void keepsAParaphraseApartFromAQuotationOpenedWithTwoApostrophes() {
        assertThat(quotesOf("He said the museum told a fuller story than schools did. ''We are part of the"
                + " fabric,'' he said.")).containsExactly("the museum told a fuller story than schools did",
                        "''We are part of the fabric,''");
    }

    private static List<String> sourcesOf(String body) {
        Document doc = analyzed(body);
        return doc.layer(Layers.QUOTES).stream().filter(q -> q.source() != null)
                .map(q -> doc.text().substring(q.source().start(), q.source().end())).toList();
    }

    @Test
    void neverTakesATimeBeforeTheCueForItsSource() {
        assertThat(sourcesOf("A poll released Saturday found that most Kenyans back the mission."))
                .containsExactly("A poll released Saturday");
        assertThat(sourcesOf("Odinga, who in 2010 said the mission would fail, spoke on Monday."))
                .containsExactly("who");
        // a year that ends a name is part of the name, and the name is not the source
        assertThat(sourcesOf("Figures on searches carried out under the Terrorism Act 2000 showed that few were"
                + " charged.")).doesNotContain("the Terrorism Act", "Terrorism Act");
    }

    @Test
    void endsTheFirstContentAtTheConjunctionBeforeASecondVerbAndItsTime() {
        assertThat(quotesOf("Ruto urged quotas for new officers and on Tuesday will outline a plan for training."))
                .anyMatch(q -> q.endsWith("for new officers")).noneMatch(q -> q.endsWith("will"));
    }
}
