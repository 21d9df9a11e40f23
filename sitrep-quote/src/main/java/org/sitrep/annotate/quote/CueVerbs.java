package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.isAdverb;
import static org.sitrep.annotate.quote.SpeechText.isAuxiliary;
import static org.sitrep.annotate.quote.SpeechText.isQuoteMark;
import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.List;
import java.util.Set;

/**
 * Whether a verb is a cue of speech: a verb of saying, a verb of topic with its preposition ("talked about"), a
 * verb with a "that" clause, an infinitive or a phrase noun, a verb of belief, control or attitude with a speaker
 * as subject, or any finite verb next to a quotation. Cues of belief and attitude are weak: they claim no quotation
 * that follows a sentence.
 *
 * <p>Thread safety: not thread-safe; {@link #isCueVerb} records whether the cue it read was weak, for
 * {@link #weakCue()}. Failure: never throws.
 */
final class CueVerbs {
    private final SpeechText body;
    private final Phrases phrases;
    private final List<Tok> toks;

    CueVerbs(SpeechText body, Phrases phrases) {
        this.body = body;
        this.phrases = phrases;
        this.toks = body.toks;
    }

    /** Set by {@link #isCueVerb}: whether the cue it accepted is one of attitude or belief. */
    private boolean weakCue;

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being",
            "'s", "get", "got");

    boolean isCueVerb(int i, int from, int to) {
        weakCue = false;
        Tok t = toks.get(i);
        if (!t.isVerb() || t.pos().equals("MD")) {
            return false;
        }
        if (i > from && toks.get(i - 1).lower().equals("to")) {
            return false;
        }
        if (i > from && (toks.get(i - 1).lower().equals("so") || toks.get(i - 1).lower().equals("-"))) {
            return false; // so-called
        }
        if (t.pos().equals("VBN") && passiveBefore(i, from)) {
            return false;
        }
        String l = t.lemma();
        if (SpeechLexicon.SPEECH_VERBS.contains(l)) {
            if (l.equals("point")) {
                return i + 1 < to && toks.get(i + 1).lower().equals("out");
            }
            if (l.equals("call") || l.equals("describe")) {
                return i + 1 < to && Set.of("for", "on").contains(toks.get(i + 1).lower()) && l.equals("call")
                        || quotationWithin(i + 1, to, 10);
            }
            if (l.equals("continue") || l.equals("agree")) {
                return i + 1 < to && toks.get(i + 1).lower().equals("that");
            }
            if (l.equals("plead") && i + 1 < to
                    && Set.of("guilty", "not", "innocent", "no").contains(toks.get(i + 1).lower())) {
                return false; // "pleaded guilty to fraud": a plea in court, not words reported
            }
            if ((l.equals("add") || l.equals("post")) && amountWithoutClauseAt(i + 1, to)) {
                return false; // "he added 1.28p per litre", "posted £2bn": an amount added, not words
            }
            return true;
        }
        if (SpeechLexicon.TOPIC_VERBS.contains(l) && i + 1 < to
                && SpeechLexicon.TOPIC_PREPOSITIONS.contains(toks.get(i + 1).lower())) {
            return subjectIsSpeakerLike(i, from);
        }
        if (i + 1 < to && toks.get(i + 1).lower().equals("that") && "IN".equals(toks.get(i + 1).pos())
                && !determinerThatAt(i + 1, to)) {
            return SpeechLexicon.THAT_VERBS.contains(l) || subjectIsSpeakerLike(i, from);
        }
        if (SpeechLexicon.INFINITIVE_VERBS.contains(l) && i + 1 < to && toks.get(i + 1).lower().equals("to")
                && i + 2 < to && "VB".equals(toks.get(i + 2).pos())) {
            return subjectIsSpeakerLike(i, from);
        }
        if (SpeechLexicon.PHRASE_VERBS.contains(l)) {
            int j = i + 1;
            while (j < to && (toks.get(j).pos() != null && (toks.get(j).pos().startsWith("JJ")
                    || toks.get(j).pos().equals("PRP$") || toks.get(j).pos().equals("DT")))) {
                j++;
            }
            if (j < to && SpeechLexicon.PHRASE_NOUNS.contains(toks.get(j).lower())) {
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

    /**
     * Whether {@code that} at {@code k} is the determiner of a noun ("reached that milestone last June") rather than
     * a clause's complementizer ("found that prices in China rose"): a common noun follows it, and no finite verb
     * before the next comma or the end of the sentence.
     */
    private boolean determinerThatAt(int k, int to) {
        if (k + 1 >= to || toks.get(k + 1).pos() == null || !toks.get(k + 1).pos().startsWith("NN")
                || toks.get(k + 1).pos().startsWith("NNP")) {
            return false;
        }
        return !finiteVerbInClause(k + 2, to);
    }

    /** Whether a finite verb or a modal stands between {@code k} and the next comma, semicolon or colon. */
    private boolean finiteVerbInClause(int k, int to) {
        for (int j = k; j < to; j++) {
            Tok t = toks.get(j);
            if (Set.of(",", ";", ":").contains(t.word())) {
                return false;
            }
            if (t.isFinite()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an amount ("1.28p", "$5bn", "200") opens the verb's complement and no finite verb follows it in the
     * clause: an object, not reported words ("added 1.28p per litre", but "added 200 people had died").
     */
    private boolean amountWithoutClauseAt(int k, int to) {
        if (k >= to) {
            return false;
        }
        Tok first = toks.get(k);
        if (!"CD".equals(first.pos()) && !"$".equals(first.pos()) && !Set.of("£", "€", "$").contains(first.word())) {
            return false;
        }
        return !finiteVerbInClause(k + 1, to);
    }

    /**
     * A finite verb right next to a quotation is its cue whatever the verb ("“…,” Viguerie concludes",
     * "“…,” I confessed", "Cruz continued: “…”").
     */
    boolean nextToQuotation(int i, int from, int to) {
        Tok t = toks.get(i);
        if (t.pos() == null || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))
                || isAuxiliary(t) && i + 1 < to && toks.get(i + 1).isVerb()) {
            return false;
        }
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        if (Set.of("be", "have", "do", "get").contains(t.lemma())) {
            return false;
        }
        if (j >= from) {
            int[] np = phrases.nounPhraseEndingAt(j, from);
            if (np != null && body.closesAttributedQuotationBefore(toks.get(np[0]).start()) && phrases.speakerLike(np[0], j)) {
                return true;
            }
        }
        if (i - 1 >= from && body.closesAttributedQuotationBefore(t.start()) && i + 1 < to && toks.get(i + 1).isNoun()) {
            return true; // ",” said Smith" with any verb
        }
        // "Cruz continued: “…”", "Cruz called them on it: “…”", "a man yelled, “Stay there!”"
        if (j < from || phrases.nounPhraseEndingAt(j, from) == null || !phrases.speakerLike(phrases.nounPhraseEndingAt(j, from)[0], j)) {
            return false;
        }
        for (int k = i + 1; k < to && k <= i + 5; k++) {
            Tok w = toks.get(k);
            if ((w.word().equals(":") || w.word().equals(",")) && k + 1 < to
                    && body.quoteStartingAt(toks.get(k + 1).start()) != null) {
                return true;
            }
            if (k == i + 1 && isQuoteMark(w) && k + 1 < to
                    && Character.isUpperCase(toks.get(k + 1).word().codePointAt(0))
                    && body.quoteStartingAt(w.start()) != null) {
                return true; // "he yelled “You lie!”"
            }
            if (w.isVerb() || isSentenceEnd(w) || w.word().equals(",")) {
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
        int[] np = phrases.nounPhraseEndingAt(j, from);
        return np != null && phrases.speakerLike(np[0], j);
    }

    private boolean subjectIsSourceNoun(int i, int from) {
        int j = i - 1;
        while (j >= from && (isAdverb(toks.get(j)) || isAuxiliary(toks.get(j)))) {
            j--;
        }
        return j >= from && SpeechLexicon.SOURCE_NOUNS.contains(toks.get(j).lower());
    }

    /** Whether a clause with its own subject and finite verb opens at {@code k}: "(thinks) Cruz is wrong". */
    private boolean bareClauseAt(int k, int to) {
        while (k < to && isAdverb(toks.get(k))) {
            k++;
        }
        int e = k;
        while (e < to && e < k + 8 && (body.nounish(toks.get(e)) || toks.get(e).pos() != null
                && (toks.get(e).pos().equals("PRP") || toks.get(e).pos().equals("EX")))
                && !toks.get(e).lower().equals("that")) {
            e++;
        }
        if (e == k || e >= to) {
            return false;
        }
        while (e < to && isAdverb(toks.get(e))) {
            e++;
        }
        Tok v = toks.get(e);
        if (v.pos() == null) {
            return false;
        }
        if (v.isFinite()) {
            return true;
        }
        return v.pos().equals("VBG") && !toks.get(k).pos().equals("PRP"); // "showed Clinton leading"
    }

    /** Whether a hearer and a "to" infinitive follow: "(urged) Democrats to vote". */
    private boolean hearerThenInfinitive(int k, int to) {
        int e = k;
        while (e < to && e < k + 6 && (body.nounish(toks.get(e)) || "PRP".equals(toks.get(e).pos()))) {
            e++;
        }
        return e > k && e + 1 < to && toks.get(e).lower().equals("to") && "VB".equals(toks.get(e + 1).pos());
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
        if (t.pos() == null || isQuoteMark(t) && body.quoteStartingAt(t.start()) != null) {
            return t.pos() != null;
        }
        if (t.pos().equals("VBG")) {
            return true;
        }
        if (t.pos().equals("PRP")) {
            return false; // "supported him": the object alone says little
        }
        int e = k;
        while (e < to && body.nounish(toks.get(e))) {
            e++;
        }
        return e > k && toks.get(e - 1).isNoun() && body.wordsBetween(k, e) >= 1
                && !(e - k == 1 && toks.get(k).pos().equals("DT"));
    }

    /** Whether a quotation opens within {@code n} tokens from {@code k}, before any other verb. */
    private boolean quotationWithin(int k, int to, int n) {
        for (int e = k; e < to && e < k + n; e++) {
            Tok t = toks.get(e);
            if (isQuoteMark(t) && body.quoteStartingAt(t.start()) != null) {
                return true;
            }
            if (t.isVerb() || isSentenceEnd(t)) {
                return false;
            }
        }
        return false;
    }

    private boolean passiveBefore(int i, int from) {
        for (int j = i - 1; j >= from && j >= i - 3; j--) {
            Tok b = toks.get(j);
            if (PASSIVE_AUXILIARIES.contains(b.lower())) {
                return true;
            }
            if (!(b.pos() != null && b.pos().startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the cue {@link #isCueVerb} last read (or failed to read) is one of attitude or belief. */
    boolean weakCue() {
        return weakCue;
    }
}
