package org.sitrep.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;

/**
 * Attacks on forces told with their assailants as subject: "two suicide bombers struck a peacekeeping base near the
 * border", "gunmen ambushed a UN patrol", "militants stormed the mission's camp". The actors are who was attacked:
 * the mission or force the object names (with the document's mission when the object names a force of its own
 * name), else the country its demonym names. Casualties an attack caused are told by {@link CasualtyRules}.
 *
 * <p>Only attacks that happened: a hedge, a threat, a negation or a future gives nothing. The date is the sentence's
 * own, else that of the story it goes on with, else the publication date (qualifier {@code asOfBasis}
 * {@code published}).
 */
final class AttackRules implements FactRule {

    private static final Pattern ATTACK = Pattern.compile("(?i)\\b(?:suicide\\s+bombers?|bombers?|gunmen|militants|"
            + "insurgents|attackers|rebels|fighters|militiamen|jihadists|assailants|terrorists)\\s+(?:\\w+\\s+)?"
            + "(?:struck|attacked|stormed|ambushed|raided|shelled|overran|targeted|fired\\s+on)\\s+(?:an?\\s+|the\\s+)?"
            + "((?:(?!(?:and|in|near|at|on|with|while|killing|wounding)\\b)[\\p{L}.'’-]+\\s+){0,6}?)"
            + "(?:base|convoy|camp|patrol|position|compound|headquarters|outpost|peacekeepers|troops|soldiers|"
            + "contingent|forces)\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:will|would|could|may|might|plans?|planned|"
            + "planning|threat(?:en(?:ed|s)?)?|if|whether|not|never|no|feared|warned|attempted|tried)\\b");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:in|near|at|outside)\\s+(?:the\\s+)?"
            + "(?:(?:town|city|village|district|province|region)\\s+of\\s+)?(?:(?:northern|southern|eastern|western|"
            + "central)\\s+)?$");

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        Matcher m = ATTACK.matcher(v.text).region(s.start(), s.end());
        if (!m.find() || HEDGE.matcher(v.textOf(QuantityRules.clauseStart(v.text, s.start(), m.start()), m.start()))
                .find()) {
            return;
        }
        Set<String> actors = new LinkedHashSet<>();
        for (DocumentView.EntityMention em : v.mentionsIn(m.start(1), m.end())) {
            if (v.isMission(em.entity())) {
                actors.add(em.id());
                if (v.mainMission != null) {
                    actors.add(v.mainMission.id());
                }
            } else if (DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                v.findCountryOfDemonym(em).ifPresent(actors::add);
            } else if (!Mention.LOCATION.equals(em.entity().type()) && !v.isPerson(em.entity())) {
                actors.add(em.id());
            }
        }
        Matcher words = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*").matcher(v.text).region(m.start(1), m.end(1));
        while (words.find() && actors.isEmpty()) {
            DocumentView.findCountryOfAdjective(words.group().replaceAll("['’]s?$", "")).ifPresent(actors::add);
        }
        if (actors.isEmpty()) {
            return;
        }
        String place = null;
        for (DocumentView.EntityMention em : v.mentionsIn(m.end(), QuantityRules.clauseEnd(v.text, m.end(), s.end()))) {
            if (Mention.LOCATION.equals(em.entity().type()) && PLACE_LEAD.matcher(v.before(em.start(), 30)).find()) {
                place = em.id();
                break;
            }
        }
        Optional<String> date = EventDates.of(v, index);
        if (EventDates.isLater(date, v.published)) {
            return;
        }
        String when = date.orElse(v.published);
        String who = String.join(",", actors);
        Optional<String> mission = v.findMissionFor(s, m.start());
        out.add(FactRule.fact(s, Fact.EVENT, mission.orElse(actors.iterator().next()), "attack", who, when,
                FactRule.qualifiers("participants", who, "date", when, "place", place,
                        "asOfBasis", date.isPresent() ? "sentence" : when == null ? null : "published"),
                "event-attack", date.isPresent() ? 0.7 : 0.55));
    }
}
