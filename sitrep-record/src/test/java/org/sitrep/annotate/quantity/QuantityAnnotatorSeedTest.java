package org.sitrep.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
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
    static void analyzeTheSeed() throws IOException {
        Path path = Path.of(System.getProperty("sitrep.shared", "../shared"), "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(path), "seed " + path + " absent, skipping");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Document doc = Document.builder(text).source(path.toString()).build()
                .with(Layers.BOILERPLATE, linkListsAndRepeatedTitle(text));
        seed = new QuantityAnnotator().annotate(new CoreNlpAnnotator().annotate(doc));
    }

    private static List<Boilerplate> linkListsAndRepeatedTitle(String text) {
        List<Boilerplate> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int at = 0;
        int listStart = -1;
        String first = lines[0].strip();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int end = at + line.length();
            if (line.strip().equalsIgnoreCase("ALSO READ:")) {
                listStart = at;
            } else if (listStart >= 0 && !line.startsWith("- ")) {
                out.add(new Boilerplate(listStart, at, Boilerplate.LINK_LIST));
                listStart = -1;
            }
            if (i > 0 && !first.isEmpty() && line.strip().equals(first)) {
                out.add(new Boilerplate(at, end, Boilerplate.REPEATED_TITLE));
            }
            at = end + 1;
        }
        return out;
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
