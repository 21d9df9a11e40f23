package org.sitrep.read.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.read.fetch.ConditionalCache.Validators;

class DirectoryConditionalCacheTest {
    @TempDir
    Path dir;

    private final URI feed = URI.create("http://127.0.0.1:8080/feed.xml");

    @Test
    void validatorsOutliveTheCacheObjectThatWroteThem() {
        Path root = dir.resolve("not/yet/there");
        new DirectoryConditionalCache(root).remember(feed, new Validators("\"v1\"", "Tue, 01 Apr 2025 10:00:00 GMT"));
        assertThat(new DirectoryConditionalCache(root).find(feed))
                .contains(new Validators("\"v1\"", "Tue, 01 Apr 2025 10:00:00 GMT"));
    }

    @Test
    void aFragmentDoesNotMakeAnotherEntryButAQueryDoes() {
        ConditionalCache cache = ConditionalCache.inDirectory(dir);
        cache.remember(feed, new Validators("W/\"x\"", null));
        assertThat(cache.find(URI.create(feed + "#top"))).contains(new Validators("W/\"x\"", null));
        assertThat(cache.find(URI.create(feed + "?page=2"))).isEmpty();
    }

    @Test
    void forgettingOrRememberingNothingRemovesTheEntry() {
        ConditionalCache cache = ConditionalCache.inDirectory(dir);
        cache.remember(feed, new Validators("\"v1\"", null));
        cache.remember(feed, new Validators(null, " "));
        assertThat(cache.find(feed)).isEmpty();
        cache.remember(feed, new Validators("\"v2\"", null));
        cache.forget(feed);
        assertThat(cache.find(feed)).isEmpty();
    }

    @Test
    void aCorruptEntryThrowsWithTheFileNamed() throws IOException {
        ConditionalCache cache = ConditionalCache.inDirectory(dir);
        cache.remember(feed, new Validators("\"v1\"", null));
        try (var files = Files.list(dir)) {
            Path entry = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            Files.writeString(entry, "{not json");
        }
        assertThatThrownBy(() -> cache.find(feed)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("unreadable");
    }

    @Test
    void noneRemembersNothing() {
        ConditionalCache none = ConditionalCache.none();
        none.remember(feed, new Validators("\"v1\"", null));
        assertThat(none.find(feed)).isEmpty();
    }
}
