package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.firstStartingAfter;
import static org.sitrep.annotate.quote.SpeechText.isQuoteMark;
import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private final Phrases phrases;
    private final List<Frame> frames;
    private final List<Statement> statements;
    private final String text;
    private final List<Tok> toks;
    private final List<int[]> sentTok;
    private final List<Sentence> sentences;
    private final List<TextSpan> quoted;
    private final int[] quoteStarts;

    StatementContent(SpeechText body, Phrases phrases, List<Frame> frames, List<Statement> statements) {
        this.body = body;
        this.phrases = phrases;
        this.frames = frames;
        this.statements = statements;
        this.text = body.text;
        this.toks = body.toks;
        this.sentTok = body.sentTok;
        this.sentences = body.sentences;
        this.quoted = body.quoted;
        this.quoteStarts = body.quoteStarts;
    }

    /**
     * The opening words of reported speech that the speech clause interrupts, set off by commas on both sides:
     * "Climate change, Mr. Obama often says, is …", "But to prevent problems, he said, local officials should …".
     * Not a phrase about the speaker ("Speaking in Nairobi, Ruto said, …"), a quotation, or words that hold another
     * cue.
     */
    private void interruptedLead(Frame f, int from, Statement st) {
        if (f.sharesSourceWith != null || f.srcFrom <= from + 1 || !toks.get(f.srcFrom - 1).word().equals(",")
                || f.contentFrom <= f.cueTo || !toks.get(f.contentFrom - 1).word().equals(",")) {
            return;
        }
        int a = from;
        while (a < f.srcFrom - 1 && toks.get(a).isPunct()) {
            a++;
        }
        int b = f.srcFrom - 1;
        a = afterDateline(a, b);
        for (int k = b - 2; k > a; k--) {
            // "China had resisted such agreements, but the air pollution had become so bad, Mr. Obama noted, …":
            // what comes before the "but" is the writer's
            if ((toks.get(k).lower().equals("but") && toks.get(k - 1).word().equals(",")) || toks.get(k).word()
                    .equals(";")) {
                a = k + 1;
                break;
            }
        }
        if (a >= b || "VBG".equals(toks.get(a).pos()) || "VBN".equals(toks.get(a).pos())) {
            return;
        }
        int ls = toks.get(a).start();
        int le = toks.get(b - 1).end();
        if (body.containsQuote(ls, le) || isQuoteMark(toks.get(a))) {
            return;
        }
        for (Frame g : frames) {
            if (g != f && g.sentence == f.sentence && g.cueFrom < f.srcFrom) {
                return;
            }
        }
        st.leadStart = ls;
        st.leadEnd = le;
    }

    /** After a dateline that opens a story ("WASHINGTON ― ", "NAIROBI, Kenya — "), else {@code a}. */
    private int afterDateline(int a, int b) {
        String first = toks.get(a).word();
        if (first.length() < 3 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || !first.chars().allMatch(Character::isLetter)) {
            return a;
        }
        for (int k = a + 1; k < Math.min(b, a + 6); k++) {
            if (SpeechText.isDash(toks.get(k).word())) {
                return k + 1;
            }
        }
        return a;
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
                    endTok = Math.min(endTok, g.linkFrom > f.cueFrom ? g.linkFrom : g.cueFrom);
                }
            }
            int startTok = clauseAfterPreamble(f.contentFrom, endTok);
            cs = toks.get(startTok).start();
            endTok = beforeCoordinatedCue(startTok, endTok);
            endTok = beforeMainClause(f, startTok, endTok);
            endTok = beforeAside(startTok, endTok);
            endTok = beforeOccasion(startTok, endTok);
            int ce = trimEnd(startTok, endTok);
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
            if (st.kind.equals(Quote.INDIRECT)) {
                interruptedLead(f, from, st);
            }
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
                    && (!g.weak || f.weak) && !closesSentence(f, from, to)) {
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

    /**
     * A speech clause that closes its sentence after all it reports: "…, sources said.", "…, according to a campaign
     * aide.", "…, Mr Balls told the BBC.", "…, said Mr. Barrett, the lawyer for the state." Such a clause reports the whole sentence before it,
     * a cue inside included ("Clinton plans to visit Charlotte on Sunday, according to a campaign aide").
     */
    private boolean closesSentence(Frame f, int from, int to) {
        Tok cue = toks.get(f.cueFrom);
        boolean speech = SpeechLexicon.SPEECH_VERBS.contains(cue.lemma()) && !"VBG".equals(cue.pos())
                || cue.lower().equals("according");
        if (!speech || f.srcFrom < 0 || f.clauseFrom <= from || !toks.get(f.clauseFrom - 1).word().equals(",")) {
            return false;
        }
        if (Set.of("something", "anything", "nothing", "which", "what").contains(toks.get(f.clauseFrom).lower())) {
            return false; // "…, something Mr Sullivan denies": a comment on what came before, not its source
        }
        for (int k = from; k < f.clauseFrom; k++) {
            if (toks.get(k).word().equals(";")) {
                return false;
            }
        }
        for (int k = f.cueTo; k < to; k++) {
            Tok t = toks.get(k);
            if (f.srcFrom >= f.cueTo && k > f.srcTo && toks.get(f.srcTo).word().equals(",")) {
                return true; // the source's appositive after a comma: "said Mr. Barrett, the lawyer for the state"
            }
            if (t.isVerb() && !(k >= f.srcFrom && k < f.srcTo) || isQuoteMark(t)) {
                return false; // a clause goes on after the cue
            }
        }
        return true; // the hearer, the occasion or the time may follow: "…, Mr Balls told the BBC on Monday."
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
        String gap = text.substring(after, q.start());
        int start = q.start();
        if (q.start() - after > 3 || !gap.matches("[ ,:\u2014-]*") || !gap.contains(",")) {
            // "“…,” Trump said during a rally in Kenansville, N.C., “but …”", "“…,” he said, but “…”": the
            // quotation goes on after the hearer, the time, the occasion or a connective
            Matcher m = CONTINUED_AFTER.matcher(gap);
            if (f.weak || !m.matches() || q.start() >= sentences.get(f.sentence).end() || cueBetween(f, after, q.start())
                    || body.containsQuote(after, q.start()) || gap.strip().split("\\s+").length > 16) {
                return null;
            }
            int connective = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 0;
            if (connective > 0) {
                start = after + m.start(connective);
            }
        }
        Statement st = new Statement();
        st.frame = f;
        st.sentence = f.sentence;
        st.start = start;
        st.end = q.end();
        st.kind = start == q.start() ? Quote.DIRECT : Quote.MIXED;
        return st;
    }

    /**
     * What may stand between a speech clause and the rest of its split quotation: words with no mark, end or colon,
     * then a comma, and a connective that the rest opens with (group 1).
     */
    private static final Pattern CONTINUED_AFTER = Pattern.compile(
            "(?:\\s[^!?;:]{0,150})?,\\s*((?:but|and)\\s+)?|,?\\s+((?:but|and)\\s+)");

    /** Whether a cue of another frame of the sentence lies between two characters. */
    private boolean cueBetween(Frame f, int a, int b) {
        for (Frame g : frames) {
            int at = toks.get(g.cueFrom).start();
            if (g != f && g.sentence == f.sentence && at >= a && at < b) {
                return true;
            }
        }
        return false;
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
        return cueBetween(f, c + 1, Integer.MAX_VALUE);
    }

    /**
     * Where indirect content ends before a second verb of saying of the same speaker: "that the review would go
     * ahead and warned against delay" reports two things; the second is not part of the first's content.
     */
    private int beforeCoordinatedCue(int fromTok, int endTok) {
        for (int k = fromTok + 2; k + 1 < endTok; k++) {
            Tok cc = toks.get(k);
            Tok v = toks.get(k + 1);
            if ("CC".equals(cc.pos()) && (cc.lower().equals("and") || cc.lower().equals("but"))
                    && v.pos() != null && (v.pos().equals("VBD") || v.pos().equals("VBZ"))
                    && (SpeechLexicon.SPEECH_VERBS.contains(v.lemma()) || SpeechLexicon.TOPIC_VERBS.contains(v.lemma()))
                    && !body.insideQuote(cc.start())) {
                return k;
            }
        }
        return endTok;
    }

    /**
     * Where the content of a cue in a relative clause ends: at the comma that closes the clause, before the main
     * clause's verb ("Among voters who said the economy mattered most, most supported Sanders"; "Ramos, who in his
     * book praised the reforms, downplayed his influence").
     */
    private int beforeMainClause(Frame f, int fromTok, int endTok) {
        if (f.srcFrom < 0 || f.srcTo != f.srcFrom + 1
                || !Set.of("who", "which", "that").contains(toks.get(f.srcFrom).lower())) {
            return endTok;
        }
        for (int k = fromTok + 1; k < endTok; k++) {
            Tok t = toks.get(k);
            if (!t.word().equals(",") || body.insideQuote(t.start())) {
                continue;
            }
            for (int v = k + 1; v < endTok && v <= k + 8; v++) {
                Tok w = toks.get(v);
                if (w.word().equals(",") || isQuoteMark(w) || w.lower().equals("that") || w.lower().equals("who")
                        || w.lower().equals("which")) {
                    break;
                }
                if (w.isFinite()) {
                    return k;
                }
            }
        }
        return endTok;
    }

    /**
     * Where a "that" clause opens after the place or occasion of the saying: "said at a rally in Ohio that …",
     * "told Morning Joe on Friday that …". The preamble is prepositional phrases with no verb and no quotation.
     */
    private int clauseAfterPreamble(int fromTok, int endTok) {
        Tok first = toks.get(fromTok);
        if (!"IN".equals(first.pos()) || first.lower().equals("that")) {
            return fromTok;
        }
        for (int k = fromTok + 1; k < endTok && k <= fromTok + 15; k++) {
            Tok t = toks.get(k);
            if (t.lower().equals("that") && "IN".equals(t.pos())) {
                return k + 1 < endTok && k > fromTok + 1 ? k : fromTok;
            }
            if (t.isVerb() || isQuoteMark(t) || isSentenceEnd(t)) {
                return fromTok;
            }
        }
        return fromTok;
    }

    /**
     * Where indirect content ends before the writer's own aside: a clause after ", but" or ", though" ("that
     * Romney had led, but still lost"), or a relative clause on its last name that runs to the end (", who is 70").
     */
    private int beforeAside(int fromTok, int endTok) {
        for (int k = fromTok + 2; k + 1 < endTok; k++) {
            Tok comma = toks.get(k);
            Tok next = toks.get(k + 1);
            if (!comma.word().equals(",") || body.insideQuote(comma.start())) {
                continue;
            }
            if (Set.of("but", "though", "although").contains(next.lower())) {
                return k;
            }
            if (Set.of("who", "which").contains(next.lower()) && toks.get(k - 1).isProper()
                    && !hasComma(k + 1, endTok)) {
                return k;
            }
        }
        return endTok;
    }

    private boolean hasComma(int fromTok, int endTok) {
        for (int k = fromTok; k < endTok; k++) {
            if (toks.get(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where indirect content ends before the occasion of the saying that closes it: "his plan on Twitter", "the
     * law as a crazy system during a campaign stop in Flint". The occasion is a phrase on, in, at, during or via
     * an occasion noun (statement, interview, rally, tweets …), with nothing after it but names and punctuation.
     */
    private int beforeOccasion(int fromTok, int endTok) {
        for (int k = fromTok + 2; k < endTok; k++) {
            Tok p = toks.get(k);
            if (!"IN".equals(p.pos()) || !Set.of("on", "in", "at", "during", "via").contains(p.lower())
                    || body.insideQuote(p.start())) {
                continue;
            }
            int e = phrases.channelEnd(k + 1, endTok);
            int head = phrases.headOf(k + 1, e);
            if (head < 0 || !SpeechLexicon.OCCASION_NOUNS.contains(toks.get(head).lower())) {
                continue;
            }
            boolean closes = true;
            for (int j = e; j < endTok; j++) {
                Tok t = toks.get(j);
                if (t.isVerb() || isQuoteMark(t) || t.lower().equals("that")) {
                    closes = false;
                    break;
                }
            }
            if (closes) {
                return k;
            }
        }
        return endTok;
    }

    /** Whether a "(" that the ")" at {@code close} closes stands within the content. */
    private boolean opensParenthesis(int fromTok, int close) {
        for (int k = close - 1; k >= fromTok; k--) {
            if (toks.get(k).word().equals("(")) {
                return true;
            }
        }
        return false;
    }

    private int trimEnd(int fromTok, int endTok) {
        int e = endTok - 1;
        while (e >= fromTok && (toks.get(e).isPunct() && !isQuoteMark(toks.get(e))
                && !(toks.get(e).word().equals(")") && opensParenthesis(fromTok, e))
                || toks.get(e).word().equals(",") || e > fromTok && "CC".equals(toks.get(e).pos())
                        && !body.insideQuote(toks.get(e).start()))) {
            e--; // a comma, or an "and" left before the next cue, ends nothing that was said
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
        // no nested attributions: a cue inside what another statement reports belongs to that statement; a verb of
        // attitude or act belongs even to a statement of attitude ("rejected allegations he pressured Sullivan …":
        // the pressure is the allegation's, not something Ebbers reported)
        List<Statement> outer = new ArrayList<>(statements);
        for (Statement st : outer) {
            cutBeforeNextClause(st, outer);
        }
        statements.removeIf(st -> nestedCue(st, outer));
        for (Statement st : statements) {
            closeOpenQuotation(st);
        }
    }

    /**
     * Content that ends inside a quotation of its own ends with it: "De Blasio says Chelsea explosion was an
     * 'intentional act.'" keeps the period and the closing mark, where the content stopped at "act".
     */
    private void closeOpenQuotation(Statement st) {
        int k = st.end;
        if (k < text.length() && ".?!,".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k >= text.length()) {
            return;
        }
        char close = text.charAt(k);
        String content = text.substring(st.start, st.end);
        boolean open = switch (close) {
            case '\u2019' -> count(content, '\u2018') > count(content, '\u2019');
            case '\u201D' -> count(content, '\u201C') > count(content, '\u201D');
            case '\'', '"' -> count(content, close) % 2 == 1;
            default -> false;
        };
        if (open) {
            // a doubled mark closes as one ("''makes me smart.''")
            st.end = close == '\'' && k + 1 < text.length() && text.charAt(k + 1) == '\'' ? k + 2 : k + 1;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "although", "though",
            "because", "as", "after", "before", "while", "unless", "since", "once", "until", "whether", "at", "in",
            "on", "during", "for", "by", "with", "without", "despite");

    /** Whether the words {@code [from, to)} open with a subordinator or preposition, after an optional "that". */
    private boolean opensSubordinate(int from, int to) {
        int a = from < to && toks.get(from).lower().equals("that") ? from + 1 : from;
        return a >= to || SUBORDINATORS.contains(toks.get(a).lower());
    }

    private boolean hasFiniteVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).isFinite()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_LINKS = Set.of(",", "and", "but", ";", "while", "whereas", "--", "\u2014");

    /**
     * Where indirect content ends before a second speech clause joined to it ("said he heard gunfire and suspected
     * that …", "insisted that …, claiming that …", "said A, while Clinton said B"): the second cue reports
     * what follows it, not the first.
     */
    private void cutBeforeNextClause(Statement o, List<Statement> all) {
        if (o.frame == null || o.frame.side != Side.RIGHT || Quote.DIRECT.equals(o.kind)) {
            return;
        }
        for (Statement st : all) {
            Frame g = st.frame;
            if (st == o || g == null || g.side != Side.RIGHT || g.sentence != o.frame.sentence
                    || !toks.get(g.cueFrom).isVerb()) {
                continue;
            }
            int cue = toks.get(g.cueFrom).start();
            if (cue <= o.start || cue >= o.end) {
                continue;
            }
            int clause = g.sharesSourceWith != null || g.srcFrom < 0 || toks.get(g.srcFrom).start() <= o.start
                    ? g.cueFrom : g.srcFrom;
            int k = clause;
            while (k - 1 > 0 && CLAUSE_LINKS.contains(toks.get(k - 1).lower())) {
                k--;
            }
            if (k == clause || toks.get(k).start() <= o.start || body.insideQuote(toks.get(k).start())) {
                continue;
            }
            int from = body.tokenAt(o.start);
            if (from < 0 || opensSubordinate(from, k)) {
                continue;
            }
            // a subject of its own after a bare "and" may be the second half of a noun phrase ("the United States
            // and its allies will seek …"): the words before must make a clause
            if (clause == g.srcFrom && k == clause - 1 && toks.get(k).lower().equals("and")
                    && !hasFiniteVerb(from, k)) {
                continue;
            }
            int e = trimEnd(from, k);
            if (e > o.start && e < o.end) {
                o.end = e;
                if (!Quote.MIXED.equals(o.kind) || !body.containsQuote(o.start, o.end)) {
                    o.kind = body.containsQuote(o.start, o.end) ? Quote.MIXED : Quote.INDIRECT;
                }
            }
        }
    }

    private boolean nestedCue(Statement st, List<Statement> all) {
        if (st.frame == null) {
            return false;
        }
        int cue = toks.get(st.frame.cueFrom).start();
        // an act or attitude told with a verb; a noun of saying keeps its owner ("rejected Ruto's claim that …")
        boolean weakVerb = st.frame.weak && toks.get(st.frame.cueFrom).isVerb();
        for (Statement o : all) {
            if (o != st && o.frame != null && (!o.frame.weak || weakVerb) && o.start <= cue && cue < o.end) {
                return true;
            }
        }
        return false;
    }
}
