package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;
import org.sitrep.doc.Published;

/**
 * Takes the article out of a news page: its title, its publication date from the metadata, and the text of its
 * headings and paragraphs, without navigation, header, footer, side columns, scripts, forms, share bars and link
 * lists.
 *
 * <p>The page is parsed with jsoup. Elements that are never article text are dropped (by tag, ARIA role, and by
 * class and id words such as {@code sidebar}, {@code share}, {@code related}, as Mozilla's Readability does). The
 * article container is then chosen Readability-style: each paragraph scores its parent and grandparent by its
 * length and commas, a container's score is cut by its share of link text, and the siblings of the best container
 * that score nearly as well are taken with it. A box marked unlikely by its class words, or a header, form or side
 * column, is kept when it holds most of the page's paragraph text (broken markup and page templates wrap the
 * article in such boxes). A wide box that holds one {@code <article>} with most of its paragraphs gives way to
 * it, and other {@code <article>}s beside the chosen one (cards of other stories) are not its siblings. Article
 * text outside the chosen box is added when the page marks it up (a recipe's ingredients and steps, a standfirst
 * marked as the description; see {@link ExtractionParts}); picture credits and lines that are only a date are
 * taken out ({@link ExtractionLines}); hidden slides of a gallery shown one at a time are kept. Text lengths,
 * commas and link text are counted bottom-up once per pass, never by re-reading subtrees.
 *
 * <p>Thread safety: stateless apart from a thread-safe Jackson mapper; may be shared.
 *
 * <p>Failure: never throws for bad markup (jsoup repairs it); a page with no text gives an article with empty text.
 */
final class HtmlArticleExtractor {
    private static final double METADATA_CONFIDENCE = 0.9;

    /**
     * What a page gives: its title if any, the article text (title first), its publication date, and the page
     * text: everything visible on the page in page order, the article among the left-out blocks, with their kinds
     * and the source map (see {@link HtmlPageText}).
     */
    record Article(Optional<String> title, String text, Published published, HtmlPageText page) {
    }

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "iframe", "svg",
            "canvas", "object", "embed", "form", "button", "input", "select", "textarea", "nav", "aside", "footer",
            "figure", "figcaption", "menu", "dialog", "video", "audio", "picture", "map", "head");
    private static final Set<String> NON_TEXT_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "search", "dialog", "alert", "toolbar");
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
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "body", "content", "entry", "hentry", "main",
            "page", "post", "text", "blog", "story", "articlebody", "article-body", "story-body", "storytext");
    private static final Set<String> NEGATIVE_WORDS = Set.of("hidden", "banner", "combx", "comment", "com", "contact",
            "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
            "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "social",
            "nav", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "tbody", "thead", "hr", "br", "address", "details", "summary", "center");
    private static final Set<String> PARAGRAPH_CHILD_BLOCKS = Set.of("p", "div", "section", "article", "table", "ul",
            "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_]+");
    /**
     * A block that is only an ad label, a loader or a skip link, or that holds no letter or digit in any script
     * ({@code \\W} would count Cyrillic, Greek or Bengali letters as junk, so letters are named by Unicode class).
     */
    private static final Pattern JUNK_BLOCK = Pattern.compile(
            "(?i)(advertisement|advertising|sponsored( content)?|ad|loading\\.*|skip to (main )?content|"
                    + "scroll to top|back to top|[^\\p{L}\\p{N}]*)[:.]?");

    Article extract(String html, String location) {
        org.jsoup.nodes.Document page = parse(html, location);
        HtmlPageMetadata metadata = new HtmlPageMetadata(page);
        Optional<String> title = findTitle(page, metadata);
        Published published = findPublished(page, metadata, location);
        HtmlSourcePositions positions = HtmlSourcePositions.of(page, html);
        HtmlPageText.Draft draft = HtmlPageText.draft(page, html, positions, metadata, title);
        List<Block> blocks = articleBlocks(page, title, true, positions);
        if (length(blocks) < 250) {
            // the class and id words may have thrown out the article itself: look again without them
            org.jsoup.nodes.Document again = parse(html, location);
            List<Block> lenient = articleBlocks(again, title, false, HtmlSourcePositions.of(again, html));
            if (length(lenient) > length(blocks) * 2) {
                blocks = lenient;
            }
        }
        blocks = publishersBody(metadata, blocks);
        StringBuilder text = new StringBuilder();
        title.ifPresent(text::append);
        for (Block b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text());
        }
        String out = blocks.isEmpty() ? "" : nfc(text.toString());
        return new Article(title.map(HtmlArticleExtractor::nfc), out, published, draft.compose(blocks));
    }

    /** The shortest article body, as the publisher states it in JSON-LD, that is taken over the page's text. */
    private static final int MIN_STATED_BODY_CHARS = 500;

    /**
     * The article as the publisher states it in the page's JSON-LD ({@code articleBody} of an Article, NewsArticle,
     * BlogPosting or the like) when the page's own text holds less than half of it: pages that build their text with
     * scripts carry it there. Its paragraphs come from no text node of the page, so they have no source map; the
     * page's visible blocks are all kept as left out. Otherwise the blocks found in the page.
     */
    private static List<Block> publishersBody(HtmlPageMetadata metadata, List<Block> found) {
        String stated = null;
        for (JsonNode tree : metadata.jsonLd()) {
            stated = statedBody(tree, 0);
            if (stated != null) {
                break;
            }
        }
        if (stated == null || stated.length() < MIN_STATED_BODY_CHARS || length(found) * 2 >= stated.length()) {
            return found;
        }
        List<Block> out = new ArrayList<>();
        for (String paragraph : stated.split("\\n\\s*\\n|\\n")) {
            String t = nfc(squash(paragraph));
            if (!t.isEmpty()) {
                out.add(new Block(t, 0, List.of(), null));
            }
        }
        return out.isEmpty() ? found : out;
    }

    /** The {@code articleBody} of the first article-typed object in a JSON-LD tree, as plain text; null when none. */
    private static String statedBody(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
            if (body != null && body.isTextual() && (type.contains("Article") || type.contains("BlogPosting")
                    || type.contains("Report"))) {
                String text = body.asText();
                // a body written as HTML keeps its paragraphs as lines
                return text.indexOf('<') < 0 ? text
                        : Jsoup.parse(text.replaceAll("(?i)</p>|<br\\s*/?>", "\n")).wholeText();
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                String found = statedBody(child, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.jsoup.nodes.Document parse(String html, String location) {
        return Jsoup.parse(html, baseUri(location));
    }

    private static List<Block> articleBlocks(org.jsoup.nodes.Document page, Optional<String> title,
            boolean byClassWords, HtmlSourcePositions positions) {
        Element body = page.body();
        removeNonText(body, byClassWords);
        List<Block> blocks = blocksOf(bestContent(body), title, positions);
        if (length(blocks) < 250 && body != null) {
            List<Block> whole = blocksOf(List.of(body), title, positions);
            if (length(whole) > length(blocks) * 2) {
                blocks = whole;
            }
        }
        return blocks;
    }

    private static String baseUri(String location) {
        return location != null && location.matches("(?i)https?://.*") ? location : "";
    }

    // ---- title and date ----------------------------------------------------------------------------------------

    private static Optional<String> findTitle(org.jsoup.nodes.Document page, HtmlPageMetadata metadata) {
        Optional<String> og = metadata.find("og:title").or(() -> metadata.find("twitter:title"));
        if (og.isPresent()) {
            return og;
        }
        Element h1 = page.selectFirst("h1");
        String h1Text = h1 == null ? "" : squash(h1.text());
        String titleText = squash(page.title());
        if (!h1Text.isEmpty() && (titleText.isEmpty() || titleText.startsWith(h1Text))) {
            return Optional.of(h1Text); // the <title> is the heading plus the site's name
        }
        if (!titleText.isEmpty()) {
            return Optional.of(titleText);
        }
        return h1Text.isEmpty() ? Optional.empty() : Optional.of(h1Text);
    }

    /**
     * The page's publication date, from the surest source that gives a whole day: a date in the URL's path, the
     * publication meta tags, JSON-LD {@code datePublished}, {@code datePublished} and {@code <time pubdate>} markup,
     * other {@code <time>} markup, the looser date meta tags ({@code date}, {@code dc.date}: often the last change);
     * then, failing those, a date labelled as the publication's ({@code Veröffentlicht am …}), a date line (an
     * element whose class or id names a date), modification dates, and dates of month or year precision (a month in
     * the URL claims no day).
     *
     * <p>Where the metadata give a day, the page's own words may still overrule it: a publication date the visible
     * text labels as such, when it labels only one day; else, when the metadata disagree among themselves, the
     * metadata day that the reader is shown near the heading.
     *
     * <p>A date is kept as its writer wrote it, in the writer's time zone. A timestamp written in UTC gives only the
     * instant: when the page also writes the same moment locally (a local timestamp), or the day alone (in its URL,
     * a meta tag, a visible date), and that day is the one before or after the UTC day that the hour allows, the
     * local day is taken.
     */
    private static Published findPublished(org.jsoup.nodes.Document page, HtmlPageMetadata metadata,
            String location) {
        List<String> urls = new ArrayList<>();
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            urls.add(canonical.attr("href"));
        }
        metadata.find("og:url").ifPresent(urls::add);
        urls.add(location);
        Seen seen = new Seen(page);
        List<java.util.function.Supplier<Optional<Found>>> sources = List.of(
                () -> urls.stream().map(PublicationDates::findIsoDateInUrl).flatMap(Optional::stream).findFirst()
                        .map(d -> new Found(d, d)),
                () -> firstMeta(metadata, PUBLISHED_KEYS),
                () -> jsonLd(metadata, "datePublished"),
                () -> markedUp(page, PUBLISHED_MARKUP),
                () -> markedUp(page, TIME_MARKUP),
                () -> firstMeta(metadata, DATE_KEYS),
                () -> jsonLd(metadata, "dateCreated"),
                () -> jsonLd(metadata, "uploadDate"));
        Optional<String> partial = Optional.empty();
        for (var source : sources) {
            Optional<Found> d = source.get();
            if (d.isPresent() && d.get().day().length() == 10) {
                List<java.util.function.Supplier<Optional<Found>>> local = new ArrayList<>();
                local.add(sources.get(0));
                for (String key : PUBLISHED_KEYS) {
                    local.add(() -> firstMeta(metadata, List.of(key)));
                }
                for (String key : DATE_KEYS) {
                    local.add(() -> firstMeta(metadata, List.of(key)));
                }
                local.add(sources.get(2));
                local.add(sources.get(3));
                local.add(sources.get(4));
                // a publication date the page labels as such, once, is the page's own word for it
                Optional<String> labelled = seen.onlyLabelledDay();
                if (labelled.isPresent()) {
                    return new Published(labelled.get(), Published.Basis.DATELINE, DATE_LINE_CONFIDENCE);
                }
                Optional<String> shown = seen.labelledDay().or(seen::visibleDay);
                if (shown.isPresent() && !shown.get().equals(d.get().day())) {
                    // the page's metadata disagree; the day its reader is shown picks among them
                    for (var alternative : local) {
                        Optional<Found> other = alternative.get();
                        if (other.isPresent() && other.get().day().equals(shown.get())) {
                            return new Published(shown.get(), Published.Basis.METADATA, METADATA_CONFIDENCE);
                        }
                    }
                }
                local.add(() -> seen.visibleDay().map(day -> new Found(day, day)));
                return new Published(localDay(d.get(), local), Published.Basis.METADATA, METADATA_CONFIDENCE);
            }
            if (partial.isEmpty()) {
                partial = d.map(Found::day);
            }
        }
        if (partial.isEmpty()) {
            // a month in the URL's path does not claim a day, but a date line or visible date outside it is not
            // the publication's (an update, a comment, another article)
            partial = urls.stream().map(PublicationDates::findIsoMonthInUrl).flatMap(Optional::stream).findFirst();
        }
        Optional<String> line = seen.labelledDay().or(() -> dateLine(page));
        if (line.isPresent() && (partial.isEmpty() || line.get().startsWith(partial.get()))) {
            return new Published(line.get(), Published.Basis.DATELINE, DATE_LINE_CONFIDENCE);
        }
        // a modification date stands for the publication's only when nothing else dates the page
        Optional<Found> modified = firstMeta(metadata, MODIFIED_KEYS).or(() -> jsonLd(metadata, "dateModified"));
        if (partial.isEmpty() && modified.isPresent() && modified.get().day().length() == 10) {
            return new Published(modified.get().day(), Published.Basis.METADATA, METADATA_CONFIDENCE);
        }
        if (partial.isEmpty()) {
            partial = modified.map(Found::day);
        }
        if (partial.isPresent()) {
            String within = partial.get();
            return seen.visibleDay().filter(d -> d.startsWith(within))
                    .map(d -> new Published(d, Published.Basis.DATELINE, VISIBLE_DATE_CONFIDENCE))
                    .orElse(new Published(within, Published.Basis.METADATA, METADATA_CONFIDENCE));
        }
        return seen.visibleDay().map(d -> new Published(d, Published.Basis.DATELINE, VISIBLE_DATE_CONFIDENCE))
                .orElse(Published.UNKNOWN);
    }

    /** A day found in the page, and the string it was read from (to tell a UTC timestamp). */
    private record Found(String day, String raw) {
    }

    /**
     * The writer's own day for {@code chosen}: its day, unless it is a UTC timestamp and one of {@code local} (in
     * order) gives, written locally, the day before (possible when the UTC hour is before noon) or the day after
     * (possible from 10:00 UTC on, as time zones reach UTC+14).
     */
    private static String localDay(Found chosen, List<java.util.function.Supplier<Optional<Found>>> local) {
        java.util.OptionalInt hour = PublicationDates.findUtcHour(chosen.raw());
        Optional<PublicationDates.Stamp> utc = PublicationDates.findStamp(chosen.raw());
        if (hour.isEmpty() || utc.isEmpty()) {
            return chosen.day();
        }
        java.time.LocalDate utcDay = java.time.LocalDate.parse(chosen.day());
        String before = hour.getAsInt() < 12 ? utcDay.minusDays(1).toString() : "";
        String after = hour.getAsInt() >= 10 ? utcDay.plusDays(1).toString() : "";
        for (var source : local) {
            Optional<Found> f = source.get();
            if (f.isEmpty() || f.get().day().length() != 10
                    || PublicationDates.findUtcHour(f.get().raw()).isPresent()) {
                continue;
            }
            Optional<PublicationDates.Stamp> stamp = PublicationDates.findStamp(f.get().raw());
            if (stamp.isPresent() && !stamp.get().canBeSameInstantAs(utc.get())) {
                continue; // another moment: not this one written on another clock
            }
            String d = f.get().day();
            if (d.equals(chosen.day()) || d.equals(before) || d.equals(after)) {
                return d;
            }
        }
        return chosen.day();
    }

    private static final double DATE_LINE_CONFIDENCE = 0.7;
    private static final double VISIBLE_DATE_CONFIDENCE = 0.5;
    /** How far after the start of the page's main heading a visible date is looked for, and how far before it. */
    private static final int AFTER_HEADING_CHARS = 2000;
    private static final int BEFORE_HEADING_CHARS = 400;
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template", "footer", "nav",
            "aside", "select", "option", "head", "svg");

    /**
     * The first whole day written in the page's visible text near its main heading: in the text from the first
     * {@code <h1>} on, else just before it; with no heading, near the top of the page. Footers, navigation, side
     * columns and comments are not read.
     */
    /**
     * What a reader sees of one page, read once and kept for the date lookups that ask for it: the visible text
     * (blocks on lines of their own, without navigation and comments) with and without the footers and side columns,
     * where the first {@code <h1>} starts in it, and the days its labels name.
     *
     * <p>Thread safety: not thread-safe; one per page, used by one thread.
     */
    private static final class Seen {
        private final org.jsoup.nodes.Document page;
        private final boolean monthFirst;
        private String withAsides;
        private String withoutAsides;
        private int headingAt = -1;
        private List<String> labelled;
        private Optional<String> visible;

        Seen(org.jsoup.nodes.Document page) {
            this.page = page;
            this.monthFirst = isAmerican(page);
        }

        /**
         * The first day the visible text (without side matter) shows after the heading, else before it, else in
         * the page's first lines.
         */
        Optional<String> visibleDay() {
            if (visible == null) {
                read();
                String all = withoutAsides;
                if (headingAt < 0) {
                    visible = PublicationDates.findFirstDay(all.substring(0, Math.min(all.length(),
                            AFTER_HEADING_CHARS)), monthFirst);
                } else {
                    int at = headingAt;
                    visible = PublicationDates.findFirstDay(
                            all.substring(at, Math.min(all.length(), at + AFTER_HEADING_CHARS)), monthFirst)
                            .or(() -> PublicationDates.findFirstDay(
                                    all.substring(Math.max(0, at - BEFORE_HEADING_CHARS), at), monthFirst));
                }
            }
            return visible;
        }

        /**
         * A day that the page's visible text labels as the publication's ({@code Veröffentlicht am 3. Mai 2021},
         * {@code Published: March 3, 2021}), the first such; navigation and comments are not read, but footers and
         * side columns are (an info box beside the article says when it appeared).
         */
        Optional<String> labelledDay() {
            List<String> days = labelled();
            return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0));
        }

        /** The one day that the page's visible text labels as the publication's; empty if none, or several. */
        Optional<String> onlyLabelledDay() {
            List<String> days = labelled();
            return days.isEmpty() || days.stream().distinct().count() > 1 ? Optional.empty()
                    : Optional.of(days.get(0));
        }

        private List<String> labelled() {
            if (labelled == null) {
                read();
                labelled = PublicationDates.labelledDays(withAsides, monthFirst, 20);
            }
            return labelled;
        }

        /** Reads both visible texts in one walk of the page. */
        private void read() {
            if (withAsides != null) {
                return;
            }
            Element body = page.body();
            if (body == null) {
                withAsides = "";
                withoutAsides = "";
                return;
            }
            Element h1 = body.selectFirst("h1");
            StringBuilder with = new StringBuilder();
            StringBuilder without = new StringBuilder();
            body.traverse(new NodeVisitor() {
                /** How many unseen elements the walk is inside, with and without side matter. */
                private int unseenWith;
                private int unseenWithout;

                @Override
                public void head(Node node, int depth) {
                    if (node == h1) {
                        headingAt = without.length();
                    }
                    if (node instanceof TextNode t) {
                        if (unseenWith == 0 || unseenWithout == 0) {
                            String s = t.text();
                            if (unseenWith == 0) {
                                with.append(s).append(' ');
                            }
                            if (unseenWithout == 0) {
                                without.append(s).append(' ');
                            }
                        }
                    } else if (node instanceof Element e) {
                        int unseen = unseenBy(e);
                        unseenWith += unseen >> 1;
                        unseenWithout += unseen & 1;
                        if (BLOCK_TAGS.contains(e.normalName())) {
                            with.append('\n');
                            without.append('\n');
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        int unseen = unseenBy(e);
                        unseenWith -= unseen >> 1;
                        unseenWithout -= unseen & 1;
                    }
                }
            });
            withAsides = with.toString();
            withoutAsides = without.toString();
        }
    }

    /**
     * Whether an element's text is not read for a visible date, by its tag, or as a comment, footer or side column:
     * bit 1 when it is unseen even with the side matter read, bit 0 when it is unseen without it.
     */
    private static int unseenBy(Element e) {
        String tag = e.normalName();
        if (UNSEEN.contains(tag)) {
            return ASIDES.contains(tag) ? 1 : 3;
        }
        if (e.attributesSize() == 0) {
            return 0;
        }
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (marks.contains("comment")) {
            return 3;
        }
        return marks.contains("footer") || marks.contains("sidebar") ? 1 : 0;
    }

    /** The unseen tags that hold the page's side matter rather than its machinery. */
    private static final Set<String> ASIDES = Set.of("footer", "aside");

    private static boolean isAmerican(org.jsoup.nodes.Document page) {
        Element html = page.selectFirst("html");
        return html != null && html.attr("lang").toLowerCase(Locale.ROOT).replace('_', '-').startsWith("en-us");
    }

    /** Meta tags that name the publication itself, surest first. */
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datePublished", "publishdate", "publish-date", "publish_date",
            "publication_date", "publication-date", "citation_publication_date", "citation_date",
            "citation_online_date", "bepress_citation_date", "prism.publicationDate", "dc.date.issued",
            "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
            "original-publish-date", "cxenseparse:recs:publishtime", "pub_date", "og:pubdate");
    /** Meta tags that give a date of the page less plainly its publication's. */
    private static final List<String> DATE_KEYS = List.of("pubdate", "dc.date.created", "dcterms.created",
            "dc.date", "dc:date", "dcterms.date", "date", "dateCreated", "created", "timestamp");
    private static final String PUBLISHED_MARKUP = "[itemprop=datePublished], [property=schema:datePublished], "
            + "time[pubdate], abbr.published[title], .published[title]";
    private static final String TIME_MARKUP = "article time[datetime], header time[datetime], time[datetime], "
            + "[property=schema:dateCreated][content], [itemprop=dateCreated], .updated[title], "
            + "time:not([itemprop=dateModified])";
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
            "dateModified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised");

    private static Optional<Found> firstMeta(HtmlPageMetadata metadata, List<String> keys) {
        Optional<Found> partial = Optional.empty();
        for (String key : keys) {
            Optional<String> raw = metadata.find(key);
            Optional<Found> d = raw.flatMap(PublicationDates::findIsoDate).map(day -> new Found(day, raw.get()));
            if (d.isPresent() && d.get().day().length() == 10) {
                return d;
            }
            if (partial.isEmpty()) {
                partial = d;
            }
        }
        return partial;
    }

    private static Optional<Found> jsonLd(HtmlPageMetadata metadata, String key) {
        for (JsonNode tree : metadata.jsonLd()) {
            Optional<Found> d = findDate(tree, key, 0);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A date in publication markup: {@code datePublished} microdata, {@code <time>}, hAtom's {@code published}. */
    private static Optional<Found> markedUp(org.jsoup.nodes.Document page, String selector) {
        for (Element e : page.select(selector)) {
            for (String attr : List.of("datetime", "content", "title")) {
                String raw = e.attr(attr);
                Optional<String> d = PublicationDates.findIsoDate(raw);
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), raw));
                }
            }
            Optional<String> d = PublicationDates.findDayInText(squash(e.text()), false);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), d.get()));
            }
        }
        return Optional.empty();
    }

    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:date|dates|datum|time|timestamp|published|publish|pubdate|posted|post-date|postdate"
                    + "|entry-date|byline|dateline|meta|info|fecha|data)(?:$|[\\s_-])|date|datum|publish|posted");

    /**
     * A day written in a short element whose class or id names a date ({@code <span class="post-date">26/10/2018}),
     * in page order. American pages ({@code lang="en-US"}) write month first.
     */
    private static Optional<String> dateLine(org.jsoup.nodes.Document page) {
        boolean monthFirst = isAmerican(page);
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            String marks = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (marks.isBlank() || !DATE_LINE_WORDS.matcher(marks).find()) {
                continue;
            }
            if (e.closest("footer, .comment, .comments, #comments, nav, aside") != null) {
                continue;
            }
            String text = squash(e.text());
            if (text.isEmpty() || text.length() > 200) {
                continue;
            }
            Optional<String> d = PublicationDates.findDayInText(text, monthFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> findDate(JsonNode node, String key, int depth) {
        if (node == null || depth > 12) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode d = node.get(key);
            if (d != null && d.isTextual()) {
                Optional<String> iso = PublicationDates.findIsoDate(d.asText());
                if (iso.isPresent()) {
                    return Optional.of(new Found(iso.get(), d.asText()));
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Optional<Found> found = findDate(child, key, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // ---- cleaning ----------------------------------------------------------------------------------------------

    private static void removeNonText(Element body, boolean byClassWords) {
        if (body == null) {
            return;
        }
        Map<Element, Stats> stats = byClassWords ? statsOf(body, new ArrayList<>()) : Map.of();
        Stats all = stats.get(body);
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && e != body) {
                    if (isNeverText(e) && !(byClassWords && isPageRegion(e) && holdsMostOfTheText(e, stats, all))) {
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
    private static boolean holdsMostOfTheText(Element e, Map<Element, Stats> stats, Stats all) {
        Stats s = stats.get(e);
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

    private static final int MIN_ARTICLE_PARAGRAPH_CHARS = 400;
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

    /**
     * Takes out of the chosen boxes the short elements that hold only a picture credit, a date or fields about the
     * article, the sub-headings of empty widgets, and the teaser cards of other stories.
     */
    private static void dropCreditAndDateLines(List<Element> content, Map<Element, Stats> stats) {
        for (Element root : content) {
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    return node instanceof Element e && e != root
                            && (isCreditOrDateLine(e, stats) || isHeadingOfEmptyBox(e, stats) || isTeaserCard(e, stats))
                            ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            });
        }
    }

    private static final Set<String> SUB_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * A sub-heading that heads nothing: the only text of its box, followed there by an empty box that a script
     * fills (a video player, a widget's slot), as a "Discover our latest picks" or "Watch next" title is.
     */
    private static boolean isHeadingOfEmptyBox(Element e, Map<Element, Stats> stats) {
        if (!SUB_HEADINGS.contains(e.normalName())) {
            return false;
        }
        Element parent = e.parent();
        Stats own = stats.get(e);
        Stats box = parent == null ? null : stats.get(parent);
        if (own == null || box == null || own.chars == 0 || box.chars != own.chars) {
            return false;
        }
        boolean emptyAfter = false;
        for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            Stats st = stats.get(next);
            emptyAfter |= st != null && st.chars == 0 && BLOCK_TAGS.contains(next.normalName());
        }
        return emptyAfter;
    }

    /** The longest text of a box inside the article that is taken for a teaser of another story. */
    private static final int MAX_TEASER_CHARS = 150;
    /** The least share of a teaser's text that links away. */
    private static final double MIN_TEASER_LINK_SHARE = 0.3;

    /**
     * A teaser of another story set inside the article: a box with no paragraph, a picture, and a short text that
     * links away (a "Keep reading" card with its picture and headline).
     */
    private static boolean isTeaserCard(Element e, Map<Element, Stats> stats) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("aside") || tag.equals("section"))) {
            return false;
        }
        Stats st = stats.get(e);
        if (st == null || st.pChars > 0 || st.chars == 0 || st.chars > MAX_TEASER_CHARS
                || st.linkChars < st.chars * MIN_TEASER_LINK_SHARE) {
            return false;
        }
        return e.selectFirst("img, picture") != null;
    }

    /**
     * A short element that holds only a picture credit, only a date, or only fields about the article (see
     * {@link ExtractionLines}).
     */
    private static boolean isCreditOrDateLine(Element e, Map<Element, Stats> stats) {
        Stats st = stats.get(e);
        if (st == null || st.chars == 0 || st.chars > ExtractionLines.MAX_CHARS || e.normalName().equals("body")) {
            return false;
        }
        if (!standsAlone(e)) {
            return false; // a date or a word inside a sentence
        }
        String text = squash(e.text());
        return ExtractionLines.isCredit(text) || ExtractionLines.isDateOnly(text)
                || ExtractionLines.isFieldLine(text);
    }

    /** A block element, or an inline one with a block boundary (or nothing) on each side: a line of its own. */
    private static boolean standsAlone(Element e) {
        if (BLOCK_TAGS.contains(e.normalName())) {
            return true;
        }
        return isLineBoundary(e.previousSibling(), true) && isLineBoundary(e.nextSibling(), false);
    }

    private static boolean isLineBoundary(Node side, boolean before) {
        Node n = side;
        while (n instanceof TextNode t && t.isBlank()) {
            n = before ? n.previousSibling() : n.nextSibling();
        }
        if (n == null) {
            return true;
        }
        return n instanceof Element x && (BLOCK_TAGS.contains(x.normalName()) || x.normalName().equals("img")
                || x.normalName().equals("picture"));
    }

    /** Tags that are never article text but that some sites wrap around the whole page or the article. */
    private static final Set<String> WRAPPING_TAGS = Set.of("form", "aside", "header", "footer");

    /** Never article text by its tag, its being hidden, or its ARIA role. */
    private static boolean isNeverText(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return !(tag.equals("figure") && e.selectFirst("table") != null); // a table set as a figure is text
        }
        if (tag.equals("header") && e.closest("article, main, [itemprop=articleBody]") == null
                && !isArticleHeader(e)) {
            return true; // the site's header; an article's own header holds its heading and byline
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (ExtractionParts.isHidden(e)) {
            return !ExtractionParts.isHiddenPageOfShownSeries(e);
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
        Element h1 = header.selectFirst("h1");
        if (h1 == null || h1.selectFirst("a") != null || h1.closest("a") != null) {
            return false;
        }
        return header.selectFirst("nav, [role=navigation]") == null;
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
        return e.selectFirst("article, main, [itemprop=articleBody]") == null;
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

    // ---- choosing the article ----------------------------------------------------------------------------------

    /** Text length, commas and link text length of an element's subtree, computed bottom-up in one pass. */
    private static final class Stats {
        int chars;
        int commas;
        int linkChars;
        /** Text inside {@code <p>} elements. */
        int pChars;
    }

    /** The statistics of every element under {@code root} (itself included), and the elements in page order. */
    private static Map<Element, Stats> statsOf(Element root, List<Element> order) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        root.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                    order.add(e);
                    if (e.normalName().equals("a")) {
                        linkDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Element parent = node.parent() instanceof Element p && node != root ? p : null;
                if (node instanceof TextNode t) {
                    if (parent == null) {
                        return;
                    }
                    Stats ps = stats.get(parent);
                    String w = t.getWholeText();
                    int chars = 0;
                    boolean space = true;
                    for (int i = 0; i < w.length(); i++) {
                        char c = w.charAt(i);
                        if (isSpace(c)) {
                            if (!space) {
                                chars++;
                                space = true;
                            }
                        } else {
                            chars++;
                            space = false;
                            if (c == ',' || c == '，') {
                                ps.commas++;
                            }
                        }
                    }
                    ps.chars += chars;
                    if (linkDepth > 0) {
                        ps.linkChars += chars;
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth--;
                    }
                    Stats me = stats.get(e);
                    if (e.normalName().equals("p")) {
                        me.pChars = me.chars;
                    }
                    if (parent != null) {
                        Stats ps = stats.get(parent);
                        ps.pChars += me.pChars;
                        ps.chars += me.chars;
                        ps.commas += me.commas;
                        ps.linkChars += me.linkChars;
                    }
                }
            }
        });
        return stats;
    }

    private static double linkDensity(Stats s) {
        return s.chars == 0 ? 0 : Math.min(1.0, s.linkChars / (double) s.chars);
    }

    private static List<Element> bestContent(Element body) {
        if (body == null) {
            return List.of();
        }
        List<Element> order = new ArrayList<>();
        Map<Element, Stats> stats = statsOf(body, order);
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
            Stats st = stats.get(e);
            if (st.chars < 25) {
                continue;
            }
            double score = 1 + st.commas + Math.min(st.chars / 100.0, 3.0);
            Element parent = e.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                Element candidate = parent;
                scores.computeIfAbsent(candidate, HtmlArticleExtractor::initialScore);
                scores.merge(candidate, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
                if (candidate == body) {
                    break;
                }
            }
        }
        Map<Element, Double> finalScores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            Stats st = stats.get(s.getKey());
            finalScores.put(s.getKey(), s.getValue() * (1 - (st == null ? 0 : linkDensity(st))));
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
                Stats st = stats.get(sibling);
                if (st == null) {
                    continue;
                }
                double ld = linkDensity(st);
                if ((st.chars > 80 && ld < 0.25) || (st.chars > 0 && ld == 0 && endsLikeSentence(sibling.text()))) {
                    out.add(sibling);
                }
            }
        }
        List<Element> chosen = withLeadAndParts(out, top, order, stats);
        dropCreditAndDateLines(chosen, stats);
        dropEmphasizedEndNotes(chosen, stats);
        return chosen;
    }

    /** How many emphasized paragraphs at the end of the article are taken for end matter at most. */
    private static final int MAX_END_NOTES = 3;
    /** The longest emphasized paragraph at the end of the article that is taken for end matter. */
    private static final int MAX_END_NOTE_CHARS = 600;

    /**
     * Takes out of the chosen boxes the paragraphs that end the article set wholly in italics: an author's bio, a
     * newsletter or advertising call, a reprint notice (as trafilatura leaves out such "postscript" lines). Only the
     * last paragraphs are looked at, found by walking down the last boxes' last children; at least one plain
     * paragraph must stay.
     */
    private static void dropEmphasizedEndNotes(List<Element> content, Map<Element, Stats> stats) {
        if (content.isEmpty()) {
            return;
        }
        Element root = content.get(content.size() - 1);
        for (int dropped = 0; dropped < MAX_END_NOTES; dropped++) {
            Element last = lastParagraph(root, stats);
            if (last == null || !isEmphasizedNote(last, stats)) {
                return;
            }
            Element previous = previousParagraph(last, stats);
            if (previous == null || content.size() == 1 && !isInside(previous, root)) {
                return; // the note is all there is
            }
            Stats gone = stats.get(last);
            for (Element up = last.parent(); up != null; up = up.parent()) {
                Stats st = stats.get(up);
                if (st != null) {
                    st.chars -= gone.chars;
                    st.linkChars -= gone.linkChars;
                }
            }
            last.remove();
        }
    }

    /** The last {@code <p>} with text under {@code root}, following the last child with text at each level. */
    private static Element lastParagraph(Element root, Map<Element, Stats> stats) {
        Element e = root;
        while (!e.normalName().equals("p")) {
            Element child = null;
            for (Element c = e.lastElementChild(); c != null; c = c.previousElementSibling()) {
                Stats st = stats.get(c);
                if (st != null && st.chars > 0) {
                    child = c;
                    break;
                }
            }
            if (child == null) {
                return null;
            }
            e = child;
        }
        return e;
    }

    /** The nearest earlier sibling with text of {@code p}, or of one of its ancestors. */
    private static Element previousParagraph(Element p, Map<Element, Stats> stats) {
        for (Element e = p; e != null; e = e.parent()) {
            for (Element c = e.previousElementSibling(); c != null; c = c.previousElementSibling()) {
                Stats st = stats.get(c);
                if (st != null && st.chars > 0) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * A short paragraph whose text lies mostly (four fifths) inside {@code <em>} or {@code <i>} children and that
     * holds a link, an e-mail address or a copyright sign: not a closing quotation or an update note.
     */
    private static boolean isEmphasizedNote(Element p, Map<Element, Stats> stats) {
        Stats st = stats.get(p);
        if (st == null || st.chars == 0 || st.chars > MAX_END_NOTE_CHARS) {
            return false;
        }
        int emphasized = 0;
        for (Element c : p.children()) {
            String tag = c.normalName();
            Stats cs = stats.get(c);
            if (cs != null && (tag.equals("em") || tag.equals("i"))) {
                emphasized += cs.chars;
            }
        }
        if (emphasized < st.chars * 0.8) {
            return false;
        }
        if (st.linkChars > 0) {
            return true; // a call to follow a link: sign up, subscribe, read more
        }
        String text = p.text();
        return text.indexOf('@') >= 0 || text.indexOf('\u00a9') >= 0; // a contact address, a copyright notice
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
    private static List<Element> withLeadAndParts(List<Element> chosen, Element top, List<Element> order,
            Map<Element, Stats> stats) {
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        List<Element> out = new ArrayList<>(chosen);
        out.addAll(splitParts(chosen, top, order, stats));
        out.sort((a, b) -> Integer.compare(index.getOrDefault(a, 0), index.getOrDefault(b, 0)));
        List<Element> lead = lead(out, order, index, stats);
        if (lead.isEmpty() && !out.isEmpty()) {
            ExtractionParts.findStandfirst(out.get(0), order, index).ifPresent(lead::add);
        }
        if (!lead.isEmpty()) {
            lead.addAll(out);
            out = lead;
        }
        List<Element> recipe = ExtractionParts.recipeParts(order, out);
        if (!recipe.isEmpty()) {
            out.addAll(recipe);
            out.sort((a, b) -> Integer.compare(index.getOrDefault(a, 0), index.getOrDefault(b, 0)));
        }
        return out;
    }

    private static List<Element> splitParts(List<Element> chosen, Element top, List<Element> order,
            Map<Element, Stats> stats) {
        String kind = kindOf(top);
        if (kind.isEmpty()) {
            return List.of();
        }
        List<Element> parts = new ArrayList<>();
        for (Element e : order) {
            if (e == top || !kind.equals(kindOf(e)) || overlapsAny(e, chosen) || overlapsAny(e, parts)) {
                continue;
            }
            Stats st = stats.get(e);
            if (st == null || st.chars < 50 || linkDensity(st) > 0.25
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
    static boolean overlapsAny(Element e, List<Element> boxes) {
        for (Element b : boxes) {
            if (isInside(e, b) || isInside(b, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs between the page's first {@code <h1>} and the first chosen box, when that heading comes
     * before the box: prose (a sentence or a long line with few links), not bylines, dates or captions.
     */
    private static List<Element> lead(List<Element> chosen, List<Element> order, Map<Element, Integer> index,
            Map<Element, Stats> stats) {
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
        int chars = 0;
        for (int i = h1 + 1; i < end; i++) {
            Element e = order.get(i);
            String tag = e.normalName();
            if (!(tag.equals("p") || tag.equals("h2") || ((tag.equals("div") || tag.equals("span"))
                    && !hasBlockChild(e)))) {
                continue;
            }
            if (isInside(e, heading) || isInside(first, e) || (!lead.isEmpty() && isInside(e, lead.get(lead.size() - 1)))) {
                continue;
            }
            Stats st = stats.get(e);
            if (st == null || st.chars < 40 || linkDensity(st) > 0.1) {
                continue;
            }
            if (isNotLead(e)) {
                continue;
            }
            String text = squash(e.text());
            if (text.length() < (endsLikeSentence(text) ? 40 : 80)) {
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

    private static boolean isNotLead(Element e) {
        for (Element up = e; up != null && !up.normalName().equals("body"); up = up.parent()) {
            for (String w : classAndIdWords(up)) {
                if (NOT_LEAD_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
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

    private static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && "\"”’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
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
    private static Element narrowToArticle(Element top, Map<Element, Stats> stats) {
        Stats all = stats.get(top);
        if (all == null || all.pChars < MIN_ARTICLE_PARAGRAPH_CHARS || top.normalName().equals("article")) {
            return top;
        }
        Element best = null;
        int bestChars = 0;
        for (Element a : top.getElementsByTag("article")) {
            Stats st = stats.get(a);
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
        List<String> words = classAndIdWords(e);
        if (words.stream().anyMatch(POSITIVE_WORDS::contains)) {
            score += 25;
        }
        if (words.stream().anyMatch(NEGATIVE_WORDS::contains)) {
            score -= 25;
        }
        return score;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (PARAGRAPH_CHILD_BLOCKS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    // ---- text blocks -------------------------------------------------------------------------------------------

    /**
     * A run of text between block boundaries, with how much of it is link text, the runs of it that each came from
     * one text node of the page, and the element that holds its first text.
     */
    record Block(String text, int linkChars, List<Piece> pieces, Element at) {
        /** The ordinal of the block's first text node in document order (see {@link HtmlSourcePositions}). */
        int firstNode() {
            return pieces.isEmpty() ? -1 : pieces.get(0).node();
        }

        /** This block's text with {@code before} written in front of it (a drop cap). */
        Block after(Block before) {
            List<Piece> joined = new ArrayList<>(before.pieces());
            int shift = before.text().length();
            for (Piece p : pieces) {
                joined.add(new Piece(p.start() + shift, p.end() + shift, p.node(), p.sourceStart(), p.sourceEnd()));
            }
            return new Block(before.text() + text, linkChars + before.linkChars(), joined, before.at());
        }
    }

    /**
     * Characters {@code [start, end)} of a block came from the text node with ordinal {@code node}, which stands at
     * characters {@code [sourceStart, sourceEnd)} of the page (-1 when its place is not known).
     */
    record Piece(int start, int end, int node, int sourceStart, int sourceEnd) {
    }

    private static List<Block> blocksOf(List<Element> roots, Optional<String> title, HtmlSourcePositions positions) {
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            collectBlocks(root, blocks, e -> false, positions);
        }
        String normalizedTitle = title.map(HtmlArticleExtractor::comparable).orElse("");
        List<Block> out = new ArrayList<>();
        Block dropCap = null;
        for (Block b : blocks) {
            String t = b.text();
            if (dropCap != null && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                b = b.after(dropCap); // a big first letter set apart from the rest of its word ("T" + "urkey, …")
                t = b.text();
            } else if (dropCap != null) {
                out.add(dropCap);
            }
            dropCap = null;
            if (isDropCap(t)) {
                dropCap = b;
                continue;
            }
            if (t.isEmpty() || JUNK_BLOCK.matcher(t).matches()) {
                continue;
            }
            if (!normalizedTitle.isEmpty() && comparable(t).equals(normalizedTitle)) {
                continue;
            }
            if (b.linkChars() > t.length() * 0.5 && t.length() < 300) {
                continue; // a link, or a list of them
            }
            if (!out.isEmpty() && out.get(out.size() - 1).text().equals(t)) {
                continue;
            }
            out.add(b);
        }
        return out;
    }

    private static boolean isDropCap(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    /**
     * Adds the text blocks under {@code root} in page order, leaving out the subtrees {@code skip} names. White
     * space is collapsed as the text is read, and each text node's run is set to Unicode's composed form on its own,
     * so that the pieces' offsets stay true.
     */
    static void collectBlocks(Element root, List<Block> blocks, Predicate<Element> skip,
            HtmlSourcePositions positions) {
        root.filter(new NodeFilter() {
            private final StringBuilder current = new StringBuilder();
            private final List<Piece> pieces = new ArrayList<>();
            private Element at;
            private boolean pendingSpace;
            private int linkChars;
            private int linkDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(t);
                } else if (node instanceof Element e) {
                    if (e != root && skip.test(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                    }
                    if (tag.equals("a")) {
                        linkDepth++;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        linkDepth--;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                    }
                }
                if (node == root) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            private void append(TextNode t) {
                String whole = t.getWholeText();
                int first = appendCollapsed(whole, current, pendingSpace);
                // white space at the node's end waits for what follows, as does any before a node of white space
                pendingSpace = current.length() > 0 && (!whole.isEmpty() && isSpace(whole.charAt(whole.length() - 1))
                        || first < 0 && pendingSpace);
                if (first < 0) {
                    return;
                }
                String run = current.substring(first);
                String composed = nfc(run);
                if (!composed.equals(run)) {
                    current.setLength(first);
                    current.append(composed);
                }
                if (linkDepth > 0) {
                    linkChars += current.length() - first;
                }
                if (at == null) {
                    at = t.parent();
                }
                int node = positions.ordinalOf(t);
                pieces.add(new Piece(first, current.length(), node, positions.startOf(node), positions.endOf(node)));
            }

            private void flush() {
                if (current.length() > 0) {
                    String text = current.toString();
                    blocks.add(new Block(text, Math.min(linkChars, text.length()), List.copyOf(pieces), at));
                }
                current.setLength(0);
                pieces.clear();
                at = null;
                pendingSpace = false;
                linkChars = 0;
            }
        });
    }

    // ---- small helpers -----------------------------------------------------------------------------------------

    /** Collapses runs of white space (including no-break spaces) to one space and strips the ends. */
    static String squash(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        if (isSquashed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        appendCollapsed(s, out, false);
        return out.toString();
    }

    /**
     * Appends {@code s} to {@code out} with each run of white space (no-break spaces included) written as one space,
     * none at the start of {@code out} and none at the end: a run waits until a character follows it.
     *
     * @param pending whether white space before {@code s} is waiting to be written
     * @return where the first character of {@code s} that is not white space was written, or -1 for none
     */
    static int appendCollapsed(CharSequence s, StringBuilder out, boolean pending) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pending = out.length() > 0;
            } else {
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                if (first < 0) {
                    first = out.length();
                }
                out.append(c);
            }
        }
        return first;
    }

    /**
     * The text in Unicode's composed form (NFC), as text is compared and searched: pages write some letters
     * (Bengali, Devanagari, Vietnamese) as precomposed or decomposed sequences that look alike.
     */
    private static String nfc(String s) {
        return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC) ? s
                : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    private static boolean isSquashed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' ? (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B)
                : c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Text as compared with a title: white space collapsed, lower case, without quote marks. */
    static String comparable(String s) {
        String q = squash(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if ("\"'“”‘’«»".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
