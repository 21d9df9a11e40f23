package org.sitrep.annotate.quote.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quote;
import org.sitrep.pipeline.Pipeline;

/**
 * A check for refactoring the quote stage (run on demand, {@code -Dsitrep.quote.digest=print|HEX}): a SHA-256 over
 * every quote our pipeline finds in PolNeAR dev (offsets, kind, speaker name and entity, cue, source, channel,
 * date), article by article. With a digest given, the run must reproduce it.
 */
@EnabledIfSystemProperty(named = "sitrep.quote.digest", matches = ".+")
class QuoteDigestCheck {

    @Test
    void everyQuoteOnTheDevelopmentSetIsAsRecorded() throws NoSuchAlgorithmException {
        Path dev = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "polnear", "dev");
        Assumptions.assumeTrue(Files.isDirectory(dev.resolve("attributions")), "PolNeAR dev " + dev + " absent, skipping");
        Pipeline pipeline = QuoteEvaluation.ourPipeline();
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        int quotes = 0;
        for (GoldArticle a : BratAttributions.read(dev, 0)) {
            Document.Builder b = Document.builder(a.text()).source(a.name());
            if (a.published() != null) {
                b.published(new Published(a.published(), Published.Basis.METADATA, 1.0));
            }
            b.title(a.text().lines().findFirst().orElse(""));
            Document out = pipeline.process(b.build());
            StringBuilder lines = new StringBuilder(a.name()).append('\n');
            for (Quote q : out.layer(Layers.QUOTES)) {
                quotes++;
                lines.append(q.start()).append('\t').append(q.end()).append('\t').append(q.kind()).append('\t')
                        .append(q.speaker() == null ? null : q.speaker().name()).append('\t')
                        .append(q.speaker() == null ? null : q.speaker().entityId()).append('\t')
                        .append(q.cue()).append('\t').append(q.source()).append('\t').append(q.channel())
                        .append('\t').append(q.date()).append('\n');
            }
            byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
            System.out.println("quote-digest " + a.name() + " "
                    + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            all.update(bytes);
        }
        String digest = HexFormat.of().formatHex(all.digest());
        System.out.println("quote-digest ALL " + digest + " over " + quotes + " quotes");
        String expected = System.getProperty("sitrep.quote.digest");
        if (!expected.equals("print")) {
            assertThat(digest).isEqualTo(expected);
        }
    }
}
