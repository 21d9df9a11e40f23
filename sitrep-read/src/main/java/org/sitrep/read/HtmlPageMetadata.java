package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * A page's meta tags and JSON-LD blocks, read once: the content of the first non-empty {@code <meta>} of each
 * name ({@code property}, else {@code name}, else {@code itemprop}; compared ignoring case), and the JSON-LD trees,
 * parsed when first asked for.
 *
 * <p>Thread safety: not thread-safe; one per page, used by one thread. Failure: JSON-LD that does not parse is
 * skipped.
 */
final class HtmlPageMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> metas = new HashMap<>();
    private final org.jsoup.nodes.Document page;
    private List<JsonNode> jsonLd;

    HtmlPageMetadata(org.jsoup.nodes.Document page) {
        this.page = page;
        for (Element m : page.getElementsByTag("meta")) {
            if (!m.hasAttr("content")) {
                continue;
            }
            String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.attr("itemprop");
            if (name.isEmpty()) {
                continue;
            }
            String v = HtmlTextBlocks.squash(m.attr("content"));
            if (!v.isEmpty()) {
                metas.putIfAbsent(name.toLowerCase(Locale.ROOT), v);
            }
        }
    }

    /** The content of the first non-empty meta tag named {@code key} (any case). */
    Optional<String> find(String key) {
        return Optional.ofNullable(metas.get(key.toLowerCase(Locale.ROOT)));
    }

    /** The page's JSON-LD blocks that parse, in page order. */
    List<JsonNode> jsonLd() {
        if (jsonLd == null) {
            jsonLd = new ArrayList<>();
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    JsonNode tree = JSON.readTree(script.data());
                    if (tree != null) {
                        jsonLd.add(tree);
                    }
                } catch (Exception badJson) { // Jackson's exceptions, and a page's JSON-LD may be any mess
                    // skipped
                }
            }
        }
        return jsonLd;
    }

    /**
     * The first result that {@code visit} gives for an object of a JSON-LD tree, walking {@code node} first and
     * then its children in order, each with its own children before the next, to at most {@code maxDepth} levels
     * below {@code node}; empty when {@code node} is null or no object gives one. Thread safety: as {@code visit}.
     */
    static <T> Optional<T> findInJsonLd(JsonNode node, int maxDepth, Function<JsonNode, Optional<T>> visit) {
        return findInJsonLd(node, 0, maxDepth, visit);
    }

    private static <T> Optional<T> findInJsonLd(JsonNode node, int depth, int maxDepth,
            Function<JsonNode, Optional<T>> visit) {
        if (node == null || depth > maxDepth) {
            return Optional.empty();
        }
        if (node.isObject()) {
            Optional<T> here = visit.apply(node);
            if (here.isPresent()) {
                return here;
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                Optional<T> found = findInJsonLd(child, depth + 1, maxDepth, visit);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
