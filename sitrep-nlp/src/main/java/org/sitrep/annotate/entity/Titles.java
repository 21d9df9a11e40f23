package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Mention;
import org.sitrep.doc.TextSpan;

/**
 * Titles of people ("President", "U.S. Secretary of State", "Foreign Minister") and the lookup that lets a later stage
 * resolve "the president" or "the secretary" to the person who holds that title in a document.
 *
 * <p>The {@link EntityAnnotator} puts every title written next to a person's name ("President William Ruto",
 * "Antony Blinken, the U.S. Secretary of State,") into that person's {@link Entity#aliases()}, as written, together
 * with the registry's titles valid at the document's publication date. A title's <em>head</em> is its title noun,
 * with the modifier that makes a distinct office ("prime minister", "foreign minister", "secretary"): "the president"
 * matches an entity titled "President"; "the minister" matches "Foreign Minister"; "the prime minister" does not match
 * "Foreign Minister".
 *
 * <p>Thread safety: stateless. Failure: never fails; phrases without a title noun give empty results.
 */
public final class Titles {
    private Titles() {
    }

    /** Title nouns: a phrase is a title when it holds one of these. */
    static final Set<String> HEADS = Set.of(
            "president", "vice-president", "secretary", "secretary-general", "under-secretary", "minister",
            "premier", "chancellor", "ambassador", "envoy", "governor", "senator", "sen.", "gov.", "rep.",
            "representative", "congressman", "congresswoman", "mayor", "king", "queen", "prince", "princess", "pope",
            "general", "gen.", "lt.", "colonel", "col.", "major", "maj.", "commander", "commissioner", "chief",
            "director", "director-general", "chairman", "chairwoman", "chair", "chairperson", "spokesperson",
            "spokesman", "spokeswoman", "speaker", "justice", "judge", "inspector-general", "coordinator",
            "adviser", "advisor", "administrator", "leader", "head", "officer", "captain", "capt.",
            "sergeant", "sgt.", "superintendent", "treasurer", "mp", "whip", "prosecutor", "attorney-general", "counsellor", "councillor", "lawmaker", "legislator");

    /** Words that may stand inside a title before or between its nouns. */
    static final Set<String> MODIFIERS = Set.of(
            "vice", "prime", "foreign", "interior", "defense", "defence", "finance", "deputy", "acting", "former",
            "interim", "cabinet", "state", "special", "senior", "high", "permanent", "affairs", "home", "security",
            "national", "principal", "executive", "assistant", "first", "lady", "transitional", "council", "member",
            "army", "navy", "air", "force", "police", "inspector", "attorney", "foreign-affairs", "homeland",
            "mission", "operations", "operation", "public", "health", "justice", "trade", "economy", "education",
            "treasury", "defence-force", "forces", "joint", "staff", "military", "ministry", "external", "regional",
            "diaspora", "immigration", "citizen", "services", "internal", "presidential", "general", "lieutenant",
            "brigadier", "deputy-inspector", "chief", "commanding", "supreme", "united", "nations", "un", "u.n.",
            "us", "u.s.", "eu", "au", "house", "senate", "majority", "minority", "emergency", "humanitarian",
            "relief", "peacekeeping", "political", "country", "resident");

    /** Words that join a title's parts: "Secretary of State", "Minister for Foreign Affairs". */
    static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "on", "in", "&");

    /** Modifiers that make a distinct office together with the noun after them. */
    private static final Set<String> OFFICE_MODIFIERS = Set.of(
            "vice", "prime", "foreign", "interior", "defense", "defence", "finance", "attorney", "inspector",
            "deputy", "police", "army", "chief", "first", "health", "trade", "treasury", "education");

    /** Whether {@code phrase} holds a title noun ("U.S. Secretary of State", "the president"). */
    public static boolean isTitle(String phrase) {
        return findHeadOf(phrase).isPresent();
    }

    /**
     * The head of a title, lower-case: its title noun before any "of"/"for" part, with an office-making modifier
     * ("secretary" for "U.S. Secretary of State", "prime minister" for "the Prime Minister of Haiti").
     */
    public static Optional<String> findHeadOf(String phrase) {
        if (phrase == null) {
            return Optional.empty();
        }
        List<String> words = wordsOf(phrase);
        int stop = words.size();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("of") || words.get(i).equals("for")) {
                stop = i;
                break;
            }
        }
        int head = -1;
        for (int i = stop - 1; i >= 0; i--) {
            if (HEADS.contains(words.get(i))) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            for (int i = words.size() - 1; i >= stop; i--) {
                if (HEADS.contains(words.get(i))) {
                    head = i;
                    break;
                }
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        String noun = words.get(head);
        if (head > 0 && OFFICE_MODIFIERS.contains(words.get(head - 1))) {
            return Optional.of(words.get(head - 1) + " " + noun);
        }
        return Optional.of(noun);
    }

    /**
     * Whether {@code phrase} is nothing but a title: a title noun with only title words, connectors and the names or
     * demonyms of countries around it ("President", "Prime Minister", "U.S. Secretary of State", "Kenyan President").
     * Such a phrase names whoever holds the office in one document, never one person across the record. "General
     * Motors" or "Prince Harry" hold a title noun but are not bare titles.
     */
    public static boolean isBareTitle(String phrase) {
        if (!isTitle(phrase)) {
            return false;
        }
        EntityRegistry registry = EntityRegistry.standard();
        for (String w : wordsOf(phrase)) {
            String bare = w.replace(".", "");
            if (HEADS.contains(w) || MODIFIERS.contains(w) || CONNECTORS.contains(w) || MODIFIERS.contains(bare)) {
                continue;
            }
            boolean country = registry.findByDemonym(w).isPresent()
                    || registry.findByName(w).filter(e -> !e.demonyms().isEmpty()).isPresent()
                    || registry.findByName(bare).filter(e -> !e.demonyms().isEmpty()).isPresent();
            if (!country) {
                return false;
            }
        }
        return true;
    }

    /** The aliases of {@code entity} that are titles, in order. */
    public static List<String> titlesOf(Entity entity) {
        List<String> out = new ArrayList<>();
        for (String a : entity.aliases()) {
            if (isTitle(a) && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The person among {@code entities} that {@code phrase} ("the president", "the U.S. secretary") refers to: one
     * holding a title with the same head (an exact head first, then one the phrase's head ends: "the minister"
     * finds a "Foreign Minister"). Among several, the one named last before character {@code before} wins, else the
     * one named first after it.
     *
     * @param before the offset of the phrase, or {@link Integer#MAX_VALUE} for none
     */
    public static Optional<Entity> findHolder(List<Entity> entities, String phrase, int before) {
        Optional<String> wanted = findHeadOf(phrase);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String head = wanted.get();
        List<Entity> exact = new ArrayList<>();
        List<Entity> loose = new ArrayList<>();
        for (Entity e : entities) {
            if (!Mention.PERSON.equals(e.type())) {
                continue;
            }
            boolean isExact = false;
            boolean isLoose = false;
            for (String t : titlesOf(e)) {
                String h = findHeadOf(t).orElse("");
                isExact |= h.equals(head);
                isLoose |= h.endsWith(" " + head);
            }
            if (isExact) {
                exact.add(e);
            } else if (isLoose) {
                loose.add(e);
            }
        }
        return nearest(exact.isEmpty() ? loose : exact, before);
    }

    private static Optional<Entity> nearest(List<Entity> candidates, int before) {
        Entity best = null;
        int bestAt = Integer.MIN_VALUE;
        Entity firstAfter = null;
        int firstAfterAt = Integer.MAX_VALUE;
        for (Entity e : candidates) {
            for (TextSpan m : e.mentions()) {
                if (m.start() < before && m.start() > bestAt) {
                    best = e;
                    bestAt = m.start();
                } else if (m.start() >= before && m.start() < firstAfterAt) {
                    firstAfter = e;
                    firstAfterAt = m.start();
                }
            }
        }
        return Optional.ofNullable(best != null ? best : firstAfter);
    }

    static List<String> wordsOf(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,;:]+")) {
            w = w.replaceAll("'s$", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
