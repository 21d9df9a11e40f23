package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;

/**
 * Casualties among forces, read from the clause that counts them: "eight peacekeepers have been killed", "the crash
 * killed 14 British servicemen", "took the lives of 30 peacekeepers", "one Norwegian and four Egyptians were killed".
 * The count is the number of the victims' noun phrase; the actors are the victims' country (their demonym or "from
 * X") and the victims as the text names them; the place is a place named after "in", "near" or "at".
 *
 * <p>Only people in arms or in a mission are counted (peacekeepers, soldiers, troops, police, personnel, crew,
 * fighters, gang members): a death toll of "people" or "civilians" is a statistic, not a casualty event of the
 * record. A hedge ("could be killed"), a negation ("were not hurt") or a question gives nothing. The date is the
 * sentence's own, else the publication date (qualifier {@code asOfBasis} {@code published}: reported on).
 */
final class CasualtyRules implements FactRule {
    private static final String NUMBER = "(\\d[\\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|dozens|scores|hundreds)";
    private static final String LEAD = "(?:(?:at\\s+least|more\\s+than|over|some|about|nearly|almost|around|up\\s+to|"
            + "another|a\\s+further)\\s+)?";
    private static final String NOUN = "(peace\\s?keepers?|blue\\s+helmets|soldiers?|troops?|personnel|servicem[ae]n|"
            + "service\\s?members|police(?:men|\\s+officers)?|officers|marines|crew(?:\\s+members)?|gendarmes|guards|"
            + "militiamen|fighters|militants|rebels|insurgents|gang\\s+members|contractors)";
    private static final String MODIFIERS = "((?:(?!(?:and|or|of|the|were|was|in|at|on|from)\\b)[\\p{L}.'’-]+\\s+){0,4}?)";
    private static final String FROM = "(?:\\s+(?:from|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))?";
    private static final String HARM = "(killed|wounded|injured|hurt|died|dead|slain)";
    /** Victims before the verb: "eight UN peacekeepers from Bangladesh have been killed". */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + LEAD + NUMBER + "\\s+" + MODIFIERS + NOUN + FROM
            + "(?:,[^,.;]{1,80},)?\\s+(?:(?:[\\p{L}’']+\\s+){0,3}?(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|got|"
            + "have|had)\\s+(?:\\w+ly\\s+|also\\s+)?" + HARM + "\\b|" + HARM + "(?=\\s+(?:in|by|during|when|while|near|at|"
            + "on)\\b)|(?:who\\s+)?(?:have\\s+|had\\s+)?(paid\\s+the\\s+ultimate\\s+price|lost\\s+their\\s+lives|"
            + "gave\\s+their\\s+lives|perished))");
    /** Victims after the verb: "killing 14 British servicemen", "took the lives of 30 peacekeepers". */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(killing|killed|wounding|wounded|injuring|injured|"
            + "(?:claimed|took|taken|taking|cost)\\s+the\\s+lives\\s+of|(?:resulted\\s+in|caused|causing)\\s+the\\s+"
            + "(?:deaths?|injury|injuries)\\s+of)\\s+" + LEAD + NUMBER + "\\s+" + MODIFIERS + NOUN
            + FROM + "\\b");
    /** Victims named by their demonyms: "one Norwegian, one New Zealander and four Egyptians were killed". */
    private static final Pattern DEMONYMS = Pattern.compile("(?i)\\b((?:" + NUMBER.replace("(", "(?:") + "\\s+"
            + "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)?){2,})\\s*(?:were|have\\s+been|"
            + "had\\s+been)\\s+(?:\\w+ly\\s+)?" + HARM + "\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:could|might|may|would|if|whether|not|never|no|"
            + "risk|threat|fear|feared|threatened)\\b");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:in|near|at|outside)\\s+(?:the\\s+)?$");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        List<int[]> taken = new ArrayList<>();
        for (Pattern p : List.of(BEFORE, AFTER)) {
            Matcher m = p.matcher(v.text).region(s.start(), s.end());
            while (m.find()) {
                int n = p == BEFORE ? 1 : 2;
                if (overlaps(taken, m.start(), m.end()) || hedged(v, s, m.start())) {
                    continue;
                }
                Optional<Integer> count = count(m.group(n));
                if (count.isEmpty()) {
                    continue;
                }
                String modifiers = m.group(n + 1) == null ? "" : m.group(n + 1);
                String noun = m.group(n + 2);
                String from = m.group(n + 3);
                Set<String> actors = new LinkedHashSet<>();
                for (String w : modifiers.strip().split("\\s+")) {
                    DocumentView.findCountryOfAdjective(w.replaceAll("['’]s?$", "")).ifPresent(actors::add);
                }
                if (from != null) {
                    v.mentionsIn(m.start(n + 3), m.end(n + 3)).stream().findFirst()
                            .ifPresent(em -> actors.add(v.actorFor(em.entity())));
                    DocumentView.findCountryOfAdjective(from).ifPresent(actors::add);
                }
                actors.add((modifiers + noun).replaceAll("\\s+", " ").strip());
                taken.add(new int[] {m.start(), m.end()});
                emit(v, s, m.start(), m.end(), count.get(), actors, out);
            }
        }
        Matcher d = DEMONYMS.matcher(v.text).region(s.start(), s.end());
        if (d.find() && !overlaps(taken, d.start(), d.end()) && !hedged(v, s, d.start())) {
            int total = 0;
            Set<String> actors = new LinkedHashSet<>();
            Matcher part = Pattern.compile("(?i)" + NUMBER + "\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)?)")
                    .matcher(d.group(1));
            boolean all = true;
            while (part.find()) {
                Optional<Integer> c = count(part.group(1));
                Optional<String> country = DocumentView.findCountryOfAdjective(part.group(2))
                        .or(() -> DocumentView.findCountryOfAdjective(part.group(2).replaceAll("e?rs?$|s$", "")));
                if (c.isEmpty() || country.isEmpty()) {
                    all = false;
                    break;
                }
                total += c.get();
                actors.add(country.get());
            }
            if (all && !actors.isEmpty()) {
                emit(v, s, d.start(), d.end(), total, actors, out);
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
    }

    /** Whether the clause before the count hedges or negates it ("could be killed", "were not hurt"). */
    private static boolean hedged(DocumentView v, Sentence s, int at) {
        int from = QuantityRules.clauseStart(v.text, s.start(), at);
        String clause = v.textOf(from, QuantityRules.clauseEnd(v.text, at, s.end()));
        return HEDGE.matcher(clause).find();
    }

    private static Optional<Integer> count(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+")) {
            try {
                return Optional.of(Integer.parseInt(w));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(WORDS.get(w));
    }

    private static void emit(DocumentView v, Sentence s, int start, int end, int count, Set<String> actors,
            List<Fact> out) {
        String place = null;
        for (DocumentView.EntityMention em : v.mentionsIn(s.start(), s.end())) {
            if (Mention.LOCATION.equals(em.entity().type()) && !actors.contains(v.actorFor(em.entity()))
                    && PLACE_LEAD.matcher(v.before(em.start(), 10)).find() && em.start() >= start - 80) {
                place = em.id();
                break;
            }
        }
        Optional<String> date = v.findSentenceDate(s);
        String when = date.orElse(v.published);
        Optional<String> mission = v.findMissionFor(s, start);
        String participants = String.join(",", actors);
        out.add(FactRule.fact(s, Fact.EVENT, mission.orElse(actors.iterator().next()), "casualty", participants, when,
                FactRule.qualifiers("participants", participants, "date", when, "place", place,
                        "count", Integer.toString(count),
                        "asOfBasis", date.isPresent() ? "sentence" : when == null ? null : "published"),
                "event-casualty", date.isPresent() ? 0.75 : 0.6));
    }
}
