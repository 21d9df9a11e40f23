package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.SourceSpan;
import org.sitrep.read.HtmlTextBlocks.Block;
import org.sitrep.read.HtmlTextBlocks.Piece;

/**
 * A page's text as a reader keeps it: the title line, then every visible block of the page in page order, the
 * article's blocks among the ones left out; each left-out block marked by its kind (navigation, link lists, share
 * bars, comments, ads and cookie notices, captions and credits, a line that is only the date, the site's footer, a
 * repeated title, or other), and a
 * source map from each run of the text back to the characters of the page it came from. The article alone is what
 * is not marked, so {@link org.sitrep.doc.Document#body()} gives the same text the extractor chose.
 *
 * <p>Byline and language are read from the page's markup and metadata (author meta tags, JSON-LD {@code author},
 * {@code rel=author} and byline boxes; {@code <html lang>}, {@code Content-Language}, {@code og:locale}, JSON-LD
 * {@code inLanguage}).
 *
 * <p>Thread safety: an immutable record; {@link #draft} and {@link Draft#compose} read one parsed page on one thread.
 *
 * <p>Failure: never throws for odd markup; a page with no visible text gives an empty text and empty layers, and a
 * run whose place in the markup is not found has no source span.
 *
 * @param text the page text: title line first, then blocks separated by blank lines
 * @param leftOut the stretches of {@code text} that are not the article, each with its following blank line
 * @param sourceMap for each run of {@code text}, where it lies in the page's markup
 * @param byline who wrote the article, when the page says
 * @param language the page's language tag in lower case, when the page says
 */
record HtmlPageText(String text, List<Boilerplate> leftOut, List<SourceSpan> sourceMap, Optional<String> byline,
        Optional<String> language) {

    /** A page with no text. */
    static final HtmlPageText EMPTY = new HtmlPageText("", List.of(), List.of(), Optional.empty(), Optional.empty());

    /** Kind of a block that is not the article and that no other kind fits (a date line, an author's box). */
    static final String OTHER = "other";
    /** Kind of the site's footer: contact lines, copyright, the site map. */
    static final String FOOTER = "footer";

    private static final Set<String> UNSEEN_TAGS = Set.of("script", "style", "template", "noscript", "head", "svg",
            "canvas", "iframe", "object", "embed", "select", "textarea", "input", "video", "audio", "map");
    private static final Set<String> CAPTION_WORDS = Set.of("caption", "captions", "credit", "credits",
            "figcaption", "photo", "image", "img", "picture", "gallery", "media");
    private static final Set<String> NAVIGATION_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "masthead", "header", "topbar", "skip", "toolbar", "search");
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus", "replies", "reply",
            "respond", "discussion");
    private static final Set<String> SHARE_WORDS = Set.of("share", "sharing", "social", "sharebar", "follow",
            "subscribe", "newsletter", "newsletters", "signup");
    private static final Set<String> AD_WORDS = Set.of("ad", "ads", "advert", "advertisement", "advertising",
            "advertisment", "sponsor", "sponsored", "promo", "taboola", "outbrain", "cookie", "cookies", "consent",
            "gdpr", "paywall");
    private static final Set<String> LINK_LIST_WORDS = Set.of("related", "recommended", "trending", "popular",
            "mostread", "most-read", "more", "also", "readmore", "read-more", "tags", "topics", "sidebar",
            "widget", "teaser", "teasers", "rail");
    private static final Set<String> FOOTER_WORDS = Set.of("footer", "copyright", "colophon");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");
    private static final Pattern BY = Pattern.compile("(?i)^(?:" + ExtractionLines.BYLINE_WORDS + ")\\s+");
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Pattern SPACE_ENTITY =
            Pattern.compile("(?i)&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#32|#x0*20|#9|#10|#13);");

    /**
     * What must be read from the page before the article is taken out of it (taking it out removes elements): the
     * visible blocks, where the title stands, the byline and the language.
     */
    static Draft draft(org.jsoup.nodes.Document page, String html, HtmlSourcePositions positions,
            HtmlPageMetadata metadata, Optional<String> title) {
        List<Block> blocks = new ArrayList<>();
        if (page.body() != null) {
            HtmlTextBlocks.collectBlocks(page.body(), blocks, HtmlPageText::isUnseen, positions);
        }
        return new Draft(html, title, titleSource(page, title, positions), blocks, findByline(page, metadata),
                findLanguage(page, metadata));
    }

    /** The page read before extraction; {@link #compose} places the article among its blocks. */
    record Draft(String html, Optional<String> title, Optional<int[]> titleSource, List<Block> blocks, Optional<String> byline,
            Optional<String> language) {

        HtmlPageText compose(List<Block> article) {
            BitSet chosen = new BitSet();
            for (Block b : article) {
                for (Piece p : b.pieces()) {
                    if (p.node() >= 0) {
                        chosen.set(p.node());
                    }
                }
            }
            record Item(Block block, String kind) {
            }
            List<Item> items = new ArrayList<>();
            for (Block b : article) {
                items.add(new Item(b, null));
            }
            String comparableTitle = title.map(HtmlTextBlocks::comparable).orElse("");
            Map<Element, String> kinds = new IdentityHashMap<>();
            int articleEnd = article.stream().mapToInt(Block::firstNode).max().orElse(-1);
            for (Block b : blocks) {
                if (!isChosen(b, chosen)) {
                    // a block thrice the title's length is not compared with it at all
                    boolean repeated = b.text().length() < comparableTitle.length() * 3
                            && HtmlTextBlocks.isTitle(b.text(), comparableTitle);
                    String kind = repeated ? Boilerplate.REPEATED_TITLE : kindOf(b, kinds);
                    if (kind.equals(Boilerplate.COMMENTS) && b.firstNode() < articleEnd && isDateLine(b)) {
                        // comments follow the article: a date inside it dates the article, whatever its box is called
                        kind = Boilerplate.DATELINE;
                    }
                    items.add(new Item(b, kind));
                } else {
                    // "Published on <a><time>17 December 2019</time></a>": the article kept the words and left the
                    // linked date out; the date stays on the page as a dateline of its own
                    for (Block date : leftOutDates(b, chosen)) {
                        items.add(new Item(date, Boilerplate.DATELINE));
                    }
                }
            }
            items.sort(Comparator.comparingInt((Item i) -> i.block().firstNode()));
            StringBuilder text = new StringBuilder();
            List<SourceSpan> map = new ArrayList<>();
            List<Boilerplate> leftOut = new ArrayList<>();
            if (title.isPresent()) {
                text.append(title.get());
                titleSource.ifPresent(r -> map.add(new SourceSpan(0, text.length(), r[0], r[1])));
            }
            for (Item item : items) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                int at = text.length();
                Block b = item.block();
                text.append(b.text());
                for (Piece p : b.pieces()) {
                    if (p.sourceStart() >= 0) {
                        align(at + p.start(), b.text().substring(p.start(), p.end()), html, p.sourceStart(),
                                Math.min(p.sourceEnd(), html.length()), map);
                    }
                }
                if (item.kind() != null) {
                    int end = at + b.text().length();
                    Boilerplate last = leftOut.isEmpty() ? null : leftOut.get(leftOut.size() - 1);
                    if (last != null && last.kind().equals(item.kind()) && last.end() == at - 2) {
                        leftOut.set(leftOut.size() - 1, new Boilerplate(last.start(), end, item.kind()));
                    } else {
                        leftOut.add(new Boilerplate(at, end, item.kind()));
                    }
                }
            }
            extendOverBlankLines(leftOut, text);
            return new HtmlPageText(text.toString(), List.copyOf(leftOut), List.copyOf(map), byline, language);
        }

        /** The pieces of a block the article took in part that the article left out and that are only a date. */
        private static List<Block> leftOutDates(Block b, BitSet chosen) {
            List<Block> out = new ArrayList<>();
            for (Piece p : b.pieces()) {
                if (p.node() < 0 || chosen.get(p.node())) {
                    continue;
                }
                String raw = b.text().substring(p.start(), p.end());
                String t = raw.strip();
                if (t.length() >= 6 && ExtractionLines.isDateOnly(t)) {
                    // the source range stays the text node's; the source map aligns the date inside it
                    out.add(new Block(t, 0, List.of(new Piece(0, t.length(), p.node(), p.sourceStart(),
                            p.sourceEnd())), b.at()));
                }
            }
            return out;
        }

        private static boolean isChosen(Block b, BitSet chosen) {
            for (Piece p : b.pieces()) {
                if (p.node() >= 0 && chosen.get(p.node())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Adds the source spans of one run of text taken from markup {@code [from, to)}: runs that match the markup
         * character for character, and between them one span for each space that stands for a stretch of white
         * space and for each character written as an entity ({@code &amp;}). Where the two cannot be aligned, the
         * rest of the run maps to the rest of the stretch as a whole.
         */
        static void align(int textStart, String run, String html, int from, int to, List<SourceSpan> out) {
            int i = 0;
            int j = skipSpace(html, from, to);
            int exactI = 0;
            int exactJ = j;
            while (i < run.length() && j < to) {
                char c = run.charAt(i);
                char h = html.charAt(j);
                boolean entity = h == '&' && entityEnd(html, j, to) > j;
                if (h == c && !entity && !(c == ' ' && j + 1 < to && isSpaceAt(html, j + 1, to))) {
                    i++;
                    j++;
                    continue;
                }
                int next = c == ' ' ? skipSpace(html, j, to) : h == '&' ? entityEnd(html, j, to) : j;
                if (next == j) {
                    break;
                }
                int width = Character.isHighSurrogate(c) && i + 1 < run.length() ? 2 : 1;
                addExact(textStart, exactI, i, exactJ, out);
                out.add(new SourceSpan(textStart + i, textStart + i + width, j, next));
                i += width;
                j = next;
                exactI = i;
                exactJ = j;
            }
            addExact(textStart, exactI, i, exactJ, out);
            if (i < run.length()) {
                out.add(new SourceSpan(textStart + i, textStart + run.length(), Math.min(j, to), to));
            }
        }

        private static void addExact(int textStart, int fromI, int toI, int fromJ, List<SourceSpan> out) {
            if (toI > fromI) {
                out.add(new SourceSpan(textStart + fromI, textStart + toI, fromJ, fromJ + (toI - fromI)));
            }
        }

        /** The end of the white space (characters, or entities such as {@code &nbsp;}) starting at {@code j}. */
        private static int skipSpace(String html, int j, int to) {
            while (j < to && isSpaceAt(html, j, to)) {
                j = html.charAt(j) == '&' ? entityEnd(html, j, to) : j + 1;
            }
            return j;
        }

        private static boolean isSpaceAt(String html, int j, int to) {
            char h = html.charAt(j);
            if (h == '&') {
                int end = entityEnd(html, j, to);
                return end > j && SPACE_ENTITY.matcher(html.substring(j, end)).matches();
            }
            return HtmlTextBlocks.isSpace(h);
        }

        /** The end of the entity at {@code j} (after its ';'), or {@code j} when none stands there. */
        private static int entityEnd(String html, int j, int to) {
            if (html.charAt(j) != '&') {
                return j;
            }
            int k = HtmlSourcePositions.entityRunEnd(html, j, to);
            return k > j + 2 && html.charAt(k - 1) == ';' ? k : j;
        }

        /** Lets each left-out span end after the blank line that follows it, where one follows. */
        private static void extendOverBlankLines(List<Boilerplate> leftOut, CharSequence text) {
            for (int i = 0; i < leftOut.size(); i++) {
                Boilerplate b = leftOut.get(i);
                int end = b.end();
                if (end + 2 <= text.length() && text.charAt(end) == '\n' && text.charAt(end + 1) == '\n') {
                    int next = i + 1 < leftOut.size() ? leftOut.get(i + 1).start() : Integer.MAX_VALUE;
                    if (end + 2 <= next) {
                        leftOut.set(i, new Boilerplate(b.start(), end + 2, b.kind()));
                    }
                }
            }
        }
    }

    /** Subtrees a reader never sees: scripts, styles, hidden boxes. */
    private static boolean isUnseen(Element e) {
        if (UNSEEN_TAGS.contains(e.normalName())) {
            return true;
        }
        return ExtractionParts.isHidden(e);
    }

    /**
     * The kind of a left-out block, from the nearest element around it that says what it is ({@code kinds} keeps
     * what each element was found to say, the empty string for nothing, as blocks share their ancestors).
     */
    static String kindOf(Block b, Map<Element, String> kinds) {
        String kind = b.at() == null ? "" : kindAround(b.at(), kinds);
        if (!kind.equals(Boilerplate.COMMENTS) && !kind.equals(Boilerplate.ADS)) {
            // a date on a line of its own may date the article (the reader of dates weighs where it stands), unless
            // it dates a comment or an ad
            if (isDateLine(b)) {
                return Boilerplate.DATELINE;
            }
        }
        if (!kind.isEmpty()) {
            return kind;
        }
        return b.linkChars() > b.text().length() * 0.5 ? Boilerplate.LINK_LIST : OTHER;
    }

    /** A block that only dates: a date, a date field ("Published: 4 May 2021") or a dated byline. */
    private static boolean isDateLine(Block b) {
        String text = b.text();
        return ExtractionLines.isDateOnly(text) || ExtractionLines.isDateFieldLine(text)
                || ExtractionLines.isDatedByline(text, b.linkChars() > text.length() * 0.5);
    }

    private static String kindAround(Element e, Map<Element, String> kinds) {
        String known = kinds.get(e);
        if (known != null) {
            return known;
        }
        String kind = e.normalName().equals("body") ? "" : kindOfElement(e);
        if (kind == null) {
            Element parent = e.parent();
            kind = parent == null ? "" : kindAround(parent, kinds);
        }
        kinds.put(e, kind);
        return kind;
    }

    private static String kindOfElement(Element e) {
        String tag = e.normalName();
        String role = e.attributesSize() == 0 ? "" : e.attr("role").toLowerCase(Locale.ROOT);
        if (tag.equals("figcaption") || tag.equals("figure") || tag.equals("caption")) {
            return Boilerplate.CAPTION;
        }
        if (tag.equals("nav") || role.equals("navigation") || role.equals("menu") || role.equals("menubar")
                || role.equals("banner") || role.equals("search")) {
            return Boilerplate.NAVIGATION;
        }
        if (role.equals("contentinfo")) {
            return FOOTER;
        }
        int said = wordKinds(e);
        for (int k = 0; k < WORD_KINDS.size(); k++) {
            if ((said & (1 << k)) != 0) {
                return WORD_KINDS.get(k);
            }
        }
        if (tag.equals("footer")) {
            return FOOTER;
        }
        if (tag.equals("header") && e.closest(NonTextRemoval.ARTICLE_CONTAINER) == null) {
            return Boilerplate.NAVIGATION; // the site's header; an article's own holds its heading, byline and date
        }
        if (tag.equals("aside")) {
            return Boilerplate.LINK_LIST;
        }
        return null;
    }

    /** The kinds class and id words can say, surest first, with the words of each. */
    private static final List<String> WORD_KINDS = List.of(Boilerplate.COMMENTS, Boilerplate.ADS, Boilerplate.SHARE,
            Boilerplate.CAPTION, Boilerplate.LINK_LIST, Boilerplate.NAVIGATION, FOOTER);
    /** For each class or id word that says a kind, the kinds it says, as bits in the order of {@link #WORD_KINDS}. */
    private static final Map<String, Integer> KINDS_OF_WORDS = kindsOfWords(List.of(COMMENT_WORDS, AD_WORDS,
            SHARE_WORDS, CAPTION_WORDS, LINK_LIST_WORDS, NAVIGATION_WORDS, FOOTER_WORDS));

    private static Map<String, Integer> kindsOfWords(List<Set<String>> sets) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int k = 0; k < sets.size(); k++) {
            for (String w : sets.get(k)) {
                out.merge(w, 1 << k, (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The kinds that an element's class and id words say ({@link NonTextRemoval#classAndIdWords}), as bits in
     * the order of {@link #WORD_KINDS}.
     */
    private static int wordKinds(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        int said = 0;
        for (String w : NonTextRemoval.classAndIdWords(e)) {
            said |= KINDS_OF_WORDS.getOrDefault(w, 0);
        }
        return said;
    }

    // ---- title, byline, language --------------------------------------------------------------------------------

    /** Where the title came from: the heading that reads as it, else the {@code <title>}. */
    private static Optional<int[]> titleSource(org.jsoup.nodes.Document page, Optional<String> title,
            HtmlSourcePositions positions) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String wanted = HtmlTextBlocks.comparable(title.get());
        for (Element h : page.select("h1, h2")) {
            if (HtmlTextBlocks.comparable(h.text()).equals(wanted)) {
                return range(h, positions);
            }
        }
        Element t = page.selectFirst("title");
        if (t != null && HtmlTextBlocks.comparable(t.text()).contains(wanted)) {
            return range(t, positions);
        }
        return Optional.empty();
    }

    /** From the first placed text node of {@code e} to the end of its last one. */
    private static Optional<int[]> range(Element e, HtmlSourcePositions positions) {
        int[] found = {-1, -1};
        e.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                int ordinal = positions.ordinalOf(t);
                if (positions.startOf(ordinal) >= 0) {
                    if (found[0] < 0) {
                        found[0] = positions.startOf(ordinal);
                    }
                    found[1] = positions.endOf(ordinal);
                }
            }
        });
        return found[0] < 0 ? Optional.empty() : Optional.of(found);
    }

    private static Optional<String> findByline(org.jsoup.nodes.Document page, HtmlPageMetadata metadata) {
        for (String key : List.of("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl")) {
            Optional<String> b = metadata.find(key).flatMap(HtmlPageText::cleanByline);
            if (b.isPresent()) {
                return b;
            }
        }
        for (JsonNode tree : metadata.jsonLd()) {
            Optional<String> b = HtmlPageMetadata.findInJsonLd(tree, 6, HtmlPageText::jsonAuthor)
                    .flatMap(HtmlPageText::cleanByline);
            if (b.isPresent()) {
                return b;
            }
        }
        for (Element e : page.select("[itemprop=author], [rel=author], .byline, .author, [class*=byline]")) {
            Optional<String> b = cleanByline(e.text());
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    /**
     * The names under the {@code author} key of a JSON-LD object: a string, a person's name, or a list; empty when
     * it names none.
     */
    private static Optional<String> jsonAuthor(JsonNode object) {
        JsonNode author = object.get("author");
        if (author == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", names));
    }

    private static Optional<String> cleanByline(String raw) {
        String s = HtmlTextBlocks.squash(raw);
        s = BY.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > MAX_BYLINE_CHARS || s.contains("://") || s.startsWith("www.")
                || !Character.isLetter(s.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static Optional<String> findLanguage(org.jsoup.nodes.Document page, HtmlPageMetadata metadata) {
        Element html = page.selectFirst("html");
        List<java.util.function.Supplier<String>> candidates = List.of(
                () -> html == null ? "" : html.attr("lang"),
                () -> html == null ? "" : html.attr("xml:lang"),
                () -> {
                    Element httpEquiv = page.selectFirst("meta[http-equiv~=(?i)content-language]");
                    return httpEquiv == null ? "" : httpEquiv.attr("content").split(",")[0];
                },
                () -> metadata.find("og:locale").orElse(""),
                () -> metadata.find("language").orElse(""),
                () -> {
                    for (JsonNode tree : metadata.jsonLd()) {
                        JsonNode lang = tree.isArray() ? tree.path(0).path("inLanguage") : tree.path("inLanguage");
                        if (lang.isTextual()) {
                            return lang.asText();
                        }
                    }
                    return "";
                });
        for (var candidate : candidates) {
            String tag = candidate.get().strip();
            if (LANGUAGE_TAG.matcher(tag).matches()) {
                return Optional.of(tag.replace('_', '-').toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

}
