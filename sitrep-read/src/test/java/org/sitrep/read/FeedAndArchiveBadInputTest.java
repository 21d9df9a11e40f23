package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.read.WebArchiveBytes.concat;
import static org.sitrep.read.WebArchiveBytes.gzipEach;
import static org.sitrep.read.WebArchiveBytes.http;
import static org.sitrep.read.WebArchiveBytes.page;
import static org.sitrep.read.WebArchiveBytes.response;
import static org.sitrep.read.WebArchiveBytes.warcinfo;
import static org.sitrep.read.WarcReadingTest.CRAWLED;
import static org.sitrep.read.WarcReadingTest.FLOODS;
import static org.sitrep.read.WarcReadingTest.FLOODS_PAGE;
import static org.sitrep.read.WarcReadingTest.PORT;
import static org.sitrep.read.WarcReadingTest.PORT_PAGE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;

/** Each kind of bad feed or archive gives one clear line naming the input, and the rest is still read. */
class FeedAndArchiveBadInputTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    @TempDir
    Path dir;

    private static final String CAFE = "https://news.example.com/cafe";

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private ReadResult read(Path... paths) {
        return reader.read(Arrays.stream(paths).map(Path::toString).toList());
    }

    private static List<String> lines(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    // ---- feeds ---------------------------------------------------------------------------------------------------

    @Test
    void saysAFeedThatIsNotXmlIsNotReadableAndReadsTheNextInput() throws IOException {
        Path bad = write("news.rss", "Service unavailable, try later.\n".getBytes(StandardCharsets.UTF_8));
        Path good = write("good.rss", FeedReadingTest.RSS.getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(bad, good);
        assertThat(r.documents()).hasSize(3);
        assertThat(lines(r)).singleElement().asString()
                .startsWith(bad + ": not a readable feed: not well-formed XML (line 1: ");
    }

    @Test
    void saysAFeedCutOffMidwayIsNotWellFormed() throws IOException {
        String rss = FeedReadingTest.RSS;
        Path cut = write("cut.rss", rss.substring(0, rss.indexOf("<item>") + 30).getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(cut);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith(cut + ": not a readable feed: not well-formed XML");
    }

    /** Ten entities, each ten of the one before: 10^9 "lol"s if expanded, under a kilobyte as written. */
    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">\n");
        }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + dtd + "]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>d"
                + "</description><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>\n";
    }

    @Test
    void refusesABillionLaughsFeedWithOneLineAndReadsTheNextInput() throws IOException {
        byte[] bomb = billionLaughs().getBytes(StandardCharsets.UTF_8);
        assertThat(bomb.length).isLessThan(1024);
        Path bad = write("laughs.rss", bomb);
        Path good = write("good.rss", FeedReadingTest.RSS.getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(bad, good);
        assertThat(r.documents()).hasSize(3).noneMatch(d -> d.text().contains("lollol"));
        assertThat(lines(r)).singleElement().asString()
                .startsWith(bad + ": not a readable feed: its entities expand past the limit of 1000 references")
                .endsWith("; refused");
    }

    @Test
    void refusesABillionLaughsFeedRecognizedByContentAlone() throws IOException {
        Path bad = write("laughs", billionLaughs().getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(bad);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith(bad + ": not a readable feed: its entities expand");
    }

    @Test
    void refusesOneLargeEntityRepeatedPastTheCharacterLimit() throws IOException {
        String big = "x".repeat(20_000);
        String refs = "&big;".repeat(100);
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" + big + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>d"
                + "</description><item><title>Wide</title><description>" + refs + "</description></item>"
                + "</channel></rss>\n";
        Path bad = write("wide.rss", feed.getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(bad);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith(bad + ": not a readable feed: its entities expand");
    }

    @Test
    void saysXmlThatIsNoFeedIsNoFeed() throws IOException {
        Path p = write("notes.rss", "<?xml version=\"1.0\"?><notes><note>Hi</note></notes>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(lines(read(p))).containsExactly(p + ": XML, but not an RSS or Atom feed (its root element is <notes>)");
    }

    @Test
    void saysAFeedWithoutItemsHasNone() throws IOException {
        Path p = write("empty.rss", "<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link>"
                .concat("<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
        assertThat(lines(read(p))).containsExactly(p + ": the feed has no items");
    }

    @Test
    void skipsAnItemWithNeitherTitleNorTextWithAWarningAndKeepsTheOthers() throws IOException {
        Path p = write("thin.rss", ("<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link>"
                + "<description>d</description><item><link>https://e.example/1</link></item>"
                + "<item><title>Kept</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::text).containsExactly("Kept");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.toString()).isEqualTo(p + "#1: the item has neither title nor text; skipped");
        });
    }

    @Test
    void readsAFeedWhoseBytesBelieTheirDeclaredEncodingWithAWarning() throws IOException {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://e.example/</link><description>d</description><item><title>Caf\u00E9 reopens"
                + "</title><description>The caf\u00E9 reopened.</description></item></channel></rss>";
        Path p = write("latin.rss", rss.getBytes(Charset.forName("windows-1252")));
        ReadResult r = read(p);
        assertThat(r.documents()).singleElement().satisfies(d ->
                assertThat(d.text()).isEqualTo("Caf\u00E9 reopens\n\nThe caf\u00E9 reopened."));
        assertThat(lines(r)).containsExactly(p + ": not valid UTF-8; read as windows-1252");
    }

    @Test
    void saysATruncatedGzippedFeedIsNotValidGzip() throws IOException {
        byte[] gz = WebArchiveBytes.gzip(FeedReadingTest.RSS.getBytes(StandardCharsets.UTF_8));
        Path p = write("news.rss.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThat(lines(read(p))).singleElement().asString().startsWith(p + ": not valid gzip data");
    }

    // ---- archives ------------------------------------------------------------------------------------------------

    @Test
    void keepsTheDocumentsBeforeATruncatedWarcRecordAndSaysWhereItWasCut() throws IOException {
        byte[] first = concat(warcinfo(), response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE)));
        byte[] second = response(FLOODS, CRAWLED, http(200, "text/html", FLOODS_PAGE));
        Path p = write("cut.warc", concat(first, Arrays.copyOf(second, second.length - 200)));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(lines(r)).singleElement().asString()
                .isEqualTo(p + "@" + first.length + ": truncated record (" + FLOODS
                        + "); the rest of the archive was not read");
    }

    @Test
    void keepsTheDocumentsBeforeATruncatedGzipMember() throws IOException {
        byte[] first = gzipEach(warcinfo(), response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE)));
        byte[] second = gzipEach(response(FLOODS, CRAWLED, http(200, "text/html", FLOODS_PAGE)));
        Path p = write("cut.warc.gz", concat(first, Arrays.copyOf(second, second.length / 2)));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.input()).startsWith(p + "@");
            assertThat(d.message()).contains("the rest of the archive was not read");
        });
    }

    @Test
    void saysAFileThatOnlyBeginsLikeAWarcIsNotReadable() throws IOException {
        Path p = write("junk.warc", "WARC/1.0\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        ReadResult r = read(p);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith(p + "@0: not a readable WARC or ARC record (");
    }

    @Test
    void readsBrokenHtmlInsideAnArchiveWithoutFailing() throws IOException {
        String broken = "<html><head><title>Port Reopens</title><body><div><div><p>The port reopened on Monday after "
                + "a week of repairs, the authority said, and the first ships docked at noon.<p>Traders welcomed "
                + "the news</b></i></div></div></div></span><p <p>>><table><tr><td>cell<!-- unclosed comment";
        Path p = write("broken.warc", concat(response(PORT, CRAWLED, http(200, "text/html", broken)),
                response(FLOODS, CRAWLED, http(200, "text/html", FLOODS_PAGE))));
        ReadResult r = read(p);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT, FLOODS);
        assertThat(r.documents().get(0).text()).contains("The port reopened on Monday");
    }

    @Test
    void readsAPageWhoseHttpCharsetIsWrongAsWindows1252WithAWarning() throws IOException {
        byte[] latin = page("Caf\u00E9 Reopens", "", "The caf\u00E9 on the square reopened on Monday after the "
                + "repairs, its owner said, and the first customers came at noon.")
                .getBytes(Charset.forName("windows-1252"));
        Path p = write("wrong-charset.warc", response(CAFE, CRAWLED, http(200, "text/html; charset=utf-8", latin)));
        ReadResult r = read(p);
        assertThat(r.documents()).singleElement().satisfies(d ->
                assertThat(d.text()).startsWith("Caf\u00E9 Reopens\n\nThe caf\u00E9 on the square"));
        assertThat(lines(r)).containsExactly(p + "@0: page " + CAFE + " is not valid UTF-8; read as windows-1252");
    }

    @Test
    void readsAPageWithoutAnyCharsetAsWindows1252WithAWarning() throws IOException {
        byte[] latin = page("Caf\u00E9 Reopens", "", "The caf\u00E9 on the square reopened on Monday after the "
                + "repairs, its owner said, and the first customers came at noon.")
                .getBytes(Charset.forName("windows-1252"));
        Path p = write("no-charset.warc", response(CAFE, CRAWLED, http(200, "text/html", latin)));
        ReadResult r = read(p);
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.text()).contains("caf\u00E9"));
        assertThat(lines(r)).containsExactly(p + "@0: page " + CAFE + " is not valid UTF-8; read as windows-1252");
    }

    @Test
    void takesTheHttpCharsetWhenTheBytesAreNotUtf8() throws IOException {
        String text = "Policja przyby\u0142a do portu we wtorek, a pierwsze statki wr\u00F3ci\u0142y \u015Bwie\u017Co "
                + "po naprawach, powiedzia\u0142 zarz\u0105d portu.";
        byte[] central = page("Port", "", text).getBytes(Charset.forName("windows-1250"));
        Path p = write("cp1250.warc", response(CAFE, CRAWLED, http(200, "text/html; charset=windows-1250", central)));
        ReadResult r = read(p);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.text()).contains(text));
    }

    @Test
    void refusesAHundredMegabytePageByItsDeclaredLengthAndReadsTheNextRecord() throws IOException {
        long hundredMb = 100L * 1024 * 1024;
        byte[] httpHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] recordHead = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example.com/huge\r\n"
                + "WARC-Date: " + CRAWLED + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + hundredMb + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] next = response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE));
        Path p = dir.resolve("huge.warc");
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(recordHead));
            ch.write(ByteBuffer.wrap(httpHead));
            // the rest of the 100 MiB block is a hole in a sparse file: never written, never read
            ch.position(recordHead.length + hundredMb);
            ch.write(ByteBuffer.wrap("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ch.write(ByteBuffer.wrap(next));
        }
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(lines(r)).containsExactly(
                p + "@0: page https://news.example.com/huge is 100.0 MiB, over the 10.0 MiB limit; not read");
    }

    @Test
    void saysAnEmptyPageIsEmptyAndReadsTheNextRecord() throws IOException {
        Path p = write("empty-page.warc", concat(response(CAFE, CRAWLED, http(200, "text/html", "")),
                response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE))));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(lines(r)).containsExactly(p + "@0: page " + CAFE + " is empty");
    }

    @Test
    void saysAPageWithNoArticleTextHasNone() throws IOException {
        Path p = write("blank-page.warc", response(CAFE, CRAWLED,
                http(200, "text/html", "<html><head><title></title></head><body><nav></nav></body></html>")));
        ReadResult r = read(p);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).containsExactly(p + "@0: no article text found in the HTML page " + CAFE,
                p + ": no HTML pages (HTTP 200, text/html) with article text among 1 records");
    }

    @Test
    void saysAnEmptyArchiveIsEmpty() throws IOException {
        Path p = write("empty.warc", new byte[0]);
        assertThat(lines(read(p))).containsExactly(p + ": empty: no archive records");
    }

    // ---- found by fuzzing (docs/fuzzing.md) ----------------------------------------------------------------------

    @Test
    void saysAFeedWithAnAttributeNameJdomRefusesIsNotWellFormedAndReadsTheNextInput() throws IOException {
        Path bad = write("colon.rss", ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title>"
                + "<item :about=\"x\"><title>An item</title><description>Text.</description></item></channel></rss>\n")
                .getBytes(StandardCharsets.UTF_8));
        Path good = write("good.rss", FeedReadingTest.RSS.getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(bad, good);
        assertThat(r.documents()).hasSize(3);
        assertThat(lines(r)).singleElement().asString()
                .startsWith(bad + ": not a readable feed: not well-formed XML (The name \":about\" is not legal");
    }

    @Test
    void skipsAResponseWithTwoTargetUrisWithOneLineAndReadsTheNextRecord() throws IOException {
        String twice = new String(response(CAFE, CRAWLED, http(200, "text/html", FLOODS_PAGE)),
                StandardCharsets.ISO_8859_1).replace("WARC-Type: response\r\n",
                "WARC-Type: response\r\nWARC-Target-URI: https://other.example/\r\n");
        Path p = write("two-targets.warc", concat(twice.getBytes(StandardCharsets.ISO_8859_1),
                response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE))));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(lines(r)).singleElement().asString().matches(java.util.regex.Pattern.quote(p.toString())
                + "@\\d+: unreadable response \\(no single target URI: record has 2 WARC-Target-URI headers\\); skipped");
    }

    @Test
    void skipsAResponseWhoseRecordTypeCannotBeParsedWithOneLineAndReadsTheNextRecord() throws IOException {
        byte[] odd = WebArchiveBytes.record("response", CAFE, CRAWLED, "iam ge/jpeg",
                http(200, "text/html", FLOODS_PAGE));
        Path p = write("odd-type.warc", concat(odd, response(PORT, CRAWLED, http(200, "text/html", PORT_PAGE))));
        ReadResult r = read(p);
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT);
        assertThat(lines(r)).singleElement().asString().startsWith(p + "@")
                .contains(": unreadable response (" + CAFE + ": parse error at position");
    }

    @Test
    void saysAFeedCutOffInsideItsDoctypeIsNotWellFormedAndPrintsNothingElse() throws IOException {
        Path cut = write("cut-doctype.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"abc"
                .getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.err;
        ReadResult r;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            r = read(cut);
        } finally {
            System.setErr(before);
        }
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).singleElement().asString().startsWith(cut + ": not a readable feed: not well-formed XML");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** Found by fuzzing: Rome reads the digits as a year far before year 1, which no publication date can hold. */
    @Test
    void readsAnEntryWhoseDateHasAYearNoDateCanHoldAsUndated() throws IOException {
        Path p = write("far.atom", ("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<entry><title>Police arrive</title><link href=\"https://news.example/a\"/>"
                + "<published>" + "2".repeat(121) + "2025-01-18T10:00:00Z</published>"
                + "<summary>About 200 officers arrived.</summary></entry></feed>\n").getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(p);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).singleElement()
                .satisfies(d -> assertThat(d.published().isKnown()).as("%s", d.published()).isFalse());
    }

    /** Found by fuzzing: a feed whose only item had neither title nor text gave a warning and no error. */
    @Test
    void saysAFeedWhoseItemsAllLackTitleAndTextIsAnErrorBesideTheirWarnings() throws IOException {
        Path p = write("empty-items.rss", ("<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link>"
                + "<description>d</description><item><link>https://e.example/1</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
        ReadResult r = read(p);
        assertThat(r.documents()).isEmpty();
        assertThat(lines(r)).containsExactly(p + "#1: the item has neither title nor text; skipped",
                p + ": no item of the 1 has a title or text");
        assertThat(r.diagnostics().get(1).isError()).isTrue();
    }
}
