package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The count is the number of the victims' noun phrase; the actors are the victims' country (their demonym, "from
 * X" or "all from X") and the victims as the text names them; the place is a place named after "in", "near" or "at"
 * ("in northern Mali", "in the town of X").
 *
 * <p>Victims joined by "and" under one verb are one event with the sum of their counts ("twelve soldiers and five
 * crew members": 17); in a longer list or one naming the other side ("killed nine policemen, 13 militants and a
 * soldier") each side is its own event. A clause that goes on ("and more than 30 were wounded", "and wounded 90
 * more") is a second event of the same victims. One casualty told twice ("eight peacekeepers were killed" ... "the
 * ambush killed eight peacekeepers") is kept once, with what both tellings say; victims named by no country in a
 * sentence that goes on with the story of the one before take that sentence's countries.
 *
 * <p>Only people in arms or in a mission are counted (peacekeepers, soldiers, troops, police, personnel, crew,
 * fighters, gang members): a death toll of "people" or "civilians" is a statistic, not a casualty event of the
 * record; nor are the host country's own police or soldiers killed in fighting the text ties to no mission. A hedge
 * ("could be killed"), a negation ("were not hurt") or a question gives nothing, and a casualty dated only by an
 * earlier year ("in a 2002 incident") is background. The date is the sentence's own ("a day after" the reported
 * day is the day before), else that of the story it goes on with, else the publication date (qualifier
 * {@code asOfBasis} {@code published}: reported on). A casualty an attack caused ("a roadside bomb killed four
 * peacekeepers") is also an attack on them.
 */
final class CasualtyRules implements FactRule {
    private static final String NUMBER = "(\\d[\\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
            + "seventy|eighty|ninety|hundred|dozens|scores|hundreds)";
    private static final String LEAD = "(?:(?:at\\s+least|more\\s+than|over|some|about|nearly|almost|around|up\\s+to|"
            + "another|a\\s+further)\\s+)?";
    private static final String NOUN = "(peace\\s?keepers?|blue\\s+helmets|soldiers?|troops?|personnel|servicem[ae]n|"
            + "service\\s?members|police(?:men|\\s+officers?)?|officers?|marines|crew(?:\\s+members)?|gendarmes|guards|"
            + "militiamen|fighters|militants|rebels|insurgents|gang\\s+members|contractors)";
    private static final String MODIFIERS = "((?:(?!(?:and|or|of|the|were|was|in|at|on|from)\\b)[\\p{L}.'’-]+\\s+){0,4}?)";
    private static final String FROM = "(?:\\s+(?:from|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}))?";
    private static final String HARM = "(killed|wounded|injured|hurt|died|dead|slain)";
    /** Victims before the verb: "eight UN peacekeepers from Bangladesh have been killed". */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + LEAD + NUMBER + "\\s+" + MODIFIERS + NOUN + FROM
            + "(,(?:[^,;]{1,60},){1,2})?\\s+(?:(?:[\\p{L}’']+\\s+){0,3}?(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|got|"
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
    /** One more group of victims in a list: ", at least 13 suspected militants", " and five crew members". */
    private static final Pattern NEXT = Pattern.compile("(?i)^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)" + LEAD + NUMBER
            + "\\s+([\\p{L}.'’-]*\\p{L}(?:\\s+(?!(?:and|or|were|was|in|at|on|near|during|when|while|who|which|that)\\b)"
            + "[\\p{L}.'’-]*\\p{L}){0,3})");
    /** The group of victims just before another: "nine civilians and " a peacekeeper were wounded. */
    private static final Pattern PREVIOUS = Pattern.compile("(?i)\\b" + LEAD + NUMBER
            + "\\s+((?:(?!(?:and|or|were|was|in|at|on|of|the)\\b)[\\p{L}.'’-]+\\s+){1,3})and\\s+$");
    /** A clause going on with the same victims: "and more than 30 were wounded", "and wounded 90 more". */
    private static final Pattern GOES_ON = Pattern.compile("(?i)^(?:,[^,;.]{1,40},)?\\s+and\\s+(?:(?:(?:have|has|had)\\s+)?"
            + "(killed|wounded|injured)\\s+" + LEAD + NUMBER + "\\s+(?:more|others)\\b|" + LEAD + NUMBER
            + "\\s+(?:more\\s+|others\\s+)?(?:were|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?" + HARM + "\\b)");
    /** Where all the victims came from: "..., all from Burkina Faso". */
    private static final Pattern ALL_FROM = Pattern.compile("(?i)^[^.;]{0,80}?,\\s*all\\s+(?:of\\s+them\\s+)?from\\s+"
            + "(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})");
    /** The other side, whose losses are never summed with a mission's. */
    private static final Pattern HOSTILE = Pattern.compile("(?i)\\b(?:militiamen|fighters|militants|rebels|insurgents|"
            + "gang|gangs|gangsters|taliban|attackers|bombers|gunmen|terrorists|suspected|jihadists|extremists)\\b");
    private static final Pattern FORCE = Pattern.compile("(?i)\\b" + NOUN + "\\b");
    private static final Pattern IN_MISSION = Pattern.compile("(?i)\\b(?:peace\\s?keep\\w*|blue\\s+helmets|U\\.?N\\.?|"
            + "United\\s+Nations|mission|NATO|coalition|multinational)\\b");
    /** What caused the casualty when it was an attack: "a roadside bomb killed", "the ambush that killed". */
    private static final Pattern ATTACK_CAUSE = Pattern.compile("(?i)\\b(?:bomb|blast|explosion|ambush|attack|IED|"
            + "landmine|mine|suicide\\s+bombing|bombing|mortar|rocket|shelling)\\b");
    private static final Pattern CUT = Pattern.compile("(?:^|\\s)(?:Pte|Pvt|Cpl|Sgt|Lt|Capt|Maj|Col|Gen|Brig|Cmdr|"
            + "L/Cpl|Spc|Sgt\\.\\s*Maj|Lance\\s+Cpl)\\.\\s*$");
    private static final Pattern DAY_AFTER = Pattern.compile("(?i)\\b(?:a|one)\\s+day\\s+(?:after|following)\\b");
    /** Any word of harm, to pass over the many sentences that tell none. */
    private static final Pattern HARM_WORD = Pattern.compile("(?i)kill|wound|injur|hurt|died|dead|death|slain|lives|"
            + "ultimate\\s+price|perish");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:could|might|may|would|if|whether|not|never|no|"
            + "risk|threat|fear|feared|threatened)\\b");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(?:in|near|at|outside)\\s+(?:the\\s+)?"
            + "(?:(?:town|city|village|district|province|region|camp)\\s+of\\s+)?(?:(?:north|south|east|west|"
            + "northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)"
            + "\\s+)?$");
    private static final Pattern MISSION_IN = Pattern.compile("(?i)\\b(?:mission|force|operation)\\s+in\\s+(?:the\\s+)?$");
    private static final Pattern HOST_LEAD = Pattern.compile("(?i)\\bin\\s+(?:the\\s+)?(?:(?:north|south|east|west|"
            + "northern|southern|eastern|western|central)\\s+)?$");

    /** One group of victims: how many, their countries, how the text names them, how they were harmed. */
    private record Victims(int start, int end, int count, Set<String> countries, Set<String> names, String harm,
            boolean attacked) {
    }

    /** This document's casualty facts so far, as indices into the output, with the sentence that told each. */
    private final List<int[]> mine = new ArrayList<>();
    private final Map<Integer, Set<String>> countriesOf = new LinkedHashMap<>();
    private final Set<Integer> attacks = new java.util.HashSet<>();
    private Set<String> hosts;

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        if (!HARM_WORD.matcher(v.text).region(s.start(), s.end()).find()) {
            return; // most sentences harm no one: one cheap look before the clause patterns
        }
        // "A Canadian soldier, Pte. | X of Y, was killed": a sentence cut after a rank's abbreviation goes on here
        int from = s.start();
        if (index > 0 && CUT.matcher(v.textOf(v.sentences.get(index - 1).start(), s.start())).find()) {
            from = v.sentences.get(index - 1).start();
        }
        List<int[]> taken = new ArrayList<>();
        List<Victims> found = new ArrayList<>();
        for (Pattern p : List.of(BEFORE, AFTER)) {
            Matcher m = p.matcher(v.text).region(from, s.end());
            while (m.find()) {
                int n = p == BEFORE ? 1 : 2;
                if (overlaps(taken, m.start(), m.end()) || hedged(v, from, s, m.start())) {
                    continue;
                }
                Optional<Integer> count = count(m.group(n));
                if (count.isEmpty()) {
                    continue;
                }
                Matcher range = Pattern.compile("(?i)\\bbetween\\s+(\\d+|[a-z]+)\\s+and\\s+$").matcher(v.before(m.start(), 30));
                if (p == BEFORE && range.find() && count(range.group(1)).isPresent()) {
                    count = count(range.group(1));
                }
                String modifiers = m.group(n + 1) == null ? "" : m.group(n + 1);
                String noun = m.group(n + 2);
                String origin = m.group(n + 3);
                Set<String> countries = new LinkedHashSet<>();
                Set<String> names = new LinkedHashSet<>();
                for (String w : modifiers.strip().split("\\s+")) {
                    DocumentView.findCountryOfAdjective(w.replaceAll("['’]s?$", "")).ifPresent(countries::add);
                }
                if (origin != null) {
                    v.mentionsIn(m.start(n + 3), m.end(n + 3)).stream().findFirst()
                            .ifPresent(em -> countries.add(v.actorFor(em.entity())));
                    DocumentView.findCountryOfAdjective(origin).ifPresent(countries::add);
                }
                if (p == BEFORE && m.group(5) != null) {
                    // "A Canadian soldier, Pte. X of Y, was killed": the person the apposition names
                    for (DocumentView.EntityMention em : v.mentionsIn(m.start(5), m.end(5))) {
                        if (v.isPerson(em.entity())) {
                            names.add(em.id());
                        }
                    }
                }
                String victims = (modifiers + noun).replaceAll("\\s+", " ").strip();
                names.add(victims);
                String verb = p == BEFORE ? m.group(0).substring(m.end(n + 2) - m.start()) : m.group(1);
                String harm = harm(verb);
                Matcher all = ALL_FROM.matcher(v.text).region(m.end(), s.end());
                if (all.find()) {
                    v.mentionsIn(all.start(1), all.end(1)).stream().findFirst()
                            .ifPresent(em -> countries.add(v.actorFor(em.entity())));
                    DocumentView.findCountryOfAdjective(all.group(1)).ifPresent(countries::add);
                }
                boolean attacked = p == AFTER && ATTACK_CAUSE.matcher(v.textOf(
                        QuantityRules.clauseStart(v.text, from, m.start()), m.start())).find()
                        || p == AFTER && ATTACK_CAUSE.matcher(v.textOf(from, m.start())).find()
                        && Pattern.compile("(?i)\\b(?:that|which)\\s+(?:\\w+\\s+)?$").matcher(v.before(m.start(), 20)).find();
                taken.add(new int[] {m.start(), m.end()});
                Victims main = new Victims(m.start(), m.end(), count.get(), countries, names, harm, attacked);
                List<Victims> group = new ArrayList<>(List.of(main));
                int end = m.end();
                boolean hostile = HOSTILE.matcher(victims).find();
                if (p == AFTER) {
                    Matcher next = NEXT.matcher(v.text).region(end, s.end());
                    while (next.find()) {
                        Optional<Integer> c = count(next.group(1));
                        if (c.isEmpty()) {
                            break;
                        }
                        String words = next.group(2).strip();
                        hostile |= HOSTILE.matcher(words).find();
                        group.add(victims(v, next.start(1), next.end(), c.get(), words, harm, attacked));
                        end = next.end();
                        next = NEXT.matcher(v.text).region(end, s.end());
                    }
                } else {
                    Matcher prev = PREVIOUS.matcher(v.text).region(from, m.start());
                    if (prev.find() && count(prev.group(1)).isPresent()) {
                        String words = prev.group(2).strip();
                        hostile |= HOSTILE.matcher(words).find();
                        group.add(0, victims(v, prev.start(), prev.end(), count(prev.group(1)).get(), words, harm,
                                attacked));
                    }
                }
                if (group.size() == 2 && !hostile) {
                    Victims a = group.get(0);
                    Victims b = group.get(1);
                    Set<String> cs = new LinkedHashSet<>(a.countries());
                    cs.addAll(b.countries());
                    Set<String> ns = new LinkedHashSet<>();
                    for (Victims x : group) {
                        if (FORCE.matcher(String.join(" ", x.names())).find()) {
                            ns.addAll(x.names());
                        }
                    }
                    found.add(new Victims(a.start(), b.end(), a.count() + b.count(), cs, ns.isEmpty() ? names : ns,
                            harm, attacked));
                } else {
                    for (Victims x : group) {
                        if (FORCE.matcher(String.join(" ", x.names())).find()) {
                            found.add(x);
                        }
                    }
                }
                Matcher more = GOES_ON.matcher(v.text).region(Math.max(end, m.end()), s.end());
                if (more.find()) {
                    String n2 = more.group(2) != null ? more.group(2) : more.group(3);
                    String h2 = more.group(1) != null ? more.group(1) : more.group(4);
                    Optional<Integer> c2 = count(n2);
                    if (c2.isPresent()) {
                        Set<String> ns = new LinkedHashSet<>(names);
                        ns.removeIf(x -> !x.contains(" ") && !FORCE.matcher(x).matches());
                        found.add(new Victims(more.start(), more.end(), c2.get(), countries,
                                ns.isEmpty() ? names : ns, harm(h2), attacked));
                        taken.add(new int[] {more.start(), more.end()});
                    }
                }
                taken.add(new int[] {m.start(), end});
            }
        }
        Matcher d = DEMONYMS.matcher(v.text).region(s.start(), s.end());
        if (d.find() && !overlaps(taken, d.start(), d.end()) && !hedged(v, s.start(), s, d.start())) {
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
                found.add(new Victims(d.start(), d.end(), total, actors, new LinkedHashSet<>(),
                        harm(d.group(d.groupCount())), false));
            }
        }
        for (Victims x : found) {
            if (isHostNationForce(v, x)) {
                continue;
            }
            emit(v, index, x, out);
        }
    }

    private static Victims victims(DocumentView v, int start, int end, int count, String words, String harm,
            boolean attacked) {
        Set<String> countries = new LinkedHashSet<>();
        for (String w : words.split("\\s+")) {
            DocumentView.findCountryOfAdjective(w.replaceAll("['’]s?$", "")).ifPresent(countries::add);
        }
        return new Victims(start, end, count, countries, new LinkedHashSet<>(List.of(words.replaceAll("\\s+", " ")
                .replaceAll("[.,]+$", ""))),
                harm, attacked);
    }

    /** "killed" for deaths, "wounded" for injuries. */
    private static String harm(String verb) {
        return verb != null && verb.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:wound|injur|hurt|injury).*")
                ? "wounded" : "killed";
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
    }

    /** Whether the clause before the count hedges or negates it ("could be killed", "were not hurt"). */
    private static boolean hedged(DocumentView v, int start, Sentence s, int at) {
        int from = QuantityRules.clauseStart(v.text, start, at);
        String clause = v.textOf(from, QuantityRules.clauseEnd(v.text, at, s.end()));
        return HEDGE.matcher(clause).find();
    }

    /**
     * Whether the victims are the host country's own police or soldiers (a country the document tells of as the
     * place where things happen, "in southern Afghanistan"), named with no mission: a toll of the conflict, not of
     * a mission.
     */
    private boolean isHostNationForce(DocumentView v, Victims x) {
        if (x.countries().isEmpty() || IN_MISSION.matcher(String.join(" ", x.names())).find()) {
            return false;
        }
        if (hosts == null) {
            hosts = new LinkedHashSet<>();
            for (DocumentView.EntityMention em : v.mentions) {
                if (Mention.LOCATION.equals(em.entity().type()) && HOST_LEAD.matcher(v.before(em.start(), 20)).find()) {
                    hosts.add(em.id());
                }
            }
        }
        return hosts.containsAll(x.countries());
    }

    private static Optional<Integer> count(String written) {
        return CountWords.of(written);
    }

    private void emit(DocumentView v, int index, Victims x, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        Set<String> countries = new LinkedHashSet<>(x.countries());
        if (countries.isEmpty() && nothingNamed(v, s)) {
            // "The second helicopter made a forced landing which injured five personnel": the story goes on
            for (int[] e : mine) {
                if (e[1] >= index - 2 && e[1] < index) {
                    countries.addAll(countriesOf.getOrDefault(e[0], Set.of()));
                }
            }
        }
        Set<String> actors = new LinkedHashSet<>(countries);
        actors.addAll(x.names());
        if (actors.isEmpty()) {
            return;
        }
        String place = null;
        for (DocumentView.EntityMention em : v.mentionsIn(s.start(), s.end())) {
            if (Mention.LOCATION.equals(em.entity().type()) && !actors.contains(v.actorFor(em.entity()))
                    && PLACE_LEAD.matcher(v.before(em.start(), 40)).find() && em.start() >= x.start() - 80
                    && !MISSION_IN.matcher(v.before(em.start(), 20)).find()) {
                place = em.id();
                break;
            }
        }
        Optional<String> date = EventDates.of(v, index);
        if (date.isPresent() && EventDates.isEarlierYear(date.get(), v.published)) {
            return;
        }
        String when = date.orElse(v.published);
        if (DAY_AFTER.matcher(v.textOf(s.start(), Math.max(s.start(), x.start()))).find()) {
            when = EventDates.dayBefore(when);
        }
        Optional<String> mission = v.findMissionFor(s, x.start());
        String participants = String.join(",", actors);
        Fact f = FactRule.fact(s, Fact.EVENT, mission.orElse(actors.iterator().next()), "casualty", participants,
                when, FactRule.qualifiers("participants", participants, "date", when, "place", place,
                        "count", Integer.toString(x.count()), "harm", x.harm(),
                        "asOfBasis", date.isPresent() ? "sentence" : when == null ? null : "published"),
                "event-casualty", date.isPresent() ? 0.75 : 0.6);
        for (int[] e : mine) {
            Fact earlier = out.get(e[0]);
            if (sameCasualty(earlier, f, countriesOf.getOrDefault(e[0], Set.of()), countries)) {
                out.set(e[0], merge(earlier, f));
                countriesOf.get(e[0]).addAll(countries);
                if (x.attacked() && attacks.add(e[0])) {
                    out.add(attack(out.get(e[0])));
                }
                return;
            }
        }
        out.add(f);
        mine.add(new int[] {out.size() - 1, index});
        countriesOf.put(out.size() - 1, countries);
        if (x.attacked()) {
            attacks.add(out.size() - 1);
            out.add(attack(f));
        }
    }

    /** The attack that caused a casualty: the same victims, day and place, with no count. */
    private static Fact attack(Fact f) {
        {
            Map<String, String> q = new LinkedHashMap<>(f.qualifiers());
            q.remove("count");
            q.remove("harm");
            return new Fact(f.start(), f.end(), f.kind(), f.subject(), "attack", f.value(), f.asOf(), q,
                    "facts/event-attack", f.confidence() - 0.05);
        }
    }

    /** Whether the sentence names no country, people of one, or mission: its victims can only be the story's. */
    private static boolean nothingNamed(DocumentView v, Sentence s) {
        for (DocumentView.EntityMention em : v.mentionsIn(s.start(), s.end())) {
            if (Mention.LOCATION.equals(em.entity().type()) || v.isMission(em.entity())
                    || DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                return false;
            }
        }
        Matcher w = Pattern.compile("\\p{Lu}[\\p{L}'’-]+").matcher(v.text).region(s.start(), s.end());
        while (w.find()) {
            if (w.start() > s.start() && DocumentView.findCountryOfAdjective(w.group()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** One casualty told twice: the same day, harm and count, and no two different countries. */
    private static boolean sameCasualty(Fact a, Fact b, Set<String> ca, Set<String> cb) {
        if (!a.predicate().equals(b.predicate()) || !java.util.Objects.equals(a.asOf(), b.asOf())
                || !a.findQualifier("harm").equals(b.findQualifier("harm"))
                || !a.findQualifier("count").equals(b.findQualifier("count"))) {
            return false;
        }
        if (ca.isEmpty() || cb.isEmpty()) {
            return true;
        }
        Set<String> common = new LinkedHashSet<>(ca);
        common.retainAll(cb);
        return !common.isEmpty();
    }

    private static boolean isCountry(String id) {
        return DocumentView.findCountryOfAdjective(id.replace('-', ' ')).isPresent();
    }

    /** The earlier telling with the actors of both and a place where only the later one has it. */
    private static Fact merge(Fact earlier, Fact later) {
        Map<String, String> q = new LinkedHashMap<>(later.qualifiers());
        q.putAll(earlier.qualifiers());
        String here = earlier.qualifiers().get("place");
        String there = later.qualifiers().get("place");
        if (here != null && there != null && isCountry(here) && !isCountry(there)) {
            q.put("place", there); // "near Panjwaii" says more than "in Afghanistan"
        }
        Set<String> who = new LinkedHashSet<>(List.of(earlier.findQualifier("participants").orElse("").split(",")));
        who.addAll(List.of(later.findQualifier("participants").orElse("").split(",")));
        who.remove("");
        q.put("participants", String.join(",", who));
        return new Fact(earlier.start(), earlier.end(), earlier.kind(), earlier.subject(), earlier.predicate(),
                String.join(",", who), earlier.asOf(), q, earlier.extractor(),
                Math.max(earlier.confidence(), later.confidence()));
    }
}
