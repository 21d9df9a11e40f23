package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

class FeedReadingTest {
    private final DocumentReader reader = DocumentReader.builder().build();

    @TempDir
    Path dir;

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>The Daily Example</title>
                <link>https://news.example.com/</link>
                <description>World news</description>
                <item>
                  <title>Police Arrive in Port</title>
                  <link>https://news.example.com/world/police-arrive</link>
                  <pubDate>Tue, 05 Nov 2024 23:30:00 -0500</pubDate>
                  <description>The first officers landed on Tuesday.</description>
                  <content:encoded><![CDATA[
                    <p>The first 400 officers landed in the capital on Tuesday, the ministry said, and more are due
                       by January.</p>
                    <div class="share-bar"><a href="#">Share on Facebook</a></div>
                    <p>The mission, approved by the council last year, has been extended for another year, officials
                       said on Wednesday.</p>
                  ]]></content:encoded>
                </item>
                <item>
                  <title>Floods Hit the Coast &amp; the Delta</title>
                  <link>/world/floods</link>
                  <pubDate>Wed, 6 Nov 2024 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Heavy rain &lt;b&gt;flooded&lt;/b&gt; three towns.&lt;/p&gt;</description>
                </item>
                <item>
                  <description>A note with no title and no link.</description>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Wire</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2024-11-08T10:00:00Z</updated>
              <entry>
                <title type="text">Council Extends the Mission</title>
                <link rel="alternate" href="https://wire.example.org/2024/council-extends"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2024-11-07T22:15:00-08:00</published>
                <updated>2024-11-08T09:00:00Z</updated>
                <summary type="text">The council voted on Thursday to extend the mission by a year.</summary>
              </entry>
              <entry>
                <title>Talks Resume</title>
                <id>https://wire.example.org/talks-resume</id>
                <updated>2024-11-08T06:00:00+03:00</updated>
                <content type="html">&lt;p&gt;Talks between the two parties resumed on Friday after a pause of three
                  weeks, mediators said.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private ReadResult read(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return reader.read(List.of(p.toString()));
    }

    @Test
    void makesADocumentOfEachRssItemWithItsLinkTitleAndFullContent() throws IOException {
        ReadResult r = read("news.rss", RSS);
        assertThat(r.documents()).hasSize(3);
        Document first = r.documents().get(0);
        assertThat(first.source()).isEqualTo("https://news.example.com/world/police-arrive");
        assertThat(first.findTitle()).contains("Police Arrive in Port");
        assertThat(first.text()).startsWith("Police Arrive in Port\n\nThe first 400 officers landed in the capital")
                .contains("\n\nThe mission, approved by the council last year")
                .doesNotContain("Share on Facebook")
                .doesNotContain("The first officers landed on Tuesday."); // the description, when content is full
    }

    @Test
    void takesTheDescriptionWhenThereIsNoContentAndResolvesRelativeLinksAgainstTheFeed() throws IOException {
        Document second = read("news.rss", RSS).documents().get(1);
        assertThat(second.source()).isEqualTo("https://news.example.com/world/floods");
        assertThat(second.findTitle()).contains("Floods Hit the Coast & the Delta");
        assertThat(second.text()).isEqualTo("Floods Hit the Coast & the Delta\n\nHeavy rain flooded three towns.");
    }

    @Test
    void namesAnItemWithoutLinkByItsPlaceInTheFeed() throws IOException {
        ReadResult r = read("news.rss", RSS);
        Document third = r.documents().get(2);
        assertThat(third.source()).isEqualTo("news.rss#3");
        assertThat(third.text()).isEqualTo("A note with no title and no link.");
        assertThat(third.published()).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void keepsTheDayWrittenInThePubDateRatherThanShiftingItToUtc() throws IOException {
        ReadResult r = read("news.rss", RSS);
        // 23:30 at -05:00 is already the 6th in UTC; the publisher's day is the 5th
        assertThat(r.documents().get(0).published())
                .isEqualTo(new Published("2024-11-05", Published.Basis.METADATA, FeedReading.PUBLISHED_CONFIDENCE));
        assertThat(r.documents().get(1).published().value()).isEqualTo("2024-11-06");
    }

    @Test
    void readsAtomEntriesWithTheirPublishedOrElseUpdatedDate() throws IOException {
        ReadResult r = read("wire.atom", ATOM);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        Document council = r.documents().get(0);
        assertThat(council.source()).isEqualTo("https://wire.example.org/2024/council-extends");
        assertThat(council.text()).isEqualTo(
                "Council Extends the Mission\n\nThe council voted on Thursday to extend the mission by a year.");
        assertThat(council.published())
                .isEqualTo(new Published("2024-11-07", Published.Basis.METADATA, FeedReading.PUBLISHED_CONFIDENCE));
        Document talks = r.documents().get(1);
        assertThat(talks.source()).isEqualTo("https://wire.example.org/talks-resume"); // its id, a web address
        assertThat(talks.text()).startsWith("Talks Resume\n\nTalks between the two parties resumed on Friday");
        assertThat(talks.published())
                .isEqualTo(new Published("2024-11-08", Published.Basis.METADATA, FeedReading.UPDATED_CONFIDENCE));
    }

    @Test
    void readsRdfSiteSummaryItemsWithTheirDublinCoreDate() throws IOException {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://old.example.net/"><title>Old Site</title>
                    <link>https://old.example.net/</link><description>d</description></channel>
                  <item rdf:about="https://old.example.net/a">
                    <title>Harbour Reopens</title><link>https://old.example.net/a</link>
                    <description>The harbour reopened to ships on Monday.</description>
                    <dc:date>2024-10-28T07:00:00+01:00</dc:date>
                  </item>
                </rdf:RDF>
                """;
        ReadResult r = read("old.rdf", rdf);
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("https://old.example.net/a");
            assertThat(d.text()).isEqualTo("Harbour Reopens\n\nThe harbour reopened to ships on Monday.");
            assertThat(d.published().value()).isEqualTo("2024-10-28");
        });
    }

    @Test
    void recognizesFeedsByContentWhateverTheirName() throws IOException {
        assertThat(read("feed.xml", RSS).documents()).hasSize(3);
        assertThat(read("download", ATOM).documents()).hasSize(2);
        assertThat(read("no-declaration.txt.xml", ATOM.substring(ATOM.indexOf("<feed"))).documents()).hasSize(2);
    }

    @Test
    void readsAGzippedFeed() throws IOException {
        Path p = dir.resolve("news.rss.gz");
        Files.write(p, WebArchiveBytes.gzip(RSS.getBytes(StandardCharsets.UTF_8)));
        assertThat(reader.read(List.of(p.toString())).documents()).hasSize(3);
    }

    @Test
    void aGivenDateOverridesTheFeedDates() {
        DocumentReader dated = DocumentReader.builder().published("2024-12-01").build();
        ReadResult r = dated.read("news.rss", RSS.getBytes(StandardCharsets.UTF_8));
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.published()).isEqualTo(Published.given("2024-12-01")));
    }

    @Test
    void readsAnOldRss091FeedWithItsDoctype() throws IOException {
        String rss091 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://old.example.net/</link>
                  <description>d</description><language>en</language>
                  <item><title>Bridge Opens</title><link>https://old.example.net/bridge</link>
                    <description>The new bridge opened to traffic.</description></item>
                </channel></rss>
                """;
        ReadResult r = read("old.rss", rss091);
        assertThat(r.documents()).singleElement().satisfies(d ->
                assertThat(d.text()).isEqualTo("Bridge Opens\n\nThe new bridge opened to traffic."));
    }

    @Test
    void recognizesAFeedWithADoctypeByItsContentAlone() throws IOException {
        String rss091 = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://old.example.net/</link>
                  <description>d</description>
                  <item><title>Bridge Opens</title><link>https://old.example.net/bridge</link>
                    <description>The new bridge opened to traffic.</description></item>
                </channel></rss>
                """;
        ReadResult r = read("old-feed", rss091);
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("https://old.example.net/bridge");
            assertThat(d.text()).isEqualTo("Bridge Opens\n\nThe new bridge opened to traffic.");
        });
    }

    @Test
    void expandsAFewSmallInternalEntitiesInAFeedRecognizedByContent() throws IOException {
        String rss = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY council "the Security Council">
                  <!ENTITY mission "the support mission">
                ]>
                <rss version="2.0"><channel><title>t</title><link>https://e.example/</link><description>d</description>
                  <item><title>Vote</title><link>https://e.example/vote</link>
                    <description>&council; extended &mission; on Monday.</description></item>
                </channel></rss>
                """;
        ReadResult r = read("feed.xml", rss);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.text())
                .isEqualTo("Vote\n\nthe Security Council extended the support mission on Monday."));
    }

    @Test
    void neverExpandsExternalEntities() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String evil = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://e.example/</link><description>d"
                + "</description><item><title>Leak &x;</title><description>Body.</description></item>"
                + "</channel></rss>";
        ReadResult r = read("evil.rss", evil);
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.text()).doesNotContain("TOP SECRET"));
        assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("TOP SECRET"));
    }
}
