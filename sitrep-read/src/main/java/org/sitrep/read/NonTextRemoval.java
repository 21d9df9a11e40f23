package org.sitrep.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Takes out of a parsed page the elements that are never article text before the article's box is chosen: by
 * tag, ARIA role and hidden state; the site's header; and, on the first of two passes, boxes whose class and id
 * words mark them as unlikely (after Mozilla's Readability), unless a box holds most of the page's paragraph text
 * (broken markup and page templates wrap the article in such boxes). Also reads an element's class and id words.
 *
 * <p>Thread safety: stateless; may be used from any thread, but changes the page it is given, which must not be
 * shared meanwhile.
 *
 * <p>Failure: never throws; a page with no body is left as it is.
 */
final class NonTextRemoval {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "iframe", "svg",
            "canvas", "object", "embed", "form", "button", "input", "select", "textarea", "nav", "aside", "footer",
            "figure", "figcaption", "menu", "dialog", "video", "audio", "picture", "map", "head");
    private static final Set<String> NON_TEXT_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "search", "dialog", "alert", "toolbar");
    /** An element that holds the article: {@code <article>}, {@code <main>} or one marked as the article's body. */
    static final Evaluator ARTICLE_CONTAINER = QueryParser.parse("article, main, [itemprop=articleBody]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator NAVIGATION = QueryParser.parse("nav, [role=navigation]");

    /** Words in class or id that mark a box that is not the article (after Readability's "unlikely candidates"). */
    private static final Set<String> UNLIKELY_WORDS = Set.of("ad", "ads", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "comment", "comments", "community", "cookie", "cookies", "consent",
            "disqus", "footer", "gdpr", "masthead", "menu", "modal", "nav", "navbar", "navigation", "newsletter",
            "outbrain", "pagination", "pager", "popup", "promo", "recommended", "related", "remark", "replies", "rss",
            "share", "sharing", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "sponsored", "subscribe",
            "subscription", "signup", "taboola", "tags", "toolbar", "trending", "most-read", "mostread",
            "popular", "byline-share", "caption", "credit", "credits", "bio", "author", "authors", "paywall",
            "disclaimer", "copyright", "newsletters", "sign", "login", "register", "advertisment", "cta");

    /** Words that keep a box even when an unlikely word is present. */
    private static final Set<String> MAYBE_WORDS = Set.of("article", "body", "content", "main", "story", "entry",
            "post", "text", "column");

    /**
     * Removes from {@code body} the comments and the elements that are never article text, and, when
     * {@code byClassWords}, the boxes that their class and id words mark as unlikely.
     */
    static void removeNonText(Element body, boolean byClassWords) {
        if (body == null) {
            return;
        }
        Map<Element, BoxStats> stats = byClassWords ? BoxStats.statsOf(body, new ArrayList<>()) : Map.of();
        BoxStats all = stats.get(body);
        Map<Element, Set<String>> shownKinds = new IdentityHashMap<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && e != body) {
                    if (isNeverText(e, shownKinds) && !(byClassWords && isPageRegion(e) && holdsMostOfTheText(e, stats, all))) {
                        return FilterResult.REMOVE;
                    }
                    if (byClassWords && isUnlikelyByWords(e) && !holdsMostOfTheText(e, stats, all)) {
                        return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
    }

    /**
     * Whether a box marked unlikely by its class or id words (a layout class such as {@code fixed-sidebar-layout}
     * or {@code above-footer} may name the article's own box) still holds most of the page's paragraph text, so
     * that it is the article's box or one around it. Comment boxes never count.
     */
    private static boolean holdsMostOfTheText(Element e, Map<Element, BoxStats> stats, BoxStats all) {
        BoxStats s = stats.get(e);
        if (s == null || all == null || s.pChars < MIN_ARTICLE_PARAGRAPH_CHARS || s.pChars < all.pChars * 0.5) {
            return false;
        }
        for (String w : classAndIdWords(e)) {
            if (COMMENT_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static final int MIN_ARTICLE_PARAGRAPH_CHARS = 400;
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus", "replies", "remark",
            "reply", "respond", "discussion", "popup", "modal", "overlay", "dialog");

    /**
     * A header, form, side column or landmark region ({@code role=banner}, {@code navigation}…) that broken
     * markup (an unclosed header) or a site's templates (an ASP.NET page form) may wrap around the whole page or
     * the article; not a hidden box or a dialog.
     */
    private static boolean isPageRegion(Element e) {
        String tag = e.normalName();
        if ((NEVER_TEXT.contains(tag) && !WRAPPING_TAGS.contains(tag)) || ExtractionParts.isHidden(e)) {
            return false;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        return !role.equals("dialog") && !role.equals("alert");
    }
    /** Tags that are never article text but that some sites wrap around the whole page or the article. */
    private static final Set<String> WRAPPING_TAGS = Set.of("form", "aside", "header", "footer");

    /** Never article text by its tag, its being hidden, or its ARIA role. */
    private static boolean isNeverText(Element e, Map<Element, Set<String>> shownKinds) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return !(tag.equals("figure") && e.selectFirst("table") != null); // a table set as a figure is text
        }
        if (tag.equals("header") && e.closest(ARTICLE_CONTAINER) == null
                && !isArticleHeader(e)) {
            return true; // the site's header; an article's own header holds its heading and byline
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (ExtractionParts.isHidden(e)) {
            return !ExtractionParts.isHiddenPageOfShownSeries(e, shownKinds);
        }
        if (NON_TEXT_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return false;
    }

    /**
     * A header that holds the page's main heading as text of its own (an {@code <h1>} that is no link, as a site's
     * logo is) and no navigation: the article's header, with its heading and standfirst, though the page sets it
     * outside any {@code <article>} element.
     */
    private static boolean isArticleHeader(Element header) {
        Element h1 = header.selectFirst(H1);
        if (h1 == null || h1.selectFirst(LINK) != null || h1.closest(LINK) != null) {
            return false;
        }
        return header.selectFirst(NAVIGATION) == null;
    }

    /** Marked as not the article by its class and id words (and holding no article or main element). */
    private static boolean isUnlikelyByWords(Element e) {
        String tag = e.normalName();
        if (e.attributesSize() == 0 || tag.equals("article") || tag.equals("main") || tag.equals("body")) {
            return false;
        }
        List<String> words = classAndIdWords(e);
        boolean unlikely = words.stream()
                .anyMatch(w -> UNLIKELY_WORDS.contains(w) || ExtractionWords.hasUnlikelyStem(w));
        if (!unlikely || words.stream().anyMatch(MAYBE_WORDS::contains)) {
            return false;
        }
        return e.selectFirst(ARTICLE_CONTAINER) == null;
    }

    /** The lower-cased class and id words of {@code e}, whole and in their parts split at '-'. */
    static List<String> classAndIdWords(Element e) {
        List<String> words = new ArrayList<>();
        addWords(e.attributesSize() == 0 ? "" : e.attr("class"), words);
        addWords(e.attributesSize() == 0 ? "" : e.attr("id"), words);
        return words;
    }

    /** Adds the lower-cased words of {@code raw} split at white space and '_', and the parts of each at '-'. */
    private static void addWords(String raw, List<String> words) {
        int n = raw.length();
        int i = 0;
        while (i < n) {
            while (i < n && isWordBreak(raw.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWordBreak(raw.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = raw.substring(start, i).toLowerCase(Locale.ROOT);
                words.add(w);
                if (w.indexOf('-') >= 0) {
                    for (String part : w.split("-")) {
                        if (!part.isEmpty()) {
                            words.add(part);
                        }
                    }
                }
            }
        }
    }

    private static boolean isWordBreak(char c) {
        return c == '_' || Character.isWhitespace(c);
    }

    private NonTextRemoval() {
    }
}
