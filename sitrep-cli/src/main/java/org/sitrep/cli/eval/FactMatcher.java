package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.entity.EntityRegistry;
import org.sitrep.doc.Entity;

/**
 * Decides whether a predicted fact matches a gold fact of the same document, and which of its slots agree, as the
 * peaceops README's scoring section says: per kind the slots that must agree, then each reported slot's agreement.
 *
 * <p>Names match case-insensitively by name or alias: missions through {@code missions.json}, countries through the
 * entity registry's names, aliases and demonyms, anything else by the document's entity names and aliases. A person
 * named in full in the gold matches a prediction that names them by surname alone. Dates of the "same month" compare
 * their first seven characters; "same day" where the gold has a day, else the gold's own precision.
 *
 * <p>Proposals match by name or alias (a mission named in either is read as that mission), or when the content words
 * they share are at least half of their mean count (Dice coefficient ≥ 0.5), words compared lower-case without
 * their inflection ("sending" is "send"). A position's actor agrees when the gold actor is the predicted actor or the
 * person it was stated through (the README's "alt" actor: "Kenya", alt "William Ruto").
 *
 * <p>Thread safety: one instance per document; not shared.
 */
final class FactMatcher {
    private static final EntityRegistry REGISTRY = EntityRegistry.standard();
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "for", "in", "on", "by", "and", "or",
            "with", "from", "its", "their", "as", "at", "into", "un", "united", "nations", "more", "new");

    /** The slots each kind reports as accuracy over matched facts, in the README's order. */
    static final Map<String, List<String>> REPORTED = reported();

    private final Map<String, List<String>> missions;
    private final Map<String, Entity> entities;

    FactMatcher(Map<String, List<String>> missions, List<Entity> entities) {
        this.missions = missions;
        this.entities = new LinkedHashMap<>();
        for (Entity e : entities) {
            this.entities.putIfAbsent(e.id(), e);
        }
    }

    private static Map<String, List<String>> reported() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("strength", List.of("as_of", "approx", "contributor"));
        m.put("target", List.of("holder", "due", "type"));
        m.put("mandate", List.of("until", "vote", "abstaining", "led_by", "period"));
        m.put("funding", List.of("by", "status", "mission"));
        m.put("position", List.of("mission", "as_of"));
        m.put("event", List.of("place", "count"));
        return m;
    }

    /** Whether the prediction matches one of the gold fact's readings. */
    boolean matches(SchemaFact p, PeaceOpsSet.GoldFact g) {
        if (!p.kind().equals(g.kind())) {
            return false;
        }
        for (Map<String, JsonNode> r : g.readings()) {
            if (matchesReading(p, r)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesReading(SchemaFact p, Map<String, JsonNode> g) {
        JsonNode s = p.slots();
        return switch (p.kind()) {
            case "strength", "target" -> missionAgrees(s.path("mission"), g.get("mission"))
                    && numberAgrees(s.path("value"), g.get("value"), 0.0);
            case "mandate" -> missionAgrees(s.path("mission"), g.get("mission"))
                    && textAgrees(s.path("action"), g.get("action"))
                    && (dayAgrees(s.path("date"), g.get("date")) || resolutionAgrees(s.path("resolution"),
                            g.get("resolution")));
            case "funding" -> numberAgrees(s.path("amount"), g.get("amount"), 0.005)
                    && textAgrees(s.path("currency"), g.get("currency"));
            case "position" -> (actorAgrees(s.path("actor"), g.get("actor"))
                    || actorAgrees(s.path("alt_actor"), g.get("actor")))
                    && textAgrees(s.path("stance"), g.get("stance"))
                    && proposalAgrees(s.path("proposal").asText(""), g.get("proposal"));
            case "event" -> textAgrees(s.path("type"), g.get("type")) && dayAgrees(s.path("date"), g.get("date"))
                    && anyActorAgrees(s.path("actors"), g.get("actors"));
            default -> false;
        };
    }

    /** Whether slot {@code slot} of the prediction agrees with any reading of the matched gold fact. */
    boolean slotAgrees(SchemaFact p, PeaceOpsSet.GoldFact g, String slot) {
        for (Map<String, JsonNode> r : g.readings()) {
            if (slotAgrees(p.kind(), slot, p.slots().path(slot), r.get(slot))) {
                return true;
            }
        }
        return false;
    }

    private boolean slotAgrees(String kind, String slot, JsonNode p, JsonNode g) {
        return switch (slot) {
            case "as_of", "due" -> sameMonth(p, g);
            case "approx" -> p.asBoolean(false) == (g != null && g.asBoolean(false));
            case "contributor", "holder", "by", "place" -> isNull(g) ? isNull(p) : actorAgrees(p, g);
            case "mission" -> isNull(g) ? true : missionAgrees(p, g);
            case "type", "status", "period" -> isNull(g) ? isNull(p) : textAgrees(p, g);
            case "until" -> isNull(g) ? isNull(p) : dayAgrees(p, g) && !isNull(p);
            case "vote" -> voteAgrees(p, g);
            case "abstaining", "led_by" -> listAgrees(p, g);
            case "count" -> isNull(g) ? isNull(p) : numberAgrees(p, g, 0.0);
            default -> false;
        };
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isTextual() && n.asText().isBlank());
    }

    private static boolean textAgrees(JsonNode p, JsonNode g) {
        return !isNull(p) && !isNull(g) && p.asText().equalsIgnoreCase(g.asText());
    }

    private static boolean numberAgrees(JsonNode p, JsonNode g, double tolerance) {
        if (isNull(p) || isNull(g) || !p.isNumber() || !g.isNumber()) {
            return false;
        }
        double a = p.asDouble();
        double b = g.asDouble();
        return Math.abs(a - b) <= tolerance * Math.abs(b) + 1e-9;
    }

    private static boolean resolutionAgrees(JsonNode p, JsonNode g) {
        return !isNull(g) && textAgrees(p, g);
    }

    /** Same day where the gold has a day, else the gold's precision; a null gold date lets any prediction agree. */
    static boolean dayAgrees(JsonNode p, JsonNode g) {
        if (isNull(g)) {
            return true;
        }
        return !isNull(p) && p.asText().startsWith(g.asText()) && p.asText().length() >= g.asText().length();
    }

    /** Same month (or the gold's year where it gives only one); both null agrees. */
    static boolean sameMonth(JsonNode p, JsonNode g) {
        if (isNull(g)) {
            return isNull(p);
        }
        if (isNull(p)) {
            return false;
        }
        String gold = g.asText();
        String pred = p.asText();
        int n = Math.min(7, gold.length());
        return pred.length() >= n && pred.substring(0, n).equals(gold.substring(0, n));
    }

    private static boolean voteAgrees(JsonNode p, JsonNode g) {
        if (isNull(g)) {
            return isNull(p);
        }
        if (isNull(p)) {
            return false;
        }
        String a = p.asText();
        String b = g.asText();
        return a.equalsIgnoreCase(b) || (isUnanimous(a) && isUnanimous(b));
    }

    private static boolean isUnanimous(String vote) {
        return vote.equalsIgnoreCase("unanimous") || vote.matches("\\d+-0(-0)?");
    }

    private boolean listAgrees(JsonNode p, JsonNode g) {
        int gs = isNull(g) ? 0 : g.size();
        int ps = isNull(p) ? 0 : p.size();
        if (gs != ps) {
            return false;
        }
        for (JsonNode gi : g == null ? List.<JsonNode>of() : g) {
            boolean found = false;
            for (JsonNode pi : p) {
                found |= actorAgrees(pi, gi);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private boolean anyActorAgrees(JsonNode p, JsonNode g) {
        if (isNull(g) || g.isEmpty()) {
            return true;
        }
        for (JsonNode gi : g) {
            for (JsonNode pi : p) {
                if (actorAgrees(pi, gi)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A predicted actor (an entity id) against a gold name. */
    boolean actorAgrees(JsonNode p, JsonNode g) {
        if (isNull(p) || isNull(g)) {
            return false;
        }
        Set<String> pk = predictedKeys(p.asText());
        Set<String> gk = nameKeys(g.asText());
        gk.addAll(missionKeys(g.asText()));
        for (String k : gk) {
            if (pk.contains(k)) {
                return true;
            }
        }
        List<String> words = new java.util.ArrayList<>(List.of(g.asText().strip().split("[\\s,]+")));
        words.removeIf(w -> w.matches("(?i)jr\\.?|sr\\.?|ii|iii|\\p{L}\\.?"));
        return words.size() >= 2 && pk.contains(slug(words.get(words.size() - 1)));
    }

    /**
     * The keys of a gold actor that is a mission, by the README's rule that missions match by name or alias
     * ({@code missions.json}): every name of each mission the gold name is one of. Empty for any other actor.
     */
    private Set<String> missionKeys(String name) {
        Set<String> keys = new HashSet<>();
        String key = slug(name);
        for (Map.Entry<String, List<String>> m : missions.entrySet()) {
            boolean named = slug(m.getKey()).equals(key)
                    || m.getValue().stream().anyMatch(alias -> slug(alias).equals(key));
            if (named) {
                keys.add(slug(m.getKey()));
                m.getValue().forEach(alias -> keys.add(slug(alias)));
            }
        }
        return keys;
    }

    private boolean missionAgrees(JsonNode p, JsonNode g) {
        if (isNull(g)) {
            return true;
        }
        if (isNull(p)) {
            return false;
        }
        Set<String> pk = predictedKeys(p.asText());
        Set<String> gk = new HashSet<>();
        gk.add(slug(g.asText()));
        for (String alias : missions.getOrDefault(g.asText(), List.of())) {
            gk.add(slug(alias));
        }
        for (String k : gk) {
            if (pk.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** The names a predicted entity id goes by: the id, its document entity's name and aliases, registry keys. */
    Set<String> predictedKeys(String id) {
        Set<String> keys = new HashSet<>(nameKeys(id));
        Entity e = entities.get(id);
        if (e != null) {
            keys.addAll(nameKeys(e.name()));
            for (String a : e.aliases()) {
                keys.add(slug(a));
            }
        }
        REGISTRY.findById(id).ifPresent(r -> {
            keys.add(r.id());
            r.names().forEach(n -> keys.add(slug(n)));
        });
        return keys;
    }

    /** The keys of a written name: its slug, and the registry id of the country or body it names or demonyms. */
    static Set<String> nameKeys(String name) {
        Set<String> keys = new HashSet<>();
        keys.add(slug(name));
        REGISTRY.findByName(name).ifPresent(r -> keys.add(r.id()));
        REGISTRY.findByDemonym(name).ifPresent(r -> keys.add(r.id()));
        return keys;
    }

    private boolean proposalAgrees(String p, JsonNode g) {
        if (isNull(g)) {
            return true;
        }
        Set<String> a = contentWords(p);
        Set<String> b = contentWords(g.asText());
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size()) >= 0.5;
    }

    /** The content words of a proposal, with each mission named in it read as that mission's id. */
    Set<String> contentWords(String text) {
        String t = " " + text.replace('-', ' ').replaceAll("(?<=\\p{L})['’]s\\b", " ") + " "; // "MINUJUSTH's": no word "s"
        for (Map.Entry<String, List<String>> m : missions.entrySet()) {
            for (String alias : m.getValue().stream().sorted((x, y) -> y.length() - x.length()).toList()) {
                if (alias.length() < 3) {
                    continue;
                }
                String pattern = "(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(alias.replace('-', ' '))
                        + "(?![\\p{L}\\p{N}])";
                t = t.replaceAll(pattern, " mission:" + m.getKey() + " ");
            }
        }
        Set<String> out = new HashSet<>();
        for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}:]+")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            out.add(stem(w));
        }
        return out;
    }

    /** A word without its inflection: "sending" and "sends" are "send", "renewal" is "renew". */
    static String stem(String w) {
        if (w.contains(":")) {
            return w;
        }
        String out = w;
        for (String suffix : List.of("ation", "ment", "ing", "ion", "ed", "al", "es", "s")) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix) && !w.endsWith("ss")) {
                out = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return out.length() > 4 && out.endsWith("e") ? out.substring(0, out.length() - 1) : out;
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{Alnum}]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
