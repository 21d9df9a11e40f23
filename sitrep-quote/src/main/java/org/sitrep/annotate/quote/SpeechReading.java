package org.sitrep.annotate.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * One reading of one document for reported speech: finds the cues of speech in each sentence (a verb of saying
 * with its subject, "according to X", "as X noted"), ties each to its content (a quotation next to it, or the
 * clause it governs), carries speakers over to quotations with no cue of their own, and resolves every source to
 * an entity.
 *
 * <p>Thread safety: not thread-safe; {@link QuoteAnnotator} makes a new one per document. Failure: never throws
 * for odd text; a sentence with nothing it understands gives no quotes.
 */
final class SpeechReading {

    /** A token with its word, tag and lemma. */
    record Tok(int start, int end, String word, String lower, String pos, String lemma, int sentence) {
        boolean isNoun() {
            return pos != null && (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD"));
        }

        boolean isProper() {
            return pos != null && pos.startsWith("NNP");
        }

        boolean isVerb() {
            return pos != null && (pos.startsWith("VB") || pos.equals("MD"));
        }

        boolean isPunct() {
            return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0));
        }
    }

    enum Side { LEFT, RIGHT }

    /** A cue of speech with its source and the side its content lies on. */
    static final class Frame {
        int sentence;
        int cueFrom;
        int cueTo;
        int srcFrom = -1;
        int srcTo = -1;
        Side side;
        /** For LEFT frames: the first token of the speech clause (source, "as", the inverted verb). */
        int clauseFrom;
        /** For RIGHT frames: the first token of the content. */
        int contentFrom;
        Frame sharesSourceWith;
        /** For RIGHT frames whose content is a phrase, not the rest of the clause: its end (exclusive), else 0. */
        int contentTo;
        /** A cue of attitude or belief rather than of speech: it claims no quotation that follows a sentence. */
        boolean weak;
    }

    /** A statement found: content, kind and the frame that reports it (null for a continuation). */
    static final class Statement {
        int start;
        int end;
        String kind;
        Frame frame;
        Statement continues;
        TextSpan cue;
        TextSpan source;
        Quote.Speaker speaker;
        String speakerType;
        String channel;
        String date;
        int sentence;
    }

    private final Document doc;
    private final String text;
    private final List<Tok> toks = new ArrayList<>();
    private final List<int[]> sentTok = new ArrayList<>();
    private final List<Sentence> sentences;
    private final List<TextSpan> quoted;
    private final List<Entity> entities;
    private final Map<Integer, Entity> entityAtChar = new HashMap<>();
    private final Map<Integer, TextSpan> mentionAtChar = new HashMap<>();
    private final List<Mention> mentions;
    private final List<Timex> times;
    private final List<Frame> frames = new ArrayList<>();
    private final int[] sentenceStarts;
    private final int[] timeStarts;
    private final int[] quoteStarts;
    private int[] tokenStarts;
    private final List<Statement> statements = new ArrayList<>();
    /** Set by {@link #isCueVerb}: whether the cue it accepted is one of attitude or belief. */
    private boolean weakCue;

    SpeechReading(Document doc) {
        this.doc = doc;
        this.text = doc.text();
        this.sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
        this.entities = doc.findLayer(Layers.ENTITIES).orElse(List.of());
        this.mentions = doc.findLayer(Layers.MENTIONS).orElse(List.of());
        this.times = doc.findLayer(Layers.TIMES).orElse(List.of());
        for (Entity e : entities) {
            for (TextSpan m : e.mentions()) {
                for (int c = m.start(); c < m.end(); c++) {
                    entityAtChar.putIfAbsent(c, e);
                    mentionAtChar.putIfAbsent(c, m);
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

    // ---------------------------------------------------------------------------------------------- tokens

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

    // ---------------------------------------------------------------------------------------------- main

    List<Quote> read() {
        for (int s = 0; s < sentTok.size(); s++) {
            findFrames(s);
        }
        for (Frame f : frames) {
            Statement st = contentOf(f);
            if (st != null) {
                statements.add(st);
            }
            Statement left = splitQuoteBefore(f, st);
            if (left != null) {
                statements.add(left);
            }
            Statement right = splitQuoteAfter(f, st);
            if (right != null) {
                statements.add(right);
            }
        }
        dropOverlapping();
        attachUnclaimedQuotes();
        statements.sort(Comparator.comparingInt((Statement st) -> st.start).thenComparingInt(st -> st.end));
        List<Statement> byCue = new ArrayList<>(statements);
        byCue.sort(Comparator.comparingInt(this::anchor));
        for (Statement st : byCue) {
            resolve(st);
        }
        List<Quote> out = new ArrayList<>();
        for (Statement st : statements) {
            if (st.end > st.start && st.speaker != null) {
                out.add(new Quote(st.start, st.end, st.kind, st.speaker, st.cue, st.source, st.channel, st.date));
            }
        }
        return out;
    }

    private int anchor(Statement st) {
        if (st.continues != null || st.frame == null) {
            return st.start;
        }
        return toks.get(st.frame.cueFrom).start();
    }

    // ---------------------------------------------------------------------------------------------- frames

    private void findFrames(int s) {
        int from = sentTok.get(s)[0];
        int to = sentTok.get(s)[1];
        Frame colon = colonFrame(s, from, to);
        if (colon != null) {
            frames.add(colon);
            from = colon.contentFrom;
        }
        for (int i = from; i < to; i++) {
            Tok t = toks.get(i);
            if (insideQuote(t.start())) {
                continue; // speech reported inside a quotation is the speaker's, not the article's
            }
            Frame f = null;
            if (t.lower.equals("according") && i + 1 < to && toks.get(i + 1).lower.equals("to")) {
                f = accordingTo(s, i, from, to);
            } else if (t.word.equals(":")) {
                f = namedColonFrame(s, i, from, to);
            } else if (SpeechLexicon.CUE_NOUNS.contains(t.lower) && t.pos != null && t.pos.startsWith("NN")) {
                f = nounFrame(s, i, from, to);
            } else if (isCueVerb(i, from, to) || nextToQuotation(i, from, to)) {
                boolean weak = weakCue;
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
        if (before.pos != null && before.pos.equals("PRP$")) {
            srcFrom = i - 1;
        } else if (before.pos != null && before.pos.equals("POS") && i - 2 >= from && toks.get(i - 2).isNoun()) {
            int[] np = nounCore(i - 2, from);
            if (np == null || !speakerLike(np[0], i - 2)) {
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
        if (next.lower.equals("that") || next.lower.equals("to") && "VB".equals(toks.get(i + 2).pos)) {
            f.contentFrom = i + 1;
            int e = i + 2;
            while (e < to && !isSentenceEnd(toks.get(e)) && !(toks.get(e).word.equals(",") && e > i + 4)) {
                e++;
            }
            f.contentTo = e;
            return f;
        }
        if (next.word.equals(":") && quoteStartingAt(toks.get(i + 2).start()) != null) {
            f.cueTo = i + 2;
            f.contentFrom = i + 2;
            return f;
        }
        if (Set.of("for", "of", "about", "on", "against", "over").contains(next.lower)) {
            int e = channelEnd(i + 2, to);
            while (e < to && "VBG".equals(toks.get(e).pos)) {
                e = channelEnd(e + 1, to); // "calls for banning Muslims from entering"
            }
            if (e <= i + 2) {
                return null;
            }
            if (toks.get(i).lower.startsWith("call") && next.lower.equals("for")) {
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
            if (toks.get(k).word.equals(":")) {
                c = k;
                break;
            }
        }
        if (c < 0 || insideQuote(toks.get(c).start()) || wordsBetween(c + 1, to) < 3) {
            return null;
        }
        int srcEnd = c;
        for (int k = from + 1; k < c; k++) {
            if (toks.get(k).lower.equals("to") && k > from) {
                srcEnd = k; // "Clinton to Planned Parenthood:" — the hearer follows "to"
                break;
            }
        }
        int[] np = nounPhraseEndingAt(srcEnd - 1, from);
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
                : SpeechLexicon.TITLE_NOUNS.contains(head.lower) || SpeechLexicon.GROUP_HEADS.contains(head.lower)
                        || SpeechLexicon.SOURCE_NOUNS.contains(head.lower)
                        || head.pos != null && head.pos.equals("PRP") && speakerLike(srcEnd - 1, srcEnd - 1)
                        || head.isProper() && !head.word.equals(head.word.toUpperCase(Locale.ROOT));
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
        TextSpan q = quoteStartingAt(toks.get(c + 1).start());
        if (q == null || wordCount(q) < 4) {
            return null;
        }
        int[] np = {c - 1};
        while (np[0] - 1 >= from && nounish(toks.get(np[0] - 1)) && !toks.get(np[0] - 1).isPunct()
                && np[0] > c - 6) {
            np[0]--;
        }
        Tok head = toks.get(c - 1);
        if (!head.isNoun()) {
            return null;
        }
        Entity e = entityAtChar.get(head.start());
        boolean named = e != null ? !Mention.LOCATION.equals(e.type())
                : head.isProper() && Character.isUpperCase(head.word.codePointAt(0))
                        && !head.word.equals(head.word.toUpperCase(Locale.ROOT))
                        || SpeechLexicon.SOURCE_NOUNS.contains(head.lower);
        if (!named) {
            return null;
        }
        int before = np[0] - 1;
        boolean opens = before < from || isBreak(toks.get(before)) || toks.get(before).word.equals("-")
                || "IN".equals(toks.get(before).pos) && (before == from || isBreak(toks.get(before - 1)));
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

    /**
     * A finite verb right next to a quotation is its cue whatever the verb ("“…,” Viguerie concludes",
     * "“…,” I confessed", "Cruz continued: “…”").
     */
    private boolean nextToQuotation(int i, int from, int to) {
        Tok t = toks.get(i);
        if (t.pos == null || !(t.pos.equals("VBD") || t.pos.equals("VBZ") || t.pos.equals("VBP"))
                || isAuxiliary(t) && i + 1 < to && toks.get(i + 1).isVerb()) {
            return false;
        }
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        if (Set.of("be", "have", "do", "get").contains(t.lemma)) {
            return false;
        }
        if (j >= from) {
            int[] np = nounPhraseEndingAt(j, from);
            if (np != null && closesAttributedQuotationBefore(toks.get(np[0]).start()) && speakerLike(np[0], j)) {
                return true;
            }
        }
        if (i - 1 >= from && closesAttributedQuotationBefore(t.start()) && i + 1 < to && toks.get(i + 1).isNoun()) {
            return true; // ",” said Smith" with any verb
        }
        // "Cruz continued: “…”", "Cruz called them on it: “…”", "a man yelled, “Stay there!”"
        if (j < from || nounPhraseEndingAt(j, from) == null || !speakerLike(nounPhraseEndingAt(j, from)[0], j)) {
            return false;
        }
        for (int k = i + 1; k < to && k <= i + 5; k++) {
            Tok w = toks.get(k);
            if ((w.word.equals(":") || w.word.equals(",")) && k + 1 < to
                    && quoteStartingAt(toks.get(k + 1).start()) != null) {
                return true;
            }
            if (k == i + 1 && isQuoteMark(w) && k + 1 < to
                    && Character.isUpperCase(toks.get(k + 1).word.codePointAt(0))
                    && quoteStartingAt(w.start()) != null) {
                return true; // "he yelled “You lie!”"
            }
            if (w.isVerb() || isSentenceEnd(w) || w.word.equals(",")) {
                break;
            }
        }
        return false;
    }

    private boolean subjectIsSpeakerLike(int i, int from) {
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        if (j < from) {
            return false;
        }
        int[] np = nounPhraseEndingAt(j, from);
        return np != null && speakerLike(np[0], j);
    }

    /** Whether a noun phrase can name a speaker: a personal pronoun, a name, or a person's title or role. */
    private boolean speakerLike(int from, int last) {
        Tok h = toks.get(last);
        if (h.pos != null && h.pos.equals("PRP")) {
            return Set.of("he", "she", "i", "we", "they").contains(h.lower);
        }
        if (h.lower.equals("who") || from == last && SpeechLexicon.QUANTIFIER_SUBJECTS.contains(h.lower)) {
            return true;
        }
        if (h.isProper() || entityAtChar.containsKey(h.start())) {
            return true;
        }
        return SpeechLexicon.TITLE_NOUNS.contains(h.lower) || SpeechLexicon.GROUP_HEADS.contains(h.lower);
    }

    /** A quotation closing just before {@code c} the way attributed speech closes: on a comma, "?" or "!". */
    private boolean closesAttributedQuotationBefore(int c) {
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
    private boolean closesQuotationBefore(int c, int from) {
        int near = firstStartingAfter(quoteStarts, c);
        for (TextSpan q : quoted.subList(Math.max(0, near - 2), near)) {
            if (q.end() <= c && c - q.end() <= 3 && onlyPunct(q.end(), c)
                    && text.substring(q.end(), c).indexOf('\n') < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isCueVerb(int i, int from, int to) {
        weakCue = false;
        Tok t = toks.get(i);
        if (!t.isVerb() || t.pos.equals("MD")) {
            return false;
        }
        if (i > from && toks.get(i - 1).lower.equals("to")) {
            return false;
        }
        if (i > from && (toks.get(i - 1).lower.equals("so") || toks.get(i - 1).lower.equals("-"))) {
            return false; // so-called
        }
        if (t.pos.equals("VBN") && passiveBefore(i, from)) {
            return false;
        }
        String l = t.lemma;
        if (SpeechLexicon.SPEECH_VERBS.contains(l)) {
            if (l.equals("point")) {
                return i + 1 < to && toks.get(i + 1).lower.equals("out");
            }
            if (l.equals("call") || l.equals("describe")) {
                return i + 1 < to && Set.of("for", "on").contains(toks.get(i + 1).lower) && l.equals("call")
                        || quotationWithin(i + 1, to, 10);
            }
            if (l.equals("continue") || l.equals("agree")) {
                return i + 1 < to && toks.get(i + 1).lower.equals("that");
            }
            return true;
        }
        if (SpeechLexicon.TOPIC_VERBS.contains(l) && i + 1 < to
                && SpeechLexicon.TOPIC_PREPOSITIONS.contains(toks.get(i + 1).lower)) {
            return subjectIsSpeakerLike(i, from);
        }
        if (i + 1 < to && toks.get(i + 1).lower.equals("that") && "IN".equals(toks.get(i + 1).pos)) {
            return SpeechLexicon.THAT_VERBS.contains(l) || subjectIsSpeakerLike(i, from);
        }
        if (SpeechLexicon.INFINITIVE_VERBS.contains(l) && i + 1 < to && toks.get(i + 1).lower.equals("to")
                && i + 2 < to && "VB".equals(toks.get(i + 2).pos)) {
            return subjectIsSpeakerLike(i, from);
        }
        if (SpeechLexicon.PHRASE_VERBS.contains(l)) {
            int j = i + 1;
            while (j < to && (toks.get(j).pos != null && (toks.get(j).pos.startsWith("JJ")
                    || toks.get(j).pos.equals("PRP$") || toks.get(j).pos.equals("DT")))) {
                j++;
            }
            if (j < to && SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower)) {
                return true;
            }
        }
        weakCue = true;
        if (SpeechLexicon.BELIEF_VERBS.contains(l) && bareClauseAt(i + 1, to)) {
            return subjectIsSpeakerLike(i, from) || subjectIsSourceNoun(i, from);
        }
        if (SpeechLexicon.CONTROL_VERBS.contains(l) && hearerThenInfinitive(i + 1, to)) {
            return subjectIsSpeakerLike(i, from);
        }
        if (SpeechLexicon.OBJECT_VERBS.contains(l) && objectAt(i + 1, to)) {
            return subjectIsSpeakerLike(i, from) || Set.of("show", "find", "indicate", "reveal", "suggest")
                    .contains(l) && subjectIsSourceNoun(i, from);
        }
        return false;
    }

    /** Whether a clause with its own subject and finite verb opens at {@code k}: "(thinks) Cruz is wrong". */
    private boolean bareClauseAt(int k, int to) {
        while (k < to && isAdverb(toks.get(k))) {
            k++;
        }
        int e = k;
        while (e < to && e < k + 8 && (nounish(toks.get(e)) || toks.get(e).pos != null
                && (toks.get(e).pos.equals("PRP") || toks.get(e).pos.equals("EX")))
                && !toks.get(e).lower.equals("that")) {
            e++;
        }
        if (e == k || e >= to) {
            return false;
        }
        while (e < to && isAdverb(toks.get(e))) {
            e++;
        }
        Tok v = toks.get(e);
        if (v.pos == null) {
            return false;
        }
        if (FINITE_VERB_TAGS.contains(v.pos)) {
            return true;
        }
        return v.pos.equals("VBG") && !toks.get(k).pos.equals("PRP"); // "showed Clinton leading"
    }

    /** Whether a hearer and a "to" infinitive follow: "(urged) Democrats to vote". */
    private boolean hearerThenInfinitive(int k, int to) {
        int e = k;
        while (e < to && e < k + 6 && (nounish(toks.get(e)) || "PRP".equals(toks.get(e).pos))) {
            e++;
        }
        return e > k && e + 1 < to && toks.get(e).lower.equals("to") && "VB".equals(toks.get(e + 1).pos);
    }

    /** Whether a noun phrase or gerund object follows the verb: "(oppose) the bill", "(support) banning …". */
    private boolean objectAt(int k, int to) {
        while (k < to && isAdverb(toks.get(k))) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        Tok t = toks.get(k);
        if (t.pos == null || isQuoteMark(t) && quoteStartingAt(t.start()) != null) {
            return t.pos != null;
        }
        if (t.pos.equals("VBG")) {
            return true;
        }
        if (t.pos.equals("PRP")) {
            return false; // "supported him": the object alone says little
        }
        int e = k;
        while (e < to && nounish(toks.get(e))) {
            e++;
        }
        return e > k && toks.get(e - 1).isNoun() && wordsBetween(k, e) >= 1
                && !(e - k == 1 && toks.get(k).pos.equals("DT"));
    }

    private boolean subjectIsSourceNoun(int i, int from) {
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        return j >= from && SpeechLexicon.SOURCE_NOUNS.contains(toks.get(j).lower);
    }

    /** Whether a quotation opens within {@code n} tokens from {@code k}, before any other verb. */
    private boolean quotationWithin(int k, int to, int n) {
        for (int e = k; e < to && e < k + n; e++) {
            Tok t = toks.get(e);
            if (isQuoteMark(t) && quoteStartingAt(t.start()) != null) {
                return true;
            }
            if (t.isVerb() || isSentenceEnd(t)) {
                return false;
            }
        }
        return false;
    }

    /** Tags of a finite verb or a modal: the verb of a clause. */
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Prepositions that open a channel or an occasion ("on X", "at the UN", "during a visit"). */
    private static final Set<String> CHANNEL_PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "through", "to",
            "while", "from", "with", "after", "before");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being",
            "'s", "get", "got");

    private boolean passiveBefore(int i, int from) {
        for (int j = i - 1; j >= from && j >= i - 3; j--) {
            Tok b = toks.get(j);
            if (PASSIVE_AUXILIARIES.contains(b.lower)) {
                return true;
            }
            if (!(b.pos != null && b.pos.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    private Frame accordingTo(int s, int i, int from, int to) {
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = i;
        f.cueTo = i + 2;
        int j = i + 2;
        int end = j;
        while (end < to && !toks.get(end).word.equals(",") && !isSentenceEnd(toks.get(end))
                && !isQuoteMark(toks.get(end)) && !(toks.get(end).isVerb() && end > j)) {
            end++;
        }
        if (end == j) {
            return null;
        }
        f.srcFrom = j;
        f.srcTo = end;
        boolean atStart = onlyAdverbsBetween(from, i);
        if (atStart) {
            f.side = Side.RIGHT;
            f.contentFrom = skipPunct(end, to);
        } else {
            f.side = Side.LEFT;
            f.clauseFrom = i;
        }
        return f;
    }

    private boolean onlyAdverbsBetween(int from, int i) {
        for (int k = from; k < i; k++) {
            Tok t = toks.get(k);
            if (!(t.pos != null && (t.pos.startsWith("RB") || t.pos.equals("CC"))) && !t.isPunct()) {
                return false;
            }
        }
        return true;
    }

    private Frame verbFrame(int s, int i, int from, int to) {
        Frame f = new Frame();
        f.sentence = s;
        f.cueFrom = i;
        f.cueTo = cueEnd(i, to);
        // subject to the left, over adverbs and auxiliaries
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        boolean participle = toks.get(i).pos.equals("VBG");
        if (j >= from && !participle) {
            int[] np = nounPhraseEndingAt(j, from);
            if (np != null) {
                f.srcFrom = np[0];
                f.srcTo = j + 1;
                int before = np[0] - 1;
                if (before >= from && toks.get(before).lower.equals("as")) {
                    f.clauseFrom = before;
                    f.side = as(before, from) ? Side.RIGHT : Side.LEFT;
                    if (f.side == Side.RIGHT) {
                        f.contentFrom = skipPunct(f.cueTo, to);
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
                    toks.get(i).lemma)) {
                int[] np = nounPhraseEndingAt(j, from);
                int subjectEnd = np != null && speakerLike(np[0], j) ? j : sentenceSubjectEnd(from, j);
                if (subjectEnd >= 0) {
                    f.srcFrom = nounPhraseEndingAt(subjectEnd, from)[0];
                    f.srcTo = subjectEnd + 1;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma);
                    return f.contentFrom < to && wordsBetween(f.contentFrom, to) >= 2 ? f : null;
                }
            }
            // coordinated or participial verb: "..., adding that", "and added"
            if (j >= from && (isBreak(toks.get(j)) || toks.get(j).pos.equals("CC"))) {
                Frame prev = lastFrameIn(s);
                if (prev != null && prev.srcFrom >= 0) {
                    f.sharesSourceWith = prev;
                    f.srcFrom = prev.srcFrom;
                    f.srcTo = prev.srcTo;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma);
                    return f.contentFrom < to || quoteOpensNextSentence(s) ? f : null;
                }
                // "Hillary Clinton’s aide wrote to donors, saying: “…”", "He came and said …": the subject
                int subjectEnd = participle || toks.get(j).pos.equals("CC") ? sentenceSubjectEnd(from, j) : -1;
                if (subjectEnd >= 0) {
                    f.srcFrom = nounPhraseEndingAt(subjectEnd, from)[0];
                    f.srcTo = subjectEnd + 1;
                    f.side = Side.RIGHT;
                    f.contentFrom = contentStartAfter(f.cueTo, to, toks.get(i).lemma);
                    return f.contentFrom < to || quoteOpensNextSentence(s) ? f : null;
                }
            }
            // inverted: ",” said Smith" / ", says Smith"
            boolean afterBreak = j < from || toks.get(j).word.equals(",") || isQuoteMark(toks.get(j));
            if (afterBreak && !participle) {
                int k = f.cueTo;
                while (k < to && inTime(toks.get(k))) {
                    k++;
                }
                int e = k;
                while (e < to && nounish(toks.get(e))) {
                    e++;
                }
                boolean clause = e < to && toks.get(e).pos != null
                        && FINITE_VERB_TAGS.contains(toks.get(e).pos);
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

    private static boolean isBreak(Tok t) {
        return t.word.equals(",") || t.word.equals("--") || t.word.equals("\u2014") || t.word.equals("\u2013");
    }

    /**
     * The start of a subject that runs to a comma before the verb, over appositives and relative clauses:
     * "Karimi, executive director of Interfaith Paths, said", "Bolton, who served under Bush, said". The subject
     * opens the sentence or follows a comma, and names a speaker; between it and the verb stands no finite verb
     * outside a relative clause.
     */
    private int parentheticalSubjectStart(int from, int comma) {
        for (int c = from; c < comma; c++) {
            if (c > from && !isBreak(toks.get(c - 1))) {
                continue;
            }
            int e = c;
            while (e < comma && nounish(toks.get(e)) && !toks.get(e).lower.equals("that")) {
                e++;
            }
            if (e == c || e >= comma || !isBreak(toks.get(e)) || !toks.get(e - 1).isNoun()
                    || !speakerLike(c, e - 1)) {
                continue;
            }
            boolean relative = false;
            boolean finite = false;
            for (int k = e; k < comma; k++) {
                Tok t = toks.get(k);
                if (Set.of("who", "which", "whose", "whom").contains(t.lower)) {
                    relative = true;
                }
                if (t.pos != null && FINITE_VERB_TAGS.contains(t.pos) && !relative
                        || isQuoteMark(t) || isSentenceEnd(t)) {
                    finite = true;
                }
            }
            if (!finite && comma - c <= 25) {
                return c;
            }
        }
        return -1;
    }

    private Frame contentSide(Frame f, int s, int i, int from, int to) {
        // content side
        int k = contentStartAfter(f.cueTo, to, toks.get(i).lemma);
        boolean quoteAfter = k < to && quoteStartingAt(toks.get(k).start()) != null;
        boolean quoteBefore = closesQuotationBefore(toks.get(f.srcFrom).start(), from)
                && toks.get(f.srcFrom).start() > sentences.get(s).start() + 1;
        boolean clauseAfter = k < to && !isSentenceEnd(toks.get(k)) && !participleAfterBreak(k, from)
                && wordsBetween(k, to) >= 2 && !demonstrativeOnly(k, to);
        boolean introduces = (k >= to || toks.get(k).word.equals(":")) && endsWithIntroduction(s)
                && quoteOpensNextSentence(s);
        if (introduces) {
            f.side = Side.RIGHT;
            f.contentFrom = to;
            return f;
        }
        boolean titleBefore = quoteBefore && clauseAfter && shortQuotationBefore(toks.get(f.srcFrom).start())
                && verbBetween(k, to);
        if (quoteAfter || (!quoteBefore || titleBefore) && clauseAfter) {
            f.side = Side.RIGHT;
            f.contentFrom = skipPunct(k, to);
            return f;
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
        if (!"VBG".equals(t.pos)) {
            return false;
        }
        return k - 1 >= from && toks.get(k - 1).word.equals(",") || SpeechLexicon.SPEECH_VERBS.contains(t.lemma);
    }

    /** "On “Sunday Morning Futures,” Issa said …": a quotation of a few words is a title, not the content. */
    private boolean shortQuotationBefore(int c) {
        int near = firstStartingAfter(quoteStarts, c);
        return near > 0 && wordCount(quoted.get(near - 1)) <= 4;
    }

    private boolean verbBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).isVerb() || toks.get(k).lower.equals("that")) {
                return true;
            }
        }
        return false;
    }

    private int wordsBetween(int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            if (!toks.get(k).isPunct()) {
                n++;
            }
        }
        return n;
    }

    /** The last token of a speaker-like noun phrase that opens the sentence and is followed by a verb. */
    private int sentenceSubjectEnd(int from, int before) {
        for (int e = from; e < before && e < from + 12; e++) {
            Tok t = toks.get(e);
            if (t.isVerb()) {
                int last = e - 1;
                while (last >= from && isAdverb(toks.get(last))) {
                    last--;
                }
                if (last < from) {
                    return -1;
                }
                int[] np = nounPhraseEndingAt(last, from);
                return np != null && np[0] == from && speakerLike(from, last) ? last : -1;
            }
        }
        return -1;
    }

    /** Whether the next sentence, in the next paragraph or this one, opens with a quotation. */
    private boolean quoteOpensNextSentence(int s) {
        if (s + 1 >= sentences.size()) {
            return false;
        }
        return quoteStartingAt(sentences.get(s + 1).start()) != null;
    }

    private boolean as(int asIndex, int from) {
        return onlyAdverbsBetween(from, asIndex);
    }

    private Frame lastFrameIn(int s) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            if (frames.get(k).sentence == s) {
                return frames.get(k);
            }
            if (frames.get(k).sentence < s) {
                break;
            }
        }
        return null;
    }

    private boolean srcPrecededByBreak(Frame f, int from) {
        int b = f.srcFrom - 1;
        return b >= from && (toks.get(b).word.equals(",") || isQuoteMark(toks.get(b)) || toks.get(b).word.equals("--")
                || toks.get(b).word.equals("\u2014"));
    }

    /** The end of the cue phrase: "pointed out", "called for", "voiced support for", "according to". */
    private int cueEnd(int i, int to) {
        Tok t = toks.get(i);
        if (t.lemma.equals("point") || t.lemma.equals("call") && i + 1 < to
                && Set.of("for", "on").contains(toks.get(i + 1).lower)) {
            return Math.min(i + 2, to);
        }
        if (SpeechLexicon.TOPIC_VERBS.contains(t.lemma) && i + 1 < to
                && SpeechLexicon.TOPIC_PREPOSITIONS.contains(toks.get(i + 1).lower)) {
            return i + 2; // "talked about", "warned against": the topic is the content
        }
        if (SpeechLexicon.PHRASE_VERBS.contains(t.lemma) && !SpeechLexicon.SPEECH_VERBS.contains(t.lemma)
                || (SpeechLexicon.PHRASE_VERBS.contains(t.lemma) && i + 1 < to
                        && !toks.get(i + 1).lower.equals("that"))) {
            int j = i + 1;
            while (j < to && !SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower) && j < i + 4) {
                j++;
            }
            if (j < to && SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower)) {
                j++;
                if (j < to && Set.of("for", "over", "about", "in", "with", "at", "to").contains(toks.get(j).lower)) {
                    j++;
                }
                return j;
            }
        }
        return i + 1;
    }

    /** Skips what stands between a cue and its content: the hearer, times, channels, "that", commas. */
    private int contentStartAfter(int k, int to, String lemma) {
        int guard = 0;
        while (k < to && guard++ < 40) {
            Tok t = toks.get(k);
            if (inTime(t)) {
                k++;
                continue;
            }
            if (k + 1 < to && inTime(toks.get(k + 1)) && (t.word.equals(",") || t.pos != null && t.pos.equals("IN")
                    && Set.of("on", "in", "at", "during", "early", "late").contains(t.lower))) {
                k++; // "said on Friday, June 21, that …": the time of the saying is not what was said
                continue;
            }
            if (t.word.equals(",") && k > 0 && inTime(toks.get(k - 1)) && k + 1 < to
                    && toks.get(k + 1).lower.equals("that")) {
                k++; // the comma closing that time
                continue;
            }
            if (SpeechLexicon.HEARER_VERBS.contains(lemma) && guard == 1 && (t.isNoun() || t.pos != null
                    && (t.pos.equals("DT") || t.pos.equals("PRP$") || t.pos.equals("JJ")))) {
                int e = k;
                while (e < to && nounish(toks.get(e)) && !toks.get(e).lower.equals("that")) {
                    e++;
                }
                boolean infinitive = e + 1 < to && toks.get(e).lower.equals("to") && "VB".equals(toks.get(e + 1).pos);
                if (e > k && !infinitive) {
                    k = e; // "told reporters that …"; but "urged lawmakers to approve …" keeps its hearer
                    continue;
                }
            }
            if (t.pos != null && t.pos.equals("IN") && CHANNEL_PREPOSITIONS.contains(t.lower)) {
                int e = channelEnd(k + 1, to);
                if (e > k + 1 && isChannelPhrase(k, e)) {
                    k = e;
                    continue;
                }
                if (e > k + 1 && t.lower.equals("to") && SpeechLexicon.SPEECH_VERBS.contains(lemma)) {
                    k = e; // "said to reporters"
                    continue;
                }
            }
            if (isAdverb(t) && !t.lower.equals("not") && !(k + 1 < to && nounish(toks.get(k + 1)))) {
                k++; // but "most voters", "nearly half"
                continue;
            }
            break;
        }
        if (k < to && toks.get(k).word.equals(",") && !(k + 1 < to && toks.get(k + 1).pos != null
                && toks.get(k + 1).pos.equals("VBG"))) {
            k++; // "said, “...": leave the comma out of the content
        }
        if (k < to && toks.get(k).word.equals(":")) {
            k++;
        }
        return k;
    }

    private int skipPunct(int k, int to) {
        while (k < to && (toks.get(k).word.equals(",") || toks.get(k).word.equals(":"))) {
            k++;
        }
        return k;
    }

    /** The end of a noun phrase starting at {@code k}, over "of/to/with NP" continuations; stops at times. */
    private int channelEnd(int k, int to) {
        int e = k;
        while (e < to) {
            Tok t = toks.get(e);
            if (inTime(t) || t.word.equals(",") || isSentenceEnd(t) || isQuoteMark(t)) {
                break;
            }
            if (nounish(t) && !t.lower.equals("that")) {
                e++;
                continue;
            }
            if (Set.of("of", "to", "with", "for", "in", "at").contains(t.lower) && e > k && e + 1 < to
                    && nounish(toks.get(e + 1)) && !inTime(toks.get(e + 1))) {
                e++;
                continue;
            }
            break;
        }
        return e;
    }

    private boolean isChannelPhrase(int prep, int end) {
        Tok p = toks.get(prep);
        int head = headOf(prep + 1, end);
        if (head < 0) {
            return false;
        }
        Tok h = toks.get(head);
        if (SpeechLexicon.OCCASION_NOUNS.contains(h.lower)) {
            return true;
        }
        boolean proper = false;
        for (int k = prep + 1; k < end; k++) {
            proper |= toks.get(k).isProper();
        }
        return proper && Set.of("on", "at", "during", "via", "to").contains(p.lower);
    }

    /** The head of a noun phrase: the last noun before the first preposition. */
    private int headOf(int from, int end) {
        int head = -1;
        for (int k = from; k < end; k++) {
            Tok t = toks.get(k);
            if (t.pos != null && t.pos.equals("IN") || t.word.equals(",")) {
                break;
            }
            if (t.isNoun()) {
                head = k;
            }
        }
        return head;
    }

    private boolean nounish(Tok t) {
        if (t.pos == null) {
            return Character.isUpperCase(t.word.codePointAt(0));
        }
        String p = t.pos;
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PDT") || p.equals("CD")
                || p.equals("POS") || p.equals("PRP$") || p.equals("HYPH") || t.word.equals("-");
    }

    /**
     * A noun phrase ending at {@code j}: determiners, adjectives and nouns, extended leftwards over "of/for/at NP"
     * and over a name in apposition ("Smith, a spokesman,"); a lone personal pronoun is a phrase too.
     */
    private int[] nounPhraseEndingAt(int j, int from) {
        Tok last = toks.get(j);
        if (last.pos == null) {
            return null;
        }
        if (last.pos.equals("PRP")) {
            return Set.of("he", "she", "they", "we", "i", "it", "you").contains(last.lower) ? new int[] {j} : null;
        }
        if (last.pos.equals("WP") && last.lower.equals("who") && j - 1 >= from) {
            return new int[] {j}; // "voters who say …": resolved through the noun before it
        }
        if (last.word.equals(",") && j - 1 >= from) {
            // relative clause: "Chris Cox, who runs the NRA’s lobbying arm, says"
            for (int k = j - 1; k >= from + 1 && k >= j - 20; k--) {
                Tok w = toks.get(k);
                if (w.word.equals(",") || isQuoteMark(w) || isSentenceEnd(w)) {
                    if (w.word.equals(",") && k + 1 < j && Set.of("who", "which").contains(toks.get(k + 1).lower)) {
                        int[] name = nounCore(k - 1, from);
                        if (name != null && toks.get(k - 1).isNoun()) {
                            return new int[] {name[0]};
                        }
                    }
                    break;
                }
            }
            // appositive: "Smith, a spokesman for X, said"
            int[] inner = nounPhraseEndingAt(j - 1, from);
            if (inner != null && inner[0] - 1 > from && toks.get(inner[0] - 1).word.equals(",")) {
                int[] name = nounCore(inner[0] - 2, from);
                if (name != null && (toks.get(inner[0] - 2).isProper() || toks.get(inner[0] - 2).pos.startsWith("NN")
                        && toks.get(j - 1).isProper() && inner[0] > j - 5)) {
                    return new int[] {name[0]};
                }
            }
            return null;
        }
        if (last.word.equals(")")) {
            // a parenthesis after the name: "Sen. Mitch McConnell (R-Ky.) said", "Kasich (who has 25 delegates) said"
            for (int k = j - 1; k > from && k >= j - 15; k--) {
                if (toks.get(k).word.equals("(")) {
                    return toks.get(k - 1).isNoun() && !toks.get(k - 1).pos.equals("PRP")
                            ? nounPhraseEndingAt(k - 1, from) : null;
                }
                if (toks.get(k).word.equals(")") || isSentenceEnd(toks.get(k))) {
                    return null;
                }
            }
            return null;
        }
        if (standaloneSubject(j, from)) {
            return new int[] {j};
        }
        if (!last.isNoun() || last.pos.equals("PRP")) {
            return null;
        }
        int[] core = nounCore(j, from);
        if (core == null) {
            return null;
        }
        int start = core[0];
        for (int guard = 0; guard < 3; guard++) {
            int p = start - 1;
            if (p - 1 >= from && toks.get(p).pos != null && toks.get(p).pos.equals("IN")
                    && Set.of("of", "for", "at", "from", "with", "in", "on").contains(toks.get(p).lower)
                    && toks.get(p - 1).isNoun()) {
                int[] more = nounCore(p - 1, from);
                if (more == null) {
                    break;
                }
                start = more[0];
            } else {
                break;
            }
        }
        return new int[] {start};
    }

    /**
     * A one-word subject the tagger did not call a noun: a quantifier standing for people ("Some said",
     * "Several said", "Many believe") or a capitalized name tagged as an adjective ("Devine said"). It opens the
     * sentence or follows a comma or conjunction.
     */
    private boolean standaloneSubject(int j, int from) {
        Tok t = toks.get(j);
        if (t.pos == null || !(t.pos.startsWith("JJ") || t.pos.equals("DT"))) {
            return false;
        }
        if (j > from && !(isBreak(toks.get(j - 1)) || "CC".equals(toks.get(j - 1).pos)
                || isQuoteMark(toks.get(j - 1)))) {
            return false;
        }
        return SpeechLexicon.QUANTIFIER_SUBJECTS.contains(t.lower)
                || t.pos.startsWith("JJ") && Character.isUpperCase(t.word.codePointAt(0)) && j + 1 < toks.size()
                && toks.get(j + 1).isVerb() && entityAtChar.containsKey(t.start());
    }

    private int[] nounCore(int j, int from) {
        if (j < from || !toks.get(j).isNoun()) {
            return null;
        }
        int k = j;
        while (k - 1 >= from) {
            Tok t = toks.get(k - 1);
            if (nounish(t) && !(t.pos != null && t.pos.equals("PRP")) && !inTime(t)) {
                k--;
            } else if (t.pos != null && t.pos.equals("CC") && k - 2 >= from && toks.get(k - 2).isProper()
                    && toks.get(k).isProper()) {
                k--;
            } else {
                break;
            }
        }
        return new int[] {k};
    }

    private static boolean isAdverb(Tok t) {
        return t.pos != null && t.pos.startsWith("RB") && !t.lower.equals("not") && !t.lower.equals("n't");
    }

    private static boolean isAuxiliary(Tok t) {
        return t.pos != null && (t.pos.equals("MD") || Set.of("has", "have", "had", "did", "does", "do", "would",
                "will", "was", "were", "is", "are", "'s", "'ve", "'d").contains(t.lower)) && t.pos.startsWith("V")
                || t.pos != null && t.pos.equals("MD");
    }

    static boolean isQuoteMark(Tok t) {
        return t.word.length() <= 2 && (QuotationMarks.isDoubleMark(t.word.charAt(0)) || t.word.equals("``")
                || t.word.equals("''"));
    }

    private static boolean isSentenceEnd(Tok t) {
        return t.word.equals(".") || t.word.equals("!") || t.word.equals("?") || t.word.equals(";");
    }

    private boolean inTime(Tok t) {
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
    private static int firstStartingAfter(int[] sorted, int c) {
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

    // ---------------------------------------------------------------------------------------------- content

    private Statement contentOf(Frame f) {
        int from = sentTok.get(f.sentence)[0];
        int to = sentTok.get(f.sentence)[1];
        Statement st = new Statement();
        st.frame = f;
        st.sentence = f.sentence;
        if (f.side == Side.RIGHT) {
            if (f.contentFrom >= to || isSentenceEnd(toks.get(f.contentFrom)) && f.contentFrom == to - 1) {
                // "He said:" with the quotation in the next sentence or paragraph
                TextSpan next = f.sentence + 1 < sentences.size() && endsWithIntroduction(f.sentence)
                        ? quoteStartingAt(sentences.get(f.sentence + 1).start()) : null;
                if (next == null) {
                    return null;
                }
                st.start = next.start();
                st.end = next.end();
                st.kind = Quote.DIRECT;
                return st;
            }
            if (demonstrativeOnly(f.contentFrom, to)) {
                return null; // "Ruto said this on Monday": the content came before
            }
            int cs = toks.get(f.contentFrom).start();
            TextSpan q = quoteStartingAt(cs);
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
            st.kind = containsQuote(cs, ce) ? Quote.MIXED : Quote.INDIRECT;
            return st;
        }
        // LEFT: the content ends where the speech clause begins
        int clause = f.clauseFrom;
        int ce = clause > from ? toks.get(clause - 1).end() : toks.get(clause).start();
        int k = clause - 1;
        while (k >= from && (toks.get(k).word.equals(",") || toks.get(k).word.equals("--")
                || toks.get(k).word.equals("\u2014") || isQuoteMark(toks.get(k)) && !insideQuote(toks.get(k).start())
                && quoteEndingAt(toks.get(k).end()))) {
            k--;
        }
        int contentEndChar = k >= from ? toks.get(k).end() : toks.get(from).start();
        // a quotation closing just before the clause
        for (TextSpan q : quoted) {
            if (q.end() <= toks.get(clause).start() && q.end() >= contentEndChar - 1 && onlyPunct(q.end(),
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
        st.kind = containsQuote(cs, ceChar) ? Quote.MIXED : Quote.INDIRECT;
        return st;
    }

    /** The first half of a split quotation: "“A,” she said, “B.”" gives "“A,”" to the same frame. */
    private Statement splitQuoteBefore(Frame f, Statement right) {
        if (f.side != Side.RIGHT || right == null || !Quote.DIRECT.equals(right.kind) || f.srcFrom < 0
                || f.sharesSourceWith != null) {
            return null;
        }
        int srcStart = toks.get(Math.min(f.srcFrom, f.cueFrom)).start();
        for (TextSpan q : quoted) {
            if (q.end() <= srcStart && q.end() > srcStart - 4 && onlyPunct(q.end(), srcStart)
                    && endsWithComma(q) && sentenceAt(q.end() - 1) == f.sentence) {
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

    /** Whether the sentence ends with a colon or comma that introduces what follows. */
    private boolean endsWithIntroduction(int s) {
        int e = sentences.get(s).end();
        while (e > sentences.get(s).start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == ',');
    }

    /** Whether a quotation ends on a comma or dash, inside or just outside its closing mark: "“A,” he said". */
    private boolean endsWithComma(TextSpan q) {
        int e = q.end() - 2;
        while (e > q.start() && Character.isWhitespace(text.charAt(e))) {
            e--;
        }
        char c = text.charAt(Math.max(q.start(), e));
        char after = q.end() < text.length() ? text.charAt(q.end()) : ' ';
        return c == ',' || c == '\u2014' || c == '-' || after == ',';
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

    /** Whether tokens {@code [from, to)} are only a demonstrative and adjuncts: "said this in Nairobi". */
    private boolean demonstrativeOnly(int from, int to) {
        if (from >= to || !Set.of("this", "that", "so", "it", "these", "those").contains(toks.get(from).lower)
                || toks.get(from).pos != null && toks.get(from).pos.equals("IN")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (toks.get(k).isVerb() || Set.of("'s", "\u2019s").contains(toks.get(k).lower)) {
                return false; // "said it’s one of his favorites"
            }
        }
        return true;
    }

    private boolean quoteEndingAt(int c) {
        int near = firstStartingAfter(quoteStarts, c);
        return near > 0 && quoted.get(near - 1).end() == c;
    }

    /** The second half of a split quotation after its cue: "“A,” said Smith, “B.”" */
    private Statement splitQuoteAfter(Frame f, Statement left) {
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

    private boolean onlyPunct(int a, int b) {
        for (int c = a; c < b; c++) {
            char ch = text.charAt(c);
            if (Character.isLetterOrDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    private TextSpan quoteStartingAt(int c) {
        int from = firstStartingAfter(quoteStarts, c - 1);
        for (TextSpan q : quoted.subList(from, Math.min(quoted.size(), from + 2))) {
            if (q.start() == c || (q.start() > c && q.start() - c < 3
                    && text.substring(c, q.start()).matches("[ ,:\u2014-]*"))) {
                return q;
            }
        }
        return null;
    }

    private boolean containsQuote(int a, int b) {
        for (TextSpan q : quoted) {
            if (q.start() >= a && q.end() <= b) {
                return true;
            }
        }
        return false;
    }

    private int trimEnd(int fromTok, int endTok) {
        int e = endTok - 1;
        while (e >= fromTok && (toks.get(e).isPunct() && !isQuoteMark(toks.get(e)) && !toks.get(e).word.equals(")")
                || toks.get(e).word.equals(","))) {
            e--;
        }
        return e >= fromTok ? toks.get(e).end() : toks.get(fromTok).start();
    }

    /** Two statements over the same characters: keep the direct one, else the one found first. */
    private void dropOverlapping() {
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

    /**
     * Quotations no frame claimed: a quotation that opens a sentence or paragraph after a speaker's statement
     * continues that statement (the last-named speaker); one whose cue opens the next sentence takes that cue;
     * short quotations inside a sentence (scare quotes, titles) are not statements.
     */
    private void attachUnclaimedQuotes() {
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
            int s = sentenceAt(firstLetterIn(q));
            if (s < 0) {
                continue;
            }
            // the opening mark may have been left at the end of the sentence before: "… said Smith. ''|B.''"
            boolean opensSentence = sentences.get(s).start() >= q.start()
                    || onlyPunct(sentences.get(s).start(), q.start());
            int words = wordCount(q);
            if (!opensSentence || words < 4) {
                continue; // scare quotes and titles
            }
            // cue in the next sentence: "“...” Ruto said this on Monday."
            int last = sentenceAt(q.end() - 1);
            Frame next = null;
            for (Frame f : frames) {
                if (f.sentence == last + 1 && last + 1 < sentTok.size() && f.srcFrom == sentTok.get(last + 1)[0]
                        && !f.weak
                        && sameParagraph(q.end(), toks.get(f.cueFrom).start())) {
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
            Frame intro = s > 0 && endsWithColon(s - 1) ? introductionFrame(s - 1) : null;
            if (intro != null) {
                st.frame = intro;
                statements.add(st);
                continue;
            }
            Statement prev = previousStatement(q.start());
            if (prev != null && paragraphsBetween(prev.end, q.start()) <= 1) {
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
        if (c >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(c)) < 0) {
            return null;
        }
        int dash = tokenAt(c);
        if (dash < 0) {
            return null;
        }
        int s = toks.get(dash).sentence;
        int to = sentTok.get(s)[1];
        int e = dash + 1;
        while (e < to && e <= dash + 4 && toks.get(e).isProper()) {
            e++;
        }
        if (e == dash + 1 || e < to && !isSentenceEnd(toks.get(e)) && !toks.get(e).word.equals(",")) {
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

    /** The first letter or digit inside a quotation (its start when it has none). */
    private int firstLetterIn(TextSpan q) {
        for (int c = q.start(); c < q.end(); c++) {
            if (Character.isLetterOrDigit(text.charAt(c))) {
                return c;
            }
        }
        return q.start();
    }

    private boolean endsWithColon(int s) {
        int e = sentences.get(s).end();
        while (e > sentences.get(s).start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > 0 && text.charAt(e - 1) == ':';
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
                int subjectEnd = sentenceSubjectEnd(range[0], v + 1);
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
                f.srcFrom = nounPhraseEndingAt(subjectEnd, range[0])[0];
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

    private int paragraphsBetween(int a, int b) {
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

    private boolean sameParagraph(int a, int b) {
        return paragraphsBetween(a, b) == 0;
    }

    private int wordCount(TextSpan q) {
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

    private int sentenceAt(int c) {
        int s = firstStartingAfter(sentenceStarts, c) - 1;
        return s >= 0 && c < sentences.get(s).end() ? s : -1;
    }

    // ---------------------------------------------------------------------------------------------- speakers

    private void resolve(Statement st) {
        if (st.continues != null) {
            Statement p = st.continues;
            st.speaker = p.speaker;
            st.speakerType = p.speakerType;
            st.source = p.source;
            st.channel = p.channel;
            st.date = p.date;
            return;
        }
        Frame f = st.frame;
        st.cue = new TextSpan(toks.get(f.cueFrom).start(), toks.get(f.cueTo - 1).end());
        if (f.srcFrom < 0) {
            return;
        }
        st.source = new TextSpan(toks.get(f.srcFrom).start(), toks.get(f.srcTo - 1).end());
        Statement antecedent = null;
        Tok first = toks.get(f.srcFrom);
        if (f.srcTo - f.srcFrom == 1 && first.lower.equals("who")) {
            int k = f.srcFrom - 1;
            int from = sentTok.get(f.sentence)[0];
            while (k >= from && toks.get(k).word.equals(",")) {
                k--;
            }
            Entity e = k >= from ? entityAtChar.get(toks.get(k).start()) : null;
            st.speaker = e != null ? new Quote.Speaker(e.name(), e.id())
                    : new Quote.Speaker(k >= from ? toks.get(k).word : first.word, null);
            st.speakerType = e != null ? e.type() : null;
            occasion(st, f, null);
            return;
        }
        if (f.srcTo - f.srcFrom == 1 && SpeechLexicon.PERSONAL_PRONOUNS.contains(first.lower)) {
            antecedent = resolvePronoun(st, first);
        } else {
            resolveNamed(st, f);
        }
        occasion(st, f, antecedent);
    }

    private Statement resolvePronoun(Statement st, Tok pronoun) {
        String gender = pronoun.lower.equals("he") ? "male" : "female";
        int s = pronoun.sentence;
        for (int back = s; back >= 0 && back >= s - 6; back--) {
            // statements whose speaker is a person, latest first
            Statement best = null;
            for (Statement o : statements) {
                if (o == st || o.speaker == null || o.frame == null && o.continues == null
                        || o.frame != null && o.frame.weak) {
                    continue;
                }
                int at = o.continues != null ? o.start : toks.get(o.frame.cueFrom).start();
                if (sentenceAt(at) == back && at < pronoun.start() && Mention.PERSON.equals(o.speakerType)
                        && compatible(o.speaker.entityId(), gender) && (best == null || at > anchor(best))) {
                    best = o;
                }
            }
            if (best != null) {
                st.speaker = best.speaker;
                st.speakerType = Mention.PERSON;
                return best;
            }
            // else the first person named in that sentence, outside quotations (the subject, most often)
            int[] range = sentTok.get(back);
            for (int k = range[0]; k < range[1]; k++) {
                Tok t = toks.get(k);
                if (t.start() >= pronoun.start()) {
                    break;
                }
                Entity e = entityAtChar.get(t.start());
                if (e != null && Mention.PERSON.equals(e.type()) && !insideQuote(t.start())
                        && compatible(e.id(), gender)) {
                    st.speaker = new Quote.Speaker(e.name(), e.id());
                    st.speakerType = Mention.PERSON;
                    return null;
                }
            }
        }
        st.speaker = new Quote.Speaker(pronoun.word, null);
        return null;
    }

    private boolean compatible(String entityId, String gender) {
        if (entityId == null) {
            return true;
        }
        for (Entity e : entities) {
            if (e.id().equals(entityId)) {
                String g = genderOf(e);
                return g == null || g.equals(gender);
            }
        }
        return true;
    }

    private String genderOf(Entity e) {
        for (TextSpan m : e.mentions()) {
            int k = tokenAt(m.start());
            if (k > 0) {
                String prev = toks.get(k - 1).lower.replace(".", "");
                if (Set.of("mr", "sir", "king", "prince", "lord").contains(prev)) {
                    return "male";
                }
                if (Set.of("mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame").contains(prev)) {
                    return "female";
                }
            }
        }
        String first = e.name().split("\\s+")[0];
        return Words.genderOfFirstName(first);
    }

    private int tokenAt(int c) {
        int k = firstStartingAfter(tokenStarts, c) - 1;
        return k >= 0 && toks.get(k).start() == c ? k : -1;
    }

    private boolean insideQuote(int c) {
        int k = firstStartingAfter(quoteStarts, c - 1) - 1;
        return k >= 0 && quoted.get(k).start() < c && c < quoted.get(k).end();
    }

    private void resolveNamed(Statement st, Frame f) {
        int end = f.srcTo;
        // the core: up to an appositive comma or a preposition
        for (int k = f.srcFrom; k < f.srcTo; k++) {
            Tok t = toks.get(k);
            if (t.word.equals(",") || t.word.equals("(") || (t.pos != null && t.pos.equals("IN"))) {
                end = k;
                break;
            }
        }
        int head = -1;
        for (int k = f.srcFrom; k < end; k++) {
            if (toks.get(k).isNoun()) {
                head = k;
            }
        }
        String written = text.substring(st.source.start(), st.source.end());
        if (head >= 0) {
            Tok h = toks.get(head);
            Entity e = entityAtChar.get(h.start());
            boolean possessed = head + 2 < f.srcTo && toks.get(head + 1).pos != null
                    && toks.get(head + 1).pos.equals("POS"); // "Ruto’s aide said", not "Ruto’s claim"
            if (e != null && !possessed) {
                st.speaker = new Quote.Speaker(e.name(), e.id());
                st.speakerType = e.type();
                return;
            }
            boolean definite = toks.get(f.srcFrom).lower.equals("the");
            if (definite && SpeechLexicon.TITLE_NOUNS.contains(h.lower)
                    && !SpeechLexicon.GROUP_HEADS.contains(h.lower) && h.pos.equals("NN")) {
                Entity titled = personWithTitle(h.lower, st.source.start());
                if (titled != null) {
                    st.speaker = new Quote.Speaker(titled.name(), titled.id());
                    st.speakerType = Mention.PERSON;
                    return;
                }
            }
        }
        st.speaker = new Quote.Speaker(written, null);
        st.speakerType = null;
    }

    /** The person most recently named with {@code title} before {@code before} ("President William Ruto"). */
    private Entity personWithTitle(String title, int before) {
        Entity best = null;
        int bestAt = -1;
        for (Entity e : entities) {
            if (!Mention.PERSON.equals(e.type())) {
                continue;
            }
            boolean aliasHasTitle = false;
            for (String a : e.aliases()) {
                for (String w : a.split("[\\s.]+")) {
                    aliasHasTitle |= SpeechLexicon.titleNoun(w).equals(title);
                }
            }
            for (TextSpan m : e.mentions()) {
                if (m.start() >= before) {
                    continue;
                }
                if (aliasHasTitle || titledMention(m, title)) {
                    if (m.start() > bestAt) {
                        bestAt = m.start();
                        best = e;
                    }
                }
            }
        }
        return best;
    }

    private boolean titledMention(TextSpan m, String title) {
        int k = tokenAt(m.start());
        if (k < 0) {
            return false;
        }
        int s = toks.get(k).sentence;
        int from = sentTok.get(s)[0];
        for (int j = k - 1; j >= from && j >= k - 5; j--) {
            Tok t = toks.get(j);
            if (!Character.isUpperCase(t.word.codePointAt(0)) && !t.lower.equals("of")) {
                break;
            }
            if (SpeechLexicon.titleNoun(t.word).equals(title)) {
                return true;
            }
        }
        // appositive after the name: "Ruto, the Kenyan president,"
        int e = k;
        while (e < toks.size() && toks.get(e).end() <= m.end()) {
            e++;
        }
        if (e < toks.size() && toks.get(e).word.equals(",")) {
            for (int j = e + 1; j < toks.size() && j < e + 6; j++) {
                Tok t = toks.get(j);
                if (t.word.equals(",") || isSentenceEnd(t)) {
                    break;
                }
                if (t.lower.equals(title)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- channel, date

    private void occasion(Statement st, Frame f, Statement antecedent) {
        int[] range = sentTok.get(f.sentence);
        String channel = null;
        Timex when = null;
        int cueAt = toks.get(f.cueFrom).start();
        int bestDistance = Integer.MAX_VALUE;
        for (int k = range[0]; k < range[1]; k++) {
            Tok t = toks.get(k);
            if (t.start() >= st.start && t.end() <= st.end) {
                continue; // inside the content
            }
            if (f.srcFrom >= 0 && k >= f.srcFrom && k < f.srcTo) {
                continue;
            }
            if (channel == null && t.pos != null && t.pos.equals("IN")
                    && Set.of("on", "in", "at", "during", "via").contains(t.lower)) {
                int e = channelEnd(k + 1, range[1]);
                if (e > k + 1 && isChannelPhrase(k, e) && !(st.start <= toks.get(e - 1).start() && e - 1 >= 0
                        && toks.get(e - 1).end() <= st.end)) {
                    channel = text.substring(toks.get(k + 1).start(), toks.get(e - 1).end());
                    if (channel.endsWith(".") && channel.indexOf('.') == channel.length() - 1) {
                        channel = channel.substring(0, channel.length() - 1); // "on X." at the end
                    }
                }
            }
        }
        for (Timex x : times) {
            if (x.value() == null || x.end() <= sentences.get(f.sentence).start()
                    || x.start() >= sentences.get(f.sentence).end()) {
                continue;
            }
            if (x.start() < st.end && st.start < x.end()) {
                continue;
            }
            if (!(Timex.DATE.equals(x.type()) || Timex.TIME.equals(x.type())) || !Character.isDigit(
                    x.value().charAt(0))) {
                continue;
            }
            int d = Math.abs(x.start() - cueAt);
            if (d < bestDistance) {
                bestDistance = d;
                when = x;
            }
        }
        st.channel = channel;
        st.date = when != null ? when.value() : null;
        boolean adjacent = antecedent != null && antecedent.frame != null
                && f.sentence - sentenceOfAnchor(antecedent) <= 1;
        if (adjacent && st.channel == null) {
            // the same speech event, told on: "..., Ruto said on X. He further stated, ..."
            st.channel = antecedent.channel;
            if (st.date == null) {
                st.date = antecedent.date;
            }
        }
        if (st.date == null && doc.published().isKnown()) {
            st.date = doc.published().value();
        }
    }

    private int sentenceOfAnchor(Statement st) {
        return st.frame != null ? st.frame.sentence : st.sentence;
    }
}
