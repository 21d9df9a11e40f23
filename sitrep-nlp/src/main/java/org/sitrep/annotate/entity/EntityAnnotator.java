package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.pipeline.Annotator;

/**
 * Resolves the named mentions of one document into entities, each with its id, canonical name, type, aliases and
 * every mention.
 *
 * <p>How: mentions outside sentences (boilerplate) are dropped; the rest are cleaned (a leading "the", a trailing
 * possessive, an "X-led" prefix split off as its own mention of X) and adjacent parts that the recognizer split
 * ("Haitian" MISC + "National Police" ORG) are joined. Names and aliases of the {@link EntityRegistry} are then found
 * by exact match at word boundaries in every sentence, which adds what the recognizer missed ("MSS" tagged O) and
 * repairs what it tagged in parts; where candidates overlap the longest wins. A parenthesized acronym after a name
 * ("Multinational Security Support Mission (MSS)") becomes its alias and every later occurrence of it a mention. An
 * all-capital mention whose letters are the initials of another name joins it. A person's shorter name joins the
 * longer name it is part of ("Blinken", "Antony Blinken" and "Antony J. Blinken"; middle initials are ignored), the
 * nearest preceding one when several fit. Titles written before or in apposition to a person's name ("President
 * William Ruto", "Antony Blinken, the U.S. Secretary of State,") become aliases of the person, as {@link Titles}
 * describes.
 *
 * <p>Ids come from the registry, else from the {@linkplain EntityIds#slugOf slug} of the longest name (without
 * middle initials for people). Entities come in the order of their first mention.
 *
 * <p>Thread safety: immutable and stateless; the registry is loaded once per JVM and shared.
 *
 * <p>Failure: never fails on odd text; a document without mentions or sentences gets an empty layer. Throws
 * {@link IllegalStateException} if the document lacks the required layers, or (once, on first use) if the bundled
 * registry is missing.
 */
public final class EntityAnnotator implements Annotator {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\A[ \\t]*\\([ \\t]*(\\p{Lu}[\\p{Lu}\\p{Ll}&.\\-]{0,9})[ \\t]*\\)");
    private static final Pattern LED_PREFIX = Pattern.compile(
            "\\A([\\p{L}.]+(?:[ ][\\p{Lu}][\\p{L}.]+)*)[-‐‑](led|backed|based|born|funded|sponsored|owned|run|brokered|sanctioned|trained)\\b");
    /** A trailing possessive or punctuation that a mention's text may end with ("Ruto's", "Kenya,"). */
    private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:['’]s?|[,;:!?)(\"“”]+)\\z");
    /** A middle initial: "J" or "J.". */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    /** A word whose dot is an abbreviation's, not a sentence end: "U.S.", "Gen.". */
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{L}\\.)+|\\p{Lu}\\p{Ll}{0,3}\\.");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}.’'\\-&]*");
    /** Courtesy titles that are not part of a person's name ("Mr Thomas" is "Richard Thomas"). */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof",
            "prof.", "sir", "dame", "lord", "lady", "rev", "rev.", "mx", "mx.");
    /** Sentence adverbs and the like that a recognizer sometimes takes into a name at its start. */
    private static final Set<String> LEADING_NOISE = Set.of("meanwhile", "however", "but", "and", "also", "former",
            "ex", "then", "now", "later", "earlier", "still", "yet", "so", "thus", "while", "when", "if", "after",
            "before", "since", "as", "although", "despite", "under", "with", "without");
    /** A capitalized word of a name, "U.N." and "UN" included. */
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}.'’]*(?:-\\p{Lu}[\\p{L}.'’]*)*)";
    /**
     * How news names a mission: capitalized words ending in a mission's head noun, with what it is in or for
     * ("United Nations Mission in South Sudan", "African Union Mission in Somalia", "Multinational Security
     * Support Mission", "International Security Assistance Force", "United Nations Interim Force in Lebanon").
     */
    static final Pattern MISSION_NAME = Pattern.compile("\\b(" + NAME_WORD + "(?:(?:\\s+|\\s*/\\s*|-)(?:"
            + NAME_WORD + "|of|the|and|for|de|la|du|des|pour))*?\\s+(?:Mission|Force|Forces|Operation|Office|Presence))"
            + "\\b(\\s+(?:in|for|to|of|on)\\s+(?:the\\s+)?" + NAME_WORD + "(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+)?"
            + NAME_WORD + "){0,3})?");
    /** Words that make a force a state's own service, never a mission: "Air Force", "Kenya Defence Forces". */
    static final Pattern NATIONAL_FORCE = Pattern.compile("(?i)\\b(?:air|armed|defen[cs]e|naval|police|border|"
            + "special|rapid support|marine|security and defen[cs]e)\\s+forces?$");
    /** "the Kosovo Force, known as KFOR": the acronym a mission's name is known by. */
    private static final Pattern KNOWN_AS = Pattern.compile("\\A,?[ \\t]+(?:known as|also called|or)[ \\t]+"
            + "(\\p{Lu}[\\p{Lu}\\p{Ll}&.\\-]{1,9})\\b");
    /** A name whose head is a mission's ("Kosovo Force", "Operation Astute"), which a recognizer may take for a place. */
    private static final Pattern MISSION_HEAD = Pattern.compile("\\s(?:Mission|Force|Operation)$|^Operation\\s+\\p{Lu}");
    /** Lower-case words that may stand inside a name; any other splits it ("... Defence states Operation Astute"). */
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "for", "in", "on", "to", "at", "de",
            "la", "le", "du", "des", "pour", "et", "y", "del", "da", "dos", "das", "do", "van", "von", "der", "den",
            "al", "el", "bin", "ibn", "upon", "under", "di");
    /** A military operation named as such: "Operation Astute", "Operation ALTHEA". */
    private static final Pattern OPERATION_NAME = Pattern.compile("\\bOperation\\s+\\p{Lu}[\\p{L}]+"
            + "(?:\\s+\\p{Lu}[\\p{L}]+)?\\b");
    /** The UN in any of its spellings. */
    private static final Pattern UN_SPELLING = Pattern.compile("(?:UN|U\\.N\\.|United Nations)(?=\\s|$)");
    /**
     * A mission described by who sends it and what it is: "UN peacekeepers", "the 3,300-strong U.N. peacekeeping
     * force", "British troops", "the Australian deployment", "the multinational force", "the Kenya-led force".
     */
    static final Pattern DESCRIBED_MISSION = Pattern.compile("(?<![\\p{L}\\p{N}.-])(?:[\\d,.]+[\\s-]+strong\\s+)?"
            + "(?<who>U\\.N\\.|UN|United Nations|[Mm]ultinational|[Ii]nternational|NATO|AU|EU|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?-led|"
            + "\\p{Lu}\\p{Ll}+)\\s+(?<head>(?:peacekeeping|peace-keeping|stabili[sz]ation|security)\\s+(?:force|mission|"
            + "operation)|peace ?keepers|peace-keepers|troops|soldiers|forces|force|mission|deployment|task force|"
            + "contingent)(?![\\p{L}-])");
    /** What may come between a described mission and where it is: "operating in", "deployed to", "in". */
    private static final Pattern PLACE_LEAD = Pattern.compile("\\A\\s+(?:(operating|deployed|stationed|based|"
            + "serving)\\s+)?((?:in|to)\\s+)");
    /** A later "in the Democratic Republic of Congo", "in southern Lebanon" of the same sentence. */
    private static final Pattern LATER_PLACE = Pattern.compile("\\b(in)\\s+(?:(?:northern|southern|eastern|western|"
            + "central)\\s+)?");
    /** Heads that name a mission without a place: "the Australian deployment", "the multinational force". */
    private static final Pattern NO_PLACE_HEADS = Pattern.compile("deployment|task force|contingent|force");
    private static final Set<String> INITIAL_SKIP = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des",
            "la", "le", "&", "to");

    private static final int MALE_BIT = 1;
    private static final int FEMALE_BIT = 2;

    private final EntityRegistry registry;

    /** The annotator with the bundled {@link EntityRegistry#standard() registry}. */
    public EntityAnnotator() {
        this(null);
    }

    /** The annotator with {@code registry} (null: the bundled one, loaded on first use). */
    public EntityAnnotator(EntityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.MENTIONS, Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document annotate(Document doc) {
        EntityRegistry reg = registry == null ? EntityRegistry.standard() : registry;
        return doc.with(Layers.ENTITIES, new Resolution(doc, reg).entities());
    }

    /** How a candidate mention was found. */
    private enum Origin { NER, REGISTRY, ACRONYM }

    /** A candidate mention. */
    private record Cand(int start, int end, String type, Origin origin, String registryId) implements Span {
        Cand withRegistryId(String id) {
            return new Cand(start, end, type, origin, id);
        }
    }

    /** One resolution run over one document; not shared between threads. */
    private static final class Resolution {
        private final Document doc;
        private final String text;
        private final EntityRegistry registry;
        private final List<Sentence> sentences;
        private final Map<String, Cand> acronymDefinitions = new LinkedHashMap<>();
        private List<Cand> chosen = new ArrayList<>();
        private int[] parent;
        /** Per group root: {@link #MALE_BIT} and {@link #FEMALE_BIT} of the courtesy titles its people carry. */
        private int[] titleGenders;
        /** Per group root: the same bits for the genders of its people's first names, on CoreNLP's lists. */
        private int[] nameGenders;
        /** The words of each candidate's name, as {@link #nameWords(Cand)} reads them. */
        private final Map<Cand, List<String>> nameWords = new HashMap<>();
        /** The courtesy title each person candidate is written with ("Mrs."), when it has one. */
        private final Map<Cand, String> courtesyTitles = new HashMap<>();
        /** Last names that stand for a man in one group and a woman in another ("Mr Clinton", "Mrs Clinton"). */
        private final Set<String> sharedLastNames = new HashSet<>();

        Resolution(Document doc, EntityRegistry registry) {
            this.doc = doc;
            this.text = doc.text();
            this.registry = registry;
            this.sentences = doc.layer(Layers.SENTENCES);
        }

        List<Entity> entities() {
            List<Cand> cands = new ArrayList<>();
            cands.addAll(joinAdjacent(cleaned(doc.layer(Layers.MENTIONS))));
            cands.addAll(registryHits());
            cands.addAll(missionNames());
            cands.addAll(operationNames());
            chosen = new ArrayList<>(longestFirst(cands).stream().map(c -> c.registryId() != null ? c
                    : registry.findByName(textOf(c)).map(e -> c.withRegistryId(e.id())).orElse(c)).toList());
            findAcronyms();
            chosen.sort(Span.ORDER);
            cluster();
            return withDescribedMissions(build());
        }

        private String textOf(Span s) {
            return text.substring(s.start(), s.end());
        }

        private Optional<Sentence> findSentence(Span s) {
            for (Sentence sentence : sentences) {
                if (sentence.encloses(s)) {
                    return Optional.of(sentence);
                }
                if (sentence.start() > s.start()) {
                    break;
                }
            }
            return Optional.empty();
        }

        // ---- candidates

        private List<Cand> cleaned(List<Mention> mentions) {
            List<Cand> out = new ArrayList<>();
            for (Mention m : mentions) {
                String type = coarseTypeOf(m.type());
                if (type == null || findSentence(m).isEmpty() || doc.isBoilerplate(m)) {
                    continue;
                }
                int s = m.start();
                int e = m.end();
                // trailing possessive and punctuation
                String t = text.substring(s, e);
                Matcher poss = TRAILING_POSSESSIVE.matcher(t);
                if (poss.find() && poss.start() > 0) {
                    e = s + poss.start();
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                t = text.substring(s, e);
                if (t.regionMatches(true, 0, "the ", 0, 4)) {
                    s += 4;
                    t = text.substring(s, e);
                }
                s = afterLeadingWords(s, e, type);
                e = beforeTrailingWords(s, e);
                t = text.substring(s, e);
                Matcher led = LED_PREFIX.matcher(t);
                if (led.find()) {
                    int prefixEnd = s + led.end(1);
                    String prefixType = registry.findByName(led.group(1)).map(EntityRegistry.Entry::type)
                            .orElse(Mention.LOCATION);
                    out.add(new Cand(s, prefixEnd, prefixType, Origin.NER, null));
                    s = s + led.end();
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                }
                for (int[] part : type.equals(Mention.PERSON) ? List.of(new int[] {s, e}) : namePieces(s, e)) {
                    if (part[1] > part[0] && letters(part[0], part[1]) >= 2) {
                        String piece = text.substring(part[0], part[1]);
                        boolean missionHead = MISSION_HEAD.matcher(piece).find()
                                && !NATIONAL_FORCE.matcher(piece).find();
                        out.add(new Cand(part[0], part[1], missionHead ? Mention.ORGANIZATION : type, Origin.NER,
                                null));
                    }
                }
            }
            out.sort(Span.ORDER);
            return out;
        }

        /**
         * A name cut where a lower-case word that no name holds stands inside it ("Australian Department of Defence
         * states Operation Astute" is two names); connectors ("of", "the", "and", "de") stay.
         */
        private List<int[]> namePieces(int s, int e) {
            List<int[]> out = new ArrayList<>();
            int from = s;
            int last = s;
            Matcher m = WORD.matcher(text).region(s, e);
            while (m.find()) {
                String w = m.group();
                if (m.start() > s && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                        && !NAME_CONNECTORS.contains(w)) {
                    if (from >= 0) { // two such words in a row cut once
                        out.add(new int[] {from, last});
                    }
                    from = -1;
                } else {
                    if (from < 0) {
                        from = m.start();
                    }
                    last = m.end();
                }
            }
            if (from >= 0) {
                out.add(new int[] {from, e});
            }
            return out;
        }

        /**
         * Skips leading words that are not the name: sentence adverbs ("Meanwhile Lib Dem"), and for people the
         * titles and courtesy titles before the name ("Tory Treasurer Lord Ashcroft" gives "Ashcroft"); at least one
         * word always stays.
         */
        private int afterLeadingWords(int s, int e, String type) {
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(s, e);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            int skip = 0;
            while (skip < words.size() - 1
                    && LEADING_NOISE.contains(lower(words.get(skip)).replaceAll("-$", ""))) {
                skip++;
            }
            if (type.equals(Mention.PERSON)) {
                for (int k = words.size() - 2; k >= skip; k--) {
                    String w = lower(words.get(k));
                    if (HONORIFICS.contains(w) || Titles.HEADS.contains(w)) {
                        skip = k + 1;
                        break;
                    }
                }
            }
            return skip == 0 ? s : words.get(skip)[0];
        }

        /**
         * Drops trailing words that start in lower case ("UN Security Council unanimously"): a name ends in a
         * capitalized word or a number; at least one word always stays.
         */
        private int beforeTrailingWords(int s, int e) {
            List<int[]> words = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(s, e);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            int keep = words.size();
            while (keep > 1 && Character.isLowerCase(text.charAt(words.get(keep - 1)[0]))) {
                keep--;
            }
            return keep == words.size() ? e : words.get(keep - 1)[1];
        }

        private String lower(int[] word) {
            return text.substring(word[0], word[1]).toLowerCase(Locale.ROOT);
        }

        /** Letters in {@code [s, e)}: a name has at least two ("C$" and "US$" are currencies, not names). */
        private int letters(int s, int e) {
            int n = 0;
            for (int i = s; i < e; i++) {
                if (Character.isLetter(text.charAt(i))) {
                    n++;
                }
            }
            return n;
        }


        /** Joins recognizer parts split by one space: same type, or a MISC/LOCATION modifier before an organization. */
        private List<Cand> joinAdjacent(List<Cand> in) {
            List<Cand> out = new ArrayList<>();
            for (Cand c : in) {
                if (!out.isEmpty()) {
                    Cand last = out.get(out.size() - 1);
                    boolean oneSpace = c.start() == last.end() + 1 && text.charAt(last.end()) == ' ';
                    boolean sameSentence = findSentence(new TextSpan(last.start(), c.end())).isPresent();
                    String joined = joinedType(last.type(), c.type());
                    if (oneSpace && sameSentence && joined != null && !c.type().equals(Mention.PERSON)
                            && !last.type().equals(Mention.PERSON)) {
                        out.set(out.size() - 1, new Cand(last.start(), c.end(), joined, Origin.NER, null));
                        continue;
                    }
                }
                out.add(c);
            }
            return out;
        }

        private static String joinedType(String left, String right) {
            if (left.equals(right)) {
                return left;
            }
            if (right.equals(Mention.ORGANIZATION) && (left.equals(Mention.MISC) || left.equals(Mention.LOCATION))) {
                return Mention.ORGANIZATION;
            }
            return null;
        }

        /**
         * Mission names as news writes them ({@link #MISSION_NAME}), as organizations: from the first capitalized
         * word after any "the" (so "Meanwhile the UN Mission" gives "UN Mission"), never a state's own service.
         */
        private List<Cand> missionNames() {
            List<Cand> out = new ArrayList<>();
            for (Sentence sentence : sentences) {
                if (doc.isBoilerplate(sentence)) {
                    continue;
                }
                Matcher m = MISSION_NAME.matcher(text).region(sentence.start(), sentence.end());
                while (m.find()) {
                    int s = m.start();
                    String head = m.group(1);
                    int the = Math.max(head.lastIndexOf(" the "), head.lastIndexOf(" of "));
                    if (the >= 0) {
                        s += the + (head.startsWith(" the ", the) ? 5 : 4);
                    }
                    if (text.startsWith("The ", s)) {
                        s += 4;
                    }
                    String name = text.substring(s, m.end(1));
                    if (NATIONAL_FORCE.matcher(name).find() || name.split("\\s+").length < 2
                            || mostlyCapitals(textOf(sentence))) {
                        continue;
                    }
                    int e = m.group(2) != null ? m.end(2) : m.end(1);
                    if (letters(s, e) >= 2) {
                        out.add(new Cand(s, e, Mention.ORGANIZATION, Origin.NER, null));
                    }
                }
            }
            return out;
        }

        /** Military operations named as such ("Operation Astute"), as organizations. */
        private List<Cand> operationNames() {
            List<Cand> out = new ArrayList<>();
            for (Sentence sentence : sentences) {
                if (doc.isBoilerplate(sentence) || mostlyCapitals(textOf(sentence))) {
                    continue;
                }
                Matcher m = OPERATION_NAME.matcher(text).region(sentence.start(), sentence.end());
                while (m.find()) {
                    out.add(new Cand(m.start(), m.end(), Mention.ORGANIZATION, Origin.NER, null));
                }
            }
            return out;
        }

        /**
         * Missions that news describes rather than names: "UN peacekeepers in Lebanon", "the 3,300-strong U.N.
         * peacekeeping force operating in Chad and the Central African Republic", "British troops in Iraq", "the
         * Australian deployment", "the multinational force", "the Kenya-led force". A UN force told of with no place
         * takes the first country the sentence puts it in ("UN peacekeepers were killed in an ambush in the
         * Democratic Republic of Congo"). Descriptions by the same maker (the UN, one country, a multinational
         * force) are one entity, named by its first description, the others its aliases; "UN", "U.N." and "United
         * Nations" are one maker, so each description is also an alias in the other two spellings.
         */
        private List<Entity> withDescribedMissions(List<Entity> entities) {
            List<int[]> places = new ArrayList<>();
            for (Entity e : entities) {
                if (Mention.LOCATION.equals(e.type())) {
                    for (TextSpan m : e.mentions()) {
                        places.add(new int[] {m.start(), m.end()});
                    }
                }
            }
            Map<String, List<String>> namesByMaker = new LinkedHashMap<>();
            Map<String, List<TextSpan>> spansByMaker = new LinkedHashMap<>();
            for (Sentence sentence : sentences) {
                if (doc.isBoilerplate(sentence)) {
                    continue;
                }
                Matcher m = DESCRIBED_MISSION.matcher(text).region(sentence.start(), sentence.end());
                while (m.find()) {
                    String who = m.group("who");
                    String maker = makerOf(who);
                    if (maker == null) {
                        continue;
                    }
                    String head = m.group("head");
                    boolean un = maker.equals("un");
                    int at = m.end();
                    String verb = "";
                    Matcher tail = PLACE_LEAD.matcher(text).region(at, sentence.end());
                    int[] place = null;
                    if (tail.lookingAt()) {
                        place = placeAt(places, tail.end(), sentence.end());
                        verb = tail.group(1) == null ? "" : tail.group(1) + " ";
                    }
                    String written = text.substring(m.start("who"), m.end()).replaceAll("\\s+", " ");
                    String name;
                    int end = m.end();
                    if (place != null) {
                        name = written + " " + verb + text.substring(tail.start(2), place[1]).replaceAll("\\s+", " ");
                        end = place[1];
                    } else if (un) {
                        Matcher later = LATER_PLACE.matcher(text).region(at, sentence.end());
                        while (place == null && later.find()) {
                            place = placeAt(places, later.end(), sentence.end());
                        }
                        if (place == null) {
                            continue;
                        }
                        name = written + " " + text.substring(later.start(1), place[1]).replaceAll("\\s+", " ");
                        name = name.replaceFirst(" in (?:the )?(?:northern|southern|eastern|western|central) ", " in ");
                    } else if (!NO_PLACE_HEADS.matcher(head).matches() && !who.endsWith("-led")) {
                        continue;
                    } else {
                        name = written;
                    }
                    namesByMaker.computeIfAbsent(maker, k -> new ArrayList<>()).add(name);
                    spansByMaker.computeIfAbsent(maker, k -> new ArrayList<>())
                            .add(new TextSpan(m.start("who"), end));
                }
            }
            if (namesByMaker.isEmpty()) {
                return entities;
            }
            List<Entity> out = new ArrayList<>(entities);
            Set<String> ids = new java.util.HashSet<>();
            entities.forEach(e -> ids.add(e.id()));
            for (Map.Entry<String, List<String>> group : namesByMaker.entrySet()) {
                String name = group.getValue().get(0);
                String id = EntityIds.slugOf(name);
                if (!ids.add(id)) {
                    continue;
                }
                Set<String> aliases = new LinkedHashSet<>();
                for (String n : group.getValue()) {
                    aliases.add(n);
                    Matcher un = UN_SPELLING.matcher(n);
                    if (un.lookingAt()) {
                        for (String spelling : List.of("UN", "U.N.", "United Nations")) {
                            aliases.add(spelling + n.substring(un.end()));
                        }
                    }
                }
                aliases.remove(name);
                List<TextSpan> mentions = new ArrayList<>(new LinkedHashSet<>(spansByMaker.get(group.getKey())));
                mentions.sort(Span.ORDER);
                out.add(new Entity(id, name, Mention.ORGANIZATION, List.copyOf(aliases), mentions));
            }
            out.sort(Comparator.comparingInt(e -> e.mentions().isEmpty() ? Integer.MAX_VALUE
                    : e.mentions().get(0).start()));
            return out;
        }

        /** The place mention that starts at {@code pos} (after an optional "the"), with a second one after "and". */
        private int[] placeAt(List<int[]> places, int pos, int limit) {
            int[] found = null;
            for (int[] p : places) {
                if (p[0] == pos || (p[0] == pos + 4 && text.startsWith("the ", pos))) {
                    found = p;
                }
            }
            if (found == null || !isCountryLike(text.substring(found[0], found[1]))) {
                return null;
            }
            Matcher and = Pattern.compile("\\A\\s+and\\s+").matcher(text).region(found[1], limit);
            if (and.lookingAt()) {
                int[] second = placeAt(places, and.end(), limit);
                if (second != null) {
                    return new int[] {found[0], second[1]};
                }
            }
            return found;
        }

        /** A place a mission is deployed in: a country or a region the registry or the text names as a place. */
        private boolean isCountryLike(String place) {
            return registry.findByName(place).map(e -> Mention.LOCATION.equals(e.type())).orElse(true);
        }

        /** Who a described mission belongs to: "un", a country's id, "multinational"; null for no maker. */
        private String makerOf(String who) {
            if (UN_SPELLING.matcher(who).matches()) {
                return "un";
            }
            String w = who.replaceAll("-led$", "");
            if (w.equalsIgnoreCase("multinational") || w.equalsIgnoreCase("international")) {
                return "multinational";
            }
            if (w.equals("NATO") || w.equals("AU") || w.equals("EU")) {
                return w.toLowerCase(Locale.ROOT);
            }
            Optional<EntityRegistry.Entry> country = registry.findByDemonym(w)
                    .or(() -> who.endsWith("-led") ? registry.findByName(w)
                            .filter(e -> !e.demonyms().isEmpty()) : Optional.empty());
            return country.map(e -> "country:" + e.id()).orElse(null);
        }

        /** Every registry name found at word boundaries in a sentence. */
        private List<Cand> registryHits() {
            List<Cand> out = new ArrayList<>();
            for (Sentence sentence : sentences) {
                if (doc.isBoilerplate(sentence)) {
                    continue;
                }
                String st = textOf(sentence);
                boolean shouting = mostlyCapitals(st);
                for (EntityRegistry.Entry entry : registry.entries()) {
                    for (String name : entry.names()) {
                        if (name.isBlank() || (shouting && name.length() <= 5)) {
                            continue;
                        }
                        int from = 0;
                        int at;
                        while ((at = st.indexOf(name, from)) >= 0) {
                            from = at + 1;
                            int s = sentence.start() + at;
                            int e = s + name.length();
                            if (isWordStart(s) && isWordEnd(e)) {
                                out.add(new Cand(s, e, entry.type(), Origin.REGISTRY, entry.id()));
                            }
                        }
                    }
                }
            }
            return out;
        }

        private static boolean mostlyCapitals(String s) {
            int upper = 0;
            int letters = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            return letters >= 8 && upper * 10 >= letters * 6;
        }

        private boolean isWordStart(int s) {
            return s == 0 || !isWordChar(text.charAt(s - 1));
        }

        private boolean isWordEnd(int e) {
            if (e >= text.length()) {
                return true;
            }
            char c = text.charAt(e);
            if (c == '$' || c == '€' || c == '£') {
                return false;
            }
            if (text.charAt(e - 1) == '.') {
                return true;
            }
            return !isWordChar(c);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '_';
        }

        /** Keeps the longest of overlapping candidates; on equal length a registry hit, then the earlier one. */
        private static List<Cand> longestFirst(List<Cand> cands) {
            List<Cand> sorted = new ArrayList<>(cands);
            sorted.sort(Comparator.comparingInt((Cand c) -> -c.length())
                    .thenComparingInt(c -> c.origin() == Origin.REGISTRY ? 0 : 1)
                    .thenComparingInt(Cand::start));
            List<Cand> out = new ArrayList<>();
            for (Cand c : sorted) {
                boolean free = true;
                for (Cand o : out) {
                    if (o.overlaps(c)) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    out.add(c);
                }
            }
            out.sort(Span.ORDER);
            return out;
        }

        /** "Name (ACR)" makes ACR an alias; every later bare ACR in a sentence becomes a mention. */
        private void findAcronyms() {
            List<Cand> added = new ArrayList<>();
            for (Cand c : chosen) {
                if (c.type().equals(Mention.PERSON)) {
                    continue;
                }
                Matcher m = ACRONYM_AFTER.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 16));
                if (!m.lookingAt()) {
                    m = KNOWN_AS.matcher(text).region(c.end(), Math.min(text.length(), c.end() + 30));
                    if (!m.lookingAt() || !isMissionName(textOf(c))) {
                        continue;
                    }
                }
                String acr = m.group(1);
                if (capitalsIn(acr) < 2 || acr.equals(textOf(c))) {
                    continue;
                }
                acronymDefinitions.putIfAbsent(acr, c);
            }
            if (acronymDefinitions.isEmpty()) {
                return;
            }
            for (Sentence sentence : sentences) {
                String st = textOf(sentence);
                for (Map.Entry<String, Cand> def : acronymDefinitions.entrySet()) {
                    String acr = def.getKey();
                    int from = 0;
                    int at;
                    while ((at = st.indexOf(acr, from)) >= 0) {
                        from = at + 1;
                        int s = sentence.start() + at;
                        int e = s + acr.length();
                        if (!isWordStart(s) || !isWordEnd(e)) {
                            continue;
                        }
                        Cand a = new Cand(s, e, def.getValue().type(), Origin.ACRONYM, def.getValue().registryId());
                        if (chosen.stream().noneMatch(o -> o.overlaps(a)) && added.stream().noneMatch(o -> o.overlaps(a))) {
                            added.add(a);
                        }
                    }
                }
            }
            chosen.addAll(added);
        }

        private static int capitalsIn(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }

        // ---- clustering

        private int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
                titleGenders[Math.min(ra, rb)] = titleGenders[ra] | titleGenders[rb];
                nameGenders[Math.min(ra, rb)] = nameGenders[ra] | nameGenders[rb];
            }
        }

        private int genderOfGroup(int i) {
            return titleGenders[find(i)] | nameGenders[find(i)];
        }

        /** Whether the groups of {@code a} and {@code b} could be one person: never a man and a woman. */
        private boolean sameGender(int a, int b) {
            return (genderOfGroup(a) | genderOfGroup(b)) != (MALE_BIT | FEMALE_BIT);
        }

        /**
         * Whether the courtesy titles of two groups agree: a weaker test than {@link #sameGender}, for when no person
         * of the title's gender bears the name and a first name's list says otherwise ("Lord Butler" and "Robin
         * Butler", a first name the lists give to women).
         */
        private boolean titlesAgree(int a, int b) {
            return (titleGenders[find(a)] | titleGenders[find(b)]) != (MALE_BIT | FEMALE_BIT);
        }

        /** Joins the groups of {@code a} and {@code b} unless one is written as a man and the other as a woman. */
        private void unionOfOnePerson(int a, int b) {
            if (sameGender(a, b)) {
                union(a, b);
            }
        }

        /** The gender of a person candidate's courtesy title ("Mrs Clinton", "Sir Keir"), as a bit; 0 for none. */
        private int titleBit(int i) {
            Cand c = chosen.get(i);
            String title = isPerson(c) ? courtesyTitles.get(c) : null;
            return bitOf(title == null ? null : PersonGender.ofCourtesyTitle(title));
        }

        /** The gender of a person candidate's first name on CoreNLP's lists ("Hillary Clinton"), as a bit; 0 for none. */
        private int nameBit(int i) {
            Cand c = chosen.get(i);
            List<String> words = isPerson(c) ? nameWords(c) : List.of();
            return bitOf(words.size() >= 2 ? PersonGender.ofFirstName(words.get(0)) : null);
        }

        private static int bitOf(String gender) {
            return gender == null ? 0 : gender.equals(PersonGender.MALE) ? MALE_BIT : FEMALE_BIT;
        }

        /** The courtesy title written as the candidate's first word or just before it, or null: "Mrs." of "Mrs. Clinton". */
        private String courtesyTitleOf(Cand c) {
            Matcher first = WORD.matcher(textOf(c));
            if (first.find() && PersonGender.ofCourtesyTitle(first.group()) != null) {
                return first.group();
            }
            int e = c.start();
            while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\u00A0')) {
                e--;
            }
            int s = e;
            while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
                s--;
            }
            if (s == e || e - s > 10) {
                return null;
            }
            String word = text.substring(s, e);
            return PersonGender.ofCourtesyTitle(word) != null ? word : null;
        }

        private void cluster() {
            int n = chosen.size();
            parent = new int[n];
            titleGenders = new int[n];
            nameGenders = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                String title = isPerson(chosen.get(i)) ? courtesyTitleOf(chosen.get(i)) : null;
                if (title != null) {
                    courtesyTitles.put(chosen.get(i), title);
                }
                titleGenders[i] = titleBit(i);
                nameGenders[i] = nameBit(i);
            }
            Map<String, Integer> firstByKey = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Cand c = chosen.get(i);
                // "Mr Clinton" and "Mrs Clinton" are two people: a person's name key holds the gender it is written with
                int g = genderOfGroup(i);
                String gender = g == 0 ? "" : "|" + g;
                String nameKey = "name:" + EntityRegistry.keyOf(textOf(c)) + gender;
                String key = c.registryId() != null ? "id:" + c.registryId() : nameKey;
                Integer first = firstByKey.putIfAbsent(key, i);
                if (first != null) {
                    unionOfOnePerson(first, i);
                }
                Integer sameName = firstByKey.putIfAbsent(nameKey, i);
                if (sameName != null) {
                    unionOfOnePerson(sameName, i);
                }
            }
            // a name written without a title joins the same name written with one, unless it is written with both
            // ("Boothroyd" in the headline is "Lady Boothroyd"; "Clinton" beside "Mr" and "Mrs Clinton" is left open)
            for (Map.Entry<String, Integer> plain : firstByKey.entrySet()) {
                Integer male = firstByKey.get(plain.getKey() + "|" + MALE_BIT);
                Integer female = firstByKey.get(plain.getKey() + "|" + FEMALE_BIT);
                if (plain.getKey().startsWith("name:") && (male == null) != (female == null)) {
                    unionOfOnePerson(plain.getValue(), male != null ? male : female);
                }
            }
            if (!acronymDefinitions.isEmpty()) {
                // each candidate by its text, once, so that joining the acronyms is linear in the candidates
                Map<String, List<Integer>> byText = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    byText.computeIfAbsent(textOf(chosen.get(i)), k -> new ArrayList<>()).add(i);
                }
                for (Map.Entry<String, Cand> def : acronymDefinitions.entrySet()) {
                    int d = chosen.indexOf(def.getValue());
                    if (d >= 0) {
                        for (int i : byText.getOrDefault(def.getKey(), List.of())) {
                            union(d, i);
                        }
                    }
                }
            }
            joinInitials();
            joinShorterPersonNames();
            findSharedLastNames();
        }

        /**
         * The last names that a group of men and a group of women both hold: a person named only by such a name is
         * named with the title.
         */
        private void findSharedLastNames() {
            Map<String, Integer> gendersByLastName = new HashMap<>();
            for (int i = 0; i < chosen.size(); i++) {
                List<String> words = nameWords(chosen.get(i));
                int g = genderOfGroup(i);
                if (isPerson(chosen.get(i)) && !words.isEmpty() && (g == MALE_BIT || g == FEMALE_BIT)) {
                    gendersByLastName.merge(words.get(words.size() - 1), g, (x, y) -> x | y);
                }
            }
            gendersByLastName.forEach((name, g) -> {
                if (g == (MALE_BIT | FEMALE_BIT)) {
                    sharedLastNames.add(name);
                }
            });
        }

        /** "HNP" joins "Haitian National Police" when exactly one multi-word name has those initials. */
        private void joinInitials() {
            // the candidates by their initials, computed once, so that this is linear in the candidates
            Map<String, List<Integer>> byInitials = new HashMap<>();
            for (int j = 0; j < chosen.size(); j++) {
                Cand o = chosen.get(j);
                if (o.type().equals(Mention.PERSON)) {
                    continue;
                }
                String initials = initialsOf(textOf(o));
                if (initials.length() >= 2) {
                    byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(j);
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                String t = textOf(chosen.get(i)).replace(".", "");
                if (t.length() < 2 || t.length() > 7 || !t.chars().allMatch(Character::isUpperCase)) {
                    continue;
                }
                Integer match = null;
                boolean ambiguous = false;
                for (int j : byInitials.getOrDefault(t, List.of())) {
                    if (j == i || find(i) == find(j)) {
                        continue;
                    }
                    if (match != null && find(match) != find(j)) {
                        ambiguous = true;
                    }
                    match = j;
                }
                if (match != null && !ambiguous) {
                    union(match, i);
                }
            }
        }

        private static String initialsOf(String name) {
            StringBuilder sb = new StringBuilder();
            String[] words = name.split("[\\s\\-]+");
            if (words.length < 2) {
                return "";
            }
            for (String w : words) {
                if (w.isEmpty() || INITIAL_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                char c = w.charAt(0);
                if (!Character.isUpperCase(c)) {
                    return "";
                }
                sb.append(c);
            }
            return sb.toString();
        }

        private boolean isPerson(Cand c) {
            return c.type().equals(Mention.PERSON);
        }

        /** A person's shorter name joins the nearest longer name that holds its words in order with the same last word. */
        private void joinShorterPersonNames() {
            List<List<String>> names = new ArrayList<>(chosen.size());
            // the people whose name ends in each word: a shorter name joins only a name with its last word
            Map<String, List<Integer>> peopleByLastWord = new HashMap<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                List<String> words = nameWords(chosen.get(i));
                names.add(words);
                order.add(i);
                if (!words.isEmpty() && isPerson(chosen.get(i))) {
                    peopleByLastWord.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(i);
                }
            }
            order.sort(Comparator.comparingInt((Integer i) -> -names.get(i).size()).thenComparingInt(i -> i));
            // a person of the same gender first, for every name; then, where only a first name's list disagrees with
            // a title ("Lord Butler", "Robin Butler"), the nearest
            joinShorterPersonNames(order, names, peopleByLastWord, true);
            joinShorterPersonNames(order, names, peopleByLastWord, false);
        }

        private void joinShorterPersonNames(List<Integer> order, List<List<String>> names,
                Map<String, List<Integer>> peopleByLastWord, boolean sameGender) {
            for (int i : order) {
                Cand c = chosen.get(i);
                List<String> words = names.get(i);
                if (words.isEmpty() || (!isPerson(c) && (words.size() > 1 || c.registryId() != null))) {
                    continue;
                }
                List<Integer> bearers = peopleByLastWord.getOrDefault(words.get(words.size() - 1), List.of());
                Integer best = nearestLongerName(i, bearers, names, sameGender);
                if (best != null && (c.registryId() == null || chosen.get(best).registryId() == null
                        || c.registryId().equals(chosen.get(best).registryId()))
                        && !holdsAnotherFullName(i, best, names)) {
                    union(best, i);
                }
            }
        }

        /** The nearest longer name among {@code bearers} that holds the words of candidate {@code i}, or null. */
        private Integer nearestLongerName(int i, List<Integer> bearers, List<List<String>> names, boolean sameGender) {
            Cand c = chosen.get(i);
            List<String> words = names.get(i);
            Integer best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int j : bearers) {
                Cand o = chosen.get(j);
                List<String> longer = names.get(j);
                if (j == i || longer.size() < words.size() || find(i) == find(j) || !isOrderedPartOf(words, longer)
                        || (sameGender ? !sameGender(i, j) : !titlesAgree(i, j))) {
                    continue;
                }
                // the nearest preceding mention wins; following ones count as farther than any preceding
                int distance = o.start() <= c.start() ? c.start() - o.start() : text.length() + o.start() - c.start();
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = j;
                }
            }
            return best;
        }

        /**
         * Whether joining {@code shorter} to {@code longer} would make one person of two: the shorter name's group
         * (its other mentions, "Baker" twice) already holds a longer person name that is not in the longer one's
         * group ("James Baker" where the nearest is "Howard Baker").
         */
        private boolean holdsAnotherFullName(int shorter, int longer, List<List<String>> names) {
            int own = find(shorter);
            int target = find(longer);
            int size = names.get(shorter).size();
            for (int k = 0; k < chosen.size(); k++) {
                if (find(k) == own && find(k) != target && isPerson(chosen.get(k)) && names.get(k).size() > size
                        && !names.get(k).equals(names.get(longer))) {
                    return true;
                }
            }
            return false;
        }

        /** The words of a name, without middle initials ("J.") and honorifics; read once per candidate. */
        private List<String> nameWords(Cand c) {
            return nameWords.computeIfAbsent(c, this::readNameWords);
        }

        private List<String> readNameWords(Cand c) {
            List<String> out = new ArrayList<>();
            Matcher m = WORD.matcher(textOf(c));
            while (m.find()) {
                String w = m.group();
                if (INITIAL.matcher(w).matches() || HONORIFICS.contains(w.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                out.add(w.replace('’', '\''));
            }
            return List.copyOf(out);
        }

        /** Whether the words of {@code shorter} stand in {@code longer} in order; both end in the same word. */
        private static boolean isOrderedPartOf(List<String> shorter, List<String> longer) {
            int at = 0;
            for (String w : longer) {
                if (at < shorter.size() && shorter.get(at).equals(w)) {
                    at++;
                }
            }
            return at == shorter.size();
        }

        // ---- entities

        private List<Entity> build() {
            Map<Integer, List<Cand>> groups = new TreeMap<>();
            for (int i = 0; i < chosen.size(); i++) {
                groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(chosen.get(i));
            }
            Map<String, List<Cand>> byId = new LinkedHashMap<>();
            List<List<Cand>> ordered = new ArrayList<>(groups.values());
            ordered.sort(Comparator.comparingInt(g -> g.get(0).start()));
            for (List<Cand> group : ordered) {
                byId.computeIfAbsent(draftOf(group).id, k -> new ArrayList<>()).addAll(group);
            }
            List<Entity> out = new ArrayList<>();
            for (List<Cand> group : byId.values()) {
                group.sort(Span.ORDER);
                out.add(draftOf(group).toEntity());
            }
            return out;
        }

        private final class Draft {
            final String id;
            final String name;
            final String type;
            final EntityRegistry.Entry entry;
            final List<Cand> members;

            Draft(String id, String name, String type, EntityRegistry.Entry entry, List<Cand> members) {
                this.id = id;
                this.name = name;
                this.type = type;
                this.entry = entry;
                this.members = new ArrayList<>(members);
            }

            Entity toEntity() {
                members.sort(Span.ORDER);
                Set<String> aliases = new LinkedHashSet<>();
                List<TextSpan> mentions = new ArrayList<>();
                for (Cand c : members) {
                    String t = textOf(c).replaceAll("\\s+", " ");
                    if (!t.equals(name)) {
                        aliases.add(t);
                    }
                    TextSpan span = new TextSpan(c.start(), c.end());
                    if (!mentions.contains(span)) {
                        mentions.add(span);
                    }
                }
                for (Map.Entry<String, Cand> def : acronymDefinitions.entrySet()) {
                    if (members.contains(def.getValue())) {
                        aliases.add(def.getKey());
                    }
                }
                if (type.equals(Mention.PERSON)) {
                    for (Cand c : members) {
                        aliases.addAll(titlesAround(c));
                    }
                }
                if (entry != null) {
                    if (type.equals(Mention.PERSON)) {
                        String date = doc.published().isKnown() ? doc.published().value() : null;
                        if (date != null) {
                            aliases.addAll(entry.titlesOn(date));
                        }
                    }
                    aliases.addAll(entry.aliases());
                    if (!entry.name().equals(name)) {
                        aliases.add(entry.name());
                    }
                }
                aliases.remove(name);
                mentions.sort(Span.ORDER);
                return new Entity(id, name, type, List.copyOf(aliases), mentions);
            }
        }

        private Draft draftOf(List<Cand> group) {
            String registryId = null;
            int registryLength = -1;
            for (Cand c : group) {
                if (c.registryId() != null && c.length() > registryLength) {
                    registryId = c.registryId();
                    registryLength = c.length();
                }
            }
            Optional<EntityRegistry.Entry> entry = registryId == null ? Optional.empty() : registry.findById(registryId);
            if (entry.isPresent()) {
                EntityRegistry.Entry e = entry.get();
                return new Draft(e.id(), e.name(), e.type(), e, group);
            }
            String type = majorityType(group);
            Cand longest = group.get(0);
            for (Cand c : group) {
                boolean sameWords = nameWords(c).size() == nameWords(longest).size();
                boolean lessShouted = isShouted(textOf(longest)) && !isShouted(textOf(c));
                boolean asShouted = isShouted(textOf(longest)) == isShouted(textOf(c));
                if (nameWords(c).size() > nameWords(longest).size()
                        || (sameWords && (lessShouted || asShouted && c.length() > longest.length()))) {
                    longest = c; // "Reagan" names the entity rather than a headline's "REAGAN"
                }
            }
            String name = textOf(longest).replaceAll("\\s+", " ");
            String id = type.equals(Mention.PERSON) ? EntityIds.slugOf(String.join(" ", nameWords(longest)))
                    : EntityIds.slugOf(name);
            Optional<String> titled = type.equals(Mention.PERSON) ? titledName(group, nameWords(longest))
                    : Optional.empty();
            if (titled.isPresent()) {
                return new Draft(EntityIds.slugOf(titled.get()), titled.get(), type, null, group);
            }
            if (type.equals(Mention.PERSON)) {
                // prefer a written form without middle initials as the name when the document has one
                for (Cand c : group) {
                    if (textOf(c).replaceAll("\\s+", " ").equals(String.join(" ", nameWords(longest)))) {
                        name = String.join(" ", nameWords(longest));
                        break;
                    }
                }
            }
            return new Draft(id, name, type, null, group);
        }

        /**
         * "Mrs Clinton" for a person the document names only by a last name that it also gives another person of the
         * other gender ("Mr Clinton"): the title, as the group writes it most often, keeps the two apart.
         */
        private Optional<String> titledName(List<Cand> group, List<String> words) {
            if (words.size() != 1 || !sharedLastNames.contains(words.get(0))) {
                return Optional.empty();
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Cand c : group) {
                String title = courtesyTitles.get(c);
                if (title != null) {
                    counts.merge(title, 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> e.getKey() + " " + words.get(0));
        }

        /** Whether a name is written in capitals throughout, as headlines write it ("REAGAN"). */
        private static boolean isShouted(String name) {
            return name.chars().filter(Character::isLetter).count() > 3
                    && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        private static String majorityType(List<Cand> group) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Cand c : group) {
                if (c.origin() == Origin.NER) {
                    counts.merge(c.type(), c.type().equals(Mention.PERSON) ? 2 : 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                return group.get(0).type();
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }

        // ---- titles

        /** Title phrases written just before a person's name, or in apposition after it. */
        private List<String> titlesAround(Cand person) {
            List<String> out = new ArrayList<>();
            Optional<Sentence> sentence = findSentence(person);
            if (sentence.isEmpty()) {
                return out;
            }
            Sentence s = sentence.get();
            before(s, person).ifPresent(out::add);
            after(s, person).ifPresent(out::add);
            return out;
        }

        private record Word(int start, int end, String text) {
        }

        private List<Word> wordsIn(int from, int to) {
            List<Word> out = new ArrayList<>();
            Matcher m = WORD.matcher(text).region(from, to);
            while (m.find()) {
                int e = m.end();
                // a trailing dot ends a sentence unless the word is an abbreviation ("U.S.", "Gen.")
                String w = m.group();
                if (w.endsWith(".") && !ABBREVIATION.matcher(w).matches()) {
                    e--;
                    w = w.substring(0, w.length() - 1);
                }
                out.add(new Word(m.start(), e, w));
            }
            return out;
        }

        private boolean isTitleWord(Word w) {
            String lower = w.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (Titles.HEADS.contains(lower) || Titles.MODIFIERS.contains(lower) || Titles.CONNECTORS.contains(lower)) {
                return true;
            }
            for (Cand c : chosen) {
                if (!isPerson(c) && c.start() <= w.start() && w.end() <= c.end()) {
                    return true;
                }
            }
            return Character.isUpperCase(w.text().charAt(0)) && registry.findByName(w.text())
                    .filter(e -> !e.type().equals(Mention.PERSON)).isPresent();
        }

        private boolean onlySpaceBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\u00A0') {
                    return false;
                }
            }
            return true;
        }

        private Optional<String> before(Sentence s, Cand person) {
            List<Word> words = wordsIn(s.start(), person.start());
            if (!words.isEmpty() && onlySpaceBetween(words.get(words.size() - 1).end(), person.start())
                    && Set.of("and", "or").contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT))) {
                // "former Nevada Sen. and Reagan confidant Paul Laxalt": the title is the later name's
                return Optional.empty();
            }
            int first = -1;
            int boundary = person.start();
            for (int i = words.size() - 1; i >= 0; i--) {
                Word w = words.get(i);
                if (!onlySpaceBetween(w.end(), boundary) || !isTitleWord(w)) {
                    break;
                }
                first = i;
                boundary = w.start();
            }
            if (first < 0) {
                return Optional.empty();
            }
            List<Word> phrase = trimConnectors(words.subList(first, words.size()));
            if (phrase.isEmpty()) {
                return Optional.empty();
            }
            String title = text.substring(phrase.get(0).start(), phrase.get(phrase.size() - 1).end());
            boolean capitalHead = phrase.stream().anyMatch(w -> Titles.HEADS.contains(w.text().toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(w.text().charAt(0)));
            return capitalHead ? Optional.of(title.replaceAll("\\s+", " ")) : Optional.empty();
        }

        private Optional<String> after(Sentence s, Cand person) {
            int at = person.end();
            if (at >= s.end() || text.charAt(at) != ',') {
                return Optional.empty();
            }
            List<Word> words = wordsIn(at + 1, s.end());
            int boundary = at + 1;
            List<Word> phrase = new ArrayList<>();
            for (Word w : words) {
                if (!onlySpaceBetween(boundary, w.start()) || !isTitleWord(w)) {
                    break;
                }
                phrase.add(w);
                boundary = w.end();
            }
            phrase = trimConnectors(phrase);
            if (phrase.isEmpty()) {
                return Optional.empty();
            }
            int end = phrase.get(phrase.size() - 1).end();
            boolean closed = end >= s.end() || ",.;".indexOf(text.charAt(end)) >= 0;
            String title = text.substring(phrase.get(0).start(), end).replaceAll("\\s+", " ");
            return closed && Titles.isTitle(title) ? Optional.of(title) : Optional.empty();
        }

        private static List<Word> trimConnectors(List<Word> words) {
            int from = 0;
            int to = words.size();
            while (from < to && Titles.CONNECTORS.contains(words.get(from).text().toLowerCase(Locale.ROOT))) {
                from++;
            }
            while (to > from && Titles.CONNECTORS.contains(words.get(to - 1).text().toLowerCase(Locale.ROOT))) {
                to--;
            }
            return words.subList(from, to);
        }
    }

    /** Whether a name is a mission's by its head: "Kosovo Force", "Operation Astute", "... Mission in Sudan". */
    public static boolean isMissionName(String name) {
        return (MISSION_HEAD.matcher(name).find() || MISSION_NAME.matcher(name).matches())
                && !NATIONAL_FORCE.matcher(name).find();
    }

    /** Whether an entity's name is a described mission ("UN peacekeepers in Lebanon", "British troops in Iraq"). */
    public static boolean isDescribedMission(String name) {
        Matcher m = DESCRIBED_MISSION.matcher(name);
        return m.lookingAt() && (m.end() == name.length() || PLACE_LEAD.matcher(name).region(m.end(), name.length())
                .lookingAt());
    }

    /** Maps the recognizer's type (coarse or fine-grained) to a {@link Mention} type; null for non-names. */
    static String coarseTypeOf(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "PERSON", "PER" -> Mention.PERSON;
            case "ORGANIZATION", "ORG" -> Mention.ORGANIZATION;
            case "LOCATION", "LOC", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> Mention.LOCATION;
            case "MISC", "NATIONALITY", "NORP", "RELIGION", "IDEOLOGY" -> Mention.MISC;
            default -> null;
        };
    }
}
