package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.isAdverb;
import static org.sitrep.annotate.quote.SpeechText.isAuxiliary;
import static org.sitrep.annotate.quote.SpeechText.isBreak;
import static org.sitrep.annotate.quote.SpeechText.isQuoteMark;
import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.quote.Frame.Side;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * Finds the frames of speech in each sentence: the cue, its source and the side its content lies on (a verb of
 * saying with its subject, inverted or coordinated, "according to X", "as X noted", a noun of saying with its
 * owner, a speaker and a colon).
 *
 * <p>Thread safety: not thread-safe; it adds to the frames of one reading. Failure: never throws; a sentence with
 * nothing it understands gives no frame.
 */
final class CueFinder {
    private final SpeechText body;
    private final CueVerbs cueVerbs;
    private final Phrases phrases;
    private final List<Frame> frames;
    private final List<Tok> toks;
    private final List<int[]> sentTok;
    private final List<Sentence> sentences;
    private final Map<Integer, Entity> entityAtChar;

    CueFinder(SpeechText body, CueVerbs cueVerbs, Phrases phrases, List<Frame> frames) {
        this.body = body;
        this.cueVerbs = cueVerbs;
        this.phrases = phrases;
        this.frames = frames;
        this.toks = body.toks;
        this.sentTok = body.sentTok;
        this.sentences = body.sentences;
        this.entityAtChar = body.entityAtChar;
    }

    /** Prepositions that open a channel or an occasion ("on X", "at the UN", "during a visit"). */
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "through", "to",
            "while", "from", "with", "after", "before");

    void findFrames(int s) {
        if (body.doc.isBoilerplate(sentences.get(s))) {
            return; // captions, link lists and other page furniture report no one's speech
        }
        int from = sentTok.get(s)[0];
        int to = sentTok.get(s)[1];
        Frame colon = colonFrame(s, from, to);
        if (colon != null) {
            frames.add(colon);
            from = colon.contentFrom;
        }
        for (int i = from; i < to; i++) {
            Tok t = toks.get(i);
            if (body.insideQuote(t.start())) {
                continue; // speech reported inside a quotation is the speaker's, not the article's
            }
            Frame f = null;
            if (t.lower().equals("according") && i + 1 < to && toks.get(i + 1).lower().equals("to")) {
                f = accordingTo(s, i, from, to);
            } else if (t.word().equals(":")) {
                f = namedColonFrame(s, i, from, to);
            } else if (SpeechLexicon.CUE_NOUNS.contains(t.lower()) && t.pos() != null && t.pos().startsWith("NN")) {
                f = nounFrame(s, i, from, to);
            } else if (cueVerbs.isCueVerb(i, from, to) || cueVerbs.nextToQuotation(i, from, to)) {
                boolean weak = cueVerbs.weakCue();
                f = verbFrame(s, i, from, to);
                if (f != null) {
                    f.weak = weak;
                }
            }
            if (f != null) {
                frames.add(f);
                i = Math.max(i, f.cueTo - 1);
            }
        }
    }

    /**
     * A noun of saying or attitude with its owner as the source: "Trump’s claim that …", "his support for the
     * bill", "Clinton’s criticism of the plan", "their calls for a special prosecutor". The content is the clause
     * after "that" or "to", or the phrase after the preposition.
     */
    private Frame nounFrame(int s, int i, int from, int to) {
        if (i - 1 < from || i + 2 >= to) {
            return null;
        }
        Tok before = toks.get(i - 1);
        int srcFrom;
        if (before.pos() != null && before.pos().equals("PRP$")) {
            srcFrom = i - 1;
        } else if (before.pos() != null && before.pos().equals("POS") && i - 2 >= from && toks.get(i - 2).isNoun()) {
            int[] np = phrases.nounCore(i - 2, from);
            if (np == null || !phrases.speakerLike(np[0], i - 2)) {
                return null;
            }
            srcFrom = np[0];
        } else {
            return null;
        }
        Tok next = toks.get(i + 1);
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = i;
        f.cueTo = i + 1;
        f.srcFrom = srcFrom;
        f.srcTo = i;
        f.side = Side.RIGHT;
        f.weak = true;
        if (next.lower().equals("that") || next.lower().equals("to") && "VB".equals(toks.get(i + 2).pos())) {
            f.contentFrom = i + 1;
            int e = i + 2;
            while (e < to && !isSentenceEnd(toks.get(e)) && !(toks.get(e).word().equals(",") && e > i + 4)) {
                e++;
            }
            f.contentTo = e;
            return f;
        }
        if (next.word().equals(":") && body.quoteStartingAt(toks.get(i + 2).start()) != null) {
            f.cueTo = i + 2;
            f.contentFrom = i + 2;
            return f;
        }
        if (Set.of("for", "of", "about", "on", "against", "over").contains(next.lower())) {
            int e = phrases.channelEnd(i + 2, to);
            while (e < to && "VBG".equals(toks.get(e).pos())) {
                e = phrases.channelEnd(e + 1, to); // "calls for banning Muslims from entering"
            }
            if (e <= i + 2) {
                return null;
            }
            // the preposition belongs to the cue ("his support for | the bill", "her criticism of | the plan"),
            // except "about" and "over", whose phrase often names the topic with the preposition
            if (Set.of("for", "of", "on", "against").contains(next.lower())) {
                f.cueTo = i + 2;
                f.contentFrom = i + 2;
            } else {
                f.contentFrom = i + 1;
            }
            f.contentTo = e;
            return f;
        }
        return null;
    }

    /**
     * A speaker and a colon opening a sentence, as headlines and transcripts give speech: "Trump: Cruz Has a Long
     * Way to Go", "Poll: Sanders Leads", "Clinton to Planned Parenthood: …". The words before the colon must name a
     * speaker (a person or organization, a title or group noun, a poll or report), not a place ("WASHINGTON:").
     */
    private Frame colonFrame(int s, int from, int to) {
        int c = -1;
        for (int k = from + 1; k < to && k <= from + 7; k++) {
            if (toks.get(k).word().equals(":")) {
                c = k;
                break;
            }
        }
        if (c < 0 || body.insideQuote(toks.get(c).start()) || body.wordsBetween(c + 1, to) < 3) {
            return null;
        }
        int srcEnd = c;
        for (int k = from + 1; k < c; k++) {
            if (toks.get(k).lower().equals("to") && k > from) {
                srcEnd = k; // "Clinton to Planned Parenthood:" — the hearer follows "to"
                break;
            }
        }
        int[] np = phrases.nounPhraseEndingAt(srcEnd - 1, from);
        if (np == null || np[0] != from) {
            return null;
        }
        for (int k = from; k < srcEnd; k++) {
            if (toks.get(k).isVerb() || isQuoteMark(toks.get(k))) {
                return null;
            }
        }
        Tok head = toks.get(srcEnd - 1);
        Entity e = entityAtChar.get(head.start());
        boolean speaker = e != null ? !Mention.LOCATION.equals(e.type())
                : SpeechLexicon.TITLE_NOUNS.contains(head.lower()) || SpeechLexicon.GROUP_HEADS.contains(head.lower())
                        || SpeechLexicon.SOURCE_NOUNS.contains(head.lower())
                        || head.pos() != null && head.pos().equals("PRP") && phrases.speakerLike(srcEnd - 1, srcEnd - 1)
                        || head.isProper() && !head.word().equals(head.word().toUpperCase(Locale.ROOT));
        if (!speaker) {
            return null;
        }
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = c;
        f.cueTo = c + 1;
        f.srcFrom = from;
        f.srcTo = srcEnd;
        f.side = Side.RIGHT;
        f.contentFrom = c + 1;
        return f;
    }

    /**
     * A speaker named just before a colon that opens a quotation, after a dash or a preposition, as digests
     * introduce an excerpt: "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: “…”", "From the report: “…”". The name
     * must be a person or organization (or a report), and the quotation must run at least four words.
     */
    private Frame namedColonFrame(int s, int c, int from, int to) {
        if (c - 1 < from || c + 1 >= to) {
            return null;
        }
        TextSpan q = body.quoteStartingAt(toks.get(c + 1).start());
        if (q == null || body.wordCount(q) < 4) {
            return null;
        }
        int[] np = {c - 1};
        while (np[0] - 1 >= from && body.nounish(toks.get(np[0] - 1)) && !toks.get(np[0] - 1).isPunct()
                && np[0] > c - 6) {
            np[0]--;
        }
        Tok head = toks.get(c - 1);
        if (!head.isNoun()) {
            return null;
        }
        Entity e = entityAtChar.get(head.start());
        boolean named = e != null ? !Mention.LOCATION.equals(e.type())
                : head.isProper() && Character.isUpperCase(head.word().codePointAt(0))
                        && !head.word().equals(head.word().toUpperCase(Locale.ROOT))
                        || SpeechLexicon.SOURCE_NOUNS.contains(head.lower());
        if (!named) {
            return null;
        }
        int before = np[0] - 1;
        boolean opens = before < from || isBreak(toks.get(before)) || toks.get(before).word().equals("-")
                || "IN".equals(toks.get(before).pos()) && (before == from || isBreak(toks.get(before - 1)));
        if (!opens) {
            return null;
        }
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = c;
        f.cueTo = c + 1;
        f.srcFrom = np[0];
        f.srcTo = c;
        f.side = Side.RIGHT;
        f.contentFrom = c + 1;
        return f;
    }

    private Frame accordingTo(int s, int i, int from, int to) {
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = i;
        f.cueTo = i + 2;
        int j = i + 2;
        int end = j;
        while (end < to && !toks.get(end).word().equals(",") && !isSentenceEnd(toks.get(end))
                && !isQuoteMark(toks.get(end)) && !(toks.get(end).isVerb() && end > j)) {
            end++;
        }
        if (end == j) {
            return null;
        }
        f.srcFrom = j;
        f.srcTo = end;
        boolean atStart = body.onlyAdverbsBetween(from, i);
        if (atStart) {
            f.side = Side.RIGHT;
            f.contentFrom = afterAppositive(body.skipPunct(end, to), to);
        } else {
            f.side = Side.LEFT;
            f.clauseFrom = i;
        }
        return f;
    }

    /**
     * After the source's appositive, where one follows the comma: "According to Il Sole 24 Ore, Italy's business
     * newspaper, the government will …". The appositive is a few noun words with no verb, set off by a second comma
     * that a clause follows.
     */
    private int afterAppositive(int k, int to) {
        // an appositive opens as a description does: "a think tank", "the group's director", "Italy's …"
        String p = toks.get(k).pos();
        boolean described = "DT".equals(p) || "PRP$".equals(p)
                || k + 1 < to && "POS".equals(toks.get(k + 1).pos());
        if (!described) {
            return k;
        }
        int e = k;
        while (e < to && e - k < 8 && body.nounish(toks.get(e)) && !toks.get(e).isVerb()) {
            e++;
        }
        if (e == k || e + 1 >= to || !toks.get(e).word().equals(",") || !toks.get(e - 1).isNoun()) {
            return k;
        }
        if (Set.of("who", "which", "whose", "and", "or").contains(toks.get(e + 1).lower())) {
            return k;
        }
        for (int v = e + 1; v < to && v <= e + 8; v++) {
            if (toks.get(v).isFinite()) {
                return e + 1;
            }
            if (toks.get(v).word().equals(",")) {
                break;
            }
        }
        return k;
    }

    private Frame verbFrame(int s, int i, int from, int to) {
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = i;
        f.cueTo = cueEnd(i, to);
        // subject to the left, over adverbs and auxiliaries
        // a progressive is finite: "He’s claiming that …", "Trump is insisting that …"
        boolean progressive = toks.get(i).pos().equals("VBG") && progressive(i, from);
        int j = i - 1;
        int last = -1; // the subject's last word, when a time ends it: "A poll released Saturday | shows"
        // a participle's time goes with what it follows ("quit last autumn claiming"), a finite verb's is passed over
        boolean finite = !toks.get(i).pos().equals("VBG") || progressive;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j))
                || progressive && isBeForm(toks.get(j))
                || finite && timeBeforeCue(j, from))) {
            if (last < 0 && finite && timeBeforeCue(j, from)) {
                last = j;
            }
            j--; // the tagger may read the "’s" of "He’s claiming" as a possessive
        }
        boolean participle = toks.get(i).pos().equals("VBG") && !progressive;
        boolean reduced = last >= 0 && j - 1 >= from && toks.get(j - 1).isNoun()
                && ("VBN".equals(toks.get(j).pos()) || toks.get(j).lower().equals("out"));
        if (j >= from && !participle) {
            // "A court document filed Thursday shows …": the document, described by when it was filed
            int[] np = reduced ? phrases.nounPhraseEndingAt(j - 1, from) : phrases.nounPhraseEndingAt(j, from);
            if (np != null) {
                f.srcFrom = np[0];
                f.srcTo = reduced ? last + 1 : j + 1;
                int before = np[0] - 1;
                if (before >= from && toks.get(before).lower().equals("as")) {
                    f.clauseFrom = before;
                    f.side = as(before, from) ? Side.RIGHT : Side.LEFT;
                    if (f.side == Side.RIGHT) {
                        f.contentFrom = body.skipPunct(f.cueTo, to);
                    }
                    return f;
                }
            }
        }
        if (f.srcFrom < 0) {
            // a subject with an appositive or a parenthesis: "Marley Anderson, 21, a junior from Las Vegas, said"
            if (j >= from && !participle && isBreak(toks.get(j))) {
                int start = parentheticalSubjectStart(from, j);
                if (start >= 0) {
                    f.srcFrom = start;
                    f.srcTo = j + 1;
                    return contentSide(f, s, i, from, to);
                }
            }
            // a participle after its subject: "voters saying they want …", "a pitch to voters saying …"
            if (participle && j >= from && toks.get(j).isNoun() && SpeechLexicon.SPEECH_VERBS.contains(
                    toks.get(i).lemma())) {
                int[] np = phrases.nounPhraseEndingAt(j, from);
                int subjectEnd = np != null && phrases.speakerLike(np[0], j) ? j : phrases.sentenceSubjectEnd(from, j);
                if (subjectEnd >= 0) {
                    f.srcFrom = phrases.nounPhraseEndingAt(subjectEnd, from)[0];
                    f.srcTo = subjectEnd + 1;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma());
                    return f.contentFrom < to && body.wordsBetween(f.contentFrom, to) >= 2 ? f : null;
                }
            }
            // coordinated or participial verb: "..., adding that", "and added"
            if (j >= from && (isBreak(toks.get(j)) || toks.get(j).pos().equals("CC"))) {
                Frame prev = lastFrameIn(s);
                if (prev != null && prev.srcFrom >= 0) {
                    f.sharesSourceWith = prev;
                    f.linkFrom = j;
                    f.srcFrom = prev.srcFrom;
                    f.srcTo = prev.srcTo;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma());
                    return f.contentFrom < to || body.quoteOpensNextSentence(s) ? f : null;
                }
                // "Hillary Clinton’s aide wrote to donors, saying: “…”", "He came and said …": the subject
                int subjectEnd = participle || toks.get(j).pos().equals("CC") ? phrases.sentenceSubjectEnd(from, j) : -1;
                if (subjectEnd >= 0) {
                    f.srcFrom = phrases.nounPhraseEndingAt(subjectEnd, from)[0];
                    f.srcTo = subjectEnd + 1;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma());
                    return f.contentFrom < to || body.quoteOpensNextSentence(s) ? f : null;
                }
            }
            // inverted: ",” said Smith" / ", says Smith"
            boolean afterBreak = j < from || toks.get(j).word().equals(",") || isQuoteMark(toks.get(j));
            if (afterBreak && !participle) {
                int k = f.cueTo;
                while (k < to && body.inTime(toks.get(k))) {
                    k++;
                }
                int e = k;
                while (e < to && body.nounish(toks.get(e))) {
                    e++;
                }
                boolean clause = e < to && toks.get(e).isFinite();
                if (e > k && toks.get(e - 1).isNoun() && !clause) { // not ", said Sanders believes …"
                    f.srcFrom = k;
                    f.srcTo = e;
                    f.side = Side.LEFT;
                    f.clauseFrom = i;
                    return j < from ? null : f;
                }
            }
            return null;
        }
        return contentSide(f, s, i, from, to);
    }

    /**
     * A time between the subject and its verb, never the subject itself: "who in 2010 said", "a series of tweets early
     * Friday saying". The preposition that opens it goes with it.
     */
    private boolean timeBeforeCue(int j, int from) {
        Tok t = toks.get(j);
        if (body.inTime(t)) {
            // a year that ends a name is part of it: "the Terrorism Act 2000 showed"
            return !("CD".equals(t.pos()) && j - 1 >= from && toks.get(j - 1).isProper());
        }
        return j + 1 < toks.size() && body.inTime(toks.get(j + 1)) && "IN".equals(t.pos())
                && Set.of("in", "on", "at", "since", "during", "until", "by").contains(t.lower());
    }

    /** Whether the participle at {@code i} follows a form of "be", over adverbs: "is insisting", "’s claiming". */
    private boolean progressive(int i, int from) {
        int j = i - 1;
        while (j >= from && isAdverb(toks.get(j))) {
            j--;
        }
        return j >= from && isBeForm(toks.get(j));
    }

    /** A form of "be", a contracted one with either apostrophe included ("is", "’s", "'re"). */
    private static boolean isBeForm(Tok t) {
        return BE_FORMS.contains(t.lower().replace('\u2019', '\''));
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "'s", "'re", "am", "'m");

    /**
     * The start of a subject that runs to a comma before the verb, over appositives and relative clauses:
     * "Karimi, executive director of Interfaith Paths, said", "Bolton, who served under Bush, said". The subject
     * opens the sentence or follows a comma, and names a speaker; between it and the verb stands no finite verb
     * outside a relative clause.
     */
    private int parentheticalSubjectStart(int from, int comma) {
        for (int c = from; c < comma; c++) {
            if (c > from && !isBreak(toks.get(c - 1)) && !isQuoteMark(toks.get(c - 1))) {
                continue;
            }
            int e = c;
            while (e < comma && body.nounish(toks.get(e)) && !toks.get(e).lower().equals("that")) {
                e++;
            }
            if (e == c || e >= comma || !isBreak(toks.get(e)) || !toks.get(e - 1).isNoun()
                    || !phrases.speakerLike(c, e - 1)) {
                continue;
            }
            boolean relative = false;
            boolean finite = false;
            for (int k = e; k < comma; k++) {
                Tok t = toks.get(k);
                if (Set.of("who", "which", "whose", "whom").contains(t.lower())) {
                    relative = true;
                }
                if (t.isFinite() && !relative
                        || isQuoteMark(t) || isSentenceEnd(t)) {
                    finite = true;
                }
            }
            // right after a quotation the subject may carry a long title: "“…,” Leonard E. Burman, director of the
            // Tax Policy Center and a professor at Syracuse University, said"
            int longest = c - 1 >= from && isQuoteMark(toks.get(c - 1)) ? 45 : 25;
            if (!finite && comma - c <= longest) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Where the subject of a content clause starts after a hearer, in the noun words {@code [k, e)} before its verb:
     * at a determiner or possessive that opens a second noun phrase ("told MPs | a new White Paper was"), else where
     * a proper name gives way to a common noun ("told the BBC | progress had been made"); -1 when the words are the
     * subject alone ("warned growth would be").
     */
    private int subjectAfterHearer(int k, int e) {
        for (int j = k + 1; j < e; j++) {
            String p = toks.get(j).pos();
            if (p != null && (p.equals("DT") || p.equals("PRP$"))) {
                return j;
            }
        }
        for (int j = k + 1; j < e; j++) {
            String before = toks.get(j - 1).pos();
            String p = toks.get(j).pos();
            if (before != null && p != null && before.startsWith("NNP") && (p.equals("NN") || p.equals("NNS"))) {
                return j;
            }
        }
        return -1;
    }

    private Frame contentSide(Frame f, int s, int i, int from, int to) {
        // content side
        int k = contentStartAfter(f.cueTo, to, toks.get(i).lemma());
        boolean quoteAfter = k < to && body.quoteStartingAt(toks.get(k).start()) != null;
        // a closing mark the splitter left at the head of this sentence ("… a bully." Mr Blair retorted voters …")
        // closes the sentence before, as if it ended there
        boolean quoteBefore = body.closesQuotationBefore(toks.get(f.srcFrom).start(), from)
                && !body.onlyPunct(sentences.get(s).start(), toks.get(f.srcFrom).start());
        boolean clauseAfter = k < to && !isSentenceEnd(toks.get(k)) && !participleAfterBreak(k, from)
                && !relativeAfterBreak(k, from) && !(connectiveAfterBreak(k, from) && quotationJustBefore(f.srcFrom))
                && body.wordsBetween(k, to) >= 2 && !body.demonstrativeOnly(k, to);
        boolean introduces = (k >= to || toks.get(k).word().equals(":")) && body.endsWithIntroduction(s)
                && body.quoteOpensNextSentence(s);
        if (introduces) {
            f.side = Side.RIGHT;
            f.contentFrom = to;
            return f;
        }
        boolean titleBefore = quoteBefore && clauseAfter && body.shortQuotationBefore(toks.get(f.srcFrom).start())
                && body.verbBetween(k, to);
        if (quoteAfter || (!quoteBefore || titleBefore) && clauseAfter) {
            f.side = Side.RIGHT;
            f.contentFrom = body.skipPunct(k, to);
            return f;
        }
        if (k < to && relativeAfterBreak(k, from) && !quoteBefore
                && (f.srcFrom - 1 < from || !toks.get(f.srcFrom - 1).word().equals(","))) {
            return null; // "… challenging China's claims, which Beijing has vowed to ignore": no speech clause
        }
        f.side = Side.LEFT;
        f.clauseFrom = f.srcFrom;
        return f;
    }

    /**
     * A participle that opens a new phrase ("said, adding …", "said, saying …") is not the content; a gerund clause
     * right after the cue is ("said legalizing it could put …").
     */
    private boolean participleAfterBreak(int k, int from) {
        Tok t = toks.get(k);
        if (!"VBG".equals(t.pos())) {
            return false;
        }
        return k - 1 >= from && toks.get(k - 1).word().equals(",") || SpeechLexicon.SPEECH_VERBS.contains(t.lemma());
    }

    /**
     * A relative clause after a comma describes the occasion or the speaker, not what was said: "…, Lord Butler said
     * in his interview, which was conducted by the magazine's editor".
     */
    private boolean relativeAfterBreak(int k, int from) {
        return k - 1 >= from && toks.get(k - 1).word().equals(",")
                && Set.of("which", "who", "whom", "whose").contains(toks.get(k).lower());
    }

    /**
     * A clause joined after a comma with a connective: after a quotation it is the writer's, not what was said
     * ("“You winning?” she said, but Kevin was drifting off again"); after reported speech it goes on with it ("The
     * policy had caused trade problems, he said, but there was now an agreement …").
     */
    private boolean connectiveAfterBreak(int k, int from) {
        return k - 1 >= from && toks.get(k - 1).word().equals(",")
                && Set.of("but", "yet", "and", "while", "although", "though", "whereas").contains(toks.get(k).lower());
    }

    /** Whether a quotation ends right before the token {@code k}, with only punctuation between. */
    private boolean quotationJustBefore(int k) {
        int c = toks.get(k).start();
        for (TextSpan q : body.quoted) {
            if (q.end() <= c && c - q.end() <= 3 && body.onlyPunct(q.end(), c)) {
                return true;
            }
        }
        return false;
    }

    private boolean as(int asIndex, int from) {
        return body.onlyAdverbsBetween(from, asIndex);
    }

    /**
     * The last frame of sentence {@code s} that is not inside the content of another: a participle after a comma
     * shares the main clause's source ("He rejected speculation that Mr Brown was considering …, saying …" is his,
     * not Mr Brown's).
     */
    private Frame lastFrameIn(int s) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            Frame f = frames.get(k);
            if (f.sentence < s) {
                break;
            }
            if (f.sentence == s && !insideContentOfAnother(f, k)) {
                return f;
            }
        }
        return null;
    }

    private boolean insideContentOfAnother(Frame f, int index) {
        for (int k = index - 1; k >= 0 && frames.get(k).sentence == f.sentence; k--) {
            Frame g = frames.get(k);
            if (g.side == Side.RIGHT && g.contentFrom > 0 && g.contentFrom <= f.cueFrom
                    && (g.contentTo <= 0 || f.cueFrom < g.contentTo)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the cue phrase: "pointed out", "called for", "voiced support for", "according to". */
    private int cueEnd(int i, int to) {
        Tok t = toks.get(i);
        if (t.lemma().equals("point") || t.lemma().equals("call") && i + 1 < to
                && Set.of("for", "on").contains(toks.get(i + 1).lower())) {
            return Math.min(i + 2, to);
        }
        if (SpeechLexicon.TOPIC_VERBS.contains(t.lemma()) && i + 1 < to
                && SpeechLexicon.TOPIC_PREPOSITIONS.contains(toks.get(i + 1).lower())) {
            return i + 2; // "talked about", "warned against": the topic is the content
        }
        if (SpeechLexicon.PHRASE_VERBS.contains(t.lemma()) && !SpeechLexicon.SPEECH_VERBS.contains(t.lemma())
                || (SpeechLexicon.PHRASE_VERBS.contains(t.lemma()) && i + 1 < to
                        && !toks.get(i + 1).lower().equals("that"))) {
            int j = i + 1;
            while (j < to && !SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower()) && j < i + 4) {
                j++;
            }
            if (j < to && SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower())) {
                j++;
                if (j < to && Set.of("for", "over", "about", "in", "with", "at", "to").contains(toks.get(j).lower())) {
                    j++;
                }
                return j;
            }
        }
        return i + 1;
    }

    /**
     * Skips a prepositional phrase of the saying that stands before the complementizer: "said during a Friday evening
     * rally in Michigan that Clinton …" and "tweeted in the early morning hours that …" report what follows "that".
     * Only a phrase with no verb and no comma before a "that" that opens a clause is skipped (tagged {@code IN}, or
     * {@code WDT} with no verb right after it), so "warned against policies that hurt workers" (a relative "that")
     * keeps its content.
     */
    private int afterAdjunctBeforeThat(int k, int to) {
        if (k >= to || !"IN".equals(toks.get(k).pos()) || toks.get(k).lower().equals("that")) {
            return k;
        }
        for (int j = k + 1; j < to && j <= k + 15; j++) {
            Tok t = toks.get(j);
            String pos = t.pos() == null ? "" : t.pos();
            if (t.lower().equals("that")) {
                // a complementizer opens a clause with its own subject; a relative "that" is followed by its verb
                String next = j + 1 < to && toks.get(j + 1).pos() != null ? toks.get(j + 1).pos() : "";
                boolean clause = !next.startsWith("VB") && !next.equals("MD") && !next.startsWith("RB");
                return (pos.equals("IN") || pos.equals("WDT") && clause) && j > k + 1 ? j : k;
            }
            if (pos.startsWith("VB") || pos.equals("MD") || t.word().equals(",") || t.word().equals(";")
                    || t.word().equals(":") || isQuoteMark(t)) {
                return k;
            }
        }
        return k;
    }

    /** Skips what stands between a cue and its content: the hearer, times, channels, "that", commas. */
    private int contentStartAfter(int k, int to, String lemma) {
        int guard = 0;
        while (k < to && guard++ < 40) {
            Tok t = toks.get(k);
            if (body.inTime(t)) {
                int m = k;
                while (m < to && body.inTime(toks.get(m))) {
                    m++;
                }
                if (m < to && (toks.get(m).word().equals("'s") || toks.get(m).isFinite())) {
                    break; // "said January's figures were …", "said 2005 should be …": the time opens the content
                }
                k = m;
                continue;
            }
            if (k + 1 < to && body.inTime(toks.get(k + 1)) && (t.word().equals(",") || t.pos() != null && t.pos().equals("IN")
                    && Set.of("on", "in", "at", "during", "early", "late").contains(t.lower()))) {
                k++; // "said on Friday, June 21, that …": the time of the saying is not what was said
                continue;
            }
            if (t.word().equals(",") && k > 0 && body.inTime(toks.get(k - 1)) && k + 1 < to
                    && toks.get(k + 1).lower().equals("that")) {
                k++; // the comma closing that time
                continue;
            }
            if (SpeechLexicon.HEARER_VERBS.contains(lemma) && guard == 1 && (t.isNoun() || t.pos() != null
                    && (t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("JJ")))) {
                int e = k;
                while (e < to && body.nounish(toks.get(e)) && !toks.get(e).lower().equals("that")) {
                    e++;
                }
                boolean infinitive = e + 1 < to && toks.get(e).lower().equals("to") && "VB".equals(toks.get(e + 1).pos());
                if (e > k && !infinitive && e < to && toks.get(e).isFinite()) {
                    // the words before the verb hold the content's subject: "warned growth would be …", "told MPs
                    // a new White Paper was …", "told the BBC progress had been made"
                    int subject = subjectAfterHearer(k, e);
                    if (subject < 0) {
                        break;
                    }
                    k = subject;
                    continue;
                }
                if (e > k && !infinitive) {
                    k = e; // "told reporters that …"; but "urged lawmakers to approve …" keeps its hearer
                    continue;
                }
            }
            if (t.pos() != null && t.pos().equals("IN") && CHANNEL_PREPOSITIONS.contains(t.lower())) {
                int e = phrases.channelEnd(k + 1, to);
                if (e > k + 1 && phrases.isChannelPhrase(k, e)) {
                    k = e;
                    continue;
                }
                if (e > k + 1 && t.lower().equals("to") && SpeechLexicon.SPEECH_VERBS.contains(lemma)) {
                    k = e; // "said to reporters"
                    continue;
                }
            }
            if (guard == 1 && k + 1 < to && toks.get(k + 1).word().equals(":")
                    && Set.of("on", "out", "up", "back").contains(t.lower())) {
                k++; // the particle of "went on: …", "hit back: …"
                continue;
            }
            if (t.lower().equals("there") && k + 1 < to && toks.get(k + 1).isFinite()) {
                break; // "suggests there should be …"
            }
            if (isAdverb(t) && !t.lower().equals("not") && !(k + 1 < to && body.nounish(toks.get(k + 1)))) {
                k++; // but "most voters", "nearly half"
                continue;
            }
            break;
        }
        k = afterAdjunctBeforeThat(k, to);
        if (k < to && toks.get(k).word().equals(",") && !(k + 1 < to && toks.get(k + 1).pos() != null
                && toks.get(k + 1).pos().equals("VBG"))) {
            k++; // "said, “...": leave the comma out of the content
        }
        if (k < to && toks.get(k).word().equals(":")) {
            k++;
        }
        return k;
    }
}
