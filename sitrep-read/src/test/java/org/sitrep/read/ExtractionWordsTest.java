package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractionWordsTest {
    @Test
    void findsFurnitureStemsInsideGluedClassWords() {
        assertThat(ExtractionWords.hasUnlikelyStem("relatedposts")).isTrue();
        assertThat(ExtractionWords.hasUnlikelyStem("commentlist")).isTrue();
        assertThat(ExtractionWords.hasUnlikelyStem("sharedaddy")).isTrue();
        assertThat(ExtractionWords.hasUnlikelyStem("newslettersignup")).isTrue();
    }

    @Test
    void leavesOrdinaryAndShortWordsAlone() {
        assertThat(ExtractionWords.hasUnlikelyStem("entry")).isFalse();
        assertThat(ExtractionWords.hasUnlikelyStem("storybody")).isFalse();
        assertThat(ExtractionWords.hasUnlikelyStem("article")).isFalse();
    }
}
