package org.sitrep.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The squashed texts of a page's boxes, each read once for a chain of wrappers: a box whose only text lies in one
 * child element has that child's text, so the text is read at the chain's lowest box and kept for every box above
 * it. Asking for the text of every box of 100,000 nested {@code <div>}s costs one walk over them, not one walk per
 * box (which made the rules that read the text of many boxes quadratic in the nesting depth).
 *
 * <p>Thread safety: mutable and not thread-safe; one per pass over a page, used by one thread.
 *
 * <p>Failure: never throws. A text is kept as it was when first asked for: a caller that takes elements out of a
 * box after asking for its text must not ask again for that box or for a box around it.
 */
final class BoxTexts {
    private final Map<Element, BoxStats> stats;
    private final Map<Element, String> texts = new IdentityHashMap<>();

    BoxTexts(Map<Element, BoxStats> stats) {
        this.stats = stats;
    }

    /** {@code e}'s text with its white space squashed ({@link HtmlTextBlocks#squash}). */
    String squashed(Element e) {
        List<Element> chain = new ArrayList<>();
        String text = null;
        for (Element x = e; text == null; ) {
            text = texts.get(x);
            if (text == null) {
                chain.add(x);
                Element inner = soleCarrier(x);
                if (inner == null) {
                    text = HtmlTextBlocks.squash(x.text());
                } else {
                    x = inner;
                }
            }
        }
        for (Element c : chain) {
            texts.put(c, text);
        }
        return text;
    }

    /** The one child element that holds all of {@code e}'s text, if {@code e} has no text of its own; else null. */
    private Element soleCarrier(Element e) {
        Element carrier = null;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null;
                }
            } else if (child instanceof Element c) {
                BoxStats st = stats.get(c);
                if (st == null) {
                    return null;
                }
                if (st.chars > 0) {
                    if (carrier != null) {
                        return null;
                    }
                    carrier = c;
                }
            }
        }
        return carrier;
    }
}
