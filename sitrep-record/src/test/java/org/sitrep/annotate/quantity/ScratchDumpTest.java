package org.sitrep.annotate.quantity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        QuantityAnnotator qa = new QuantityAnnotator();
        EntityAnnotator ea = new EntityAnnotator();
        for (String dir : List.of("politics", "business")) {
            for (int i = 1; i <= 12; i++) {
                Path p = Path.of("/tmp/bbc/bbc", dir, String.format("%03d.txt", i));
                String text = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
                Document d = ea.annotate(qa.annotate(nlp.annotate(Document.builder(text).build())));
                for (var q : d.layer(Layers.QUANTITIES)) {
                    System.out.println("Q " + dir + i + " | " + d.textOf(q) + " | " + q.value() + " " + q.unit() + " " + q.object() + " " + q.modifier());
                }
                for (var e : d.layer(Layers.ENTITIES)) {
                    System.out.println("E " + dir + i + " | " + e.id() + " | " + e.type() + " | " + e.mentions().stream().map(d::textOf).toList() + " | " + e.aliases().stream().filter(org.sitrep.annotate.entity.Titles::isTitle).toList());
                }
            }
        }
    }
}
