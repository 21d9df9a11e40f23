package org.sitrep.facts;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;

/**
 * Agreements made, as news tells them: "the signing of a historic accord between A and B", "an agreement was reached
 * between A, B and C", "A signed a peace deal with B". The actors are the parties: the people named between
 * "between" and the clause's end (else the countries and bodies), or the subject and whoever it signed "with".
 * A telling without parties ("The deal was signed in Kathmandu on Tuesday") goes on with the agreement a sentence
 * just before told, and gives it its date and place.
 *
 * <p>Only agreements made: a draft, a proposal, a hope, a negation ("failed to reach a deal") or a future ("will
 * sign") gives nothing. The date is the sentence's own, else that of the story it goes on with, else the publication
 * date (qualifier {@code asOfBasis} {@code published}).
 */
final class AgreementRules implements FactRule {

    private static final String THING = "(?:accord|agreement|deal|treaty|pact|memorandum\\s+of\\s+understanding)";
    /** "the signing of a historic accord between ...". */
    private static final Pattern SIGNING = Pattern.compile("(?i)\\b(?:signing|conclusion)\\s+of\\s+(?:an?|the)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?" + THING + "\\s+(?:between|with)\\s+");
    /** "an agreement was reached between ...", "The deal was signed in X on Tuesday". */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b" + THING + "\\s+(?:was|were|has\\s+been|had\\s+been)"
            + "\\s+(?:\\w+ly\\s+)?(?:signed|reached|concluded|struck|sealed|agreed)\\b(\\s+(?:between|by)\\s+)?");
    /** "A signed a peace deal with B". */
    private static final Pattern ACTIVE = Pattern.compile("(?i)\\b(?:signed|reached|concluded|struck|sealed)\\s+"
            + "(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?" + THING + "\\b(\\s+with\\s+)?");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:will|would|shall|could|may|might|plans?|planned|"
            + "expected|set\\s+to|to\\s+be|going\\s+to|intends?|if|whether|not|never|no|failed|draft|proposed|hope[sd]?|"
            + "aims?|seeks?|sought|yet\\s+to|ready\\s+to|agreed\\s+to\\s+sign|should)\\b");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:in|at)\\s+$");
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:before|after|when|while|as|that|which|who|"
            + "because|since|until)\\b");

    private int lastIndex = -10;
    private int lastFact = -1;

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        for (Pattern p : List.of(SIGNING, PASSIVE, ACTIVE)) {
            Matcher m = p.matcher(v.text).region(s.start(), s.end());
            if (!m.find() || v.insideMention(m.start())
                    || HEDGE.matcher(v.textOf(QuantityRules.clauseStart(v.text, s.start(), m.start()), m.end()))
                            .find()) {
                continue;
            }
            Set<String> parties = new LinkedHashSet<>();
            boolean listAfter = p == SIGNING || m.group(p == SIGNING ? 0 : 1) != null;
            int clauseEnd = end(v, m.end(), s.end());
            if (listAfter) {
                parties.addAll(parties(v, m.end(), clauseEnd));
            }
            if (p == ACTIVE) {
                int from = QuantityRules.clauseStart(v.text, s.start(), m.start());
                // the signers are the subject of "signed": after a subordinating word ("... before the party signed")
                Matcher sub = SUBORDINATE.matcher(v.text).region(from, m.start());
                while (sub.find()) {
                    from = sub.end();
                }
                parties.addAll(parties(v, from, m.start()));
            }
            String place = null;
            // a place among the parties ("General X of the Army in Iraq") is theirs, not the agreement's
            for (DocumentView.EntityMention em : v.mentionsIn(m.end(), listAfter ? m.end() : clauseEnd)) {
                if (Mention.LOCATION.equals(em.entity().type()) && !parties.contains(em.id())
                        && PLACE_LEAD.matcher(v.before(em.start(), 4)).find()) {
                    place = em.id();
                    break;
                }
            }
            Optional<String> date = EventDates.of(v, index);
            if (EventDates.isLater(date, v.published)) {
                return;
            }
            if (parties.isEmpty()) {
                if (lastFact >= 0 && index - lastIndex <= 2) {
                    out.set(lastFact, goOn(out.get(lastFact), date.orElse(null), place));
                    lastIndex = index;
                }
                return;
            }
            String who = String.join(",", parties);
            String when = date.orElse(v.published);
            Optional<String> mission = v.findMissionFor(s, m.start());
            out.add(FactRule.fact(s, Fact.EVENT, mission.orElse(parties.iterator().next()), "agreement", who, when,
                    FactRule.qualifiers("participants", who, "date", when, "place", place,
                            "asOfBasis", date.isPresent() ? "sentence" : when == null ? null : "published"),
                    "event-agreement", date.isPresent() ? 0.7 : 0.55));
            lastFact = out.size() - 1;
            lastIndex = index;
            return;
        }
    }

    /** The end of a list of parties: the sentence's end, or a relative or explanatory clause after the names. */
    private static int end(DocumentView v, int from, int sentenceEnd) {
        Matcher stop = Pattern.compile("(?i),\\s+(?:which|who|that|leader|head|chief|after|when|while|ending|to|"
                + "and\\s+(?:there|it|he|she|they|we|also))\\b"
                + "|\\s+(?:to|that|which|on|in\\s+(?:a|an|the)\\s)\\b|[;:]").matcher(v.text).region(from, sentenceEnd);
        return stop.find() ? stop.start() : sentenceEnd;
    }

    /** The parties named in {@code [from, to)}: the people if any, else the countries and bodies. */
    private static Set<String> parties(DocumentView v, int from, int to) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (DocumentView.EntityMention em : v.mentionsIn(from, to)) {
            if (v.isPerson(em.entity())) {
                people.add(em.id());
            } else if (DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                v.findCountryOfDemonym(em).ifPresent(others::add);
            } else if (!v.before(em.start(), 4).matches("(?s).*\\b(?:in|at|of)\\s+$")
                    && !v.textOf(em.end(), Math.min(to, em.end() + 6)).startsWith("-based")) { // "the Hamburg-based line"
                others.add(em.id());
            }
        }
        return people.isEmpty() ? others : people;
    }

    /** The earlier telling of the agreement, dated and placed by the one that goes on with it. */
    private static Fact goOn(Fact earlier, String date, String place) {
        Map<String, String> q = new LinkedHashMap<>(earlier.qualifiers());
        String asOf = earlier.asOf();
        if (date != null) {
            q.put("date", date);
            q.put("asOfBasis", "sentence");
            asOf = date;
        }
        if (place != null && !q.containsKey("place")) {
            q.put("place", place);
        }
        return new Fact(earlier.start(), earlier.end(), earlier.kind(), earlier.subject(), earlier.predicate(),
                earlier.value(), asOf, q, earlier.extractor(), earlier.confidence());
    }
}
