package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.firstStartingAfter;
import static org.sitrep.annotate.quote.SpeechText.isQuoteMark;
import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.annotate.quote.Frame.Side;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * Ties each frame to its content: the quotation next to the cue or the clause it governs, the halves of a split
 * quotation, and a quotation inside indirect content (mixed); then drops duplicates and cues nested inside what
 * another statement reports.
 *
 * <p>Thread safety: not thread-safe; it works on the frames and statements of one reading. Failure: never throws;
 * a frame with no content gives no statement.
 */
final class StatementContent {
    private final SpeechText body;
    private final List<Frame> frames;
    private final List<Statement> statements;
    private final String text;
    private final List<Tok> toks;
    private final List<int[]> sentTok;
    private final List<Sentence> sentences;
    private final List<TextSpan> quoted;
    private final int[] quoteStarts;

    StatementContent(SpeechText body, List<Frame> frames, List<Statement> statements) {
        this.body = body;
        this.frames = frames;
        this.statements = statements;
        this.text = body.text;
        this.toks = body.toks;
        this.sentTok = body.sentTok;
        this.sentences = body.sentences;
        this.quoted = body.quoted;
        this.quoteStarts = body.quoteStarts;
    }

    Statement contentOf(Frame f) {
        int from = sentTok.get(f.sentence)[0];
        int to = sentTok.get(f.sentence)[1];
        Statement st = new Statement();
        st.frame = f;
        st.sentence = f.sentence;
        if (f.side == Side.RIGHT) {
            if (f.contentFrom >= to || isSentenceEnd(toks.get(f.contentFrom)) && f.contentFrom == to - 1) {
                // "He said:" with the quotation in the next sentence or paragraph
                TextSpan next = f.sentence + 1 < sentences.size() && body.endsWithIntroduction(f.sentence)
                        ? body.quoteStartingAt(sentences.get(f.sentence + 1).start()) : null;
                if (next == null) {
                    return null;
                }
                st.start = next.start();
                st.end = next.end();
                st.kind = Quote.DIRECT;
                return st;
            }
            if (body.demonstrativeOnly(f.contentFrom, to)) {
                return null; // "Ruto said this on Monday": the content came before
            }
            int cs = toks.get(f.contentFrom).start();
            TextSpan q = body.quoteStartingAt(cs);
            if (q != null) {
                st.start = q.start();
                st.end = q.end();
                st.kind = Quote.DIRECT;
                int last = to;
                while (last > f.contentFrom && toks.get(last - 1).end() > q.end() && toks.get(last - 1).isPunct()) {
                    last--;
                }
                if (last > f.contentFrom && toks.get(last - 1).end() > q.end() && wordsAfter(q.end(), last) >= 2
                        && !frameAfter(f, q.end())) {
                    // "Trump says “…” because “…”": the quotation is part of a longer content
                    st.end = toks.get(last - 1).end();
                    st.kind = Quote.MIXED;
                }
                return st;
            }
            int endTok = f.contentTo > 0 ? Math.min(to, f.contentTo) : to;
            for (Frame g : frames) {
                if (g != f && g.sentence == f.sentence && g.cueFrom > f.cueFrom && g.side == Side.LEFT) {
                    endTok = Math.min(endTok, g.clauseFrom);
                }
                if (g != f && g.sentence == f.sentence && g.cueFrom > f.cueFrom && g.sharesSourceWith == f) {
                    endTok = Math.min(endTok, g.cueFrom);
                }
            }
            int ce = trimEnd(f.contentFrom, endTok);
            if (ce <= cs) {
                return null;
            }
            // a quotation that begins in the content and runs past the sentence belongs to it
            for (TextSpan qq : quoted) {
                if (qq.start() >= cs && qq.start() < ce && qq.end() > ce) {
                    ce = qq.end();
                }
            }
            st.start = cs;
            st.end = ce;
            st.kind = body.containsQuote(cs, ce) ? Quote.MIXED : Quote.INDIRECT;
            return st;
        }
        // LEFT: the content ends where the speech clause begins
        int clause = f.clauseFrom;
        int ce = clause > from ? toks.get(clause - 1).end() : toks.get(clause).start();
        int k = clause - 1;
        while (k >= from && (toks.get(k).word().equals(",") || toks.get(k).word().equals("--")
                || toks.get(k).word().equals("\u2014") || isQuoteMark(toks.get(k)) && !body.insideQuote(toks.get(k).start())
                && body.quoteEndingAt(toks.get(k).end()))) {
            k--;
        }
        int contentEndChar = k >= from ? toks.get(k).end() : toks.get(from).start();
        // a quotation closing just before the clause
        for (TextSpan q : quoted) {
            if (q.end() <= toks.get(clause).start() && q.end() >= contentEndChar - 1 && body.onlyPunct(q.end(),
                    toks.get(clause).start())) {
                st.start = q.start();
                st.end = q.end();
                st.kind = Quote.DIRECT;
                return st;
            }
        }
        int cs = toks.get(from).start();
        // the content is the clause before the cue, from the sentence start or after a previous speech clause
        for (Frame g : frames) {
            if (g != f && g.sentence == f.sentence && g.cueFrom < f.cueFrom && g.side == Side.RIGHT
                    && (!g.weak || f.weak)) {
                return null; // "X said that A, Y said": leave to the first frame; not "X favored Y, polls show"
            }
        }
        for (TextSpan q : quoted) {
            if (q.start() < cs && q.end() > cs) {
                cs = q.end(); // the tail of a quotation that began before this sentence
            }
        }
        int ceChar = Math.min(contentEndChar, ce);
        while (cs < ceChar && Character.isWhitespace(text.charAt(cs))) {
            cs++;
        }
        if (ceChar - cs < 2) {
            return null;
        }
        st.start = cs;
        st.end = ceChar;
        st.kind = body.containsQuote(cs, ceChar) ? Quote.MIXED : Quote.INDIRECT;
        return st;
    }

    /** The first half of a split quotation: "“A,” she said, “B.”" gives "“A,”" to the same frame. */
    Statement splitQuoteBefore(Frame f, Statement right) {
        if (f.side != Side.RIGHT || right == null || !Quote.DIRECT.equals(right.kind) || f.srcFrom < 0
                || f.sharesSourceWith != null) {
            return null;
        }
        int srcStart = toks.get(Math.min(f.srcFrom, f.cueFrom)).start();
        for (TextSpan q : quoted) {
            if (q.end() <= srcStart && q.end() > srcStart - 4 && body.onlyPunct(q.end(), srcStart)
                    && body.endsWithComma(q) && body.sentenceAt(q.end() - 1) == f.sentence) {
                Statement st = new Statement();
                st.frame = f;
                st.sentence = f.sentence;
                st.start = q.start();
                st.end = q.end();
                st.kind = Quote.DIRECT;
                return st;
            }
        }
        return null;
    }

    /** The second half of a split quotation after its cue: "“A,” said Smith, “B.”" */
    Statement splitQuoteAfter(Frame f, Statement left) {
        if (f.side != Side.LEFT || left == null || !Quote.DIRECT.equals(left.kind) || f.srcFrom < 0) {
            return null;
        }
        int after = toks.get(Math.max(f.srcTo, f.cueTo) - 1).end();
        int near = firstStartingAfter(quoteStarts, after);
        if (near >= quoted.size()) {
            return null;
        }
        TextSpan q = quoted.get(near);
        if (q.start() - after > 3 || !text.substring(after, q.start()).matches("[ ,:\u2014-]*")
                || !text.substring(after, q.start()).contains(",")) {
            return null;
        }
        Statement st = new Statement();
        st.frame = f;
        st.sentence = f.sentence;
        st.start = q.start();
        st.end = q.end();
        st.kind = Quote.DIRECT;
        return st;
    }

    private int wordsAfter(int c, int endTok) {
        int n = 0;
        for (int k = 0; k < endTok; k++) {
            if (toks.get(k).start() >= c && !toks.get(k).isPunct()) {
                n++;
            }
        }
        return n;
    }

    /** Whether another frame of the same sentence begins after {@code c} ("“A,” he said, “B,” she replied"). */
    private boolean frameAfter(Frame f, int c) {
        for (Frame g : frames) {
            if (g != f && g.sentence == f.sentence && toks.get(g.cueFrom).start() > c) {
                return true;
            }
        }
        return false;
    }

    private int trimEnd(int fromTok, int endTok) {
        int e = endTok - 1;
        while (e >= fromTok && (toks.get(e).isPunct() && !isQuoteMark(toks.get(e)) && !toks.get(e).word().equals(")")
                || toks.get(e).word().equals(","))) {
            e--;
        }
        return e >= fromTok ? toks.get(e).end() : toks.get(fromTok).start();
    }

    /** Two statements over the same characters: keep the direct one, else the one found first. */
    void dropOverlapping() {
        statements.sort(Comparator.comparingInt((Statement st) -> st.start).thenComparingInt(st -> -st.end));
        List<Statement> kept = new ArrayList<>();
        for (Statement st : statements) {
            boolean dup = false;
            for (Statement k : kept) {
                if (k.start == st.start && k.end == st.end) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                kept.add(st);
            }
        }
        statements.clear();
        statements.addAll(kept);
        // no nested attributions: a cue inside what another statement reports belongs to that statement
        List<Statement> outer = new ArrayList<>(statements);
        statements.removeIf(st -> nestedCue(st, outer));
    }

    private boolean nestedCue(Statement st, List<Statement> all) {
        if (st.frame == null) {
            return false;
        }
        int cue = toks.get(st.frame.cueFrom).start();
        for (Statement o : all) {
            if (o != st && o.frame != null && !o.frame.weak && o.start <= cue && cue < o.end) {
                return true;
            }
        }
        return false;
    }
}
