package org.sitrep.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * Forces on the move, as news tells it: a departure ("a contingent of 110 soldiers and 80 police officers left for
 * the islands today"), a withdrawal ("British troops withdrew from the city"), a first deployment welcomed as done
 * ("we welcome Djibouti's initial deployment") and a mission's arrival counted back from the time since ("in the
 * 15 months since MINUSMA first deployed").
 *
 * <p>Only forces move: the subject must name troops, police, a contingent or a mission. The actors are the countries
 * the subject names by demonym or name, else the forces as named; the count is the sum of the subject's head counts.
 * Only what happened counts: a hedge ("will leave", "is expected to withdraw", "plans to"), a negation or a future
 * tense gives nothing. The date is the sentence's own, else that of the story it goes on with, else the
 * publication date (qualifier {@code asOfBasis} {@code published}).
 */
final class MovementRules implements FactRule {

    private static final String FORCES = "(?:troops|soldiers|forces|police|officers|personnel|peacekeepers|contingent|"
            + "battalion|units?|marines|gendarmes|force|mission|detachment|company|deployment)";
    private static final Pattern DEPART = Pattern.compile("(?i)\\b(?:left|departed|set\\s+off|flew\\s+out|sailed|"
            + "headed\\s+out)\\s+(?:\\w+\\s+)?for\\b");
    private static final Pattern WITHDRAW = Pattern.compile("(?i)\\b(?:withdrew|(?:have|has|had)\\s+(?:now\\s+|"
            + "completely\\s+|fully\\s+)?(?:withdrawn|pulled\\s+out)|pulled\\s+out|completed\\s+(?:its|their|the)\\s+"
            + "withdrawal)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:will|would|shall|could|may|might|plans?|planned|"
            + "planning|expected|set\\s+to|to\\s+be|going\\s+to|intends?|if|whether|not|never|no|yet\\s+to|"
            + "refused|ordered|asked|called\\s+on|urged|should)\\b");
    /** "welcome Djibouti's initial deployment": a first deployment told as done. */
    private static final Pattern INITIAL = Pattern.compile("(?i)\\b(?:welcome[sd]?|welcoming|applaud(?:s|ed)?|"
            + "hail(?:s|ed)?|commend(?:s|ed)?)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)['’]s\\s+"
            + "(?:initial|first|recent)\\s+deployment\\b");
    /** "in the 15 months since MINUSMA first deployed". */
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|fifteen|eighteen|twenty)\\s+(months?|years?)\\s+since\\s+(?:the\\s+)?(\\S+(?:\\s+\\S+){0,5}?)"
            + "\\s+(?:first\\s+|was\\s+first\\s+|initially\\s+)?(?:deployed|arrived)\\b");
    /** Any word of the movements read here, to pass over the sentences that tell none. */
    private static final Pattern MOVE_WORD = Pattern.compile("(?i)left|depart|set\\s+off|flew|sailed|headed|withdr|"
            + "pulled|deployment|since");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:from|to|in|at|into)\\s+(?:the\\s+)?$");

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        if (!MOVE_WORD.matcher(v.text).region(s.start(), s.end()).find()) {
            return; // one cheap look before the clause patterns
        }
        for (Pattern p : List.of(DEPART, WITHDRAW)) {
            Matcher m = p.matcher(v.text).region(s.start(), s.end());
            if (m.find() && !v.insideMention(m.start())) {
                moved(v, index, p == DEPART ? "departure" : "withdrawal", m.start(), m.end(), out);
            }
        }
        Matcher i = INITIAL.matcher(v.text).region(s.start(), s.end());
        if (i.find() && !hedged(v, s, i.start())) {
            for (DocumentView.EntityMention em : v.mentionsIn(i.start(1), i.end(1))) {
                if (Mention.LOCATION.equals(em.entity().type()) || v.isMission(em.entity())) {
                    emit(v, index, "arrival", new LinkedHashSet<>(List.of(em.id())), null, null,
                            EventDates.of(v, index), out);
                    break;
                }
            }
        }
        Matcher since = SINCE.matcher(v.text).region(s.start(), s.end());
        if (since.find() && v.published != null) {
            int n = number(since.group(1));
            String date = since.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("month")
                    ? EventDates.monthsBefore(v.published, n)
                    : Integer.toString(Integer.parseInt(v.published.substring(0, 4)) - n);
            String mission = null;
            for (DocumentView.EntityMention em : v.mentionsIn(since.start(3), since.end(3))) {
                if (v.isMission(em.entity())) {
                    mission = em.id();
                    break;
                }
            }
            if (mission == null && since.group(3).matches("\\p{Lu}{2,}[\\p{Lu}-]*")) {
                mission = since.group(3); // a mission's acronym the entity stage did not name
            }
            if (mission != null && date != null) {
                emit(v, index, "arrival", new LinkedHashSet<>(List.of(mission)), null, null, Optional.of(date), out);
            }
        }
    }

    private static int number(String written) {
        return CountWords.of(written).orElse(0);
    }

    /** Whether the clause before {@code at} hedges, negates or puts off what it tells. */
    private static boolean hedged(DocumentView v, Sentence s, int at) {
        int from = QuantityRules.clauseStart(v.text, s.start(), at);
        return HEDGE.matcher(v.textOf(from, at)).find();
    }

    /** A departure or withdrawal whose subject, the clause before the verb, names forces. */
    private void moved(DocumentView v, int index, String type, int cueStart, int cueEnd, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        int from = QuantityRules.clauseStart(v.text, s.start(), cueStart);
        String subject = v.textOf(from, cueStart);
        if (hedged(v, s, cueStart) || !Pattern.compile("(?i)\\b" + FORCES + "\\b").matcher(subject).find()) {
            return;
        }
        Set<String> actors = new LinkedHashSet<>();
        Matcher words = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*").matcher(subject);
        while (words.find()) {
            DocumentView.findCountryOfAdjective(words.group().replaceAll("['’]s?$", "")).ifPresent(actors::add);
        }
        for (DocumentView.EntityMention em : v.mentionsIn(from, cueStart)) {
            if (v.isMission(em.entity()) || (!Mention.LOCATION.equals(em.entity().type()) && !v.isPerson(em.entity())
                    && !DocumentView.isDemonym(v.textOf(em.start(), em.end())))) {
                actors.add(em.id());
            } else if (Mention.LOCATION.equals(em.entity().type()) && v.before(em.start(), 6).matches("(?s).*\\bof\\s+$")) {
                actors.add(em.id());
            }
        }
        if (actors.isEmpty()) {
            return;
        }
        double total = 0;
        for (Quantity q : v.quantitiesIn(new TextSpan(from, cueStart))) {
            if (!QuantityRules.isCurrency(q)) {
                total += q.value();
            }
        }
        String place = null;
        int clauseEnd = QuantityRules.clauseEnd(v.text, cueEnd, s.end());
        for (DocumentView.EntityMention em : v.mentionsIn(cueEnd, clauseEnd)) {
            if (Mention.LOCATION.equals(em.entity().type())
                    && PLACE_LEAD.matcher(v.textOf(Math.max(cueEnd, em.start() - 10), em.start())).find()) {
                place = em.id();
                break;
            }
        }
        emit(v, index, type, actors, place, total > 0 ? DocumentView.number(total) : null, EventDates.of(v, index),
                out);
    }

    private static void emit(DocumentView v, int index, String type, Set<String> actors, String place, String count,
            Optional<String> date, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        if (EventDates.isLater(date, v.published)) {
            return;
        }
        String when = date.orElse(v.published);
        String who = String.join(",", actors);
        Optional<String> mission = v.findMissionFor(s, s.start());
        out.add(FactRule.fact(s, Fact.EVENT, mission.orElse(actors.iterator().next()), type, who, when,
                FactRule.qualifiers("participants", who, "date", when, "place", place, "count", count,
                        "asOfBasis", date.isPresent() ? "sentence" : when == null ? null : "published"),
                "event-" + type, date.isPresent() ? 0.7 : 0.55));
    }
}
