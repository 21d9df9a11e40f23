package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

class ReutersSgmlReadingTest {
    /** Two records in the collection's layout, written for this test, and one headline without a body. */
    private static final String SGML = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" OLDID=\"10\" NEWID=\"7\">\n"
            + "<DATE> 3-MAR-1987 09:15:22.41</DATE>\n"
            + "<TOPICS><D>grain</D></TOPICS>\n"
            + "<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f0001&#31;reute</UNKNOWN>\n"
            + "<TEXT>&#2;\n"
            + "<TITLE>PORT TOWN SAYS GRAIN &lt;SILO> OPEN</TITLE>\n"
            + "<DATELINE>    RIVERTON, March 3 - </DATELINE><BODY>The port of Riverton said its new grain\n"
            + "silo opened on Monday, two weeks later than planned.\n"
            + "    A spokesman for Smith &amp; Sons said the silo holds 40,000\n"
            + "tonnes.\n"
            + " Reuter\n"
            + "&#3;</BODY></TEXT>\n"
            + "</REUTERS>\n"
            + "<REUTERS TOPICS=\"NO\" NEWID=\"8\">\n"
            + "<DATE>3-MAR-1987 09:16:00.00</DATE>\n"
            + "<TEXT TYPE=\"BRIEF\">&#2;\n<TITLE>BRIEF HEADLINE ONLY</TITLE>\n&#3;</TEXT>\n"
            + "</REUTERS>\n"
            + "<REUTERS NEWID=\"9\">\n"
            + "<DATE>not a date</DATE>\n"
            + "<TEXT>&#2;\n<BODY>A short item without title or dateline.\n&#3;</BODY></TEXT>\n"
            + "</REUTERS>\n";

    private final ReutersSgmlReading reading = new ReutersSgmlReading(Optional.empty());

    @Test
    void eachRecordWithABodyBecomesADocumentWithTitleDatelineAndJoinedParagraphs() {
        ReadResult r = reading.read("reut2-x.sgm", SGML);

        assertThat(r.documents()).hasSize(2);
        Document first = r.documents().get(0);
        assertThat(first.text()).isEqualTo("PORT TOWN SAYS GRAIN <SILO> OPEN\n\n"
                + "RIVERTON, March 3 - The port of Riverton said its new grain silo opened on Monday, two weeks later"
                + " than planned.\n\n"
                + "A spokesman for Smith & Sons said the silo holds 40,000 tonnes.\n\n"
                + "Reuter\n");
        assertThat(first.source()).isEqualTo("reut2-x.sgm#7");
        assertThat(first.findTitle()).contains("PORT TOWN SAYS GRAIN <SILO> OPEN");
        assertThat(first.published()).isEqualTo(new Published("1987-03-03", Published.Basis.METADATA, 1.0));
    }

    @Test
    void aRecordWithoutBodyIsSkippedAndAnUnreadableDateIsUnknownBothWithAWarning() {
        ReadResult r = reading.read("reut2-x.sgm", SGML);

        Document third = r.documents().get(1);
        assertThat(third.source()).isEqualTo("reut2-x.sgm#9");
        assertThat(third.text()).isEqualTo("A short item without title or dateline.\n");
        assertThat(third.findTitle()).isEmpty();
        assertThat(third.published()).isEqualTo(Published.UNKNOWN);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d)
                .contains("reut2-x.sgm#9").contains("<DATE>"))
                .anySatisfy(d -> assertThat(d).contains("1 of 3 records have no <BODY>"));
    }

    @Test
    void textWithoutRecordsIsAnErrorAndEmptyOrOddInputNeverThrows() {
        assertThat(reading.read("a.sgm", "no records here").documents()).isEmpty();
        assertThat(reading.read("a.sgm", "no records here").diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR));
        assertThat(reading.read("a.sgm", "").documents()).isEmpty();
        assertThat(reading.read("a.sgm", "<REUTERS NEWID=\"1\"><BODY>\uD83C\u00e9 caf\u00e9 &#3;</BODY></REUTERS>")
                .documents()).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("\uD83C\u00e9 caf\u00e9\n"));
        assertThat(reading.read("a.sgm", "<REUTERS NEWID=\"1\"><BODY>   \n &#3;</BODY></REUTERS>").documents())
                .isEmpty();
    }

    @Test
    void aGivenDateOverridesTheRecordDate() {
        ReadResult r = new ReutersSgmlReading(Optional.of(Published.given("2024-11-07"))).read("r.sgm", SGML);
        assertThat(r.documents()).extracting(Document::published)
                .containsOnly(Published.given("2024-11-07"));
    }

    @Test
    void theDocumentReaderDispatchesSgmAndGzippedSgmFilesAsLatin1(@TempDir Path dir) throws IOException {
        byte[] latin1 = SGML.replace("Smith &amp; Sons", "Mu\u00f1oz").getBytes(StandardCharsets.ISO_8859_1);
        Path plain = dir.resolve("reut2-001.sgm");
        Files.write(plain, latin1);
        Path gz = dir.resolve("reut2-002.sgm.gz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(latin1);
        }
        Files.write(gz, out.toByteArray());

        ReadResult r = DocumentReader.builder().build().read(List.of(plain.toString(), gz.toString()));

        assertThat(r.documents()).hasSize(4);
        assertThat(r.documents().get(0).text()).contains("A spokesman for Mu\u00f1oz said");
        assertThat(r.documents().get(2).source()).isEqualTo("reut2-002.sgm.gz#7");
        assertThat(r.documents().get(2).text()).isEqualTo(r.documents().get(0).text());
    }
}
