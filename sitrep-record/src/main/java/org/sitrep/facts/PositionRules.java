package org.sitrep.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;

/**
 * Positions on a proposal: who supports, opposes, proposes or retracts it, and when. The actor is the subject of
 * the stance verb ("the Haitian government, along with the Transitional Presidential Council, also favored ..."),
 * the object of a "from/by" phrase ("amid resistance from China and Russia"), the speaker of a quote ("We are
 * open to ..."), or the actor of the verb before it in the same sentence ("recommended ... but later retracted").
 * A person stands for the country the document shows them speaking for.
 */
final class PositionRules implements FactRule {

    private enum Side { BEFORE, AFTER, SPEAKER }

    private record Cue(int start, int end, String stance, Side side) {
    }

    private static final Object[][] CUES = {
        {"(?:resistance|opposition|objections?|pushback|opposed|rejected|blocked|vetoed)\\s+(?:from|by)", "oppose",
            Side.AFTER},
        {"(?:support|backing|endorsement)\\s+(?:from|by)|backed by|endorsed by|favou?red by", "support", Side.AFTER},
        {"(?:proposed|recommended|suggested|put forward|floated)\\s+by", "propose", Side.AFTER},
        {"(?:voiced|expressed|declared|signalled|signaled|reiterated|pledged)\\s+(?:its\\s+|his\\s+|her\\s+|their\\s+)?"
            + "support|support(?:s|ed)?|back(?:s|ed)?(?!\\s+(?:away|down))|favou?r(?:s|ed)?|endors(?:e|es|ed)|"
            + "welcom(?:e|es|ed)|(?:is|are|was|were|remain|remains)\\s+open\\s+to|in favou?r of|call(?:s|ed)? for|"
            + "urg(?:e|es|ed)|push(?:es|ed)? for|advocat\\w+", "support", Side.BEFORE},
        {"would (?:strengthen|help|ensure|improve|boost|enhance)", "support", Side.SPEAKER},
        {"oppos(?:e|es|ed)|resist(?:s|ed)?|reject(?:s|ed)?|object(?:s|ed)? to|block(?:s|ed)?|veto(?:es|ed)?|"
            + "(?:is|are|was|were) against|criticiz\\w+|criticis\\w+", "oppose", Side.BEFORE},
        {"propos(?:e|es|ed)|recommend(?:s|ed)?|suggest(?:s|ed)?|put forward|floated|raised the idea of",
            "propose", Side.BEFORE},
        {"retract(?:s|ed)?|withdr(?:ew|aw|awn)|dropped|abandon(?:s|ed)?|backed (?:away|down) from|revers(?:e|ed)|"
            + "walked back|shelved", "retract", Side.BEFORE},
    };
    private static final List<Pattern> PATTERNS = new ArrayList<>();
    static {
        for (Object[] c : CUES) {
            PATTERNS.add(Pattern.compile("(?i)\\b(?:" + c[0] + ")\\b"));
        }
    }
    private static final Pattern WITH_LEAD = Pattern.compile("(?i)^\\s*(?:along with|together with|as well as|"
            + "like|and|joined by)\\b");

    private final Proposals proposals;
    private final Set<String> seen = new HashSet<>();

    PositionRules(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        List<Proposals.Reference> refs = proposals.referencesIn(v, s.start(), s.end());
        Optional<Quote> quote = v.findQuoteOverlapping(s);
        String proposal = refs.isEmpty() ? null : refs.get(0).id();
        if (proposal == null && quote.isPresent() && quote.get().start() < s.start()) {
            proposal = proposals.findLastBefore(s.start()).orElse(null);
        }
        if (proposal == null) {
            return;
        }
        List<Cue> cues = cuesIn(v, s, refs);
        List<String> previousActors = List.of();
        String previousVia = null;
        int previousEnd = s.start();
        for (Cue cue : cues) {
            List<String> actors = new ArrayList<>();
            String via = null;
            Optional<Quote> inQuote = v.findQuoteAt(cue.start());
            if (cue.side() == Side.SPEAKER && inQuote.isEmpty()) {
                continue;
            }
            List<DocumentView.EntityMention> found = cue.side() == Side.AFTER ? actorsAfter(v, s, cue, refs)
                    : cue.side() == Side.SPEAKER ? List.of()
                    : actorsBefore(v, Math.max(previousEnd, s.start()), cue, refs);
            for (DocumentView.EntityMention m : found) {
                String id = v.actorFor(m.entity());
                if (v.isPerson(m.entity())) {
                    via = m.id();
                }
                if (!actors.contains(id)) {
                    actors.add(id);
                }
            }
            if (cue.side() == Side.BEFORE) {
                for (Map.Entry<Integer, String> g : v.governmentsIn(Math.max(previousEnd, s.start()), cue.start())) {
                    if (!actors.contains(g.getValue())) {
                        actors.add(0, g.getValue());
                    }
                }
            }
            if (actors.isEmpty() && inQuote.isPresent() && DocumentView.speakerId(inQuote.get()) != null) {
                String speaker = DocumentView.speakerId(inQuote.get());
                actors.add(v.findAffiliation(speaker).orElse(speaker));
                via = speaker;
            }
            if (actors.isEmpty() && cue.side() == Side.BEFORE && !previousActors.isEmpty()) {
                actors.addAll(previousActors);
                via = previousVia;
            }
            previousEnd = cue.end();
            if (actors.isEmpty()) {
                continue;
            }
            previousActors = actors;
            previousVia = via;
            Optional<String> date = v.findSentenceDate(s);
            Optional<String> subject = v.findMissionFor(s, cue.end());
            if (subject.isEmpty()) {
                continue;
            }
            for (String actor : actors) {
                String key = actor + "|" + proposal + "|" + cue.stance() + "|" + date.orElse(v.published);
                if (!seen.add(key)) {
                    continue;
                }
                out.add(FactRule.fact(s, Fact.POSITION, subject.get(), "position", cue.stance(),
                        date.orElse(v.published),
                        FactRule.qualifiers("actor", actor, "proposal", proposal,
                                "proposalName", proposals.findName(proposal).orElse(null),
                                "via", actor.equals(via) ? null : via,
                                "asOfBasis", date.isPresent() ? "sentence" : v.published == null ? null : "published"),
                        "position-" + cue.stance(), refs.stream().allMatch(Proposals.Reference::anaphoric) ? 0.6 : 0.7));
            }
        }
    }

    private static List<Cue> cuesIn(DocumentView v, Sentence s, List<Proposals.Reference> refs) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(v.text).region(s.start(), s.end());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (v.insideMention(start) || insideReference(refs, start)
                        || cues.stream().anyMatch(c -> c.start() < end && start < c.end())) {
                    continue;
                }
                cues.add(new Cue(start, end, (String) CUES[i][1], (Side) CUES[i][2]));
            }
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return cues;
    }

    private static boolean insideReference(List<Proposals.Reference> refs, int pos) {
        return refs.stream().anyMatch(r -> r.start() <= pos && pos < r.end());
    }

    private static boolean usable(DocumentView v, DocumentView.EntityMention m, List<Proposals.Reference> refs) {
        String written = v.textOf(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        boolean demonym = DocumentView.isDemonym(written);
        return !demonym && !v.isMission(m.entity()) && refs.stream().noneMatch(r -> r.overlaps(m));
    }

    /** The subject of a stance verb: actors of the nearest comma-clause before it, with an "along with" clause. */
    private static List<DocumentView.EntityMention> actorsBefore(DocumentView v, int from, Cue cue,
            List<Proposals.Reference> refs) {
        List<int[]> clauses = new ArrayList<>();
        int start = from;
        for (int i = from; i < cue.start(); i++) {
            char c = v.text.charAt(i);
            boolean sentenceEnd = (c == '.' || c == '!' || c == '?') && isSentenceEnd(v.text, i);
            if (c == '“' || c == '”' || c == '"' || sentenceEnd) {
                clauses.clear();
                start = i + 1;
            } else if (c == ',' || c == ';') {
                clauses.add(new int[] {start, i});
                start = i + 1;
            }
        }
        clauses.add(new int[] {start, cue.start()});
        List<DocumentView.EntityMention> out = new ArrayList<>();
        for (int k = clauses.size() - 1; k >= 0; k--) {
            int[] c = clauses.get(k);
            List<DocumentView.EntityMention> here = new ArrayList<>();
            for (DocumentView.EntityMention m : v.mentionsIn(c[0], c[1])) {
                if (usable(v, m, refs)) {
                    here.add(m);
                }
            }
            boolean government = !v.governmentsIn(c[0], c[1]).isEmpty();
            if (here.isEmpty() && !government) {
                continue;
            }
            out.addAll(0, here);
            if (k > 0 && WITH_LEAD.matcher(v.textOf(c[0], c[1])).find()) {
                int[] p = clauses.get(k - 1);
                List<DocumentView.EntityMention> before = new ArrayList<>();
                for (DocumentView.EntityMention m : v.mentionsIn(p[0], p[1])) {
                    if (usable(v, m, refs)) {
                        before.add(m);
                    }
                }
                out.addAll(0, before);
            }
            break;
        }
        return out;
    }

    /** Whether the stop at {@code i} ends a sentence: not after an initial ("J."), a dotted short form ("U.S.") or a title. */
    static boolean isSentenceEnd(String text, int i) {
        if (i + 2 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return i + 1 >= text.length();
        }
        char next = text.charAt(i + 2);
        if (!Character.isUpperCase(next) && next != '“' && next != '"') {
            return false;
        }
        int w = i;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        return !(word.length() <= 1 || word.contains(".")
                || word.matches("(?i)mr|mrs|ms|dr|st|gen|col|lt|sen|rep|gov|prof|jr|sr|no|vs"));
    }

    /** The object of "resistance from ...": actors up to the end of the clause. */
    private static List<DocumentView.EntityMention> actorsAfter(DocumentView v, Sentence s, Cue cue,
            List<Proposals.Reference> refs) {
        int end = QuantityRules.clauseEnd(v.text, cue.end(), s.end());
        List<DocumentView.EntityMention> out = new ArrayList<>();
        for (DocumentView.EntityMention m : v.mentionsIn(cue.end(), end)) {
            if (usable(v, m, refs)) {
                out.add(m);
            }
        }
        return out;
    }
}
