package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;

/** No sentence longer than the limit reaches the tagger, and long texts are read in pieces with the same result. */
class CoreNlpBoundedWorkTest {
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();

    private static String runOn(int clauses) {
        StringBuilder sb = new StringBuilder("Kenyan police officers arrived in Haiti");
        for (int i = 0; i < clauses; i++) {
            sb.append(i % 2 == 0 ? " and William Ruto said the mission would grow" : " while Antony Blinken visited Nairobi");
        }
        return sb.append('.').toString();
    }

    @Test
    void aRunOnSentenceIsSplitAtTheLimitKeepsItsMentionsAndTheSplitIsReported() {
        String text = runOn(400);
        List<String> warnings = new ArrayList<>();
        Pipeline p = Pipeline.builder().add(annotator).listener(new PipelineListener() {
            @Override
            public void warning(Annotator stage, Document doc, String message) {
                warnings.add(stage.name() + ": " + message);
            }
        }).build();
        Document out = p.process(Document.builder(text).source("run-on.txt").build());

        List<Token> tokens = out.layer(Layers.TOKENS);
        List<Sentence> sentences = out.layer(Layers.SENTENCES);
        assertThat(tokens.size()).isGreaterThan(2_000);
        assertThat(sentences.size()).isGreaterThanOrEqualTo(tokens.size() / CoreNlpAnnotator.MAX_SENTENCE_TOKENS);
        for (Sentence s : sentences) {
            long inside = tokens.stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).count();
            assertThat(inside).isLessThanOrEqualTo(CoreNlpAnnotator.MAX_SENTENCE_TOKENS);
        }
        assertThat(out.layer(Layers.MENTIONS).stream().filter(m -> m.type().equals(Mention.PERSON))
                .map(out::textOf).distinct()).contains("William Ruto", "Antony Blinken");
        assertThat(warnings).singleElement().asString()
                .startsWith("corenlp: 1 sentence of more than 300 tokens")
                .contains("split every 300 tokens");
    }

    @Test
    void aLongTextReadInPiecesGivesWhatItsLinesGiveOneByOne() {
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 3 * CoreNlpAnnotator.MAX_PIECE_CHARS; i++) {
            String line = "On day " + i + " President William Ruto met Antony Blinken in Nairobi, and the United "
                    + "Nations Security Council approved the mission. Officials said 200 officers arrived.";
            lines.add(line);
            text.append(line).append('\n');
        }
        Document whole = annotator.annotate(Document.builder(text.toString()).build());

        List<Token> expected = new ArrayList<>();
        List<Mention> expectedMentions = new ArrayList<>();
        int at = 0;
        for (String line : lines.subList(0, 3)) {
            Document one = annotator.annotate(Document.builder(line).build());
            for (Token t : one.layer(Layers.TOKENS)) {
                expected.add(new Token(t.start() + at, t.end() + at, t.pos()));
            }
            for (Mention m : one.layer(Layers.MENTIONS)) {
                expectedMentions.add(new Mention(m.start() + at, m.end() + at, m.type()));
            }
            at += line.length() + 1;
        }
        int lastLineEnd = at;
        assertThat(whole.layer(Layers.TOKENS).stream().filter(t -> t.end() <= lastLineEnd).toList())
                .isEqualTo(expected);
        assertThat(whole.layer(Layers.MENTIONS).stream().filter(m -> m.end() <= lastLineEnd).toList())
                .isEqualTo(expectedMentions);
        long mentionsPerLine = expectedMentions.size() / 3;
        assertThat(whole.layer(Layers.MENTIONS)).hasSize((int) mentionsPerLine * lines.size());
    }

    @Test
    void aPieceEndsAtALineEndThenAtASentenceEndThenAtASpaceAndNeverInsideASurrogatePair() {
        assertThat(CoreNlpAnnotator.pieceEnd("short", 0, 5, 100)).isEqualTo(5);
        String lines = "a".repeat(60) + "\n" + "b".repeat(60);
        assertThat(CoreNlpAnnotator.pieceEnd(lines, 0, lines.length(), 100)).isEqualTo(61);
        String prose = "The first sentence of this text ends right here. " + "Another goes on and on ".repeat(5);
        assertThat(CoreNlpAnnotator.pieceEnd(prose, 0, prose.length(), 100)).isEqualTo(49);
        String words = "word ".repeat(40);
        assertThat(CoreNlpAnnotator.pieceEnd(words, 0, words.length(), 100)).isEqualTo(100);
        String emoji = "x".repeat(99) + "\uD83D\uDE00" + "y".repeat(10);
        assertThat(CoreNlpAnnotator.pieceEnd(emoji, 0, emoji.length(), 100)).isEqualTo(99);
    }
}
