package org.sitrep.annotate.corenlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Mention;

class NerEvaluationTest {

    private static Path validFile() {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path file = Path.of(shared, "data", "conll2003", "valid.txt.gz");
        Assumptions.assumeTrue(Files.isReadable(file), file + " absent, skipping");
        return file;
    }

    @Test
    void scoresBothSystemsOnTheFirstFiftyValidationSentences() {
        NerEvaluationResult result = NerEvaluation.run(validFile(), 50);

        assertThat(result.sentences()).isEqualTo(50);
        assertThat(result.ours().f1()).isBetween(70.0, 100.0);
        assertThat(result.corenlp().f1()).isBetween(50.0, 100.0);
        assertThat(result.ours().perType()).containsKeys("PER", "LOC", "ORG", "MISC");
        System.out.printf("NER on 50 valid sentences: ours F1 %.2f, stock F1 %.2f%n",
                result.ours().f1(), result.corenlp().f1());
    }

    @Test
    void mapsMentionsBackToTheGivenTokensAsIob2() {
        List<ConllSentence> batch = List.of(
                new ConllSentence(List.of("U.N.", "envoy", "Kofi", "Annan"), List.of("B-ORG", "O", "B-PER", "I-PER")),
                new ConllSentence(List.of("Port-au-Prince"), List.of("B-LOC")));
        // text is "U.N. envoy Kofi Annan\nPort-au-Prince\n"; a mention may cover part of a token
        List<List<String>> tags = NerEvaluation.tag(batch, text -> List.of(
                new Mention(0, 4, Mention.ORGANIZATION),
                new Mention(11, 21, Mention.PERSON),
                new Mention(22, 26, Mention.LOCATION)));

        assertThat(tags).containsExactly(List.of("B-ORG", "O", "B-PER", "I-PER"), List.of("B-LOC"));
    }
}
