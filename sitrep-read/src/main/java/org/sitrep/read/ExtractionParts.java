package org.sitrep.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Article text that the page marks up as such but that lies outside the box chosen as the article: the
 * ingredients and steps of a recipe, marked with schema.org microdata ({@code itemprop="recipeIngredient"},
 * {@code recipeInstructions}). A recipe's lists are short lines and few commas, so paragraph scoring alone passes
 * them by, yet they are the recipe's text. And the standfirst of a page with no main heading: the paragraph
 * just before the article's box, marked as its description or teaser ({@code itemprop="description"},
 * {@code class="teaser-text"}). And the hidden pages of a gallery or slideshow that the page writes out whole
 * but shows one at a time. And the two kinds of article text that lie apart from the chosen boxes in any page: the
 * lead (standfirst) between the page's main heading and the first chosen box, and the other parts of an article
 * that the page splits into several boxes of one kind with ads or asides between them.
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
    static List<Element> recipeParts(List<Element> order, List<Element> chosen, PageOrder tree) {
        List<Element> parts = new ArrayList<>();
        Element last = null;
        for (Element e : order) {
            if (e.attributesSize() == 0 || !e.hasAttr("itemprop")) {
                continue;
            }
            if (!RECIPE_PROPERTIES.contains(e.attr("itemprop").strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (last != null && tree.inside(e, last)) {
                continue;
            }
            if (overlapsAny(e, chosen, tree)) {
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
            while (!tree.inside(p, box)) {
                box = box.parent();
            }
        }
        if (box == null || box.normalName().equals("body") || overlapsAny(box, chosen, tree)) {
            return parts;
        }
        return List.of(box);
    }

    /** Class and id words of the box that holds an article's standfirst, and microdata naming it. */
    /** What separates the words and parts of a class or id attribute: white space, '_' and '-'. */
    private static final Pattern ATTRIBUTE_WORD_BREAK = Pattern.compile("[\\s_-]+");
    /** What separates the words of a class attribute. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Set<String> STANDFIRST_WORDS = Set.of("teaser", "lead", "lede", "intro", "standfirst",
            "summary", "excerpt", "deck", "abstract", "description", "subtitle", "subheadline", "dek");

    /**
     * The paragraph that comes right before {@code first} (the first box of the article) with nothing but empty
     * elements between, when it or a box around it (up to three levels) is marked as the article's description
     * or teaser, and it reads as prose: a sentence of 60 characters or more, with few links.
     */
    static Optional<Element> findStandfirst(Element first, List<Element> order, PageOrder tree, BoxTexts texts) {
        Integer at = tree.index().get(first);
        if (at == null) {
            return Optional.empty();
        }
        for (int i = at - 1; i >= 0; i--) {
            Element e = order.get(i);
            if (tree.inside(first, e)) {
                continue; // a box around the article
            }
            if (!e.hasText()) {
                continue;
            }
            String text = texts.squashed(e);
            if (text.isEmpty()) {
                continue;
            }
            if (!isMarkedStandfirst(e) || text.length() < 60 || text.length() > 1200
                    || !ExtractionLines.endsLikeSentence(text)
                    || linkText(e) > text.length() * 0.1) {
                return Optional.empty();
            }
            // the whole marked box, not just its last paragraph
            Element box = e;
            while (box.parent() != null && !tree.inside(first, box.parent())
                    && texts.squashed(box.parent()).length() == text.length()) {
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
                for (String w : ATTRIBUTE_WORD_BREAK.split(up.attr(attr).toLowerCase(Locale.ROOT))) {
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

    /** Class words that only show or hide a box. */
    private static final Set<String> SHOWING_WORDS = Set.of("hidden", "hide", "is-hidden", "d-none", "active",
            "is-active", "visible", "show", "shown", "current", "selected", "open", "closed", "collapsed", "in");

    /**
     * Whether {@code hidden}, a box hidden by its style or attributes, is one page of a series the page shows one
     * at a time (a gallery or a slideshow written out whole, each slide with its text): a sibling of the same tag
     * and the same class, apart from words that show or hide, is shown. Such pages are the article's text; a
     * hidden box with no shown twin (a dialog, a menu, a copy for another screen) is not.
     */
    static boolean isHiddenPageOfShownSeries(Element hidden, Map<Element, Set<String>> shownKinds) {
        Element parent = hidden.parent();
        String kind = layoutClass(hidden);
        if (parent == null || kind.isEmpty() || hidden.normalName().equals("body")) {
            return false;
        }
        return shownKinds.computeIfAbsent(parent, ExtractionParts::shownKinds).contains(hidden.normalName() + " " + kind);
    }

    /**
     * The tag and layout class of each shown child of {@code parent} that has a class: found once per parent, so
     * that a box of many hidden slides is read once, not once per slide.
     */
    private static Set<String> shownKinds(Element parent) {
        Set<String> kinds = new java.util.HashSet<>();
        for (Element c : parent.children()) {
            if (!isHidden(c)) {
                String k = layoutClass(c);
                if (!k.isEmpty()) {
                    kinds.add(c.normalName() + " " + k);
                }
            }
        }
        return kinds;
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
        for (String w : WHITE_SPACE.split(e.attr("class").toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !SHOWING_WORDS.contains(w)) {
                words.add(w);
            }
        }
        words.sort(null);
        return String.join(" ", words);
    }

    /** How many boxes of the chosen box's kind may lie elsewhere before the kind is taken for a layout box. */
    private static final int MAX_SPLIT_PARTS = 8;

    /** How much text of a lead (standfirst) between the main heading and the chosen box is taken at most. */
    private static final int MAX_LEAD_CHARS = 1200;

    /** Class and id words of boxes between the heading and the article that are never its lead. */
    private static final Set<String> NOT_LEAD_WORDS = Set.of("byline", "author", "authors", "date", "time",
            "meta", "caption", "credit", "credits", "tags", "tag", "category", "categories", "breadcrumb",
            "breadcrumbs", "kicker", "eyebrow", "label", "timestamp", "dateline", "share", "social", "ad", "ads");

    /**
     * The chosen boxes with two kinds of article text that lie apart from them: the lead (standfirst) between the
     * page's main heading and the first chosen box, and the other parts of an article that the page splits into
     * several boxes of one kind (the same tag and class, or {@code itemprop=articleBody}) with ads or asides
     * between them. All in page order.
     */
    static List<Element> withLeadAndParts(List<Element> chosen, Element top, List<Element> order,
            Map<Element, BoxStats> stats) {
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        PageOrder tree = new PageOrder(index, stats);
        BoxTexts texts = new BoxTexts(stats);
        List<Element> out = new ArrayList<>(chosen);
        out.addAll(splitParts(chosen, top, order, stats, tree));
        out.sort((a, b) -> Integer.compare(index.getOrDefault(a, 0), index.getOrDefault(b, 0)));
        List<Element> lead = lead(out, order, tree, stats, texts);
        if (lead.isEmpty() && !out.isEmpty()) {
            findStandfirst(out.get(0), order, tree, texts).ifPresent(lead::add);
        }
        if (!lead.isEmpty()) {
            lead.addAll(out);
            out = lead;
        }
        List<Element> recipe = recipeParts(order, out, tree);
        if (!recipe.isEmpty()) {
            out.addAll(recipe);
            out.sort((a, b) -> Integer.compare(index.getOrDefault(a, 0), index.getOrDefault(b, 0)));
        }
        return out;
    }

    private static List<Element> splitParts(List<Element> chosen, Element top, List<Element> order,
            Map<Element, BoxStats> stats, PageOrder tree) {
        String kind = kindOf(top);
        if (kind.isEmpty()) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        for (Element e : order) {
            if (e == top || !kind.equals(kindOf(e)) || overlapsAny(e, chosen, tree) || overlapsAny(e, parts, tree)) {
                continue;
            }
            BoxStats st = stats.get(e);
            if (st == null || st.chars < 50 || BoxStats.linkDensity(st) > 0.25
                    || (st.pChars < st.chars * 0.5 && (st.linkChars > 0 || st.chars < 80))) {
                continue; // too short, mostly links, or a box of short lines that are not paragraphs
            }
            parts.add(e);
        }
        return parts.size() > MAX_SPLIT_PARTS ? List.of() : parts;
    }

    /** The tag and class of a box, or {@code articleBody} for its microdata; empty for a box with no class. */
    private static String kindOf(Element e) {
        if (e.attributesSize() == 0) {
            return "";
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return "articleBody";
        }
        String cls = e.attr("class").strip();
        return cls.isEmpty() ? "" : e.normalName() + "." + cls;
    }

    /** Whether {@code e} is one of {@code boxes}, lies inside one, or holds one. */
    static boolean overlapsAny(Element e, List<Element> boxes, PageOrder tree) {
        for (Element b : boxes) {
            if (tree.inside(e, b) || tree.inside(b, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs between the page's first {@code <h1>} and the first chosen box, when that heading comes
     * before the box: prose (a sentence or a long line with few links), not bylines, dates or captions.
     */
    private static List<Element> lead(List<Element> chosen, List<Element> order, PageOrder tree,
            Map<Element, BoxStats> stats, BoxTexts texts) {
        Map<Element, Integer> index = tree.index();
        List<Element> lead = new ArrayList<>();
        if (chosen.isEmpty()) {
            return lead;
        }
        Element first = chosen.get(0);
        int end = index.getOrDefault(first, -1);
        int h1 = -1;
        for (int i = 0; i < end; i++) {
            if (order.get(i).normalName().equals("h1")) {
                h1 = i;
                break;
            }
        }
        if (h1 < 0) {
            return lead;
        }
        Element heading = order.get(h1);
        Map<Element, Boolean> notLead = new IdentityHashMap<>();
        int chars = 0;
        for (int i = h1 + 1; i < end; i++) {
            Element e = order.get(i);
            String tag = e.normalName();
            if (!(tag.equals("p") || tag.equals("h2") || ((tag.equals("div") || tag.equals("span"))
                    && !ArticleBoxChoice.hasBlockChild(e)))) {
                continue;
            }
            if (tree.inside(e, heading) || tree.inside(first, e)
                    || (!lead.isEmpty() && tree.inside(e, lead.get(lead.size() - 1)))) {
                continue;
            }
            BoxStats st = stats.get(e);
            if (st == null || st.chars < 40 || BoxStats.linkDensity(st) > 0.1) {
                continue;
            }
            if (isNotLead(e, notLead)) {
                continue;
            }
            String text = texts.squashed(e);
            if (text.length() < (ExtractionLines.endsLikeSentence(text) ? 40 : 80)) {
                continue;
            }
            chars += st.chars;
            if (chars > MAX_LEAD_CHARS) {
                return new ArrayList<>();
            }
            lead.add(e);
        }
        return lead;
    }

    /**
     * Whether {@code e} or a box around it (below {@code body}) has a class or id word of {@link #NOT_LEAD_WORDS};
     * each box's answer is kept in {@code known}, so that asking for every box of a deep page walks it once.
     */
    private static boolean isNotLead(Element e, Map<Element, Boolean> known) {
        List<Element> path = new ArrayList<>();
        boolean answer = false;
        for (Element up = e; up != null && !up.normalName().equals("body"); up = up.parent()) {
            Boolean k = known.get(up);
            if (k != null) {
                answer = k;
                break;
            }
            path.add(up);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Element box = path.get(i);
            answer = answer || hasNotLeadWord(box);
            known.put(box, answer);
        }
        return answer;
    }

    private static boolean hasNotLeadWord(Element box) {
        for (String w : NonTextRemoval.classAndIdWords(box)) {
            if (NOT_LEAD_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements under the page's body in page order with their statistics: an element lies inside a box when its
     * place falls in the span of places the box covers, found in constant time however deep the page.
     */
    record PageOrder(Map<Element, Integer> index, Map<Element, BoxStats> stats) {
        /** Whether {@code e} is {@code box} or lies inside it (walking up from {@code e} for an element not indexed). */
        boolean inside(Element e, Element box) {
            Integer at = index.get(e);
            Integer from = index.get(box);
            BoxStats st = stats.get(box);
            if (at == null || from == null || st == null) {
                return isInside(e, box);
            }
            return at >= from && at < from + st.elements;
        }
    }

    /** Whether {@code e} is {@code box} or lies inside it. */
    static boolean isInside(Element e, Element box) {
        for (Element up = e; up != null; up = up.parent()) {
            if (up == box) {
                return true;
            }
        }
        return false;
    }
}
