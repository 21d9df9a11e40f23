package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;

/**
 * The proposals a document discusses, named by what a mission would become: "transition the MSS into a UN
 * peacekeeping mission" names the proposal {@code un-peacekeeping}; later "a UN peacekeeping operation" or "this
 * shift" refer back to it.
 */
final class Proposals {

    /** A stretch of text naming a proposal. */
    record Reference(int start, int end, String id, boolean anaphoric) implements Span {
    }

    private static final String HEAD = "(?:mission|operation|force|initiative|office|presence|deployment)";
    private static final Pattern INTO = Pattern.compile("(?i)\\b(?:transition\\w*|transform\\w*|convert\\w*|"
            + "conversion|turn\\w*|shift\\w*|chang\\w*|upgrad\\w*|replac\\w*|becom\\w*|evolv\\w*)\\b[^.;]{0,80}?"
            + "\\b(?:into|to|by|with)\\s+((?:a|an|the)\\s+)?((?:[\\w.-]+\\s+){0,4}?" + HEAD + ")\\b");
    private static final Pattern PHRASE = Pattern.compile("(?i)\\b(?:(?:a|an|the)\\s+)?((?:[\\w.-]+\\s+){1,4}?"
            + HEAD + ")\\b");
    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(?:this|that|the|such an?)\\s+(?:step|shift|"
            + "move|change|idea|plan|proposal|transition|option|conversion|transformation|recommendation)\\b");
    private static final Set<String> DROP = Set.of("a", "an", "the", "fully", "full", "fledged", "full-fledged",
            "new", "proposed", "possible", "formal", "proper");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "for", "to", "into", "with", "by", "in", "on",
            "from", "than", "and", "or", "as", "at");
    private static final Set<String> GENERIC_HEADS = Set.of("mission", "operation", "force", "initiative",
            "presence", "deployment");

    private final List<Reference> explicit = new ArrayList<>();
    private final Set<String> known = new LinkedHashSet<>();
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    Proposals(DocumentView v) {
        for (Sentence s : v.sentences) {
            Matcher m = INTO.matcher(v.text).region(s.start(), s.end());
            while (m.find()) {
                String id = idOf(m.group(2));
                if (id != null) {
                    known.add(id);
                    properName(m.group(2)).ifPresent(n -> names.putIfAbsent(id, n));
                    explicit.add(new Reference(m.start(2), m.end(2), id, false));
                }
            }
        }
        for (Sentence s : v.sentences) {
            Matcher m = PHRASE.matcher(v.text).region(s.start(), s.end());
            while (m.find()) {
                String id = idOf(m.group(1));
                if (id != null && known.contains(id) && explicit.stream().noneMatch(r -> r.overlaps(
                        new Reference(m.start(1), m.end(1), id, false)))) {
                    explicit.add(new Reference(m.start(1), m.end(1), id, false));
                }
            }
        }
        explicit.sort(Span.ORDER);
    }

    /** A proposal's id from the phrase naming it: "a fully U.N. peacekeeping operation" → {@code un-peacekeeping}. */
    static String idOf(String phrase) {
        String p = phrase.replaceAll("(?i)\\bU\\.\\s?N\\.|\\bUnited Nations\\b", "UN").strip();
        List<String> words = new ArrayList<>();
        for (String w : p.split("[\\s]+")) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                words.clear();
            } else if (!DROP.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        if (words.size() < 2) {
            return null;
        }
        boolean proper = words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (!proper && GENERIC_HEADS.contains(head)) {
            words = words.subList(0, words.size() - 1);
        }
        for (String w : words) {
            if (w.toLowerCase(Locale.ROOT).matches("this|that|its|their|our|his|her|current|same|existing")) {
                return null;
            }
        }
        String id = DocumentView.slug(String.join(" ", words));
        return id.isEmpty() ? null : id;
    }

    /**
     * The proper name in a phrase naming a proposal, when every word left is capitalized: "a Gang Suppression
     * Force" → "Gang Suppression Force"; empty for a common noun phrase ("a UN peacekeeping operation").
     */
    static Optional<String> properName(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                words.clear();
            } else if (!DROP.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(w);
            }
        }
        boolean proper = words.size() >= 2 && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return proper ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    /** The proper name a proposal was first given in the document ("Gang Suppression Force"), if any. */
    Optional<String> findName(String id) {
        return Optional.ofNullable(names.get(id));
    }

    /** References to proposals in {@code [from, to)}, explicit ones first, then "this shift" back to the last one. */
    List<Reference> referencesIn(DocumentView v, int from, int to) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : explicit) {
            if (r.start() >= from && r.end() <= to) {
                out.add(r);
            }
        }
        Matcher m = ANAPHOR.matcher(v.text).region(from, to);
        while (m.find()) {
            int at = m.start();
            findLastBefore(at).ifPresent(id -> out.add(new Reference(m.start(), m.end(), id, true)));
        }
        out.sort(Span.ORDER);
        return out;
    }

    /** The proposal named last before {@code pos}. */
    Optional<String> findLastBefore(int pos) {
        String id = null;
        for (Reference r : explicit) {
            if (r.end() <= pos) {
                id = r.id();
            }
        }
        return Optional.ofNullable(id);
    }

    /** Explicit references, in order. */
    List<Reference> explicit() {
        return explicit;
    }
}
