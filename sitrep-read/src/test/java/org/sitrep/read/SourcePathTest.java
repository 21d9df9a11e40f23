package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;

/** A document read from a file never carries the absolute path of the machine that read it as its source. */
class SourcePathTest {
    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.builder().build();

    @Test
    void aFileGivenByItsAbsolutePathHasItsNameForSource() throws IOException {
        Path file = Files.writeString(dir.resolve("port.txt"), "Police Arrive\n\nThe officers landed on Tuesday.");
        Document d = reader.read(List.of(file.toAbsolutePath().toString())).documents().get(0);
        assertThat(d.source()).isEqualTo("port.txt").doesNotContain(dir.toString());
    }

    @Test
    void aFileFoundInADirectoryHasItsPathFromTheDirectorysName() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news/world"));
        Files.writeString(news.resolve("port.txt"), "Police Arrive\n\nThe officers landed on Tuesday.");
        ReadResult r = reader.read(List.of(dir.resolve("news").toAbsolutePath().toString()));
        assertThat(r.documents()).singleElement().satisfies(d ->
                assertThat(d.source()).isEqualTo("news/world/port.txt"));
    }

    @Test
    void theSameFileGivenTwoWaysIsTheSameDocument() throws IOException {
        Path file = Files.writeString(dir.resolve("port.txt"), "Police Arrive\n\nThe officers landed on Tuesday.");
        Document byPath = reader.read(List.of(file.toString())).documents().get(0);
        Document byFolder = reader.read(List.of(dir.toString())).documents().get(0);
        assertThat(byFolder.id()).isEqualTo(byPath.id());
    }

    @Test
    void diagnosticsStillNameTheInputAsGiven() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        ReadResult r = reader.read(List.of(empty.toString()));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.input()).isEqualTo(empty.toString()));
    }

    @Test
    void feedItemsKeepTheirLinks() throws IOException {
        Path feed = Files.writeString(dir.resolve("news.rss"), FeedReadingTest.RSS);
        assertThat(reader.read(List.of(feed.toAbsolutePath().toString())).documents().get(0).source())
                .isEqualTo("https://news.example.com/world/police-arrive");
    }
}
