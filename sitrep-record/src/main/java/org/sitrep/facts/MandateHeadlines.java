package org.sitrep.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.entity.EntityRegistry;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Sentence;

/**
 * Mandate decisions told by a headline, in title case: "Explanation of Vote Following the Adoption of a Resolution
 * Renewing the Mandate of X", "... Resolution Ending the Mandate of X", "Explanation of Vote after the Renewal of the
 * UN Security Council Mandate for X", "Explanation of Vote on a Resolution on the X Mandate" (the mandate given:
 * {@code authorize}, unless the text goes on to tell a renewal). The entity stage often runs such a title together
 * into one long name ("Resolution Renewing the Mandate of X"), so the mission is found in the words themselves: a
 * mission named there, a name the text uses elsewhere, a registry name, or an acronym. A headline has no date of its
 * own: the decision is dated by publication (a statement explaining a vote is given the day of the vote).
 */
final class MandateHeadlines {

    /** A decision taken and told: an explanation of a vote, an adoption, a resolution, a vote. */
    private static final Pattern DECIDED = Pattern.compile("(?i)\\b(explanation of vote|adopt\\w*|resolution|"
            + "vot(?:e|es|ed)|security council)\\b");
    /** A headline about something not (yet) decided. */
    private static final Pattern UNDECIDED = Pattern.compile("(?i)\\b(draft|proposed|proposal|calls? for|urg\\w+|"
            + "seeks?|should|would|could|may|might|will|plans?|ahead of|before|debate|consider\\w*|reject\\w*|"
            + "fail\\w*|veto\\w*|not)\\b");
    private static final String COUNCIL = "(?:(?:the\\s+)?(?:UN\\s+|U\\.N\\.\\s+|United Nations\\s+)?Security Council(?:['’]s)?\\s+)?";
    /** "Renewing the Mandate of", "the Renewal of the UN Security Council Mandate for", "Ending the Mandate of". */
    private static final Pattern ACT = Pattern.compile("(?i)\\b(?:(renewing|renewal of|extending|extension of|"
            + "reauthori[sz]ing|reauthori[sz]ation of|roll-?over of)|(ending|end of|terminating|termination of)|"
            + "(establishing|establishment of|authori[sz]ing|authori[sz]ation of|creating|creation of))\\s+"
            + "(?:the\\s+)?" + COUNCIL + "(mandates?\\s+(?:of|for)\\s+)?(?:the\\s+)?");
    /** "Resolution on the X Mandate", "Resolution on X". */
    private static final Pattern RESOLUTION_ON = Pattern.compile("(?i)\\bresolution\\s+(?:on|for|concerning)\\s+"
            + "(?:the\\s+)?");
    /** Where a mission's name in a headline stops. */
    private static final Pattern NAME_END = Pattern.compile("(?i)\\s+(?:mandate|in light of|amid|after|as|"
            + "following|to|with)\\b|[,:;–—|]|$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^)]{2,40})\\)");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Ll}]*\\p{Lu}[\\p{Lu}\\p{Ll}]*");
    private static final Pattern HEAD_NOUN = Pattern.compile("(?i)\\b(mission|force|operation|office|presence)\\b");
    /** A renewal told in the body: then a "Resolution on X" headline is that renewal, not the mandate's start. */
    private static final Pattern RENEWAL_IN_TEXT = Pattern.compile("(?i)\\b(renew\\w*|roll-?overs?|rolled over|"
            + "reauthori[sz]\\w*|exten(?:d\\w*|sion of)\\s+(?:the\\s+|its\\s+)?(?:\\w+['’]s\\s+)?mandate)\\b");
    private static final String[] PREDICATES = {"extend", "end", "authorize"};

    private MandateHeadlines() {
    }

    /** The decision a headline sentence tells, or empty; {@code s} must be the document's title. */
    static Optional<Fact> find(DocumentView v, Sentence s) {
        String title = v.textOf(s.start(), s.end());
        if (!DECIDED.matcher(title).find() || UNDECIDED.matcher(title).find()) {
            return Optional.empty();
        }
        Matcher a = ACT.matcher(title);
        if (a.find()) {
            String predicate = null;
            for (int g = 1; g <= 3; g++) {
                predicate = a.group(g) != null ? PREDICATES[g - 1] : predicate;
            }
            if (predicate.equals("authorize") && a.group(4) != null) {
                return Optional.empty(); // "Authorizing the Mandate of": no act this reading knows
            }
            String act = predicate;
            return missionAt(v, s, s.start() + a.end()).map(m -> fact(v, s, m, act, title));
        }
        Matcher r = RESOLUTION_ON.matcher(title);
        if (r.find() && !RENEWAL_IN_TEXT.matcher(v.text).find()) {
            return missionAt(v, s, s.start() + r.end()).map(m -> fact(v, s, m, "authorize", title));
        }
        return Optional.empty();
    }

    /** The mission named from {@code from} on in the headline, as an entity id. */
    static Optional<String> missionAt(DocumentView v, Sentence s, int from) {
        String rest = v.textOf(from, s.end());
        Matcher end = NAME_END.matcher(rest);
        int cut = end.find() ? end.start() : rest.length();
        Matcher paren = PARENTHESIS.matcher(rest);
        String acronym = null;
        while (paren.find()) {
            if (paren.start() <= cut + 1 && ACRONYM.matcher(paren.group(1)).matches()) {
                acronym = paren.group(1);
                cut = Math.min(cut, paren.start());
                break;
            }
            if (paren.start() < cut) {
                cut = paren.start(); // "UNIFIL (Lebanon)": the name stops at a parenthesis
            }
        }
        String name = rest.substring(0, cut).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (DocumentView.EntityMention m : v.mentions) {
            if (m.start() >= from && m.start() < from + cut && v.isMission(m.entity())) {
                return Optional.of(m.id()); // a mission the entity stage found in the headline
            }
        }
        for (String candidate : acronym == null ? new String[] {name} : new String[] {name, acronym}) {
            Optional<String> id = namedElsewhere(v, candidate);
            if (id.isPresent()) {
                return id;
            }
        }
        for (String candidate : acronym == null ? new String[] {name} : new String[] {name, acronym}) {
            Optional<String> id = EntityRegistry.standard().findByName(candidate).map(EntityRegistry.Entry::id);
            if (id.isPresent()) {
                return id;
            }
        }
        if (acronym != null) {
            return Optional.of(DocumentView.slug(acronym));
        }
        if (ACRONYM.matcher(name).matches() && name.length() <= 10 || HEAD_NOUN.matcher(name).find()) {
            return Optional.of(DocumentView.slug(name));
        }
        return Optional.empty();
    }

    /** An entity of the text written exactly as {@code name} somewhere, its id. */
    private static Optional<String> namedElsewhere(DocumentView v, String name) {
        for (DocumentView.EntityMention m : v.mentions) {
            if (v.textOf(m.start(), m.end()).equalsIgnoreCase(name) || m.entity().name().equalsIgnoreCase(name)) {
                return Optional.of(m.id());
            }
        }
        return Optional.empty();
    }

    private static Fact fact(DocumentView v, Sentence s, String mission, String predicate, String title) {
        Map<String, String> q = FactRule.qualifiers("decidedBy", "united-nations-security-council",
                "asOfBasis", v.published == null ? null : "published");
        if (!title.toLowerCase(Locale.ROOT).contains("council") && !title.toLowerCase(Locale.ROOT)
                .contains("explanation of vote")) {
            q.remove("decidedBy");
        }
        return FactRule.fact(s, Fact.MANDATE, mission, predicate, predicate, v.published, q, "mandate-headline",
                0.65);
    }
}
