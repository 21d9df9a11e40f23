package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.isAdverb;
import static org.sitrep.annotate.quote.SpeechText.isBreak;
import static org.sitrep.annotate.quote.SpeechText.isQuoteMark;
import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.doc.Entity;

/**
 * The phrases a speech clause is made of: the noun phrase that names a speaker (with appositives, relative clauses
 * and parentheses), whether it can name a speaker at all, the subject that opens a sentence, and the phrase of a
 * channel or occasion ("on X", "at the United Nations").
 *
 * <p>Thread safety: stateless over one {@link SpeechText}. Failure: never throws; a phrase it cannot read is
 * null or -1.
 */
final class Phrases {
    private final SpeechText body;
    private final List<Tok> toks;
    private final Map<Integer, Entity> entityAtChar;

    Phrases(SpeechText body) {
        this.body = body;
        this.toks = body.toks;
        this.entityAtChar = body.entityAtChar;
    }

    /**
     * The "(" that opens the parenthesis closing at {@code close}, within 15 tokens and the sentence, or -1 (another
     * ")" or a sentence end comes first).
     */
    private int openingBracket(int close, int from) {
        for (int k = close - 1; k > from && k >= close - 15; k--) {
            if (toks.get(k).word().equals("(")) {
                return k;
            }
            if (toks.get(k).word().equals(")") || isSentenceEnd(toks.get(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A noun phrase ending at {@code j}: determiners, adjectives and nouns, extended leftwards over "of/for/at NP"
     * and over a name in apposition ("Smith, a spokesman,"); a lone personal pronoun is a phrase too.
     */
    int[] nounPhraseEndingAt(int j, int from) {
        Tok last = toks.get(j);
        if (last.pos() == null) {
            return null;
        }
        if (last.pos().equals("PRP")) {
            if (Set.of("he", "she", "they", "we", "i", "it", "you").contains(last.lower())) {
                return new int[] {j};
            }
            int head = headBeforeAdjectivePhrase(j, from); // "Those close to him say"
            return head >= 0 ? new int[] {head} : null;
        }
        if (last.pos().equals("WP") && last.lower().equals("who") && j - 1 >= from) {
            return new int[] {j}; // "voters who say …": resolved through the noun before it
        }
        if (last.word().equals(",") && j - 1 >= from) {
            // relative clause: "Chris Cox, who runs the NRA’s lobbying arm, says"
            for (int k = j - 1; k >= from + 1 && k >= j - 20; k--) {
                Tok w = toks.get(k);
                if (w.word().equals(",") || isQuoteMark(w) || isSentenceEnd(w)) {
                    if (w.word().equals(",") && k + 1 < j && Set.of("who", "which").contains(toks.get(k + 1).lower())) {
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
            if (inner != null && inner[0] - 1 > from && toks.get(inner[0] - 1).word().equals(",")) {
                int nameEnd = inner[0] - 2;
                if (toks.get(nameEnd).word().equals(")")) {
                    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name before its parenthesis
                    int open = openingBracket(nameEnd, from);
                    return open > from && toks.get(open - 1).isProper() ? nounPhraseEndingAt(nameEnd, from) : null;
                }
                int[] name = nounCore(nameEnd, from);
                if (name != null && (toks.get(nameEnd).isProper() || toks.get(nameEnd).pos().startsWith("NN")
                        && toks.get(j - 1).isProper() && inner[0] > j - 5)) {
                    return new int[] {name[0]};
                }
            }
            return null;
        }
        if (last.word().equals(")")) {
            // a parenthesis after the name: "Sen. Mitch McConnell (R-Ky.) said", "Kasich (who has 25 delegates) said"
            int k = openingBracket(j, from);
            return k > from && toks.get(k - 1).isNoun() && !toks.get(k - 1).pos().equals("PRP")
                    ? nounPhraseEndingAt(k - 1, from) : null;
        }
        if (standaloneSubject(j, from)) {
            return new int[] {j};
        }
        if (!last.isNoun() || last.pos().equals("PRP")) {
            return null;
        }
        int[] core = nounCore(j, from);
        if (core == null) {
            return null;
        }
        int start = core[0];
        for (int guard = 0; guard < 3; guard++) {
            int p = start - 1;
            if (p - 1 >= from && toks.get(p).pos() != null && toks.get(p).pos().equals("IN")
                    && Set.of("of", "for", "at", "from", "with", "in", "on").contains(toks.get(p).lower())
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
        int head = headBeforeAdjectivePhrase(start, from);
        return new int[] {head >= 0 ? head : start};
    }

    /** Adjectives that describe a source by its tie to someone: "people familiar with the matter". */
    private static final Set<String> TIE_ADJECTIVES = Set.of("close", "closest", "familiar", "near", "knowledgeable",
            "loyal", "allied", "briefed");

    /**
     * Where the head of a source described by its tie starts, when the words that end at {@code start} are the
     * object of that tie: "people familiar with | the matter", "sources close to | the president", "those close to |
     * him". The speaker is the people, never the matter or the president. -1 when there is no such head.
     */
    private int headBeforeAdjectivePhrase(int start, int from) {
        int prep = start - 1;
        int adj = start - 2;
        int head = start - 3;
        if (head < from || !Set.of("to", "with", "on", "of").contains(toks.get(prep).lower())
                || !TIE_ADJECTIVES.contains(toks.get(adj).lower())) {
            return -1;
        }
        Tok h = toks.get(head);
        if (Set.of("those", "some", "many", "several", "others", "one", "two", "three", "few").contains(h.lower())) {
            return head;
        }
        if (!h.isNoun() || h.pos().equals("PRP")) {
            return -1;
        }
        int[] core = nounCore(head, from);
        return core == null ? head : core[0];
    }

    /**
     * A one-word subject the tagger did not call a noun: a quantifier standing for people ("Some said",
     * "Several said", "Many believe") or a capitalized name tagged as an adjective ("Devine said"). It opens the
     * sentence or follows a comma or conjunction.
     */
    private boolean standaloneSubject(int j, int from) {
        Tok t = toks.get(j);
        if (t.pos() == null || !(t.pos().startsWith("JJ") || t.pos().equals("DT"))) {
            return false;
        }
        if (j > from && !(isBreak(toks.get(j - 1)) || "CC".equals(toks.get(j - 1).pos())
                || isQuoteMark(toks.get(j - 1)))) {
            return false;
        }
        return SpeechLexicon.QUANTIFIER_SUBJECTS.contains(t.lower())
                || t.pos().startsWith("JJ") && Character.isUpperCase(t.word().codePointAt(0)) && j + 1 < toks.size()
                && toks.get(j + 1).isVerb() && entityAtChar.containsKey(t.start());
    }

    int[] nounCore(int j, int from) {
        if (j < from || !toks.get(j).isNoun()) {
            return null;
        }
        int k = j;
        while (k - 1 >= from) {
            Tok t = toks.get(k - 1);
            if (body.nounish(t) && !(t.pos() != null && t.pos().equals("PRP")) && !body.inTime(t)) {
                k--;
            } else if (t.pos() != null && t.pos().equals("CC") && k - 2 >= from && toks.get(k - 2).isProper()
                    && toks.get(k).isProper()) {
                k--;
            } else {
                break;
            }
        }
        return new int[] {k};
    }

    /** Whether a noun phrase can name a speaker: a personal pronoun, a name, or a person's title or role. */
    boolean speakerLike(int from, int last) {
        Tok h = toks.get(last);
        if (h.pos() != null && h.pos().equals("PRP")) {
            return Set.of("he", "she", "i", "we", "they").contains(h.lower());
        }
        if (h.lower().equals("who") || from == last && SpeechLexicon.QUANTIFIER_SUBJECTS.contains(h.lower())) {
            return true;
        }
        if (h.isProper() || entityAtChar.containsKey(h.start())) {
            return true;
        }
        return SpeechLexicon.TITLE_NOUNS.contains(h.lower()) || SpeechLexicon.GROUP_HEADS.contains(h.lower());
    }

    /** The last token of a speaker-like noun phrase that opens the sentence and is followed by a verb. */
    int sentenceSubjectEnd(int from, int before) {
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

    /** The end of a noun phrase starting at {@code k}, over "of/to/with NP" continuations; stops at times. */
    int channelEnd(int k, int to) {
        int e = k;
        while (e < to) {
            Tok t = toks.get(e);
            if (body.inTime(t) || t.word().equals(",") || isSentenceEnd(t) || isQuoteMark(t)) {
                break;
            }
            if (body.nounish(t) && !t.lower().equals("that")) {
                e++;
                continue;
            }
            if (Set.of("of", "to", "with", "for", "in", "at").contains(t.lower()) && e > k && e + 1 < to
                    && body.nounish(toks.get(e + 1)) && !body.inTime(toks.get(e + 1))) {
                e++;
                continue;
            }
            break;
        }
        return e;
    }

    boolean isChannelPhrase(int prep, int end) {
        Tok p = toks.get(prep);
        int head = headOf(prep + 1, end);
        if (head < 0) {
            return false;
        }
        Tok h = toks.get(head);
        if (SpeechLexicon.OCCASION_NOUNS.contains(h.lower())) {
            return true;
        }
        boolean proper = false;
        for (int k = prep + 1; k < end; k++) {
            proper |= toks.get(k).isProper();
        }
        return proper && Set.of("on", "at", "during", "via", "to").contains(p.lower());
    }

    /** The head of a noun phrase: the last noun before the first preposition. */
    int headOf(int from, int end) {
        int head = -1;
        for (int k = from; k < end; k++) {
            Tok t = toks.get(k);
            if (t.pos() != null && t.pos().equals("IN") || t.word().equals(",")) {
                break;
            }
            if (t.isNoun()) {
                head = k;
            }
        }
        return head;
    }
}
