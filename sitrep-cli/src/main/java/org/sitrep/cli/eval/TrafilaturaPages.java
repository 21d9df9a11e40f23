package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the pages of the trafilatura evaluation set ({@code evaldata.json} with {@code cache/} and {@code eval/}
 * holding the gzipped HTML) that carry a gold publication date, as the set's README describes: the HTML of an
 * entry's {@code file} is {@code cache/<file>.gz}, else {@code eval/<file>.gz}, and paths are built from the JSON
 * string, never by globbing.
 *
 * <p>The gold {@code date} is a day ({@code YYYY-MM-DD}); the two malformed ones of the set ({@code 2022-01.26},
 * {@code 2022-11-1}) are read as the day they plainly mean. Entries with no date, or whose HTML is absent, are left
 * out.
 *
 * <p>Thread safety: stateless.
 *
 * <p>Failure: throws {@link IllegalArgumentException} if {@code dir} has no {@code evaldata.json}, and
 * {@link UncheckedIOException} if it cannot be read or parsed.
 */
final class TrafilaturaPages {
    private static final Pattern DAY = Pattern.compile("^(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})$");

    /**
     * One page with a gold publication date.
     *
     * @param url the page's URL (the key in {@code evaldata.json})
     * @param html the gzipped HTML file
     * @param gold the gold publication day
     */
    record Page(String url, Path html, LocalDate gold) {
    }

    /**
     * One page with a gold title.
     *
     * @param url the page's URL (the key in {@code evaldata.json})
     * @param html the gzipped HTML file
     * @param title the gold title, as the set's metadata gives it
     */
    record TitledPage(String url, Path html, String title) {
    }

    private TrafilaturaPages() {
    }

    /** The pages of the set in {@code dir} that carry a gold title, in the order of {@code evaldata.json}. */
    static List<TitledPage> titledPages(Path dir) {
        List<TitledPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold(dir).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String title = e.getValue().path("title").asText("").strip();
            String file = e.getValue().path("file").asText("");
            if (title.isEmpty() || file.isEmpty()) {
                continue;
            }
            findHtml(dir, file).ifPresent(html -> pages.add(new TitledPage(e.getKey(), html, title)));
        }
        return pages;
    }

    /** The dated pages of the set in {@code dir}, in the order of {@code evaldata.json}. */
    static List<Page> datedPages(Path dir) {
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold(dir).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Optional<LocalDate> date = findGoldDay(e.getValue().path("date").asText(""));
            String file = e.getValue().path("file").asText("");
            if (date.isEmpty() || file.isEmpty()) {
                continue;
            }
            findHtml(dir, file).ifPresent(html -> pages.add(new Page(e.getKey(), html, date.get())));
        }
        return pages;
    }

    /** Whether {@code dir} holds the set (its {@code evaldata.json}). */
    static boolean isSet(Path dir) {
        return Files.isRegularFile(dir.resolve("evaldata.json"));
    }

    private static JsonNode gold(Path dir) {
        Path gold = dir.resolve("evaldata.json");
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException(dir + " has no evaldata.json: not the trafilatura evaluation set");
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(gold.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold + ": " + e.getMessage(), e);
        }
        return root;
    }

    /** The day a gold {@code date} field gives, if it gives one. */
    static Optional<LocalDate> findGoldDay(String raw) {
        Matcher m = DAY.matcher(raw.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> findHtml(Path dir, String file) {
        for (String folder : List.of("cache", "eval")) {
            Path p = dir.resolve(folder).resolve(file + ".gz");
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
