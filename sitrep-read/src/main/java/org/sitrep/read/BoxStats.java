package org.sitrep.read;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, commas, link text length and pictures of an element's subtree, computed bottom-up in one pass over a page (see
 * {@link #statsOf}), as the choice of the article's box and the rules applied inside it read them.
 *
 * <p>Thread safety: mutable and not thread-safe; one map of statistics per pass over a page, used by one thread.
 *
 * <p>Failure: never throws; an element added after the pass has no statistics (the map gives null).
 */
final class BoxStats {
    int chars;
    int commas;
    int linkChars;
    /** Text inside {@code <p>} elements. */
    int pChars;
    /** Elements, the element itself included: with its place in page order, the span of page order it covers. */
    int elements = 1;
    /** Pictures ({@code <img>}, {@code <picture>}), the element itself included. */
    int pictures;

    /** The statistics of every element under {@code root} (itself included), and the elements in page order. */
    static Map<Element, BoxStats> statsOf(Element root, List<Element> order) {
        Map<Element, BoxStats> stats = new IdentityHashMap<>();
        root.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new BoxStats());
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
                    BoxStats ps = stats.get(parent);
                    String w = t.getWholeText();
                    int chars = 0;
                    boolean space = true;
                    for (int i = 0; i < w.length(); i++) {
                        char c = w.charAt(i);
                        if (HtmlTextBlocks.isSpace(c)) {
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
                    BoxStats me = stats.get(e);
                    if (e.normalName().equals("p")) {
                        me.pChars = me.chars;
                    } else if (e.normalName().equals("img") || e.normalName().equals("picture")) {
                        me.pictures++;
                    }
                    if (parent != null) {
                        BoxStats ps = stats.get(parent);
                        ps.pChars += me.pChars;
                        ps.chars += me.chars;
                        ps.commas += me.commas;
                        ps.linkChars += me.linkChars;
                        ps.pictures += me.pictures;
                        ps.elements += me.elements;
                    }
                }
            }
        });
        return stats;
    }

    static double linkDensity(BoxStats s) {
        return s.chars == 0 ? 0 : Math.min(1.0, s.linkChars / (double) s.chars);
    }
}
