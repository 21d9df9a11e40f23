package org.sitrep.read.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreRunsOfUnicodeLettersDigitsAndUnderscores() {
        assertThat(ShingleScore.tokens("Łódź's mayor, 2024: naïve_user — ok!"))
                .containsExactly("Łódź", "s", "mayor", "2024", "naïve_user", "ok");
        assertThat(ShingleScore.tokens("")).isEmpty();
        assertThat(ShingleScore.tokens(null)).isEmpty();
    }

    @Test
    void countsSharedExtraAndMissingShinglesAndNormalizesBySum() {
        // truth: a b c d e -> [abcd, bcde]; extracted: a b c d x -> [abcd, bcdx]. TP 1, FP 1, FN 1, sum 3.
        ShingleScore s = ShingleScore.of("a b c d e", "a b c d x");

        assertThat(s.tp()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.fp()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.fn()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(s.precision()).isCloseTo(0.5, within(EPS));
        assertThat(s.recall()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void comparesShinglesAsMultisets() {
        // truth: a b c d a b c d -> abcd x2, bcda, cdab, dabc; extracted: a b c d -> abcd x1.
        // TP 1, FP 0, FN 4, sum 5.
        ShingleScore s = ShingleScore.of("a b c d a b c d", "a b c d");

        assertThat(s).isEqualTo(new ShingleScore(1 / 5.0, 0, 4 / 5.0));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.2, within(EPS));
    }

    @Test
    void aTextOfFewerThanFourTokensIsOneShingle() {
        assertThat(ShingleScore.of("Hello world", "hello world")).isEqualTo(new ShingleScore(0, 0.5, 0.5));
        assertThat(ShingleScore.of("Hello world", "Hello, world!")).isEqualTo(new ShingleScore(1, 0, 0));
    }

    @Test
    void averagesOverPagesSkippingPagesWithNothingToMeasure() {
        ShingleScore perfect = new ShingleScore(1, 0, 0); // P 1, R 1
        ShingleScore half = new ShingleScore(0.5, 0.25, 0.25); // P 2/3, R 2/3
        ShingleScore nothingExtracted = ShingleScore.of("a b c d", ""); // TP 0, FP 0, FN 1: no precision, R 0
        ShingleScore bothEmpty = ShingleScore.of("", ""); // 0, 0, 0: neither

        Figures f = ShingleScore.average(List.of(perfect, half, nothingExtracted, bothEmpty));

        assertThat(nothingExtracted).isEqualTo(new ShingleScore(0, 0, 1));
        assertThat(f.precision()).isCloseTo((1 + 2 / 3.0) / 2, within(EPS));
        assertThat(f.recall()).isCloseTo((1 + 2 / 3.0 + 0) / 3, within(EPS));
        double p = (1 + 2 / 3.0) / 2;
        double r = (1 + 2 / 3.0) / 3;
        assertThat(f.f1()).isCloseTo(2 * p * r / (p + r), within(EPS));
    }

    @Test
    void averagesNoPagesToZero() {
        assertThat(ShingleScore.average(List.of())).isEqualTo(new Figures(0, 0, 0));
    }
}
