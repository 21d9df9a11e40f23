package org.sitrep.annotate.corenlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllScorerTest {
    private static final String GOLD = """
            -DOCSTART- -X- -X- O

            John NNP B-NP B-PER
            Smith NNP I-NP I-PER
            visited VBD B-VP O
            New NNP B-NP B-LOC
            York NNP I-NP I-LOC
            . . O O

            Reuters NNP B-NP I-ORG
            said VBD B-VP O
            German JJ B-NP I-MISC
            officials NNS I-NP O

            Paris NNP B-NP B-PER
            Hilton NNP I-NP I-PER
            """;

    private static List<ConllSentence> gold() throws IOException {
        return ConllCorpus.read(new BufferedReader(new StringReader(GOLD)), 0);
    }

    @Test
    void readsTokensAndTheLastColumnSkippingDocumentStarts() throws IOException {
        List<ConllSentence> sentences = gold();

        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0).tokens()).containsExactly("John", "Smith", "visited", "New", "York", ".");
        assertThat(sentences.get(1).tags()).containsExactly("I-ORG", "O", "I-MISC", "O");
    }

    @Test
    void countsOnlyExactSpanAndTypeMatchesAsConllevalDoes() throws IOException {
        List<List<String>> goldTags = gold().stream().map(ConllSentence::tags).toList();
        List<List<String>> predicted = List.of(
                List.of("B-PER", "I-PER", "O", "B-LOC", "O", "O"),
                List.of("B-ORG", "O", "B-LOC", "O"),
                List.of("B-LOC", "B-PER"));

        NerScores scores = ConllScorer.score(goldTags, predicted);

        // gold 5 (PER, LOC, ORG, MISC, PER), predicted 6 (PER, LOC, ORG, LOC, LOC, PER), correct 2 (John Smith, Reuters)
        assertThat(scores.precision()).isCloseTo(100.0 * 2 / 6, within(1e-9));
        assertThat(scores.recall()).isCloseTo(100.0 * 2 / 5, within(1e-9));
        assertThat(scores.f1()).isCloseTo(2 * (200.0 / 6) * 40 / (200.0 / 6 + 40), within(1e-9));
        assertThat(scores.perType().get("PER")).isEqualTo(Prf.of(2, 2, 1));
        assertThat(scores.perType().get("PER").f1()).isEqualTo(50.0);
        assertThat(scores.perType().get("LOC")).isEqualTo(new Prf(0, 0, 0, 1, 3, 0));
        assertThat(scores.perType().get("ORG")).isEqualTo(new Prf(100, 100, 100, 1, 1, 1));
        assertThat(scores.perType().get("MISC")).isEqualTo(new Prf(0, 0, 0, 1, 0, 0));
    }

    @Test
    void readsIob1AndIob2ChunksAlike() {
        List<ConllChunk> iob1 = ConllScorer.chunks(0, List.of("I-LOC", "I-LOC", "B-LOC", "O", "I-PER", "I-ORG"));
        List<ConllChunk> iob2 = ConllScorer.chunks(0, List.of("B-LOC", "I-LOC", "B-LOC", "O", "B-PER", "B-ORG"));

        assertThat(iob1).containsExactly(new ConllChunk(0, 0, 2, "LOC"), new ConllChunk(0, 2, 3, "LOC"),
                new ConllChunk(0, 4, 5, "PER"), new ConllChunk(0, 5, 6, "ORG"));
        assertThat(iob2).isEqualTo(iob1);
    }

    @Test
    void givesZeroRatherThanDividingByZero() {
        NerScores scores = ConllScorer.score(List.of(List.of("O")), List.of(List.of("O")));

        assertThat(scores.f1()).isZero();
        assertThat(scores.perType()).isEmpty();
    }
}
