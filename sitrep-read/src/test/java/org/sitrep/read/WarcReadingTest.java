package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.read.WebArchiveBytes.concat;
import static org.sitrep.read.WebArchiveBytes.gzip;
import static org.sitrep.read.WebArchiveBytes.gzipEach;
import static org.sitrep.read.WebArchiveBytes.http;
import static org.sitrep.read.WebArchiveBytes.page;
import static org.sitrep.read.WebArchiveBytes.record;
import static org.sitrep.read.WebArchiveBytes.response;
import static org.sitrep.read.WebArchiveBytes.warcinfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

class WarcReadingTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    @TempDir
    Path dir;

    static final String CRAWLED = "2025-03-02T08:00:00Z";
    static final String PORT = "https://news.example.com/world/police-arrive";
    static final String FLOODS = "https://news.example.com/2024/11/06/floods";

    static final String PORT_PAGE = page("Police Arrive in Port", "",
            "The first 400 officers landed in the capital on Tuesday, the ministry said, and more are due by January.",
            "The mission, approved by the council last year, has been extended for another year, officials said.");
    static final String FLOODS_PAGE = page("Floods Hit the Coast",
            "<meta property=\"article:published_time\" content=\"2024-11-06T07:00:00+01:00\">",
            "Heavy rain flooded three coastal towns overnight, and hundreds of families left their homes.",
            "Rescue teams reached the last of the villages by boat on Wednesday morning, the governor said.");

    /** A crawl as a crawler writes it: warcinfo, then request and response pairs, with a redirect and an image. */
    static byte[][] crawlRecords() {
        byte[] request = "GET /world/police-arrive HTTP/1.1\r\nHost: news.example.com\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        return new byte[][] {
            warcinfo(),
            record("request", PORT, CRAWLED, "application/http;msgtype=request", request),
            response(PORT, CRAWLED, http(200, "text/html; charset=utf-8", PORT_PAGE)),
            response("https://news.example.com/old", CRAWLED, http(301, "text/html", "<a href=\"/new\">moved</a>")),
            response("https://news.example.com/logo.png", CRAWLED, http(200, "image/png", new byte[] {1, 2, 3})),
            response(FLOODS, CRAWLED, http(200, "text/html", FLOODS_PAGE)),
        };
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private ReadResult readFile(String name, byte[] bytes) throws IOException {
        return reader.read(List.of(write(name, bytes).toString()));
    }

    private static void assertTheTwoPages(ReadResult r) {
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).extracting(Document::source).containsExactly(PORT, FLOODS);
        Document port = r.documents().get(0);
        assertThat(port.findTitle()).contains("Police Arrive in Port");
        assertThat(port.text()).startsWith("Police Arrive in Port\n\nThe first 400 officers landed")
                .doesNotContain("Home").doesNotContain("All rights reserved");
    }

    @Test
    void makesADocumentOfEachHtmlResponseWithItsTargetUriAsSource() throws IOException {
        assertTheTwoPages(readFile("crawl.warc", concat(crawlRecords())));
    }

    @Test
    void readsAWarcGzippedRecordByRecord() throws IOException {
        assertTheTwoPages(readFile("crawl.warc.gz", gzipEach(crawlRecords())));
    }

    @Test
    void readsAWarcHeldInMemory() throws IOException {
        assertTheTwoPages(reader.read("crawl.warc.gz", gzipEach(crawlRecords())));
    }

    @Test
    void recognizesAWarcByItsContentWhateverItsName() throws IOException {
        assertTheTwoPages(readFile("download.bin", concat(crawlRecords())));
        assertTheTwoPages(readFile("download.gz", gzipEach(crawlRecords())));
        assertTheTwoPages(readFile("download", gzip(concat(crawlRecords())))); // one gzip member for the whole file
    }

    @Test
    void readsArcFilesPlainAndGzipped() throws IOException {
        byte[] arc = WebArchiveBytes.arc(new String[] {PORT, FLOODS}, new byte[][] {
            http(200, "text/html", PORT_PAGE), http(200, "text/html", FLOODS_PAGE)});
        assertTheTwoPages(readFile("crawl.arc", arc));
        assertTheTwoPages(readFile("crawl.arc.gz", gzip(arc)));
        assertTheTwoPages(readFile("crawl-by-content", arc));
    }

    @Test
    void neverTakesTheCrawlTimeForThePublicationDate() throws IOException {
        ReadResult r = readFile("crawl.warc", concat(crawlRecords()));
        assertThat(r.documents().get(0).published()).isEqualTo(Published.UNKNOWN); // the page gives no date
        Published floods = r.documents().get(1).published();
        assertThat(floods.value()).isEqualTo("2024-11-06"); // the page's own metadata
        assertThat(floods.basis()).isEqualTo(Published.Basis.METADATA);
    }

    @Test
    void aGivenDateOverridesThePagesDates() throws IOException {
        DocumentReader dated = DocumentReader.builder().published("2024-12-01").build();
        ReadResult r = dated.read("crawl.warc", concat(crawlRecords()));
        assertThat(r.documents()).hasSize(2)
                .allSatisfy(d -> assertThat(d.published()).isEqualTo(Published.given("2024-12-01")));
    }

    @Test
    void undoesTheContentEncodingOfAResponse() throws IOException {
        byte[] body = gzip(PORT_PAGE.getBytes(StandardCharsets.UTF_8));
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ReadResult r = readFile("zipped-body.warc", response(PORT, CRAWLED, concat(head, body)));
        assertThat(r.documents()).singleElement().satisfies(d ->
                assertThat(d.text()).contains("The first 400 officers landed"));
    }

    @Test
    void readsAnArchiveLargerThanTheInputLimitRecordByRecord() throws IOException {
        DocumentReader small = DocumentReader.builder().maxInputBytes(1500).build();
        byte[] warc = concat(crawlRecords());
        assertThat(warc.length).isGreaterThan(1500);
        assertTheTwoPages(small.read(List.of(write("big-crawl.warc", warc).toString())));
    }

    @Test
    void saysSoWhenAnArchiveHoldsNoHtmlPage() throws IOException {
        Path p = write("images.warc", concat(warcinfo(),
                response("https://news.example.com/logo.png", CRAWLED, http(200, "image/png", new byte[] {1, 2}))));
        ReadResult r = reader.read(List.of(p.toString()));
        assertThat(r.documents()).isEmpty();
        assertThat(r.diagnostics()).singleElement().asString()
                .isEqualTo(p + ": no HTML pages (HTTP 200, text/html) with article text among 2 records");
    }
}
