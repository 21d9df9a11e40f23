package org.sitrep.doc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void trimmingDropsWhiteSpaceAtBothEndsAndNothingElse() {
        String text = "  Kenya sent officers.\t\n";
        TextSpan t = TextSpan.findTrimmed(text, 0, text.length()).orElseThrow();
        assertThat(text.substring(t.start(), t.end())).isEqualTo("Kenya sent officers.");
        assertThat(TextSpan.findTrimmed(" \n\t ", 0, 4)).isEmpty();
        assertThat(TextSpan.findTrimmed("", 0, 0)).isEmpty();
    }

    @Test
    void linesAreTrimmedBlankOnesLeftOutAndTheRangeIsKept() {
        String text = "Title\n\n  Line one \n\t\nLine two\nOutside";
        int to = text.indexOf("Outside");
        assertThat(TextSpan.linesOf(text, 0, to)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Title", "Line one", "Line two");
        assertThat(TextSpan.linesOf(text, 7, 14)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Line");
        assertThat(TextSpan.linesOf("", 0, 0)).isEmpty();
    }
}
