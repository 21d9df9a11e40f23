package org.sitrep.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

/**
 * Unit tests over sentences we write. Sentences and tokens come from a simple tokenizer written here (a sentence per
 * line; currency signs, numbers, words and single symbols as tokens), without part-of-speech tags, so these tests
 * also hold the stage's behaviour when no tagger ran.
 */
class QuantityAnnotatorTest extends AnnotatorTestCase {
    private static final Pattern TOKEN = Pattern.compile(
            "US\\$|[$€£¥]|\\d+(?:[,.]\\d+)*(?:-\\d+)?(?:st|nd|rd|th)?|\\p{L}+(?:[-'’]\\p{L}+)*|\\S");

    private final QuantityAnnotator annotator = new QuantityAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        Matcher line = Pattern.compile("[^\\r\\n]+").matcher(text);
        while (line.find()) {
            Matcher t = TOKEN.matcher(text).region(line.start(), line.end());
            int first = -1;
            int last = -1;
            while (t.find()) {
                tokens.add(new Token(t.start(), t.end(), null));
                first = first < 0 ? t.start() : first;
                last = t.end();
            }
            if (first >= 0) {
                sentences.add(new Sentence(first, last));
            }
        }
        return Document.builder(text).build().with(Layers.SENTENCES, sentences).with(Layers.TOKENS, tokens);
    }

    private List<Quantity> quantitiesIn(String text) {
        return run(text).layer(Layers.QUANTITIES);
    }

    private Quantity only(String text) {
        List<Quantity> qs = quantitiesIn(text);
        assertThat(qs).as("quantities in %s", text).hasSize(1);
        return qs.get(0);
    }

    private static String textOf(String text, Quantity q) {
        return text.substring(q.start(), q.end());
    }

    @Test
    void readsAHedgedCountWithItsObject() {
        String text = "Currently, the MSS has about 400 officers assisting the police.";
        Quantity q = only(text);

        assertThat(textOf(text, q)).isEqualTo("about 400 officers");
        assertThat(q.value()).isEqualTo(400);
        assertThat(q.approximate()).isTrue();
        assertThat(q.modifier()).isEqualTo("about");
        assertThat(q.unit()).isNull();
        assertThat(q.object()).isEqualTo("officer");
    }

    @Test
    void keepsACompoundModifierOfTheCountedNoun() {
        String text = "Kenya will deploy 2,500 police officers by January.";
        Quantity q = only(text);

        assertThat(textOf(text, q)).isEqualTo("2,500 police officers");
        assertThat(q.value()).isEqualTo(2500);
        assertThat(q.approximate()).isFalse();
        assertThat(q.object()).isEqualTo("police officer");
    }

    @Test
    void readsMultiWordHedgesAndSkipsAdjectives() {
        String text = "More than 1,000 additional troops arrived.";
        Quantity q = only(text);

        assertThat(q.value()).isEqualTo(1000);
        assertThat(q.modifier()).isEqualTo("more than");
        assertThat(q.approximate()).isTrue();
        assertThat(q.object()).startsWith("troop");
    }

    @Test
    void readsMoneyWithItsScaleAndCurrency() {
        String text = "Washington pledged $600 million to the fund and Canada gave US$ 96.8 million.";
        List<Quantity> qs = quantitiesIn(text);

        assertThat(qs).extracting(q -> textOf(text, q)).containsExactly("$600 million", "US$ 96.8 million");
        assertThat(qs).extracting(Quantity::value).containsExactly(600_000_000.0, 96_800_000.0);
        assertThat(qs).extracting(Quantity::unit).containsExactly("USD", "USD");
    }

    @Test
    void readsPercentages() {
        String text = "Support fell to 40 percent from 52% in a year.";
        List<Quantity> qs = quantitiesIn(text);

        assertThat(qs).extracting(Quantity::value).containsExactly(40.0, 52.0);
        assertThat(qs).extracting(Quantity::unit).containsExactly("percent", "percent");
    }

    @Test
    void readsNumberWordsThatCountSomething() {
        String text = "Kenya sent two contingents, three planes and a dozen medics.";
        List<Quantity> qs = quantitiesIn(text);

        assertThat(qs).extracting(Quantity::value).containsExactly(2.0, 3.0, 12.0);
        assertThat(qs).extracting(Quantity::object).containsExactly("contingent", "plane", "medic");
        assertThat(textOf(text, qs.get(2))).isEqualTo("a dozen medics");
    }

    @Test
    void skipsNumberWordsWithNothingCounted() {
        assertThat(quantitiesIn("The two agreed and one of them left.")).isEmpty();
    }

    @Test
    void neverReadsDatesOrYearsAsQuantities() {
        assertThat(quantitiesIn("The mandate runs through October 2, 2025, after the vote in 2024.")).isEmpty();
        assertThat(quantitiesIn("They met on 7 November and again in the 2024 talks.")).isEmpty();
        assertThat(quantitiesIn("2025 was a hard year.")).isEmpty();
    }

    @Test
    void leavesDurationsAndFractionsToOthers() {
        assertThat(quantitiesIn("The deal runs six months and two thirds of it is done.")).isEmpty();
    }

    @Test
    void readsAFourDigitCountOfThings() {
        String text = "Kenya deployed 2000 officers.";
        assertThat(only(text).value()).isEqualTo(2000);
    }

    @Test
    void neverReadsOrdinalsVotesOrIdentifiers() {
        assertThat(quantitiesIn("The council voted 15-0 for Resolution 2699 on its 3rd try, the third time.")).isEmpty();
    }

    @Test
    void skipsNumbersInsideATemporalExpressionWhenTimesArePresent() {
        String text = "The mission lasted 12 months.";
        Document doc = prepare(text).with(Layers.TIMES, List.of(new Timex(text.indexOf("12"), text.indexOf("12") + 9,
                Timex.DURATION, "P12M", null, false, 1.0)));

        assertThat(annotator.annotate(doc).layer(Layers.QUANTITIES)).isEmpty();
    }

    @Test
    void usesPartOfSpeechTagsWhenPresent() {
        String text = "Kenya sent 400 armed officers home.";
        List<Token> tokens = new ArrayList<>();
        String[] tags = {"NNP", "VBD", "CD", "JJ", "NNS", "RB", "."};
        Matcher t = TOKEN.matcher(text);
        int k = 0;
        while (t.find()) {
            tokens.add(new Token(t.start(), t.end(), tags[k++]));
        }
        Document doc = Document.builder(text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .with(Layers.TOKENS, tokens);
        Quantity q = annotator.annotate(doc).layer(Layers.QUANTITIES).get(0);

        assertThat(q.object()).isEqualTo("officer");
        assertThat(textOf(text, q)).isEqualTo("400 armed officers");
    }

    @Test
    void readsACountedNounSetInQuotationMarks() {
        assertThat(only("Paris wants no more than 9,000 \"blue helmets\" in the south.").object())
                .isEqualTo("blue helmet");
    }

    @Test
    void readsANationsPoliceAsTheCountedNounWhenTaggedAsAName() {
        String text = "Forty Fijian Police will leave.";
        List<Token> tokens = new ArrayList<>();
        String[] tags = {"CD", "NNP", "NNPS", "MD", "VB", "."};
        Matcher t = TOKEN.matcher(text);
        int k = 0;
        while (t.find()) {
            tokens.add(new Token(t.start(), t.end(), tags[k++]));
        }
        Document doc = Document.builder(text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .with(Layers.TOKENS, tokens);
        Quantity q = annotator.annotate(doc).layer(Layers.QUANTITIES).get(0);

        assertThat(q.value()).isEqualTo(40);
        assertThat(q.object()).isEqualTo("police");
    }
}
