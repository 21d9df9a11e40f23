package org.sitrep.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.entity.EntityRegistry;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;

/**
 * The layers of one document arranged for sentence-level rules: entity mentions by position, times, quantities and
 * quotes by sentence, the document's main mission, and the country each person speaks for.
 *
 * <p>Built once per document by {@link FactAnnotator}; not shared between threads.
 */
final class DocumentView {

    /** A mention of an entity, resolved. */
    record EntityMention(int start, int end, Entity entity) implements Span {
        String id() {
            return entity.id();
        }
    }

    /** The registry of known subjects, which holds each country's demonyms. */
    private static final EntityRegistry REGISTRY = EntityRegistry.standard();

    /**
     * Words that stand for a country before a noun ("the Haitian government", "U.S. officials"): the registry's
     * demonyms and the one-word names and aliases of its places, lower-case.
     */
    private static final java.util.Set<String> COUNTRY_ADJECTIVES = countryAdjectives();

    /** A name whose head is a mission's: last, or before what it is in or for ("... Mission in Darfur"). */
    private static final Pattern MISSION_NAME = Pattern.compile(
            "(?i)\\b(?:mission|force|forces|operation|contingent|peacekeepers|task force)(?:\\s+(?:in|for|to|of|on)\\b.*)?$"
                    + "|^(?:\\p{Lu}+\\s+)?Operation\\s+\\p{Lu}");
    /** A state's own service, never a mission: "Portuguese Air Force", "Kenya Defence Forces". */
    private static final Pattern NATIONAL_SERVICE = Pattern.compile("(?i)\\b(?:air|armed|defen[cs]e|naval|border|"
            + "special|rapid support|marine)\\s+forces?\\b");
    /** What follows a mission's acronym: "MINUSTAH peacekeepers", "UNIFIL's mandate". */
    private static final Pattern MISSION_CONTEXT_AFTER = Pattern.compile("(?i)(?:['’]s)?\\s+(?:\\w+\\s+)?"
            + "(?:peacekeepers|peacekeeping|troops|mandate|force|forces|mission|contingent|blue helmets|personnel|"
            + "soldiers|police officers|military component|draws\\s+down|drew\\s+down|drawdown)\\b");
    /** What comes before a mission's acronym: "the mandate of UNIFIL", "deployed with MINUSMA". */
    private static final Pattern MISSION_CONTEXT_BEFORE = Pattern.compile("(?i)\\b(?:mandate of|mandate for|"
            + "renewal of|extension of|serving (?:in|with)|deployed (?:in|with|to)|contribut\\w+ to|support for|"
            + "withdrawal of|drawdown of)\\s+(?:the\\s+)?$");
    private static final Pattern GOVERNMENT_OF_DEMONYM = Pattern.compile(
            "(?i)\\b(" + String.join("|", COUNTRY_ADJECTIVES.stream().map(Pattern::quote).toList())
                    + ")\\s+(government|authorities|administration|officials|leaders)\\b");
    /** A country word before a title and a name: "Kenyan President ...", "Haiti's Prime Minister ...". */
    private static final Pattern COUNTRY_BEFORE_TITLE = Pattern.compile(
            "(?i)\\b([\\w.]+)(?:'s|’s)?\\s+(?:[A-Z][\\w.]*\\s+){1,4}$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "^[\\s,]*(?:(?:[A-Z][\\w.'’-]*|of|the|for|and)\\s+)*$");

    final Document doc;
    final String text;
    final List<Sentence> sentences;
    final List<EntityMention> mentions;
    final List<Timex> times;
    final List<org.sitrep.doc.Token> tokens;
    final List<Quantity> quantities;
    final List<Quote> quotes;
    final String published;
    final Entity mainMission;
    private final Map<String, Entity> entitiesById = new LinkedHashMap<>();
    private final Map<String, String> affiliations = new HashMap<>();
    private final Map<String, Boolean> missions = new HashMap<>();
    private String voice;
    private boolean voiceFound;

    DocumentView(Document doc) {
        this.doc = doc;
        this.text = doc.text();
        this.sentences = doc.findLayer(Layers.SENTENCES).orElse(List.of());
        this.times = doc.findLayer(Layers.TIMES).orElse(List.of());
        this.tokens = doc.findLayer(Layers.TOKENS).orElse(List.of());
        this.quantities = doc.findLayer(Layers.QUANTITIES).orElse(List.of());
        this.quotes = doc.findLayer(Layers.QUOTES).orElse(List.of());
        this.published = doc.published().value();
        List<EntityMention> ms = new ArrayList<>();
        for (Entity e : doc.findLayer(Layers.ENTITIES).orElse(List.of())) {
            entitiesById.putIfAbsent(e.id(), e);
            for (TextSpan s : e.mentions()) {
                if (s.end() <= text.length()) {
                    ms.add(new EntityMention(s.start(), s.end(), e));
                }
            }
        }
        ms.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end)
                .thenComparing(EntityMention::id));
        this.mentions = List.copyOf(ms);
        this.mainMission = findMainMission();
        for (Entity e : entitiesById.values()) {
            if (Mention.PERSON.equals(e.type())) {
                findAffiliationOf(e).ifPresent(c -> affiliations.put(e.id(), c));
            }
        }
    }

    String textOf(int start, int end) {
        return text.substring(start, end);
    }

    Optional<Entity> findEntity(String id) {
        return Optional.ofNullable(entitiesById.get(id));
    }

    boolean isMission(Entity e) {
        return missions.computeIfAbsent(e.id(), k -> findIsMission(e));
    }

    /**
     * Whether an entity is a mission: its name ends in a mission's head noun ("... Mission in South Sudan",
     * "... Interim Force", "Kenya-led force") and is no state's own service ("Air Force", "Defence Forces"); or it
     * is an acronym or name the text uses as a mission ("MINUSTAH peacekeepers", "the mandate of UNIFIL", "UNMISS
     * troops").
     */
    private boolean findIsMission(Entity e) {
        if (Mention.PERSON.equals(e.type()) || Mention.LOCATION.equals(e.type())) {
            return false;
        }
        String name = e.name();
        if (isDescribed(e)) {
            return true;
        }
        if (MISSION_NAME.matcher(name).find() && !name.toLowerCase(Locale.ROOT).contains("police")
                && !NATIONAL_SERVICE.matcher(name).find()) {
            return true;
        }
        if (!name.matches("\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}[\\p{Lu}\\p{Ll}]*") || name.length() > 10) {
            return false;
        }
        for (TextSpan m : e.mentions()) {
            if (m.end() > text.length()) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
            String lead = before(m.start(), 30);
            if (MISSION_CONTEXT_AFTER.matcher(after).lookingAt() || MISSION_CONTEXT_BEFORE.matcher(lead).find()) {
                return true;
            }
        }
        return false;
    }

    boolean isPerson(Entity e) {
        return Mention.PERSON.equals(e.type());
    }

    /** The mission the document is mostly about: the mission-like entity named most often, or null. */
    private Entity findMainMission() {
        Entity best = null;
        int bestCount = 0;
        for (Entity e : entitiesById.values()) {
            if (isMission(e) && !isDescribed(e) && e.mentions().size() > bestCount) {
                best = e;
                bestCount = e.mentions().size();
            }
        }
        for (Entity e : entitiesById.values()) {
            if (isMission(e) && isDescribed(e) && e.mentions().size() > bestCount) {
                best = e; // a mission the text only describes, told of more often than any it names
                bestCount = e.mentions().size();
            }
        }
        return best;
    }

    /** Mentions lying wholly inside {@code [from, to)}, in order. */
    List<EntityMention> mentionsIn(int from, int to) {
        List<EntityMention> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(from); i < mentions.size() && mentions.get(i).start() < to; i++) {
            if (mentions.get(i).end() <= to) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    /** Whether {@code pos} lies inside an entity mention (so a cue word there is part of a name). */
    boolean insideMention(int pos) {
        // mentions are sorted by start and short: look back from the first one starting after pos
        for (int i = firstStartingAtOrAfter(pos + 1) - 1; i >= 0 && mentions.get(i).start() > pos - 300; i--) {
            if (mentions.get(i).start() <= pos && pos < mentions.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first mention that starts at or after {@code pos} (the list's size when none). */
    private int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<Timex> timesIn(Span s) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : times) {
            if (t.start() >= s.start() && t.end() <= s.end()) {
                out.add(t);
            }
        }
        return out;
    }

    List<Quantity> quantitiesIn(Span s) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity q : quantities) {
            if (q.start() >= s.start() && q.end() <= s.end()) {
                out.add(q);
            }
        }
        return out;
    }

    /** The quote whose content holds {@code pos}, if any. */
    Optional<Quote> findQuoteAt(int pos) {
        for (Quote q : quotes) {
            if (q.start() <= pos && pos < q.end()) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** The first quote overlapping {@code s}, if any. */
    Optional<Quote> findQuoteOverlapping(Span s) {
        for (Quote q : quotes) {
            if (q.overlaps(s)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence is the headline repeated as the first line of the text. */
    boolean isTitle(Sentence s) {
        String sentence = textOf(s.start(), s.end()).strip();
        return doc.findTitle().map(t -> t.strip().equals(sentence)).orElse(false);
    }

    /** Whether a timex is a deadline ("by January"). */
    boolean isDeadline(Timex t) {
        return t.deadline() || before(t.start(), 4).toLowerCase(Locale.ROOT).matches("(?s).*\\bby\\s*$")
                || textOf(t.start(), t.end()).toLowerCase(Locale.ROOT).startsWith("by ");
    }

    /** Whether a timex ends a period ("through October 2, 2025", "until June"). */
    boolean isUntil(Timex t) {
        String lead = before(t.start(), 12).toLowerCase(Locale.ROOT);
        String own = textOf(t.start(), t.end()).toLowerCase(Locale.ROOT);
        return (lead.matches("(?s).*\\b(through|until|till|to|ending|expiring)\\s+$")
                || own.matches("(?s)^(through|until|till|ending|expiring)\\s+.*")) && !isDeadline(t);
    }

    /** Whether a TimeML value is a calendar date, month or year. */
    static boolean isCalendar(String value) {
        return value != null && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    /**
     * The date a sentence states for what it reports: its first calendar date that is neither a deadline nor the
     * end of a period; then the date of a quote in it; else empty.
     */
    Optional<String> findSentenceDate(Span s) {
        for (Timex t : timesIn(s)) {
            if (Timex.DATE.equals(t.type()) && isCalendar(t.value()) && !isDeadline(t) && !isUntil(t)) {
                return Optional.of(t.value());
            }
        }
        return findQuoteOverlapping(s).map(Quote::date).filter(DocumentView::isCalendar);
    }

    /** The text just before {@code pos}, at most {@code n} characters. */
    String before(int pos, int n) {
        return text.substring(Math.max(0, pos - n), pos);
    }

    /** The country a person speaks for, if the document shows it. */
    Optional<String> findAffiliation(String personId) {
        return Optional.ofNullable(affiliations.get(personId));
    }

    /**
     * A person's country: from a title before a mention ("U.S. Secretary of State Antony Blinken", "Kenyan
     * President ..."), else the country they name most in their own quotes (at least twice, strictly most).
     */
    private Optional<String> findAffiliationOf(Entity person) {
        for (TextSpan m : person.mentions()) {
            int from = Math.max(sentenceStartAt(m.start()), m.start() - 60);
            EntityMention previous = null;
            for (EntityMention em : mentions) {
                if (em.end() <= m.start() && em.start() >= from) {
                    previous = em;
                }
            }
            int titleStart = previous == null ? from : previous.end();
            String title = textOf(titleStart, m.start());
            if (previous != null && Mention.LOCATION.equals(previous.entity().type())
                    && TITLE_WORDS.matcher(title).matches() && title.strip().length() > 0) {
                return Optional.of(previous.id());
            }
            Matcher dm = COUNTRY_BEFORE_TITLE.matcher(textOf(from, m.start()));
            if (dm.find()) {
                Optional<String> c = findCountryOfAdjective(dm.group(1));
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Quote q : quotes) {
            if (q.speaker() != null && person.id().equals(q.speaker().entityId())) {
                for (EntityMention em : mentionsIn(q.start(), q.end())) {
                    if (Mention.LOCATION.equals(em.entity().type())) {
                        counts.merge(em.id(), 1, Integer::sum);
                    }
                }
            }
        }
        String best = null;
        int bestCount = 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount && best != null) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Actors named as "the Haitian government", "Kenyan authorities" in {@code [from, to)}: (position, country). */
    List<Map.Entry<Integer, String>> governmentsIn(int from, int to) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        Matcher m = GOVERNMENT_OF_DEMONYM.matcher(text).region(from, to);
        while (m.find()) {
            findCountryOfAdjective(m.group(1)).ifPresent(c -> out.add(Map.entry(m.start(), c)));
        }
        return out;
    }

    /** The subject for a fact in {@code s}: the mission named in it (nearest before {@code pos}), else the main one. */
    Optional<String> findMissionFor(Span s, int pos) {
        String best = null;
        String described = null;
        for (EntityMention m : mentionsIn(s.start(), s.end())) {
            if (isMission(m.entity()) && !isDescribed(m.entity())) {
                if (best == null || m.start() < pos) {
                    best = m.id();
                }
            } else if (isMission(m.entity()) && (described == null || m.start() < pos)) {
                described = m.id();
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        if (described != null && (mainMission == null || isDescribed(mainMission))) {
            return Optional.of(described);
        }
        return Optional.ofNullable(mainMission).map(Entity::id);
    }

    /** A person id as the actor it speaks for: its country if known, else itself. */
    String actorFor(Entity e) {
        return isPerson(e) ? findAffiliation(e.id()).orElse(e.id()) : e.id();
    }

    /** The speaker id of a quote, or null. */
    static String speakerId(Quote q) {
        return q.speaker() == null ? null : q.speaker().entityId();
    }

    /** The start of the sentence holding {@code pos}, so that a title is never read across a sentence or a line. */
    int sentenceStartAt(int pos) {
        for (Sentence s : sentences) {
            if (s.start() <= pos && pos < s.end()) {
                return s.start();
            }
        }
        int line = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return line < 0 ? 0 : line + 1;
    }

    /**
     * The country a demonym mention stands for ("Kenyan" → {@code kenya}), when the entity registry holds that
     * country; empty for any other mention.
     */
    Optional<String> findCountryOfDemonym(EntityMention m) {
        String written = textOf(m.start(), m.end()).strip();
        return REGISTRY.findByDemonym(written).or(() -> REGISTRY.findByDemonym(m.entity().name()))
                .map(EntityRegistry.Entry::id);
    }

    /** Whether a mention is a demonym ("Kenyan", "Haitian") rather than a name. */
    static boolean isDemonym(String written) {
        return REGISTRY.findByDemonym(written).isPresent();
    }

    /** The country a word before a noun stands for: a demonym ("Kenyan") or a place's one-word name ("U.S."). */
    static Optional<String> findCountryOfAdjective(String word) {
        return REGISTRY.findByDemonym(word)
                .or(() -> REGISTRY.findByName(word).filter(e -> Mention.LOCATION.equals(e.type())))
                .map(EntityRegistry.Entry::id);
    }

    private static java.util.Set<String> countryAdjectives() {
        java.util.Set<String> out = new java.util.TreeSet<>(REGISTRY.demonyms());
        for (EntityRegistry.Entry e : REGISTRY.entries()) {
            if (Mention.LOCATION.equals(e.type())) {
                for (String n : e.names()) {
                    if (!n.contains(" ")) {
                        out.add(n.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Lower-case slug of a name: "Gang Suppression Force" → {@code gang-suppression-force}. */
    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{Alnum}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** A number as the record writes it: no trailing ".0" for whole numbers. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * The country a statement speaks for when it says "we" in its own voice: a country named in the heading lines
     * above the body ("Deputy U.S. Representative to the United Nations"), else the country the text most often
     * makes the subject of a finite verb outside quotes ("the United States is proud"); null when neither, or when
     * the text never says "we" outside quotes.
     */
    String voice() {
        if (!voiceFound) {
            voiceFound = true;
            voice = findVoice();
        }
        return voice;
    }

    private String findVoice() {
        boolean firstPerson = false;
        Matcher we = Pattern.compile("\\b(?:We|we|our|Our)\\b").matcher(text);
        while (we.find() && !firstPerson) {
            firstPerson = findQuoteAt(we.start()).isEmpty();
        }
        if (!firstPerson) {
            return null;
        }
        int lineStart = 0;
        int lines = 0;
        while (lineStart < text.length() && lines < 10) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.split("\\s+").length > 12) {
                if (lines == 0) { // a long headline above the heading lines
                    lineStart = lineEnd + 1;
                    lines++;
                    continue;
                }
                break;
            }
            if (!OFFICE_LINE.matcher(line).find()) {
                lineStart = lineEnd + 1;
                lines++;
                continue;
            }
            for (String word : line.split("[\\s,]+")) {
                Optional<String> c = REGISTRY.findByDemonym(word).or(() -> REGISTRY.findByName(word)
                        .filter(e -> !e.demonyms().isEmpty())).map(EntityRegistry.Entry::id);
                if (c.isPresent() && lines > 0) {
                    return c.get();
                }
            }
            lineStart = lineEnd + 1;
            lines++;
        }
        // else the country the text makes the subject of a finite verb outside quotes, most often
        Map<String, Integer> openers = new HashMap<>();
        for (EntityMention m : mentions) {
            if (findQuoteAt(m.start()).isEmpty() && REGISTRY.findById(m.id()).filter(e -> !e.demonyms().isEmpty())
                    .isPresent() && SUBJECT_VERB.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)))
                    .lookingAt()) {
                openers.merge(m.id(), 1, Integer::sum);
            }
        }
        return openers.entrySet().stream().filter(e -> e.getValue() >= 1)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The part-of-speech tag of the token that holds {@code pos}, if a tagger ran and a token holds it. */
    Optional<String> findTagAt(int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            org.sitrep.doc.Token t = tokens.get(mid);
            if (t.end() <= pos) {
                lo = mid + 1;
            } else if (t.start() > pos) {
                hi = mid - 1;
            } else {
                return Optional.ofNullable(t.pos());
            }
        }
        return Optional.empty();
    }

    /** Whether the word at {@code pos} is tagged a verb; empty when no tag is known. */
    Optional<Boolean> findIsVerbAt(int pos) {
        return findTagAt(pos).map(t -> t.startsWith("VB") || t.equals("MD"));
    }

    /** A heading line that names an office speaking for a state: "Deputy U.S. Representative to the UN". */
    private static final Pattern OFFICE_LINE = Pattern.compile("\\b(?:Representative|Ambassador|Mission|Minister|"
            + "Ministry|Secretary|Embassy|Department|Permanent|Delegation|Government|Spokesperson|Office)\\b");
    /** A finite verb right after a subject: "the United States voted", "... is proud", "... also welcomes". */
    private static final Pattern SUBJECT_VERB = Pattern.compile("\\s+(?:\\w+ly\\s+|also\\s+)?(?:is|was|has|have|had|"
            + "voted|votes|supports|supported|welcomes|welcomed|would|will|remains|believes|joined|urges|urged|"
            + "reiterates|reiterated|condemns|condemned|calls|called|thanks|commends|applauds)\\b");
    private static final Pattern CAPTION = Pattern.compile("(?i),\\s+(?:right|left|center|centre|second\\s+from\\s+"
            + "(?:left|right)|far\\s+(?:left|right))\\s*,|\\((?:left|right|L|R|center|centre|pictured)\\)|"
            + "^\\s*(?:photo|file\\s+photo|pictured)\\s*[:—-]");

    /** Whether a sentence is a photo caption ("X, right, meets with Y"): captions state no facts of the record. */
    boolean isCaption(Sentence s) {
        return CAPTION.matcher(textOf(s.start(), s.end())).find();
    }

    /**
     * Whether a mission is one the text describes rather than names ("UN peacekeepers in Lebanon", "British troops
     * in Iraq", "the Australian deployment"): a document that names its mission speaks of that one.
     */
    boolean isDescribed(Entity e) {
        return Mention.ORGANIZATION.equals(e.type())
                && org.sitrep.annotate.entity.EntityAnnotator.isDescribedMission(e.name());
    }
}
