package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The prolog of an XML text, read in one pass: the root's name, and whether the text ends inside its DOCTYPE. */
class XmlPrologTest {
    @Test
    void findsTheRootPastTheDeclarationCommentsAndADoctypeWithAnInternalSubset() {
        String xml = "\uFEFF <?xml version=\"1.0\"?>\n<!-- a > b -->\n<!DOCTYPE rdf:RDF [\n"
                + "  <!ENTITY a \"]>\"> <!-- ] --> <?pi ]?>\n]>\n<rdf:RDF xmlns:rdf=\"x\">";
        XmlProlog prolog = XmlProlog.of(xml);
        assertThat(prolog.rootName()).contains("rdf:RDF");
        assertThat(prolog.endsInsideDoctype()).isFalse();
    }

    @Test
    void findsNoRootInPlainTextOrHtmlComments() {
        assertThat(XmlProlog.of("Kenya sends police <rss>").rootName()).isEmpty();
        assertThat(XmlProlog.of("<!-- never closed <rss>").rootName()).isEmpty();
        assertThat(XmlProlog.of("<!DOCTYPE html><html>").rootName()).contains("html");
    }

    @Test
    void saysATextThatEndsInsideItsDoctypeDoes() {
        assertThat(XmlProlog.of("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"abc").endsInsideDoctype())
                .isTrue();
        assertThat(XmlProlog.of("<!DOCTYPE rss [<!ENTITY a \"abc\">").endsInsideDoctype()).isTrue();
        assertThat(XmlProlog.of("<!DOCTYPE rss [<!ENTITY a \"abc\">]").endsInsideDoctype()).isTrue();
        assertThat(XmlProlog.of("<!DOCTYPE rss SYSTEM \"x").endsInsideDoctype()).isTrue();
        assertThat(XmlProlog.of("<!DOCTYPE rss [<!ENTITY a \"abc\">]><rss/>").endsInsideDoctype()).isFalse();
        assertThat(XmlProlog.of("<rss><![CDATA[<!DOCTYPE x [ ]]></rss>").endsInsideDoctype()).isFalse();
    }

    /**
     * Found while fuzzing, by reading the code (then confirmed here): the regular expression this replaced recursed
     * once per processing instruction or comment, so a head of 15 kB of them overflowed the 1 MB stack of a thread
     * such as {@code ingest}'s reader.
     */
    @Test
    void readsAFeedBehindFifteenKilobytesOfProcessingInstructionsOnAnOrdinaryThreadStack() throws Exception {
        String head = "<?a?>".repeat(3_000);
        byte[] feed = FeedReadingTest.RSS.replaceFirst("<\\?xml[^>]*\\?>", head)
                .getBytes(StandardCharsets.UTF_8);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(DocumentReader.builder().build().read("feed-without-extension", feed));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "reader-with-1-MB-stack", 1024 * 1024);
        t.start();
        t.join();
        assertThat(outcome.get()).isInstanceOf(ReadResult.class);
        assertThat(((ReadResult) outcome.get()).documents()).hasSize(3);
    }
}
