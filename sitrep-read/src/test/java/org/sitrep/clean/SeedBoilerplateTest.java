package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/** The seed article, read and cleaned as the pipeline does; skips when the shared data is absent. */
class SeedBoilerplateTest {
    private static Document doc;

    @BeforeAll
    static void readSeed() {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path seed = Path.of(shared, "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), seed + " absent, skipping");
        ReadResult r = DocumentReader.builder().build().read(List.of(seed.toString()));
        assertThat(r.diagnostics()).isEmpty();
        doc = new BoilerplateAnnotator().annotate(r.documents().get(0));
    }

    @Test
    void marksTheAlsoReadBlockAndTheRepeatedTitleAndNothingElse() {
        List<Boilerplate> found = doc.layer(Layers.BOILERPLATE);
        assertThat(found).extracting(Boilerplate::kind).containsExactly("link-list", "repeated-title");

        String block = doc.textOf(found.get(0));
        assertThat(block).startsWith("ALSO READ:\n").endsWith("\n");
        assertThat(block.lines()).hasSize(6);
        assertThat(block.lines().skip(1)).allMatch(line -> line.startsWith("- "));

        String title = doc.findTitle().orElseThrow();
        assertThat(doc.textOf(found.get(1)).strip()).isEqualTo(title);
        assertThat(found.get(1).end()).isEqualTo(doc.text().length());
    }

    @Test
    void leavesNoLinkTextInTheBody() {
        String body = doc.body();
        String block = doc.textOf(doc.layer(Layers.BOILERPLATE).get(0));
        block.lines().skip(1).map(line -> line.substring(2).strip())
                .forEach(link -> assertThat(body).as(link).doesNotContain(link));
        assertThat(body).doesNotContain("ALSO READ");
        assertThat(body).endsWith(".");
        assertThat(body).startsWith("President William Ruto");
    }
}
