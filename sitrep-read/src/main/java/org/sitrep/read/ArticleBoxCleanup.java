package org.sitrep.read;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The cleanup rules applied inside the boxes chosen as the article: they take out the short elements that hold
 * only a picture credit, a date or fields about the article, the sub-headings of empty widgets, the teaser cards of
 * other stories, and the emphasized end notes (an author's bio, a newsletter call, a reprint notice).
 *
 * <p>Thread safety: stateless; may be used from any thread, but changes the boxes and the statistics it is given,
 * which must not be shared meanwhile.
 *
 * <p>Failure: never throws; an element without statistics is left in place.
 */
final class ArticleBoxCleanup {
    /**
     * Takes out of the chosen boxes the short elements that hold only a picture credit, a date or fields about the
     * article, the sub-headings of empty widgets, and the teaser cards of other stories.
     */
    static void dropCreditAndDateLines(List<Element> content, Map<Element, BoxStats> stats) {
        for (Element root : content) {
            BoxTexts texts = new BoxTexts(stats); // asked top-down, before anything inside a box is taken out
            root.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    return node instanceof Element e && e != root
                            && (isCreditOrDateLine(e, stats, texts) || isHeadingOfEmptyBox(e, stats)
                                    || isTeaserCard(e, stats))
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
    private static boolean isHeadingOfEmptyBox(Element e, Map<Element, BoxStats> stats) {
        if (!SUB_HEADINGS.contains(e.normalName())) {
            return false;
        }
        Element parent = e.parent();
        BoxStats own = stats.get(e);
        BoxStats box = parent == null ? null : stats.get(parent);
        if (own == null || box == null || own.chars == 0 || box.chars != own.chars) {
            return false;
        }
        boolean emptyAfter = false;
        for (Element next = e.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            BoxStats st = stats.get(next);
            emptyAfter |= st != null && st.chars == 0 && HtmlTextBlocks.BLOCK_TAGS.contains(next.normalName());
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
    private static boolean isTeaserCard(Element e, Map<Element, BoxStats> stats) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("aside") || tag.equals("section"))) {
            return false;
        }
        BoxStats st = stats.get(e);
        if (st == null || st.pChars > 0 || st.chars == 0 || st.chars > MAX_TEASER_CHARS
                || st.linkChars < st.chars * MIN_TEASER_LINK_SHARE) {
            return false;
        }
        return st.pictures > 0;
    }

    /**
     * A short element that holds only a picture credit, only a date, or only fields about the article (see
     * {@link ExtractionLines}).
     */
    private static boolean isCreditOrDateLine(Element e, Map<Element, BoxStats> stats, BoxTexts texts) {
        BoxStats st = stats.get(e);
        if (st == null || st.chars == 0 || st.chars > ExtractionLines.MAX_CHARS || e.normalName().equals("body")) {
            return false;
        }
        if (!standsAlone(e)) {
            return false; // a date or a word inside a sentence
        }
        String text = texts.squashed(e);
        return ExtractionLines.isCredit(text) || ExtractionLines.isDateOnly(text)
                || ExtractionLines.isFieldLine(text);
    }

    /** A block element, or an inline one with a block boundary (or nothing) on each side: a line of its own. */
    private static boolean standsAlone(Element e) {
        if (HtmlTextBlocks.BLOCK_TAGS.contains(e.normalName())) {
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
        return n instanceof Element x && (HtmlTextBlocks.BLOCK_TAGS.contains(x.normalName()) || x.normalName().equals("img")
                || x.normalName().equals("picture"));
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
    static void dropEmphasizedEndNotes(List<Element> content, Map<Element, BoxStats> stats) {
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
            if (previous == null || content.size() == 1 && !ExtractionParts.isInside(previous, root)) {
                return; // the note is all there is
            }
            BoxStats gone = stats.get(last);
            for (Element up = last.parent(); up != null; up = up.parent()) {
                BoxStats st = stats.get(up);
                if (st != null) {
                    st.chars -= gone.chars;
                    st.linkChars -= gone.linkChars;
                }
            }
            last.remove();
        }
    }

    /** The last {@code <p>} with text under {@code root}, following the last child with text at each level. */
    private static Element lastParagraph(Element root, Map<Element, BoxStats> stats) {
        Element e = root;
        while (!e.normalName().equals("p")) {
            Element child = null;
            for (Element c = e.lastElementChild(); c != null; c = c.previousElementSibling()) {
                BoxStats st = stats.get(c);
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
    private static Element previousParagraph(Element p, Map<Element, BoxStats> stats) {
        for (Element e = p; e != null; e = e.parent()) {
            for (Element c = e.previousElementSibling(); c != null; c = c.previousElementSibling()) {
                BoxStats st = stats.get(c);
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
    private static boolean isEmphasizedNote(Element p, Map<Element, BoxStats> stats) {
        BoxStats st = stats.get(p);
        if (st == null || st.chars == 0 || st.chars > MAX_END_NOTE_CHARS) {
            return false;
        }
        int emphasized = 0;
        for (Element c : p.children()) {
            String tag = c.normalName();
            BoxStats cs = stats.get(c);
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

    private ArticleBoxCleanup() {
    }
}
