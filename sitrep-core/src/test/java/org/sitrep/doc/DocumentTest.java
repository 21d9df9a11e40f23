package org.sitrep.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void idIsTheContentHashOfTheText() {
        Document a = Document.builder("same text").source("a.txt").build();
        Document b = Document.builder("same text").source("b.txt").build();
        assertThat(a.id()).isEqualTo(b.id()).hasSize(32);
        assertThat(Document.builder("other").build().id()).isNotEqualTo(a.id());
    }

    @Test
    void aDocumentIsEnglishOrUnknownUnlessItsSourceNamesAnotherLanguage() {
        assertThat(Document.builder("t").build().isEnglishOrUnknown()).isTrue();
        assertThat(Document.builder("t").language("en").build().isEnglishOrUnknown()).isTrue();
        assertThat(Document.builder("t").language("en_GB").build().isEnglishOrUnknown()).isTrue();
        assertThat(Document.builder("t").language("fr").build().isEnglishOrUnknown()).isFalse();
        assertThat(Document.builder("t").language("ht").build().isEnglishOrUnknown()).isFalse();
        assertThat(Document.builder("t").language("eng").build().isEnglishOrUnknown()).isTrue();
        assertThat(Document.builder("t").language("de-ch").build().isEnglishOrUnknown()).isFalse();
    }

    @Test
    void layersAreSortedAndTheOriginalIsUnchanged() {
        Document d = Document.builder("abc def ghi").build();
        Document s = d.with(Layers.SENTENCES, List.of(new Sentence(8, 11), new Sentence(0, 3)));
        assertThat(s.layer(Layers.SENTENCES)).containsExactly(new Sentence(0, 3), new Sentence(8, 11));
        assertThat(d.has(Layers.SENTENCES)).isFalse();
    }

    @Test
    void spansOutsideTheTextAreRejected() {
        Document d = Document.builder("abc").build();
        assertThatThrownBy(() -> d.with(Layers.SENTENCES, List.of(new Sentence(0, 4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }

    @Test
    void missingLayerMessageNamesItsProducer() {
        assertThatThrownBy(() -> Document.builder("abc").build().layer(Layers.TIMES))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TimeAnnotator");
    }

    @Test
    void bodyLeavesOutBoilerplateAndTheTitleLine() {
        String text = "Title\nFirst para.\nALSO READ:\n- link\nLast para.\nTitle";
        int also = text.indexOf("ALSO");
        int last = text.indexOf("Last");
        int end = text.length();
        Document d = Document.builder(text).title("Title")
                .layer(Layers.BOILERPLATE, List.of(new Boilerplate(also, last, Boilerplate.LINK_LIST),
                        new Boilerplate(end - 5, end, Boilerplate.REPEATED_TITLE)))
                .build();
        assertThat(d.bodySegments()).containsExactly(new TextSpan(0, also), new TextSpan(last, end - 5));
        assertThat(d.body()).isEqualTo("First para.\nLast para.");
        assertThat(d.isBoilerplate(new TextSpan(also, also + 3))).isTrue();
        assertThat(d.isBoilerplate(new TextSpan(0, 5))).isFalse();
    }

    @Test
    void publishedRejectsValuesThatAreNotIsoDates() {
        assertThatThrownBy(() -> Published.given("Nov 2024")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Published.given("2024-11").isKnown()).isTrue();
        assertThat(Published.UNKNOWN.value()).isNull();
    }
}
