package org.sitrep.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.testing.Seed;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quantity;

/**
 * The seed article through the real {@link CoreNlpAnnotator} (tokens with part-of-speech tags) and the quantity
 * stage. The seed is read from {@code ../shared} (system property {@code sitrep.shared}); the test skips when it is
 * absent. The boilerplate cleaner lives in another module, so the link list is marked here as the cleaner marks it:
 * from a line "ALSO READ:" through the "- " lines after it, and a last line that repeats the first.
 */
class QuantityAnnotatorSeedTest {
    private static Document seed;

    @BeforeAll
    static void analyzeTheSeed() {
        Document doc = new BoilerplateAnnotator().annotate(Seed.expectDocument());
        seed = new QuantityAnnotator().annotate(new CoreNlpAnnotator().annotate(doc));
    }

    private static List<String> texts() {
        return seed.layer(Layers.QUANTITIES).stream().map(seed::textOf).toList();
    }

    @Test
    void findsTheStrengthAndTheTarget() {
        List<Quantity> qs = seed.layer(Layers.QUANTITIES);
        assertThat(qs).anySatisfy(q -> {
            assertThat(seed.textOf(q)).isEqualTo("about 400 officers");
            assertThat(q.value()).isEqualTo(400);
            assertThat(q.approximate()).isTrue();
            assertThat(q.object()).isEqualTo("officer");
        });
        assertThat(qs).anySatisfy(q -> {
            assertThat(seed.textOf(q)).isEqualTo("2,500 police officers");
            assertThat(q.value()).isEqualTo(2500);
            assertThat(q.approximate()).isFalse();
            assertThat(q.object()).isEqualTo("police officer");
        });
    }

    @Test
    void readsNoDateYearOrLinkListNumber() {
        assertThat(texts()).noneMatch(t -> t.contains("2025") || t.contains("2024") || t.equals("7") || t.equals("2"))
                .noneMatch(t -> t.contains("Three") || t.contains("66"));
        assertThat(seed.layer(Layers.QUANTITIES)).extracting(Quantity::value).allMatch(v -> v == 400 || v == 2500);
    }
}
