package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sitrep.doc.Published;
import org.sitrep.read.HtmlTextBlocks.Block;

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
 * <p>This class runs the steps in order; each lives in a class of its own: {@link PageDates} (the publication
 * date), {@link NonTextRemoval} (elements that are never article text), {@link ArticleBoxChoice} (the article's
 * boxes, with {@link BoxStats}, the lead and parts of {@link ExtractionParts}, and the rules of
 * {@link ArticleBoxCleanup} inside them), {@link HtmlTextBlocks} (the boxes' text blocks); the publisher's own
 * {@code articleBody} and the title are read here.
 *
 * <p>Thread safety: stateless apart from a thread-safe Jackson mapper; may be shared.
 *
 * <p>Failure: never throws for bad markup (jsoup repairs it); a page with no text gives an article with empty text.
 */
final class HtmlArticleExtractor {
    /**
     * What a page gives: its title if any, the article text (title first), its publication date, and the page
     * text: everything visible on the page in page order, the article among the left-out blocks, with their kinds
     * and the source map (see {@link HtmlPageText}).
     */
    record Article(Optional<String> title, String text, Published published, HtmlPageText page) {
    }

    Article extract(String html, String location) {
        org.jsoup.nodes.Document page = parse(html, location);
        HtmlPageMetadata metadata = new HtmlPageMetadata(page);
        Optional<String> title = findTitle(page, metadata);
        Published published = PageDates.findPublished(page, metadata, location);
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
        String out = blocks.isEmpty() ? "" : HtmlTextBlocks.nfc(text.toString());
        return new Article(title.map(HtmlTextBlocks::nfc), out, published, draft.compose(blocks));
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
            stated = HtmlPageMetadata.findInJsonLd(tree, 6, HtmlArticleExtractor::statedBody).orElse(null);
            if (stated != null) {
                break;
            }
        }
        if (stated == null || stated.length() < MIN_STATED_BODY_CHARS || length(found) * 2 >= stated.length()) {
            return found;
        }
        List<Block> out = new ArrayList<>();
        for (String paragraph : stated.split("\\n\\s*\\n|\\n")) {
            String t = HtmlTextBlocks.nfc(HtmlTextBlocks.squash(paragraph));
            if (!t.isEmpty()) {
                out.add(new Block(t, 0, List.of(), null));
            }
        }
        return out.isEmpty() ? found : out;
    }

    /** The {@code articleBody} of a JSON-LD object typed as an article, as plain text; empty when none. */
    private static Optional<String> statedBody(JsonNode object) {
        JsonNode body = object.get("articleBody");
        String type = object.path("@type").isArray() ? object.path("@type").toString()
                : object.path("@type").asText("");
        if (body != null && body.isTextual() && (type.contains("Article") || type.contains("BlogPosting")
                || type.contains("Report"))) {
            String text = body.asText();
            // a body written as HTML keeps its paragraphs as lines
            return Optional.of(text.indexOf('<') < 0 ? text
                    : Jsoup.parse(text.replaceAll("(?i)</p>|<br\\s*/?>", "\n")).wholeText());
        }
        return Optional.empty();
    }

    private static org.jsoup.nodes.Document parse(String html, String location) {
        return Jsoup.parse(html, baseUri(location));
    }

    private static List<Block> articleBlocks(org.jsoup.nodes.Document page, Optional<String> title,
            boolean byClassWords, HtmlSourcePositions positions) {
        Element body = page.body();
        NonTextRemoval.removeNonText(body, byClassWords);
        List<Block> blocks = HtmlTextBlocks.blocksOf(ArticleBoxChoice.bestContent(body), title, positions);
        if (length(blocks) < 250 && body != null) {
            List<Block> whole = HtmlTextBlocks.blocksOf(List.of(body), title, positions);
            if (length(whole) > length(blocks) * 2) {
                blocks = whole;
            }
        }
        return blocks;
    }

    private static String baseUri(String location) {
        return location != null && location.matches("(?i)https?://.*") ? location : "";
    }

    private static Optional<String> findTitle(org.jsoup.nodes.Document page, HtmlPageMetadata metadata) {
        Optional<String> og = metadata.find("og:title").or(() -> metadata.find("twitter:title"));
        if (og.isPresent()) {
            return og;
        }
        Element h1 = page.selectFirst("h1");
        String h1Text = h1 == null ? "" : HtmlTextBlocks.squash(h1.text());
        String titleText = HtmlTextBlocks.squash(page.title());
        if (!h1Text.isEmpty() && (titleText.isEmpty() || titleText.startsWith(h1Text))) {
            return Optional.of(h1Text); // the <title> is the heading plus the site's name
        }
        if (!titleText.isEmpty()) {
            return Optional.of(titleText);
        }
        return h1Text.isEmpty() ? Optional.empty() : Optional.of(h1Text);
    }

    private static int length(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
