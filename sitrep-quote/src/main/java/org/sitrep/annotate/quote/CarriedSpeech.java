package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.List;
import org.sitrep.annotate.quote.Frame.Side;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * Quotations no frame claimed: one that opens a sentence after a speaker's statement carries that speaker over;
 * one signed with a dash and a name, or introduced by a sentence ending in a colon, or whose cue opens the next
 * sentence, takes that cue; short quotations inside a sentence (scare quotes, titles) are not statements.
 *
 * <p>Thread safety: not thread-safe; it adds to the frames and statements of one reading. Failure: never throws.
 */
final class CarriedSpeech {
    private final SpeechText body;
    private final Phrases phrases;
    private final List<Frame> frames;
    private final List<Statement> statements;
    private final String text;
    private final List<Tok> toks;
    private final List<int[]> sentTok;
    private final List<Sentence> sentences;
    private final List<TextSpan> quoted;

    CarriedSpeech(SpeechText body, Phrases phrases, List<Frame> frames, List<Statement> statements) {
        this.body = body;
        this.phrases = phrases;
        this.frames = frames;
        this.statements = statements;
        this.text = body.text;
        this.toks = body.toks;
        this.sentTok = body.sentTok;
        this.sentences = body.sentences;
        this.quoted = body.quoted;
    }

    /**
     * Quotations no frame claimed: a quotation that opens a sentence or paragraph after a speaker's statement
     * continues that statement (the last-named speaker); one whose cue opens the next sentence takes that cue;
     * short quotations inside a sentence (scare quotes, titles) are not statements.
     */
    void attachUnclaimedQuotes() {
        for (TextSpan q : quoted) {
            boolean claimed = false;
            for (Statement st : statements) {
                if (st.start <= q.start() && q.end() <= st.end) {
                    claimed = true;
                    break;
                }
            }
            if (claimed) {
                continue;
            }
            int s = body.sentenceAt(body.firstLetterIn(q));
            if (s < 0) {
                continue;
            }
            // the opening mark may have been left at the end of the sentence before: "… said Smith. ''|B.''"
            boolean opensSentence = sentences.get(s).start() >= q.start()
                    || body.onlyPunct(sentences.get(s).start(), q.start());
            int words = body.wordCount(q);
            if (!opensSentence || words < 4 && !(words >= 2 && shortReply(q, s))) {
                continue; // scare quotes and titles
            }
            // cue in the next sentence: "“...” Ruto said this on Monday."
            int last = body.sentenceAt(q.end() - 1);
            Frame next = null;
            for (Frame f : frames) {
                if (f.sentence == last + 1 && last + 1 < sentTok.size() && f.srcFrom == sentTok.get(last + 1)[0]
                        && !f.weak
                        && body.sameParagraph(q.end(), toks.get(f.cueFrom).start())) {
                    next = f;
                    break;
                }
            }
            Statement st = new Statement();
            st.start = q.start();
            st.end = q.end();
            st.kind = Quote.DIRECT;
            st.sentence = s;
            Frame signed = dashSignature(q);
            if (signed != null) {
                frames.add(signed);
                st.frame = signed;
                statements.add(st);
                continue;
            }
            if (next != null && !statementOf(next)) {
                st.frame = next;
                statements.add(st);
                continue;
            }
            // "… released the following statement:" and the quotation below it
            Frame intro = s > 0 && body.endsWithColon(s - 1) ? introductionFrame(s - 1) : null;
            if (intro != null) {
                st.frame = intro;
                statements.add(st);
                continue;
            }
            Statement prev = previousStatement(q.start());
            if (prev != null && body.paragraphsBetween(prev.end, q.start()) <= 1) {
                st.continues = prev;
                statements.add(st);
            }
        }
    }

    /**
     * A quotation signed with a dash and a name, as collected testimonies and epigraphs are: "“…” ― Sonya
     * Herridge". The name is one to four capitalized words that end the line or the sentence.
     */
    private Frame dashSignature(TextSpan q) {
        int c = q.end();
        while (c < text.length() && (text.charAt(c) == ' ' || text.charAt(c) == '\u00A0')) {
            c++;
        }
        if (c >= text.length() || !SpeechText.isDash(String.valueOf(text.charAt(c)))) {
            return null;
        }
        int dash = body.tokenAt(c);
        if (dash < 0) {
            return null;
        }
        int s = toks.get(dash).sentence();
        int to = sentTok.get(s)[1];
        int e = dash + 1;
        while (e < to && e <= dash + 4 && toks.get(e).isProper()) {
            e++;
        }
        if (e == dash + 1 || e < to && !isSentenceEnd(toks.get(e)) && !toks.get(e).word().equals(",")) {
            return null;
        }
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = dash;
        f.cueTo = dash + 1;
        f.srcFrom = dash + 1;
        f.srcTo = e;
        f.side = Side.LEFT;
        f.clauseFrom = dash;
        return f;
    }

    /** The cue of a sentence that introduces a quotation with a colon: its last frame, else subject and verb. */
    private Frame introductionFrame(int s) {
        Frame last = null;
        for (Frame f : frames) {
            if (f.sentence == s && f.srcFrom >= 0) {
                last = f;
            }
        }
        if (last != null) {
            return last;
        }
        int[] range = sentTok.get(s);
        for (int v = range[0]; v < range[1]; v++) {
            if (toks.get(v).isVerb()) {
                int subjectEnd = phrases.sentenceSubjectEnd(range[0], v + 1);
                if (subjectEnd < 0) {
                    return null;
                }
                int cue = v;
                while (cue + 1 < range[1] && toks.get(cue + 1).isVerb()) {
                    cue++;
                }
                Frame f = new Frame();
                f.sentence = s;
                f.cueFrom = cue;
                f.cueTo = cue + 1;
                f.srcFrom = phrases.nounPhraseEndingAt(subjectEnd, range[0])[0];
                f.srcTo = subjectEnd + 1;
                f.side = Side.RIGHT;
                f.contentFrom = range[1];
                return f;
            }
        }
        return null;
    }

    private boolean statementOf(Frame f) {
        for (Statement st : statements) {
            if (st.frame == f) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short quotation that is a whole sentence right after a sentence of direct speech goes on with it: "“Do you
     * know what the platform is?” Graham asked. “Neither do I.”"
     */
    private boolean shortReply(TextSpan q, int s) {
        int last = body.sentenceAt(q.end() - 1);
        if (last != s || !body.onlyPunct(q.end(), sentences.get(s).end()) || s == 0) {
            return false;
        }
        Statement prev = previousStatement(q.start());
        return prev != null && Quote.DIRECT.equals(prev.kind) && prev.sentence == s - 1
                && body.paragraphsBetween(prev.end, q.start()) == 0;
    }

    private Statement previousStatement(int at) {
        Statement best = null;
        for (Statement st : statements) {
            if (st.frame != null && st.frame.weak) {
                continue;
            }
            if (st.end <= at && (best == null || st.end > best.end)) {
                best = st;
            }
        }
        return best;
    }
}
