package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.doc.TextSpan;

/**
 * Finds the stretches of text between quotation marks: curly, straight, guillemets, low-high German marks, and
 * the typewriter's doubled marks ({@code ''…''}, {@code ``…''}).
 *
 * <p>Each span runs from the opening mark to the closing mark, both included, as news attribution corpora mark
 * them. Single quotation marks are left alone (they are apostrophes or quotes nested inside a quote). A quote that
 * is still open at the end of a paragraph carries on into the next paragraph when that paragraph opens with a
 * quotation mark (the news convention for a quote over several paragraphs); otherwise it ends with its paragraph.
 * Where a scrape has run such paragraphs together, a straight mark that opens by its context (after a space,
 * before a letter) right after a sentence end inside an open quotation ends that quotation and opens the next; a
 * straight mark that closes by its context (after a word, before a space) never opens one, so no span runs from a
 * closing mark to the next opening mark.
 *
 * <p>Thread safety: stateless. Failure: never throws for any text; unbalanced marks end at the paragraph end.
 */
final class QuotationMarks {
    private QuotationMarks() {
    }

    static boolean isOpening(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB';
    }

    static boolean isClosing(char c) {
        return c == '\u201D' || c == '\u00BB';
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || isOpening(c) || isClosing(c) || c == '\u201F';
    }

    /** The quoted stretches inside {@code segments} of {@code text}, in order. */
    static List<TextSpan> find(String text, List<TextSpan> segments) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan seg : segments) {
            List<TextSpan> paragraphs = TextSpan.linesOf(text, seg.start(), seg.end());
            int open = -1;
            boolean straight = false;
            int nested = 0;
            int lastParagraphEnd = -1;
            for (TextSpan p : paragraphs) {
                int from = p.start();
                if (open >= 0) {
                    char first = text.charAt(p.start());
                    if (isOpening(first) || first == '"' || twoApostrophes(text, p.start(), p.end())) {
                        from = p.start() + (first == '\'' ? 2 : 1); // the quote carries on into this paragraph
                    } else {
                        out.add(new TextSpan(open, lastParagraphEnd));
                        open = -1;
                        nested = 0;
                    }
                }
                for (int i = from; i < p.end(); i++) {
                    char c = text.charAt(i);
                    if (twoApostrophes(text, i, p.end()) || c == '`' && i + 1 < p.end() && text.charAt(i + 1) == '`') {
                        // the typewriter's double marks: ''…'' and ``…''
                        if (open < 0) {
                            open = i;
                            straight = true;
                            nested = 0;
                        } else if (c == '\'' && (straight || nested == 0)) {
                            out.add(new TextSpan(open, i + 2));
                            open = -1;
                        }
                        i++;
                        continue;
                    }
                    if (open < 0) {
                        if (c == '"' && closesByContext(text, i, p.start(), p.end())) {
                            continue; // a closing mark whose opening mark is missing opens nothing
                        }
                        if (isOpening(c) || (c == '"') || (c == '\u201D' && opensByContext(text, i, p.start(), p.end()))) {
                            open = i;
                            straight = c == '"';
                            nested = 0;
                        }
                    } else if (straight) {
                        if (c == '"' && i > open + 1 && opensByContext(text, i, p.start(), p.end())
                                && endsSentence(text, open, i)) {
                            // paragraphs run together: "… club. "I've always …" — the quotation open before
                            // ends with its sentence (no closing mark, as a quote over paragraphs does) and a
                            // new one opens here
                            out.add(new TextSpan(open, trimmedEnd(text, open, i)));
                            open = i;
                        } else if (c == '"' || c == '\u201D' && !opensByContext(text, i, p.start(), p.end())) {
                            // a curly mark closes a straight one too: "work-related” emails
                            out.add(new TextSpan(open, i + 1));
                            open = -1;
                        }
                    } else if (isOpening(c)) {
                        nested++;
                    } else if (isClosing(c) || c == '"') {
                        if (nested > 0) {
                            nested--;
                        } else {
                            out.add(new TextSpan(open, i + 1));
                            open = -1;
                        }
                    }
                }
                lastParagraphEnd = p.end();
            }
            if (open >= 0) {
                out.add(new TextSpan(open, lastParagraphEnd));
            }
        }
        out.removeIf(s -> s.length() < 3);
        return out;
    }

    /** Two apostrophes standing for one double mark, as some newspapers' feeds print quotations. */
    static boolean twoApostrophes(String text, int i, int to) {
        return text.charAt(i) == '\'' && i + 1 < to && text.charAt(i + 1) == '\''
                && (i + 2 >= to || text.charAt(i + 2) != '\'');
    }

    /** A straight mark after a word or punctuation and before a space or the paragraph's end: it closes. */
    private static boolean closesByContext(String text, int i, int from, int to) {
        boolean afterWord = i > from && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(';
        boolean beforeSpace = i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
        return afterWord && beforeSpace;
    }

    /** Whether the text quoted from {@code open} to {@code i} ends a sentence just before the space at {@code i}. */
    private static boolean endsSentence(String text, int open, int i) {
        int e = trimmedEnd(text, open, i);
        return e > open + 1 && ".?!".indexOf(text.charAt(e - 1)) >= 0;
    }

    private static int trimmedEnd(String text, int open, int i) {
        int e = i;
        while (e > open && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A right double mark used as an opening mark by a careless typesetter: after a space, before a letter. */
    private static boolean opensByContext(String text, int i, int from, int to) {
        boolean afterSpace = i == from || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        boolean beforeLetter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        return afterSpace && beforeLetter;
    }

}
