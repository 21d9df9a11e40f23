package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A diagnostic is one line, whatever the input it quotes holds. */
class DiagnosticTest {
    @Test
    void writesLineBreaksAndTerminalEscapesInItsInputAndMessageAsEscapes() {
        Diagnostic d = Diagnostic.error("news\n.warc", "page https://e.example/\r\u001B[2J\u2028x is empty");
        assertThat(d.toString()).isEqualTo("news\\n.warc: page https://e.example/\\r\\u001B[2J\\u2028x is empty");
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        Diagnostic d = Diagnostic.warning("café.html", "not valid UTF-8; read as windows-1252");
        assertThat(d.input()).isEqualTo("café.html");
        assertThat(d.message()).isEqualTo("not valid UTF-8; read as windows-1252");
    }

    /** Found by fuzzing: an ARC header whose URL held a carriage return put it, raw, into the line. */
    @Test
    void saysAnArchiveRecordWhoseUriHoldsACarriageReturnInOneLine() {
        byte[] arc = WebArchiveBytes.arc(new String[] {WarcReadingTest.PORT},
                new byte[][] {WebArchiveBytes.http(200, "text/html", WarcReadingTest.PORT_PAGE)});
        byte[] broken = new String(arc, StandardCharsets.ISO_8859_1).replace("filedesc://", "filedesc:\r//")
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadResult r = DocumentReader.builder().build().read("crawl.arc", broken);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .anySatisfy(line -> assertThat(line).contains("filedesc:\\r//test.arc"))
                .allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n"));
    }
}
