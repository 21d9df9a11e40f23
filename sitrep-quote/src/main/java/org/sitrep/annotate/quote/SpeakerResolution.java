package org.sitrep.annotate.quote;

import static org.sitrep.annotate.quote.SpeechText.isSentenceEnd;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.entity.PersonGender;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;

/**
 * Resolves the source of each statement to a speaker: the entity named at the head of the source, "he"/"she" to
 * the person who spoke or was named last (of a compatible gender), "the president" to the person last named with
 * that title, and anonymous or group sources as written ("officials", "the committee"); then the channel or occasion
 * and the date of the saying. A source that names no one (a pronoun left unresolved, a date, a number, another
 * common noun) leaves the speaker null: the statement keeps its source as written and no speaker.
 *
 * <p>Thread safety: not thread-safe; it sets the speakers of one reading's statements, in the order of their cues.
 * Failure: never throws; a statement whose frame has no source keeps no speaker.
 */
final class SpeakerResolution {
    private final SpeechText body;
    private final Phrases phrases;
    private final List<Statement> statements;
    private final Document doc;
    private final String text;
    private final List<Tok> toks;
    private final List<int[]> sentTok;
    private final List<Sentence> sentences;
    private final List<Entity> entities;
    private final Map<Integer, Entity> entityAtChar;
    private final List<Timex> times;

    SpeakerResolution(SpeechText body, Phrases phrases, List<Statement> statements) {
        this.body = body;
        this.phrases = phrases;
        this.statements = statements;
        this.doc = body.doc;
        this.text = body.text;
        this.toks = body.toks;
        this.sentTok = body.sentTok;
        this.sentences = body.sentences;
        this.entities = body.entities;
        this.entityAtChar = body.entityAtChar;
        this.times = body.times;
    }

    int anchor(Statement st) {
        if (st.continues != null || st.frame == null) {
            return st.start;
        }
        return toks.get(st.frame.cueFrom).start();
    }

    void resolve(Statement st) {
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
        if (f.srcTo - f.srcFrom == 1 && first.lower().equals("who")) {
            int k = f.srcFrom - 1;
            int from = sentTok.get(f.sentence)[0];
            while (k >= from && toks.get(k).word().equals(",")) {
                k--;
            }
            Entity e = k >= from ? entityAtChar.get(toks.get(k).start()) : null;
            st.speaker = e != null ? new Quote.Speaker(e.name(), e.id())
                    : k >= from && namesSpeaker(k, k + 1, k) ? new Quote.Speaker(toks.get(k).word(), null) : null;
            st.speakerType = e != null ? e.type() : null;
            occasion(st, f, null);
            return;
        }
        if (f.srcTo - f.srcFrom == 1 && SpeechLexicon.PERSONAL_PRONOUNS.contains(first.lower())) {
            antecedent = resolvePronoun(st, first);
        } else {
            resolveNamed(st, f);
        }
        occasion(st, f, antecedent);
    }

    private Statement resolvePronoun(Statement st, Tok pronoun) {
        String gender = pronoun.lower().equals("he") ? "male" : "female";
        int s = pronoun.sentence();
        for (int back = s; back >= 0 && back >= s - 6; back--) {
            // statements whose speaker is a person, latest first
            Statement best = null;
            for (Statement o : statements) {
                if (o == st || o.speaker == null || o.frame == null && o.continues == null
                        || o.frame != null && o.frame.weak) {
                    continue;
                }
                int at = o.continues != null ? o.start : toks.get(o.frame.cueFrom).start();
                if (body.sentenceAt(at) == back && at < pronoun.start()
                        && isPerson(o.speakerType, o.speaker.name(), gender)
                        && compatible(o.speaker.entityId(), gender) && (best == null || at > anchor(best))) {
                    best = o;
                }
            }
            if (best != null) {
                st.speaker = best.speaker;
                st.speakerType = Mention.PERSON;
                return best;
            }
            // else the first person named in that sentence, outside quotations (the subject, most often); but in
            // "Mr Blair has failed, he claimed" the words before the comma are what "he" said, about someone else
            if (back == s && afterParentheticalComma(pronoun)) {
                continue;
            }
            int[] range = sentTok.get(back);
            for (int k = range[0]; k < range[1]; k++) {
                Tok t = toks.get(k);
                if (t.start() >= pronoun.start()) {
                    break;
                }
                if (insideSomeContent(t.start())) {
                    continue; // what is reported names whom it is about, not who spoke ("… whom he says feel let
                              // down by Tony Blair")
                }
                Entity e = entityAtChar.get(t.start());
                if (e != null && isPerson(e.type(), e.name(), gender) && !body.insideQuote(t.start())
                        && compatible(e.id(), gender)) {
                    st.speaker = new Quote.Speaker(e.name(), e.id());
                    st.speakerType = Mention.PERSON;
                    return null;
                }
            }
        }
        st.speaker = null; // a pronoun left unresolved names no one
        return null;
    }

    private boolean insideSomeContent(int at) {
        for (Statement o : statements) {
            if (o.start <= at && at < o.end || o.leadStart <= at && at < o.leadEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma, or a quotation's closing mark, stands right before the pronoun inside its sentence:
     * "…, he claimed", "…,” he added".
     */
    private boolean afterParentheticalComma(Tok pronoun) {
        int k = body.tokenAt(pronoun.start());
        if (k <= 0 || toks.get(k - 1).sentence() != pronoun.sentence()
                || !Character.isLowerCase(pronoun.word().charAt(0))) {
            return false; // ", He has pleaded guilty" opens a sentence the splitter missed
        }
        Tok before = toks.get(k - 1);
        return before.word().equals(",") || body.quoteEndingAt(before.end());
    }

    /**
     * Whether a speaker "he" or "she" may stand for: a person, or a name the recognizer typed otherwise whose first
     * word is a first name of that gender ("Vincent Cable", typed an organization, for "he").
     */
    private static boolean isPerson(String type, String name, String gender) {
        if (Mention.PERSON.equals(type)) {
            return true;
        }
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        return words.length >= 2 && words.length <= 3 && gender.equals(PersonGender.ofFirstName(words[0]));
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
            int k = body.tokenAt(m.start());
            if (k > 0) {
                String g = PersonGender.ofCourtesyTitle(toks.get(k - 1).lower());
                if (g != null) {
                    return g;
                }
            }
        }
        return PersonGender.ofFirstName(e.name().split("\\s+")[0]);
    }

    private void resolveNamed(Statement st, Frame f) {
        int end = f.srcTo;
        // the core: up to an appositive comma or a preposition
        for (int k = f.srcFrom; k < f.srcTo; k++) {
            Tok t = toks.get(k);
            if (t.word().equals(",") || t.word().equals("(") || (t.pos() != null && t.pos().equals("IN"))) {
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
            boolean possessed = head + 2 < f.srcTo && toks.get(head + 1).pos() != null
                    && toks.get(head + 1).pos().equals("POS"); // "Ruto’s aide said", not "Ruto’s claim"
            if (e != null && !possessed) {
                st.speaker = new Quote.Speaker(e.name(), e.id());
                st.speakerType = e.type();
                return;
            }
            boolean definite = toks.get(f.srcFrom).lower().equals("the");
            if (definite && SpeechLexicon.TITLE_NOUNS.contains(h.lower())
                    && !SpeechLexicon.GROUP_HEADS.contains(h.lower()) && h.pos().equals("NN")) {
                Entity titled = personWithTitle(h.lower(), st.source.start());
                if (titled != null) {
                    st.speaker = new Quote.Speaker(titled.name(), titled.id());
                    st.speakerType = Mention.PERSON;
                    return;
                }
            }
        }
        st.speaker = namesSpeaker(f.srcFrom, end, head) ? new Quote.Speaker(written, null) : null;
        st.speakerType = null;
    }

    private int firstOfSentence(int k) {
        return sentTok.get(toks.get(k).sentence())[0];
    }

    /**
     * Whether a source no entity stands for still names a speaker as written: a name, a title or office ("the
     * minister"), or a group of people or an organization named by its kind ("officials", "the committee"). A
     * pronoun left unresolved ("It", "his", "its chairman"), a date or a number, and any other common noun ("the
     * election", "week", "the report") name no one.
     */
    private boolean namesSpeaker(int from, int end, int head) {
        if (head < 0) {
            // "Several said": a quantifier standing alone for people
            return end - from == 1 && SpeechLexicon.QUANTIFIER_SUBJECTS.contains(toks.get(from).lower());
        }
        for (int k = from; k < end; k++) {
            String pos = toks.get(k).pos();
            if ("PRP".equals(pos) || "PRP$".equals(pos)) {
                return false;
            }
        }
        Tok h = toks.get(head);
        if (body.inTime(h) || "CD".equals(h.pos()) || h.word().isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(h.word().codePointAt(0)) && (h.isProper() || head > firstOfSentence(head))) {
            return true; // a name, or a capitalized noun inside the sentence ("Age Concern")
        }
        return SpeechLexicon.namesSpeakerByKind(h.lower(), h.lemma());
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
        int k = body.tokenAt(m.start());
        if (k < 0) {
            return false;
        }
        int s = toks.get(k).sentence();
        int from = sentTok.get(s)[0];
        for (int j = k - 1; j >= from && j >= k - 5; j--) {
            Tok t = toks.get(j);
            if (SpeechLexicon.titleNoun(t.word()).equals(title)) {
                return true; // "President William Ruto", and "Tory leader Michael Howard" as the BBC writes titles
            }
            if (!Character.isUpperCase(t.word().codePointAt(0)) && !t.lower().equals("of")) {
                break;
            }
        }
        // appositive after the name: "Ruto, the Kenyan president,"
        int e = k;
        while (e < toks.size() && toks.get(e).end() <= m.end()) {
            e++;
        }
        if (e < toks.size() && toks.get(e).word().equals(",")) {
            for (int j = e + 1; j < toks.size() && j < e + 6; j++) {
                Tok t = toks.get(j);
                if (t.word().equals(",") || isSentenceEnd(t)) {
                    break;
                }
                if (t.lower().equals(title)) {
                    return true;
                }
            }
        }
        return false;
    }

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
            if (channel == null && t.pos() != null && t.pos().equals("IN")
                    && Set.of("on", "in", "at", "during", "via").contains(t.lower())) {
                int e = phrases.channelEnd(k + 1, range[1]);
                if (e > k + 1 && phrases.isChannelPhrase(k, e) && !(st.start <= toks.get(e - 1).start() && e - 1 >= 0
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
