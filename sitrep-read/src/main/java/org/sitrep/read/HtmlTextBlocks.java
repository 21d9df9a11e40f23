package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text blocks of a page (runs of text between block boundaries, each with its link text and its pieces' places
 * in the page) and the white-space and Unicode rules by which page text is read and compared: collapsed white space
 * (no-break spaces included), the composed form (NFC), the form in which a block is compared with the title.
 *
 * <p>Thread safety: stateless; may be used from any thread.
 *
 * <p>Failure: never throws; an element with no text gives no blocks.
 */
final class HtmlTextBlocks {
    /** The tags that end a block of text, before and after them. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "tbody", "thead", "hr", "br", "address", "details", "summary", "center");

    /**
     * A block that is only an ad label, a loader or a skip link, or that holds no letter or digit in any script
     * ({@code \\W} would count Cyrillic, Greek or Bengali letters as junk, so letters are named by Unicode class).
     */
    private static final Pattern JUNK_BLOCK = Pattern.compile(
            "(?i)(advertisement|advertising|sponsored( content)?|ad|loading\\.*|skip to (main )?content|"
                    + "scroll to top|back to top|[^\\p{L}\\p{N}]*)[:.]?");

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

    static List<Block> blocksOf(List<Element> roots, Optional<String> title, HtmlSourcePositions positions) {
        List<Block> blocks = new ArrayList<>();
        for (Element root : roots) {
            collectBlocks(root, blocks, e -> false, positions);
        }
        String normalizedTitle = title.map(HtmlTextBlocks::comparable).orElse("");
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
            if (isTitle(t, normalizedTitle)) {
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
            /**
             * Whether a {@code <time>} opened or closed since the last text: a {@code <time>} is a word of its own, so
             * two written side by side ("published" and "updated") or one against a word ("2019Author") stay apart.
             */
            private boolean timeEdge;
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
                    if (tag.equals("time")) {
                        timeEdge = true;
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
                    if (tag.equals("time")) {
                        timeEdge = true;
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
                if (timeEdge && !whole.isEmpty() && Character.isLetterOrDigit(whole.charAt(0)) && current.length() > 0
                        && Character.isLetterOrDigit(current.charAt(current.length() - 1))) {
                    pendingSpace = true;
                }
                if (!whole.isBlank()) {
                    timeEdge = false;
                }
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
    static String nfc(String s) {
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

    static boolean isSpace(char c) {
        return c <= ' ' ? (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B)
                : c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * Whether {@code text} reads as the title whose {@link #comparable} form is {@code comparableTitle}; never when
     * that is empty (no title).
     */
    static boolean isTitle(String text, String comparableTitle) {
        return !comparableTitle.isEmpty() && comparable(text).equals(comparableTitle);
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

    private HtmlTextBlocks() {
    }
}
