package org.sitrep.annotate.time.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.annotate.time.eval.TimeMlDocument.GoldTimex;

class TimexEvaluationTest {
    private static final String SAMPLE = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>sample_1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2024-11-08" functionInDocument="CREATION_TIME">Nov. 8</TIMEX3></DCT>
            <TEXT>
            The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-11-07">Thursday</TIMEX3> &amp; will meet again <TIMEX3 tid="t2" type="DATE" value="2024-12">next month</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTheTextTheDctAndGoldOffsetsIntoTheText(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("sample.tml");
        Files.writeString(f, SAMPLE, StandardCharsets.UTF_8);
        TimeMlDocument d = TimeMlDocument.read(f);
        assertThat(d.id()).isEqualTo("sample_1");
        assertThat(d.dct()).isEqualTo("2024-11-08");
        assertThat(d.timexes()).hasSize(2);
        GoldTimex first = d.timexes().get(0);
        assertThat(d.text().substring(first.start(), first.end())).isEqualTo("Thursday");
        assertThat(d.text()).contains("& will meet");
    }

    @Test
    void scoresASampleFolderAndLeavesTheDctOut(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tml"), SAMPLE, StandardCharsets.UTF_8);
        TimexEvaluationResult r = TimexEvaluation.run(dir, false);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.timexes()).isEqualTo(2);
        assertThat(r.ours().strict_f1()).isEqualTo(100.0);
        assertThat(r.ours().value_accuracy()).isEqualTo(100.0);
        assertThat(r.sutime()).isNull();
    }

    @Test
    void aBrokenFileIsLeftOutWithALineAndTheRestIsScored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tml"), SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>Smith & Co met <TIMEX3>Friday</TEXT>",
                StandardCharsets.UTF_8);
        TimexEvaluationResult r = TimexEvaluation.run(dir, false);
        assertThat(r.documents()).isEqualTo(1);
        assertThat(r.timexes()).isEqualTo(2);
        assertThat(r.problems()).singleElement().asString().contains("b.tml").contains("not well-formed");
    }

    @Test
    void aFolderOfBrokenFilesIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.tml"), "<TimeML><TEXT>Smith & Co</TEXT>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TimexEvaluation.run(dir, false)).isInstanceOf(IOException.class)
                .hasMessageContaining("b.tml");
    }

    @Test
    void aFolderWithoutTimeMlIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> TimexEvaluation.run(dir, false)).isInstanceOf(IOException.class)
                .hasMessageContaining("no .tml");
    }

    @Test
    void overlapCountsAsRelaxedButNotStrictAndValuesAreJudgedOnMatches() {
        String text = "It grew over the past three years and fell Friday.";
        int past = text.indexOf("past three years");
        int friday = text.indexOf("Friday");
        List<GoldTimex> gold = List.of(new GoldTimex(past, past + 16, "DURATION", "P3Y"),
                new GoldTimex(friday, friday + 6, "DATE", "2024-11-01"));
        int the = text.indexOf("the past");
        List<TimexScorer.Predicted> predicted = List.of(new TimexScorer.Predicted(the, past + 16, "DURATION", "P3Y"),
                new TimexScorer.Predicted(friday, friday + 6, "DATE", "2024-11-08"));
        TimexScorer scorer = new TimexScorer();
        scorer.add(text, gold, predicted);
        TimexScores s = scorer.scores();
        assertThat(s.strict_p()).isEqualTo(50.0);
        assertThat(s.relaxed_f1()).isEqualTo(100.0);
        assertThat(s.value_accuracy()).isEqualTo(50.0);
        assertThat(s.value_f1()).isEqualTo(50.0);
        assertThat(s.type_accuracy()).isEqualTo(100.0);
    }

    @Test
    void theSplitterKeepsAbbreviatedMonthsInsideASentence() {
        String text = "Talks began on Nov. 7 in Nairobi. They ended Friday.\nA new line.";
        assertThat(SimpleSentenceSplitter.split(text)).hasSize(3);
    }

    @Test
    void onTimeBankAndAquaintOurValueF1BeatsSuTimesPublishedFigure() throws IOException {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "tempeval3", "TBAQ-cleaned");
        Assumptions.assumeTrue(Files.isDirectory(dir), "TempEval-3 data " + dir + " absent, skipping");
        TimexEvaluationResult r = TimexEvaluation.run(dir, false);
        assertThat(r.documents()).isEqualTo(256);
        assertThat(r.ours().value_f1()).isGreaterThan(67.38);
        assertThat(r.ours().strict_f1()).isGreaterThan(81.3);
    }
}
