package org.sitrep.read;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Where each text node of a parsed page stands in the markup it was parsed from, and its place in document order.
 *
 * <p>The markup is scanned once, alongside the text nodes in document order: a text node's run starts right after a
 * tag's {@code >} (or at the start), reads as the node's text once entities are decoded, and ends right before a
 * {@code <} (or at the end). The first such run after the previous node's is taken, and the scan goes past each
 * script, style and comment as it meets them, so that text which also appears in an earlier script, comment or
 * attribute is never taken for the node's. This costs far less than jsoup's own position tracking,
 * which works out line and column numbers for every node. A node whose run cannot be found (the parser merged text
 * around a tag it ignored, or moved it) has no position; the scan gives up after {@value #MAX_MISSES} such nodes, so
 * a page the scan does not fit costs no more than a few passes.
 *
 * <p>A node's ordinal is its place among the page's text nodes in document order; two parses of the same markup give
 * the same ordinals, so blocks taken from either can be matched.
 *
 * <p>Thread safety: immutable once built; one per parsed page.
 *
 * <p>Failure: never throws for odd markup; unknown nodes have ordinal -1 and unplaced ones position -1.
 */
final class HtmlSourcePositions {
    private static final int MAX_MISSES = 50;
    /** How many tag ends a search for one node looks past before it gives up. */
    private static final int MAX_CANDIDATES = 4000;

    private final Map<TextNode, Integer> ordinals;
    private final int[] starts;
    private final int[] ends;

    private HtmlSourcePositions(Map<TextNode, Integer> ordinals, int[] starts, int[] ends) {
        this.ordinals = ordinals;
        this.starts = starts;
        this.ends = ends;
    }

    /** The positions of every text node of {@code page}, parsed from {@code html}. */
    static HtmlSourcePositions of(org.jsoup.nodes.Document page, String html) {
        Map<TextNode, Integer> ordinals = new IdentityHashMap<>();
        int[][] range = {new int[64], new int[64]};
        int[] state = {0, 0}; // cursor, misses
        page.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof DataNode || node instanceof Comment) {
                    // a script, a style or a comment is read as written: the scan goes past it, so that text
                    // inside it is never taken for a later node's
                    String data = node instanceof DataNode dn ? dn.getWholeData() : ((Comment) node).getData();
                    int at = data.length() < 8 ? -1 : html.indexOf(data, state[0]);
                    if (at >= 0) {
                        state[0] = at + data.length();
                    }
                    return;
                }
                if (!(node instanceof TextNode t)) {
                    return;
                }
                int ordinal = ordinals.size();
                ordinals.put(t, ordinal);
                if (ordinal == range[0].length) {
                    range[0] = Arrays.copyOf(range[0], ordinal * 2);
                    range[1] = Arrays.copyOf(range[1], ordinal * 2);
                }
                range[0][ordinal] = -1;
                range[1][ordinal] = -1;
                String text = t.getWholeText();
                if (state[1] > MAX_MISSES || text.isBlank()) {
                    return;
                }
                int at = state[0];
                int tried = 0;
                while (at >= 0 && at <= html.length() && tried++ < MAX_CANDIDATES) {
                    if (at == 0 || html.charAt(at - 1) == '>') {
                        int end = runEnd(text, html, at);
                        if (end >= 0) {
                            range[0][ordinal] = at;
                            range[1][ordinal] = end;
                            state[0] = end;
                            return;
                        }
                    }
                    int gt = html.indexOf('>', at);
                    at = gt < 0 ? -1 : gt + 1;
                }
                state[1]++;
            }

            @Override
            public void tail(Node node, int depth) {
            }
        });
        return new HtmlSourcePositions(ordinals, range[0], range[1]);
    }

    /**
     * Where the run that reads as {@code text} ends, when it starts at {@code at} and ends before a {@code <} or at
     * the end of the markup; -1 when it does not.
     */
    static int runEnd(String text, String html, int at) {
        int i = 0;
        int j = at;
        int n = text.length();
        int m = html.length();
        while (i < n) {
            if (j >= m) {
                return -1;
            }
            char h = html.charAt(j);
            char c = text.charAt(i);
            if (h == '&') {
                int k = entityRunEnd(html, j, m);
                if (k > j + 1) {
                    String decoded = Parser.unescapeEntities(html.substring(j, k), false);
                    if (!decoded.equals(html.substring(j, k))) {
                        if (!text.startsWith(decoded, i)) {
                            return -1;
                        }
                        i += decoded.length();
                        j = k;
                        continue;
                    }
                }
            }
            if (h == c || (h == 0 && c == '\uFFFD')) {
                i++;
                j++;
            } else if (h == '\r' && c == '\n') {
                j += j + 1 < m && html.charAt(j + 1) == '\n' ? 2 : 1; // a line end as the parser reads it
                i++;
            } else {
                return -1;
            }
        }
        return j == m || html.charAt(j) == '<' ? j : -1;
    }

    /**
     * The end of what may be an entity written at {@code j}, an {@code &} (at most 40 letters, digits or {@code #}
     * after it, and the {@code ;} that closes them if there is one), not past {@code to}; {@code j + 1} when no
     * name follows. Whether it is one is for its decoding to tell.
     */
    static int entityRunEnd(String html, int j, int to) {
        int k = j + 1;
        while (k < to && k - j < 40 && (Character.isLetterOrDigit(html.charAt(k)) || html.charAt(k) == '#')) {
            k++;
        }
        if (k < to && k > j + 1 && html.charAt(k) == ';') {
            k++;
        }
        return k;
    }

    /** The node's place among the page's text nodes in document order, or -1 for a node of another page. */
    int ordinalOf(TextNode t) {
        Integer o = ordinals.get(t);
        return o == null ? -1 : o;
    }

    /** Where the node with this ordinal starts in the markup, or -1 when it was not found. */
    int startOf(int ordinal) {
        return ordinal < 0 || ordinal >= ordinals.size() ? -1 : starts[ordinal];
    }

    /** Where the node with this ordinal ends in the markup, or -1 when it was not found. */
    int endOf(int ordinal) {
        return ordinal < 0 || ordinal >= ordinals.size() ? -1 : ends[ordinal];
    }
}
