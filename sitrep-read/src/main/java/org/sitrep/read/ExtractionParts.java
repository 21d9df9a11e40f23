package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Article text that the page marks up as such but that lies outside the box chosen as the article: the
 * ingredients and steps of a recipe, marked with schema.org microdata ({@code itemprop="recipeIngredient"},
 * {@code recipeInstructions}). A recipe's lists are short lines and few commas, so paragraph scoring alone passes
 * them by, yet they are the recipe's text. And the standfirst of a page with no main heading: the paragraph
 * just before the article's box, marked as its description or teaser ({@code itemprop="description"},
 * {@code class="teaser-text"}). And the hidden pages of a gallery or slideshow that the page writes out whole
 * but shows one at a time.
 *
 * <p>Thread safety: stateless; may be used from any thread.
 *
 * <p>Failure: never throws; a page without such markup gives no parts.
 */
final class ExtractionParts {
    /** The microdata properties whose elements are a recipe's own text. */
    private static final Set<String> RECIPE_PROPERTIES = Set.of("recipeingredient", "ingredients",
            "recipeinstructions");

    private ExtractionParts() {
    }

    /**
     * The outermost elements of {@code order} (page order) marked as recipe text that lie neither inside nor around
     * any of {@code chosen}, in page order.
     */
    static List<Element> recipeParts(List<Element> order, List<Element> chosen) {
        List<Element> parts = new ArrayList<>();
        Element last = null;
        for (Element e : order) {
            if (e.attributesSize() == 0 || !e.hasAttr("itemprop")) {
                continue;
            }
            if (!RECIPE_PROPERTIES.contains(e.attr("itemprop").strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (last != null && HtmlArticleExtractor.isInside(e, last)) {
                continue;
            }
            if (HtmlArticleExtractor.overlapsAny(e, chosen)) {
                continue;
            }
            parts.add(e);
            last = e;
        }
        if (parts.size() < 2) {
            return parts;
        }
        // the recipe's box: the smallest element holding all its marked parts, with the sub-headings between them
        Element box = parts.get(0);
        for (Element p : parts) {
            while (!HtmlArticleExtractor.isInside(p, box)) {
                box = box.parent();
            }
        }
        if (box == null || box.normalName().equals("body") || HtmlArticleExtractor.overlapsAny(box, chosen)) {
            return parts;
        }
        return List.of(box);
    }

    /** Class and id words of the box that holds an article's standfirst, and microdata naming it. */
    private static final Set<String> STANDFIRST_WORDS = Set.of("teaser", "lead", "lede", "intro", "standfirst",
            "summary", "excerpt", "deck", "abstract", "description", "subtitle", "subheadline", "dek");

    /**
     * The paragraph that comes right before {@code first} (the first box of the article) with nothing but empty
     * elements between, when it or a box around it (up to three levels) is marked as the article's description
     * or teaser, and it reads as prose: a sentence of 60 characters or more, with few links.
     */
    static Optional<Element> findStandfirst(Element first, List<Element> order, Map<Element, Integer> index) {
        Integer at = index.get(first);
        if (at == null) {
            return Optional.empty();
        }
        for (int i = at - 1; i >= 0; i--) {
            Element e = order.get(i);
            if (HtmlArticleExtractor.isInside(first, e)) {
                continue; // a box around the article
            }
            if (!e.hasText()) {
                continue;
            }
            String text = HtmlArticleExtractor.squash(e.text());
            if (text.isEmpty()) {
                continue;
            }
            if (!isMarkedStandfirst(e) || text.length() < 60 || text.length() > 1200 || !endsLikeSentence(text)
                    || linkText(e) > text.length() * 0.1) {
                return Optional.empty();
            }
            // the whole marked box, not just its last paragraph
            Element box = e;
            while (box.parent() != null && !HtmlArticleExtractor.isInside(first, box.parent())
                    && HtmlArticleExtractor.squash(box.parent().text()).length() == text.length()) {
                box = box.parent();
            }
            return Optional.of(box);
        }
        return Optional.empty();
    }

    private static boolean isMarkedStandfirst(Element e) {
        Element up = e;
        for (int level = 0; up != null && level < 4; level++, up = up.parent()) {
            if (up.attributesSize() == 0) {
                continue;
            }
            if (up.attr("itemprop").equalsIgnoreCase("description")) {
                return true;
            }
            for (String attr : List.of("class", "id")) {
                for (String w : up.attr(attr).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
                    if (STANDFIRST_WORDS.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) {
            n += a.text().length();
        }
        return n;
    }

    private static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        if (i >= 0 && "\"”’)".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(text.charAt(i)) >= 0;
    }

    /** Class words that only show or hide a box. */
    private static final Set<String> SHOWING_WORDS = Set.of("hidden", "hide", "is-hidden", "d-none", "active",
            "is-active", "visible", "show", "shown", "current", "selected", "open", "closed", "collapsed", "in");

    /**
     * Whether {@code hidden}, a box hidden by its style or attributes, is one page of a series the page shows one
     * at a time (a gallery or a slideshow written out whole, each slide with its text): a sibling of the same tag
     * and the same class, apart from words that show or hide, is shown. Such pages are the article's text; a
     * hidden box with no shown twin (a dialog, a menu, a copy for another screen) is not.
     */
    static boolean isHiddenPageOfShownSeries(Element hidden) {
        Element parent = hidden.parent();
        String kind = layoutClass(hidden);
        if (parent == null || kind.isEmpty() || hidden.normalName().equals("body")) {
            return false;
        }
        for (Element sibling : parent.children()) {
            if (sibling != hidden && sibling.normalName().equals(hidden.normalName())
                    && kind.equals(layoutClass(sibling)) && !isHidden(sibling)) {
                return true;
            }
        }
        return false;
    }

    /** Hidden from the reader by the {@code hidden} attribute, {@code aria-hidden} or {@code display: none}. */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        return style.indexOf("none") >= 0 && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    /** The class words of {@code e} less those that only show or hide it, sorted and joined. */
    private static String layoutClass(Element e) {
        List<String> words = new ArrayList<>();
        for (String w : e.attr("class").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !SHOWING_WORDS.contains(w)) {
                words.add(w);
            }
        }
        words.sort(null);
        return String.join(" ", words);
    }
}
