package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

class DocumentReaderTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<String> lines(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    // ---- plain text ----------------------------------------------------------------------------------------------

    @Test
    void readsPlainTextExactlyAsDecodedWithItsFirstNonBlankLineAsTitle() throws IOException {
        String text = "\n  Police Arrive in Port\r\nThe first officers landed on Tuesday.\r\n";
        Path p = write("a.txt", text);
        ReadResult r = reader.read(List.of(p.toString()));
        assertThat(r.diagnostics()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.findTitle()).contains("Police Arrive in Port");
        assertThat(d.source()).isEqualTo("a.txt"); // relative to the folder the file was given in
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void stripsALeadingByteOrderMarkAndNothingElse() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Title\nBody.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        ReadResult r = reader.read("bom.txt", all);
        assertThat(r.documents()).singleElement().extracting(Document::text).isEqualTo("Title\nBody.\n");
    }

    @Test
    void readsAFileWithoutAnExtensionAsPlainText() throws IOException {
        Path p = write("story", "Title\nSome text.\n");
        assertThat(reader.read(List.of(p.toString())).documents()).singleElement()
                .extracting(Document::text).isEqualTo("Title\nSome text.\n");
    }

    @Test
    void givesTheGivenPublicationDateToEveryDocument() throws IOException {
        Path p = write("a.txt", "Title\nText.\n");
        DocumentReader dated = DocumentReader.builder().published("2024-11-07").build();
        assertThat(dated.read(List.of(p.toString())).documents().get(0).published())
                .isEqualTo(Published.given("2024-11-07"));
    }

    @Test
    void takesTheGivenDateAsAPublishedValueToo() {
        DocumentReader dated = DocumentReader.builder().published(Published.given("2024-11")).build();
        assertThat(dated.findGivenPublished()).contains(Published.given("2024-11"));
        assertThat(dated.newBuilder().published((Published) null).build().findGivenPublished()).isEmpty();
    }

    @Test
    void refusesAGivenDateThatIsNotADate() {
        assertThatThrownBy(() -> DocumentReader.builder().published("7 Nov")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsStandardInputForADash() {
        DocumentReader r = DocumentReader.builder()
                .standardInput(() -> new ByteArrayInputStream("Title\nFrom stdin.\n".getBytes(StandardCharsets.UTF_8)))
                .build();
        ReadResult result = r.read(List.of("-"));
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Title\nFrom stdin.\n");
            assertThat(d.source()).isEqualTo("-");
        });
    }

    // ---- bad input -----------------------------------------------------------------------------------------------

    @Test
    void saysWhenAPathDoesNotExistAndReadsTheRest() throws IOException {
        Path good = write("good.txt", "Title\nText.\n");
        String missing = dir.resolve("nope.txt").toString();
        ReadResult r = reader.read(List.of(missing, good.toString()));
        assertThat(lines(r)).containsExactly(missing + ": no such file or directory");
        assertThat(r.diagnostics().get(0).severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void saysWhenADirectoryHoldsNoReadableDocuments() throws IOException {
        Path d = dir.resolve("empty-ish");
        Files.createDirectories(d);
        write("empty-ish/.hidden.txt", "Hidden\nText.\n");
        write("empty-ish/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        ReadResult r = reader.read(List.of(d.toString()));
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).containsExactly(
                d.resolve("image.png") + ": binary file, not a document",
                d + ": no readable documents in directory");
    }

    @Test
    void walksADirectoryInSortedOrderSkippingHiddenFilesAndFolders() throws IOException {
        write("news/b.txt", "B\nText b.\n");
        write("news/a.txt", "A\nText a.\n");
        write("news/sub/c.txt", "C\nText c.\n");
        write("news/.git/d.txt", "D\nText d.\n");
        ReadResult r = reader.read(List.of(dir.resolve("news").toString()));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).extracting(doc -> doc.findTitle().orElseThrow()).containsExactly("A", "B", "C");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path p = write("data.txt", bytes);
        ReadResult r = reader.read(List.of(p.toString()));
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).containsExactly(p + ": binary file, not a document");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\r\n ");
        ReadResult r = reader.read(List.of(empty.toString(), blank.toString()));
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).containsExactly(empty + ": empty", blank + ": empty");
    }

    @Test
    void readsInvalidUtf8AsWindows1252WithAWarning() throws IOException {
        byte[] latin = "Caf\u00E9 talks\n\u201CWe agree,\u201D she said.\n".getBytes(TextDecoding.WINDOWS_1252);
        Path p = write("latin.txt", latin);
        ReadResult r = reader.read(List.of(p.toString()));
        assertThat(r.documents()).singleElement().extracting(Document::text)
                .isEqualTo("Caf\u00E9 talks\n\u201CWe agree,\u201D she said.\n");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.toString()).isEqualTo(p + ": not valid UTF-8; read as windows-1252");
        });
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        ByteBuffer chunk = ByteBuffer.wrap("All work and no play. ".repeat(47_000).getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (ch.size() < 50_000_000L) {
                chunk.rewind();
                ch.write(chunk);
            }
        }
        ReadResult r = reader.read(List.of(big.toString()));
        assertThat(r.documents()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.input()).isEqualTo(big.toString());
            assertThat(d.message()).contains("over the 10.0 MiB limit");
        });
    }

    @Test
    void refusesAGzipThatInflatesBeyondTheLimit() throws IOException {
        DocumentReader small = DocumentReader.builder().maxInputBytes(1000).build();
        byte[] gz = gzip("Title\n".concat("word ".repeat(1000)).getBytes(StandardCharsets.UTF_8));
        ReadResult r = small.read("bomb.txt.gz", gz);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().contains("limit once decompressed");
    }

    @Test
    void saysWhenGzipDataIsCorrupt() {
        ReadResult r = reader.read("broken.txt.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith("broken.txt.gz: not valid gzip data");
    }

    // ---- gzip ----------------------------------------------------------------------------------------------------

    @Test
    void readsGzippedTextByExtensionAndByMagicBytes() throws IOException {
        byte[] gz = gzip("Title\nZipped text.\n".getBytes(StandardCharsets.UTF_8));
        Path byName = write("story.txt.gz", gz);
        Path byMagic = write("story.bin", gz);
        ReadResult r = reader.read(List.of(byName.toString(), byMagic.toString()));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).extracting(Document::text)
                .containsExactly("Title\nZipped text.\n", "Title\nZipped text.\n");
    }

    @Test
    void readsGzippedJsonLinesByTheExtensionUnderTheGz() throws IOException {
        byte[] gz = gzip("{\"url\":\"https://example.com/a\",\"text\":\"Title\\nBody.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        ReadResult r = reader.read("feed.jsonl.gz", gz);
        assertThat(r.documents()).singleElement().extracting(Document::source).isEqualTo("https://example.com/a");
    }

    // ---- JSON Lines ----------------------------------------------------------------------------------------------

    @Test
    void readsJsonLinesSayingWhichLineIsBadAndReadingTheRest() throws IOException {
        String jsonl = "{\"url\":\"https://example.com/1\",\"title\":\"One\",\"text\":\"First story.\","
                + "\"published\":\"2024-11-07T08:00:00Z\"}\n"
                + "\n"
                + "{\"url\": broken\n"
                + "[1, 2]\n"
                + "{\"url\":\"https://example.com/4\"}\n"
                + "{\"text\":\"Untitled\\nSecond story.\",\"published\":\"someday\"}\n";
        Path p = write("feed.jsonl", jsonl);
        ReadResult r = reader.read(List.of(p.toString()));
        assertThat(r.documents()).hasSize(2);
        Document first = r.documents().get(0);
        assertThat(first.source()).isEqualTo("https://example.com/1");
        assertThat(first.findTitle()).contains("One");
        assertThat(first.text()).isEqualTo("First story.");
        assertThat(first.published()).isEqualTo(Published.given("2024-11-07"));
        Document second = r.documents().get(1);
        assertThat(second.source()).isEqualTo("feed.jsonl:6");
        assertThat(second.findTitle()).contains("Untitled");
        assertThat(second.published()).isEqualTo(Published.UNKNOWN);
        assertThat(lines(r)).hasSize(4);
        assertThat(lines(r).get(0)).startsWith(p + ":3: not valid JSON");
        assertThat(lines(r).get(1)).isEqualTo(p + ":4: not a JSON object");
        assertThat(lines(r).get(2)).isEqualTo(p + ":5: no \"text\" or \"html\" field");
        assertThat(lines(r).get(3)).startsWith(p + ":6: \"published\" is not a date");
        assertThat(r.diagnostics()).extracting(Diagnostic::severity).containsExactly(
                Diagnostic.Severity.ERROR, Diagnostic.Severity.ERROR, Diagnostic.Severity.ERROR,
                Diagnostic.Severity.WARNING);
    }

    @Test
    void extractsTheArticleFromAJsonLineThatHoldsHtml() {
        String html = "<html><head><title>Port Reopens</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>Port Reopens</h1><p>The port reopened on Monday after a week of closures, "
                + "officials said.</p></article></body></html>";
        String json = "{\"url\":\"https://example.com/2024/03/05/port\",\"html\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(html)) + "\"}\n";
        ReadResult r = reader.read("pages.jsonl", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.diagnostics()).isEmpty();
        Document d = r.documents().get(0);
        assertThat(d.body()).isEqualTo("The port reopened on Monday after a week of closures, officials said.");
        assertThat(d.text()).startsWith("Port Reopens\n\n");
        assertThat(d.published()).isEqualTo(new Published("2024-03-05", Published.Basis.METADATA, 0.9));
    }

    @Test
    void detectsJsonLinesByContentWhenTheNameSaysNothing() {
        ReadResult r = reader.read("-", "{\"text\":\"Title\\nBody.\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.documents()).singleElement().extracting(Document::text).isEqualTo("Title\nBody.");
    }

    // ---- diagnostics ---------------------------------------------------------------------------------------------

    @Test
    void printsADiagnosticAsInputColonMessage() {
        assertThat(new Diagnostic("news/a.txt", Diagnostic.Severity.ERROR, "empty")).hasToString("news/a.txt: empty");
    }
}
