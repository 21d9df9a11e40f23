package org.sitrep.read;

import java.util.Optional;

/**
 * The prolog of an XML text (a byte-order mark, white space, the XML declaration and other processing instructions,
 * comments, and a DOCTYPE with its internal subset), read by hand in one pass: what the root element is called, and
 * whether the text ends inside its DOCTYPE.
 *
 * <p>Both questions are asked before any XML parser sees the text. The root's name tells a feed by its content
 * ({@link DocumentReader}). A text that ends inside the DOCTYPE's internal subset ({@code <!DOCTYPE rss [
 * <!ENTITY a "abc}) must never reach the JDK's parser, which prints an {@code EOFException}'s stack trace to
 * standard error before it fails; the feed reader refuses it first, with one line. Within the subset, quoted
 * literals, comments and processing instructions are skipped whole, since they may hold a {@code ]}; a well-formed
 * subset holds a {@code ]} nowhere else, so a well-formed feed is never refused.
 *
 * <p>This was a regular expression, {@code (?:<\?…\?>|<!--…-->|<!doctype…>)\s*)*<name}, until a review made while
 * fuzzing found that Java's regex engine recurses once per repetition: a head of a few thousand processing
 * instructions or comments overflowed the stack.
 *
 * <p>Thread safety: stateless. Failure: never throws; time linear in the length of the text, constant stack.
 */
final class XmlProlog {
    private final String rootName;
    private final boolean endsInsideDoctype;

    private XmlProlog(String rootName, boolean endsInsideDoctype) {
        this.rootName = rootName;
        this.endsInsideDoctype = endsInsideDoctype;
    }

    /** Reads the prolog at the start of {@code xml}. */
    static XmlProlog of(String xml) {
        int n = xml.length();
        int i = xml.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            i = skipWhitespace(xml, i);
            if (xml.startsWith("<?", i)) {
                i = after(xml, "?>", i + 2);
            } else if (xml.startsWith("<!--", i)) {
                i = after(xml, "-->", i + 4);
            } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                i = afterDoctype(xml, i + 9);
                if (i < 0) {
                    return new XmlProlog(null, true);
                }
            } else {
                break;
            }
            if (i < 0) {
                return new XmlProlog(null, false);
            }
        }
        if (i + 1 < n && xml.charAt(i) == '<' && isAsciiLetter(xml.charAt(i + 1))) {
            int end = i + 2;
            while (end < n && isNameChar(xml.charAt(end))) {
                end++;
            }
            return new XmlProlog(xml.substring(i + 1, end), false);
        }
        return new XmlProlog(null, false);
    }

    /** The root element's name as written ({@code rss}, {@code rdf:RDF}), if the prolog is whole and one follows. */
    Optional<String> rootName() {
        return Optional.ofNullable(rootName);
    }

    /** Whether the text ends inside the DOCTYPE: before its closing {@code >}, or inside its internal subset. */
    boolean endsInsideDoctype() {
        return endsInsideDoctype;
    }

    /** Past the DOCTYPE whose keyword ends at {@code i}: the index after its {@code >}, or -1 if the text ends first. */
    private static int afterDoctype(String xml, int i) {
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '"' || c == '\'') {
                i = after(xml, String.valueOf(c), i + 1);
            } else if (c == '[') {
                i = afterSubset(xml, i + 1);
                if (i < 0) {
                    return -1;
                }
                i = skipWhitespace(xml, i);
                return i < n && xml.charAt(i) == '>' ? i + 1 : (i >= n ? -1 : i);
            } else {
                i++;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Past the internal subset that starts at {@code i}: the index after its {@code ]}, or -1 if the text ends first. */
    private static int afterSubset(String xml, int i) {
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '"' || c == '\'') {
                i = after(xml, String.valueOf(c), i + 1);
            } else if (xml.startsWith("<!--", i)) {
                i = after(xml, "-->", i + 4);
            } else if (xml.startsWith("<?", i)) {
                i = after(xml, "?>", i + 2);
            } else {
                i++;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    private static int after(String xml, String close, int from) {
        int at = xml.indexOf(close, from);
        return at < 0 ? -1 : at + close.length();
    }

    private static int skipWhitespace(String xml, int i) {
        while (i < xml.length() && Character.isWhitespace(xml.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
    }
}
