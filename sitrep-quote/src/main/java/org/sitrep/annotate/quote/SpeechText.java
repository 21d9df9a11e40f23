package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * One document as the quote stage reads it: its tokens with tags and lemmas, sentences, quotations (outside
 * boilerplate), entities by character and time expressions, with the lookups every part of the reading shares
 * (the quotation at a character, the sentence of a character, what lies between two points).
 *
 * <p>Thread safety: immutable after construction; safe to read from one reading at a time. Failure: never throws
 * for odd text; a document without sentences has no tokens.
 */
final class SpeechText {
    final Document doc;

    final String text;

    final List<Tok> toks = new ArrayList<>();

    final List<int[]> sentTok = new ArrayList<>();

    final List<Sentence> sentences;

    final List<TextSpan> quoted;

    final List<Entity> entities;

    final Map<Integer, Entity> entityAtChar = new HashMap<>();

    final List<Timex> times;

    final int[] sentenceStarts;

    final int[] timeStarts;

    final int[] quoteStarts;

    final int[] tokenStarts;

    SpeechText(Document doc) {
        this.doc = doc;
        this.text = doc.text();
        this.sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
        this.entities = doc.findLayer(Layers.ENTITIES).orElse(List.of());
        this.times = doc.findLayer(Layers.TIMES).orElse(List.of());
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                for (int c = m.start(); c < m.end(); c++) {
                    entityAtChar.putIfAbsent(c, e);
                }
            }
        }
        readTokens(doc.findLayer(Layers.TOKENS).orElse(List.of()));
        List<TextSpan> marks = QuotationMarks.find(text, doc.bodySegments());
        marks.removeIf(doc::isBoilerplate);
        this.quoted = marks;
        this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
        this.timeStarts = times.stream().mapToInt(Timex::start).toArray();
        this.quoteStarts = marks.stream().mapToInt(TextSpan::start).toArray();
        this.tokenStarts = toks.stream().mapToInt(Tok::start).toArray();
    }

    private void readTokens(List<Token> tokens) {
        int ti = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            while (ti < tokens.size() && tokens.get(ti).start() < sent.start()) {
                ti++;
            }
            List<Token> inSent = new ArrayList<>();
            while (ti < tokens.size() && tokens.get(ti).end() <= sent.end()) {
                Token t = tokens.get(ti++);
                if (t.end() > t.start()) {
                    inSent.add(t);
                }
            }
            List<String> tags = null;
            if (inSent.stream().anyMatch(t -> t.pos() == null) && !inSent.isEmpty() && inSent.size() < 400) {
                List<String> words = new ArrayList<>();
                for (Token t : inSent) {
                    words.add(normalizeForTagger(text.substring(t.start(), t.end())));
                }
                tags = Words.tag(words);
            }
            int first = toks.size();
            for (int i = 0; i < inSent.size(); i++) {
                Token t = inSent.get(i);
                String w = text.substring(t.start(), t.end());
                String pos = t.pos() != null ? t.pos() : tags != null && i < tags.size() ? tags.get(i) : null;
                toks.add(new Tok(t.start(), t.end(), w, w.toLowerCase(Locale.ROOT), pos, Words.lemma(w, pos), s));
            }
            sentTok.add(new int[] {first, toks.size()});
        }
    }

    private static String normalizeForTagger(String w) {
        return switch (w) {
            case "\u201C", "\u201E", "\u00AB" -> "``";
            case "\u201D", "\u00BB" -> "''";
            case "\u2019" -> "'";
            default -> w.replace('\u2019', '\'');
        };
    }

    /** Tags of a finite verb or a modal: the verb of a clause. */
    static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    boolean inTime(Tok t) {
        int k = firstStartingAfter(timeStarts, t.start());
        for (int b = k - 1; b >= 0 && b >= k - 4; b--) {
            Timex x = times.get(b);
            if (x.start() <= t.start() && t.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first value greater than {@code c} in a sorted array. */
    static int firstStartingAfter(int[] sorted, int c) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    TextSpan quoteStartingAt(int c) {
        int from = firstStartingAfter(quoteStarts, c - 1);
        for (TextSpan q : quoted.subList(from, Math.min(quoted.size(), from + 2))) {
            if (q.start() == c || (q.start() > c && q.start() - c < 3
                    && text.substring(c, q.start()).matches("[ ,:\u2014-]*"))) {
                return q;
            }
        }
        return null;
    }

    boolean insideQuote(int c) {
        int k = firstStartingAfter(quoteStarts, c - 1) - 1;
        return k >= 0 && quoted.get(k).start() < c && c < quoted.get(k).end();
    }

    boolean quoteEndingAt(int c) {
        int near = firstStartingAfter(quoteStarts, c);
        return near > 0 && quoted.get(near - 1).end() == c;
    }

    boolean containsQuote(int a, int b) {
        for (TextSpan q : quoted) {
            if (q.start() >= a && q.end() <= b) {
                return true;
            }
        }
        return false;
    }

    boolean onlyPunct(int a, int b) {
        for (int c = a; c < b; c++) {
            char ch = text.charAt(c);
            if (Character.isLetterOrDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    int wordCount(TextSpan q) {
        int n = 0;
        boolean in = false;
        for (int c = q.start(); c < q.end(); c++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(c));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    int sentenceAt(int c) {
        int s = firstStartingAfter(sentenceStarts, c) - 1;
        return s >= 0 && c < sentences.get(s).end() ? s : -1;
    }

    int tokenAt(int c) {
        int k = firstStartingAfter(tokenStarts, c) - 1;
        return k >= 0 && toks.get(k).start() == c ? k : -1;
    }

    /** The first letter or digit inside a quotation (its start when it has none). */
    int firstLetterIn(TextSpan q) {
        for (int c = q.start(); c < q.end(); c++) {
            if (Character.isLetterOrDigit(text.charAt(c))) {
                return c;
            }
        }
        return q.start();
    }

    int paragraphsBetween(int a, int b) {
        int n = 0;
        for (int c = a; c < b && c < text.length(); c++) {
            if (text.charAt(c) == '\n') {
                n++;
                while (c + 1 < b && text.charAt(c + 1) == '\n') {
                    c++;
                }
            }
        }
        return n;
    }

    boolean sameParagraph(int a, int b) {
        return paragraphsBetween(a, b) == 0;
    }

    /** Whether the sentence ends with a colon or comma that introduces what follows. */
    boolean endsWithIntroduction(int s) {
        int e = sentences.get(s).end();
        while (e > sentences.get(s).start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == ',');
    }

    boolean endsWithColon(int s) {
        int e = sentences.get(s).end();
        while (e > sentences.get(s).start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && text.charAt(e - 1) == ':';
    }

    /** Whether a quotation ends on a comma or dash, inside or just outside its closing mark: "“A,” he said". */
    boolean endsWithComma(TextSpan q) {
        int e = q.end() - 2;
        while (e > q.start() && Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        char c = text.charAt(Math.max(q.start(), e));
        char after = q.end() < text.length() ? text.charAt(q.end()) : ' ';
        return c == ',' || c == '\u2014' || c == '-' || after == ',';
    }

    /** A quotation closing just before {@code c} the way attributed speech closes: on a comma, "?" or "!". */
    boolean closesAttributedQuotationBefore(int c) {
        int near = firstStartingAfter(quoteStarts, c);
        for (TextSpan q : quoted.subList(Math.max(0, near - 2), near)) {
            if (q.end() <= c && c - q.end() <= 3 && onlyPunct(q.end(), c)
                    && text.substring(q.end(), c).indexOf('\n') < 0) {
                char last = text.charAt(Math.max(q.start(), q.end() - 2));
                return endsWithComma(q) || last == '?' || last == '!';
            }
        }
        return false;
    }

    /** Whether a quotation closes just before {@code c}, with only punctuation between. */
    boolean closesQuotationBefore(int c, int from) {
        int near = firstStartingAfter(quoteStarts, c);
        for (TextSpan q : quoted.subList(Math.max(0, near - 2), near)) {
            if (q.end() <= c && c - q.end() <= 3 && onlyPunct(q.end(), c)
                    && text.substring(q.end(), c).indexOf('\n') < 0) {
                return true;
            }
        }
        return false;
    }

    /** "On “Sunday Morning Futures,” Issa said …": a quotation of a few words is a title, not the content. */
    boolean shortQuotationBefore(int c) {
        int near = firstStartingAfter(quoteStarts, c);
        return near > 0 && wordCount(quoted.get(near - 1)) <= 4;
    }

    /** Whether the next sentence, in the next paragraph or this one, opens with a quotation. */
    boolean quoteOpensNextSentence(int s) {
        if (s + 1 >= sentences.size()) {
            return false;
        }
        return quoteStartingAt(sentences.get(s + 1).start()) != null;
    }

    boolean onlyAdverbsBetween(int from, int i) {
        for (int k = from; k < i; k++) {
            Tok t = toks.get(k);
            if (!(t.pos() != null && (t.pos().startsWith("RB") || t.pos().equals("CC"))) && !t.isPunct()) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens {@code [from, to)} are only a demonstrative and adjuncts: "said this in Nairobi". */
    boolean demonstrativeOnly(int from, int to) {
        if (from >= to || !Set.of("this", "that", "so", "it", "these", "those").contains(toks.get(from).lower())
                || toks.get(from).pos() != null && toks.get(from).pos().equals("IN")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (toks.get(k).isVerb() || Set.of("'s", "\u2019s").contains(toks.get(k).lower())) {
                return false; // "said it’s one of his favorites"
            }
        }
        return true;
    }

    boolean verbBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).isVerb() || toks.get(k).lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    int wordsBetween(int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (!toks.get(k).isPunct()) {
                n++;
            }
        }
        return n;
    }

    int skipPunct(int k, int to) {
        while (k < to && (toks.get(k).word().equals(",") || toks.get(k).word().equals(":"))) {
            k++;
        }
        return k;
    }

    boolean nounish(Tok t) {
        if (t.pos() == null) {
            return Character.isUpperCase(t.word().codePointAt(0));
        }
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PDT") || p.equals("CD")
                || p.equals("POS") || p.equals("PRP$") || p.equals("HYPH") || t.word().equals("-");
    }

    static boolean isQuoteMark(Tok t) {
        return t.word().length() <= 2 && (QuotationMarks.isDoubleMark(t.word().charAt(0)) || t.word().equals("``")
                || t.word().equals("''"));
    }

    static boolean isSentenceEnd(Tok t) {
        return t.word().equals(".") || t.word().equals("!") || t.word().equals("?") || t.word().equals(";");
    }

    /** A dash of any width, as one character or as "--": "WASHINGTON ― …", "“…” ― Sonya Herridge". */
    static boolean isDash(String w) {
        return w.equals("--") || w.length() == 1 && DASHES.indexOf(w.charAt(0)) >= 0;
    }

    private static final String DASHES = "\u2015\u2014\u2013-";

    static boolean isBreak(Tok t) {
        return t.word().equals(",") || t.word().equals("--") || t.word().equals("\u2014") || t.word().equals("\u2013");
    }

    static boolean isAdverb(Tok t) {
        return t.pos() != null && t.pos().startsWith("RB") && !t.lower().equals("not") && !t.lower().equals("n't");
    }

    static boolean isAuxiliary(Tok t) {
        return t.pos() != null && (t.pos().equals("MD") || Set.of("has", "have", "had", "did", "does", "do", "would",
                "will", "was", "were", "is", "are", "'s", "'ve", "'d", "'re").contains(t.lower().replace('\u2019', '\'')))
                && t.pos().startsWith("V")
                || t.pos() != null && t.pos().equals("MD");
    }
}
