package org.sitrep.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the article's boxes in a page cleaned of non-text elements, Readability-style: each paragraph scores its
 * parent and grandparent by its length and commas, a container's score is cut by its share of link text, the best
 * box is promoted to a shared ancestor or narrowed to the one {@code <article>} that holds most of its text, and the
 * siblings that score nearly as well are taken with it (other {@code <article>}s beside it are not). The lead and
 * the other parts of the article are then added ({@link ExtractionParts}) and the cleanup rules applied
 * ({@link ArticleBoxCleanup}).
 *
 * <p>Thread safety: stateless; may be used from any thread, but changes the page it is given (the cleanup), which
 * must not be shared meanwhile.
 *
 * <p>Failure: never throws; a page with no body gives no boxes, and a page with nothing to score gives its body.
 */
final class ArticleBoxChoice {
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "body", "content", "entry", "hentry", "main",
            "page", "post", "text", "blog", "story", "articlebody", "article-body", "story-body", "storytext");
    private static final Set<String> NEGATIVE_WORDS = Set.of("hidden", "banner", "combx", "comment", "com", "contact",
            "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
            "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "social",
            "nav", "menu");
    private static final Set<String> PARAGRAPH_CHILD_BLOCKS = Set.of("p", "div", "section", "article", "table", "ul",
            "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

    /** The article's boxes under {@code body} in page order, cleaned by the rules of {@link ArticleBoxCleanup}. */
    static List<Element> bestContent(Element body) {
        if (body == null) {
            return List.of();
        }
        List<Element> order = new ArrayList<>();
        Map<Element, BoxStats> stats = BoxStats.statsOf(body, order);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : order) {
            String tag = e.normalName();
            boolean container = tag.equals("div") || tag.equals("section") || tag.equals("td");
            if (!container && !tag.equals("p") && !tag.equals("pre") && !tag.equals("blockquote")) {
                continue;
            }
            if (container && hasBlockChild(e)) {
                continue;
            }
            BoxStats st = stats.get(e);
            if (st.chars < 25) {
                continue;
            }
            double score = 1 + st.commas + Math.min(st.chars / 100.0, 3.0);
            Element parent = e.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                Element candidate = parent;
                scores.computeIfAbsent(candidate, ArticleBoxChoice::initialScore);
                scores.merge(candidate, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
                if (candidate == body) {
                    break;
                }
            }
        }
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            BoxStats st = stats.get(s.getKey());
            finalScores.put(s.getKey(), s.getValue() * (1 - (st == null ? 0 : BoxStats.linkDensity(st))));
        }
        List<Element> ranked = new ArrayList<>(finalScores.keySet());
        ranked.sort((a, b) -> Double.compare(finalScores.get(b), finalScores.get(a)));
        if (ranked.isEmpty()) {
            return List.of(body);
        }
        Element top = narrowToArticle(promote(ranked, finalScores, body), stats);
        double topScore = finalScores.getOrDefault(top, 0.0);
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            if (top.normalName().equals("article") && sibling.normalName().equals("article")) {
                continue; // another story beside the chosen one
            }
            Double s = finalScores.get(sibling);
            if (s != null && s >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                BoxStats st = stats.get(sibling);
                if (st == null) {
                    continue;
                }
                double ld = BoxStats.linkDensity(st);
                if ((st.chars > 80 && ld < 0.25)
                        || (st.chars > 0 && ld == 0 && ExtractionLines.endsLikeSentence(sibling.text()))) {
                    out.add(sibling);
                }
            }
        }
        List<Element> chosen = ExtractionParts.withLeadAndParts(out, top, order, stats);
        ArticleBoxCleanup.dropCreditAndDateLines(chosen, stats);
        ArticleBoxCleanup.dropEmphasizedEndNotes(chosen, stats);
        return chosen;
    }

    /**
     * Readability's second look at the best box: when several nearly-as-good boxes share an ancestor, the article
     * is that ancestor; and a parent that scores higher than the box, or a box that is its parent's only child,
     * gives way to the parent.
     */
    private static Element promote(List<Element> ranked, Map<Element, Double> scores, Element body) {
        Element top = ranked.get(0);
        double topScore = scores.get(top);
        List<Set<Element>> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (topScore > 0 && scores.get(ranked.get(i)) / topScore >= 0.75) {
                Set<Element> ancestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                ancestors.addAll(ranked.get(i).parents());
                alternatives.add(ancestors);
            }
        }
        if (alternatives.size() >= 3) {
            for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
                final Element ancestor = up;
                if (alternatives.stream().filter(a -> a.contains(ancestor)).count() >= 3) {
                    top = ancestor;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, 0.0);
        for (Element up = top.parent(); up != null && up != body; up = up.parent()) {
            Double s = scores.get(up);
            if (s == null) {
                continue;
            }
            if (s < last / 3) {
                break;
            }
            if (s > last) {
                top = up;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * The one {@code <article>} inside {@code top} that holds most of its paragraph text, when {@code top} is a
     * wider box (a page wrapper that also holds cards of other stories, each an {@code <article>} of its own);
     * else {@code top}.
     */
    private static Element narrowToArticle(Element top, Map<Element, BoxStats> stats) {
        BoxStats all = stats.get(top);
        if (all == null || all.pChars < NonTextRemoval.MIN_ARTICLE_PARAGRAPH_CHARS || top.normalName().equals("article")) {
            return top;
        }
        Element best = null;
        int bestChars = 0;
        for (Element a : top.getElementsByTag("article")) {
            BoxStats st = stats.get(a);
            if (st != null && st.pChars > bestChars) {
                best = a;
                bestChars = st.pChars;
            }
        }
        return best != null && bestChars >= all.pChars * ARTICLE_SHARE ? best : top;
    }

    /** The share of a wide box's paragraph text that one article inside it must hold to stand for the box. */
    private static final double ARTICLE_SHARE = 0.6;

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25;
        }
        List<String> words = NonTextRemoval.classAndIdWords(e);
        if (words.stream().anyMatch(POSITIVE_WORDS::contains)) {
            score += 25;
        }
        if (words.stream().anyMatch(NEGATIVE_WORDS::contains)) {
            score -= 25;
        }
        return score;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (PARAGRAPH_CHILD_BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private ArticleBoxChoice() {
    }
}
