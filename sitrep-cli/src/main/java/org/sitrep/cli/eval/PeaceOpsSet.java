package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sitrep.read.ScrapeHeader;

/**
 * The peaceops evaluation set as its README lays it out: {@code docs/NNN.txt} (four header lines, a blank line, the
 * text), {@code gold/NNN.jsonl} (one fact a line) and {@code missions.json} (mission id to names and aliases).
 *
 * <p>Thread safety: immutable once read.
 *
 * <p>Failure: {@link #read} throws {@link IllegalArgumentException} when the folder is not the set (no
 * {@code docs/} or {@code gold/}); a document whose file cannot be read or whose header is malformed is kept with its
 * {@link Article#problem()} set, so that its gold still counts as misses.
 */
public final class PeaceOpsSet {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One article of the set.
     *
     * @param id the file's number ("001")
     * @param url the {@code url:} header
     * @param title the {@code title:} header
     * @param published the {@code published:} date without its "(from events)" note, or null when unknown
     * @param text the text after the header
     * @param gold its gold facts
     * @param problem why it could not be read, or null
     */
    public record Article(String id, String url, String title, String published, String text, List<GoldFact> gold,
            String problem) {
        public Article {
            gold = List.copyOf(gold);
        }
    }

    /**
     * One gold fact: its kind, its slots as the JSON gives them, its evidence, and the other readings ({@code alt})
     * with their slots laid over the first.
     *
     * @param kind the fact kind
     * @param readings the first reading's slots, then each {@code alt} reading's whole slots
     * @param evidence the verbatim evidence
     */
    public record GoldFact(String kind, List<Map<String, JsonNode>> readings, String evidence) {
        public GoldFact {
            readings = List.copyOf(readings);
        }

        static GoldFact of(JsonNode node) {
            Map<String, JsonNode> base = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("alt") && !e.getKey().equals("evidence")) {
                    base.put(e.getKey(), e.getValue());
                }
            }
            List<Map<String, JsonNode>> readings = new ArrayList<>();
            readings.add(base);
            JsonNode alt = node.get("alt");
            List<JsonNode> alts = alt == null ? List.of() : alt.isArray() ? list(alt) : List.of(alt);
            for (JsonNode a : alts) {
                Map<String, JsonNode> r = new LinkedHashMap<>(base);
                a.fields().forEachRemaining(e -> r.put(e.getKey(), e.getValue()));
                readings.add(r);
            }
            return new GoldFact(node.path("kind").asText(), readings, node.path("evidence").asText(""));
        }

        private static List<JsonNode> list(JsonNode array) {
            List<JsonNode> out = new ArrayList<>();
            array.forEach(out::add);
            return out;
        }
    }

    private final List<Article> articles;
    private final Map<String, List<String>> missions;

    private PeaceOpsSet(List<Article> articles, Map<String, List<String>> missions) {
        this.articles = List.copyOf(articles);
        this.missions = Map.copyOf(missions);
    }

    /** The articles, in file order. */
    public List<Article> articles() {
        return articles;
    }

    /** Mission id to its names and aliases. */
    public Map<String, List<String>> missions() {
        return missions;
    }

    /** Reads the set in {@code dir}. */
    public static PeaceOpsSet read(Path dir) {
        Path docs = dir.resolve("docs");
        Path gold = dir.resolve("gold");
        if (!Files.isDirectory(docs) || !Files.isDirectory(gold)) {
            throw new IllegalArgumentException("not a peaceops set: expected docs/ and gold/ folders");
        }
        Map<String, List<String>> missions = new LinkedHashMap<>();
        Path missionsFile = dir.resolve("missions.json");
        if (Files.isRegularFile(missionsFile)) {
            try {
                JsonNode m = MAPPER.readTree(missionsFile.toFile());
                m.fields().forEachRemaining(e -> {
                    List<String> names = new ArrayList<>();
                    e.getValue().forEach(n -> names.add(n.asText()));
                    missions.put(e.getKey(), names);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + missionsFile + ": " + e.getMessage(), e);
            }
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + gold + ": " + e.getMessage(), e);
        }
        List<Article> articles = new ArrayList<>();
        for (Path g : files) {
            String id = g.getFileName().toString().replaceFirst("\\.jsonl$", "");
            articles.add(readArticle(id, docs.resolve(id + ".txt"), g));
        }
        return new PeaceOpsSet(articles, missions);
    }

    private static Article readArticle(String id, Path doc, Path goldFile) {
        List<GoldFact> gold = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    gold.add(GoldFact.of(MAPPER.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile + ": " + e.getMessage(), e);
        }
        String raw;
        try {
            raw = Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Article(id, null, null, null, null, gold, doc + ": cannot be read (" + e.getMessage() + ")");
        }
        // the header is read as Sitrep reads any scrape's header of key: value lines
        Optional<ScrapeHeader> header = ScrapeHeader.find(raw);
        if (header.isEmpty() || header.get().url() == null) {
            return new Article(id, null, null, null, null, gold, doc + ": no header of key: value lines with a url: "
                    + "before a blank line");
        }
        ScrapeHeader h = header.get();
        return new Article(id, h.url(), h.title(), h.published(), raw.substring(h.end()), gold, null);
    }
}
