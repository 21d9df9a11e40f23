package org.sitrep.annotate.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.TextSpan;

class AttributionScorerTest {
    //                                       1         2         3         4         5         6
    //                             0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "“We will win,” Smith said. Jones said the vote was close today.";

    private static final GoldAttribution DIRECT = new GoldAttribution(List.of(new TextSpan(0, 14)),
            List.of(new TextSpan(21, 25)), List.of(new TextSpan(15, 20)), true);
    private static final GoldAttribution INDIRECT = new GoldAttribution(List.of(new TextSpan(38, 62)),
            List.of(new TextSpan(33, 37)), List.of(new TextSpan(27, 32)), false);

    @Test
    void scoresAPerfectAnswerAsOne() {
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, List.of(DIRECT, INDIRECT), List.of(
                new PredictedAttribution(new TextSpan(0, 14), new TextSpan(21, 25), new TextSpan(15, 20), true),
                new PredictedAttribution(new TextSpan(38, 62), new TextSpan(33, 37), new TextSpan(27, 32), false)));
        QuoteScores q = s.scores();
        assertThat(q.contentF1Exact()).isEqualTo(1.0);
        assertThat(q.contentF1Overlap()).isEqualTo(1.0);
        assertThat(q.cueF1()).isEqualTo(1.0);
        assertThat(q.sourceF1()).isEqualTo(1.0);
        assertThat(q.speakerAccuracyDirect()).isEqualTo(1.0);
        assertThat(q.speakerAccuracyIndirect()).isEqualTo(1.0);
    }

    @Test
    void countsPartialContentByWordsAndAWrongSourceAgainstAccuracy() {
        AttributionScorer s = new AttributionScorer();
        // finds "the vote was close" (4 of the 5 gold words, all right), gives it to Smith; misses the direct quote
        s.add(TEXT, List.of(DIRECT, INDIRECT), List.of(
                new PredictedAttribution(new TextSpan(38, 56), new TextSpan(33, 37), new TextSpan(15, 20), false)));
        QuoteScores q = s.scores();
        assertThat(q.contentF1Exact()).isEqualTo(0.0);
        // predicted words 4, all in gold; gold words 3 (direct) + 5 (indirect) = 8, 4 found
        assertThat(q.detail().get("content.overlap.all").precision()).isEqualTo(1.0);
        assertThat(q.detail().get("content.overlap.all").recall()).isCloseTo(0.5, within(1e-9));
        assertThat(q.speakerAccuracyIndirect()).isEqualTo(0.0);
        assertThat(q.cueF1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void readsBratEventsWithDiscontinuousContent() {
        String text = "“A,” he said, “B.” Then it rained.";
        List<GoldAttribution> gold = BratAttributions.parse(List.of(
                "T1\tSource 5 7\the",
                "T2\tCue 8 12\tsaid",
                "T3\tContent 0 4;14 18\t“A,” “B.”",
                "T4\tAttribution 8 12\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tDiscard 19 23\tThen",
                "continued text of a broken line"), text);
        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).content()).containsExactly(new TextSpan(0, 4), new TextSpan(14, 18));
        assertThat(gold.get(0).direct()).isTrue();
        assertThat(gold.get(0).source()).containsExactly(new TextSpan(5, 7));
    }
}
