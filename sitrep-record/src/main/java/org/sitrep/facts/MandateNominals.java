package org.sitrep.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Sentence;

/**
 * Mandate decisions told without a deciding body as the subject of a verb, as news and statements tell them: "the
 * adoption of a resolution renewing the mandate of X", "today's resolution extending X's mandate for another year",
 * "the vote at the Security Council yesterday authorizing X", "the Council's unanimous reauthorization of the
 * mandate for X", "the mandate for X was renewed", "a resolution on X adopted" (a change to a mission:
 * {@code modify}), and a mission "was established in 2007" or "since its creation in 2007" ({@code authorize}).
 */
final class MandateNominals {

    /** The act: what was done to the mandate or the mission, as a participle, infinitive or noun. */
    private static final Pattern ACT = Pattern.compile("(?i)\\b(?:(renewing|renewal|renewed|renew|extending|"
            + "extension|extended|extend|reauthori[sz]\\w*|roll-?over|rolled over)|"
            + "(authori[sz]ing|authori[sz]e|authori[sz]ed|establishing|establish)|"
            + "(transforming|transform|transition(?:ing)? to)|"
            + "(ending|end|terminating|termination|terminate|pull(?:ing)? out|withdraw(?:ing)?))\\b");
    /** Words that show a decision taken: a resolution, its adoption, a vote, the Council. */
    private static final Pattern DECIDED = Pattern.compile("(?i)\\b(resolution|adoption|adopted|adopt|vote|voted|"
            + "council|consensus)\\b");
    /** What is still to come or only announced: "today Kenya announced it will withdraw from X". */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|shall|announc\\w*|intends?|wants?|"
            + "threaten\\w*)\\b");
    /** A title that says the text is about a vote: then "today" in it is the day of the decision. */
    private static final Pattern VOTE_TITLE = Pattern.compile("(?i)\\b(explanation of vote|resolution|votes?|"
            + "voted|adopt\\w*)\\b");
    /** Words that make it no decision yet: a hedge, a draft, a call or a wish. */
    private static final Pattern UNDECIDED = Pattern.compile("(?i)\\b(if|would|could|should|might|may|whether|"
            + "unless|expected|plans?|draft|calls? (?:on|for)|urg\\w+|asks?|asked|propos\\w+|hopes?|wants?|"
            + "not|no|never|refus\\w+|fail\\w*|against|oppos\\w+)\\b");
    private static final Pattern RESOLUTION_ADOPTED = Pattern.compile("(?i)\\b(?:adopt\\w*|approv\\w*|pass\\w*|"
            + "(?:was|were)\\s+(?:made|taken|decided)\\s+(?:as part of|under|by|through|in|with))\\s+"
            + "(?:of\\s+)?(?:(?:UN|U\\.N\\.|United Nations)\\s+)?(?:Security Council\\s+)?Resolution\\s+(\\d{3,5})\\b");
    private static final Pattern PASSIVE = Pattern.compile("(?i)^\\W*(?:was|were|has been|have been|had been)\\s+"
            + "(?:\\w+ly\\s+)?(renewed|extended|ended|terminated)\\b");
    private static final Pattern CREATED = Pattern.compile("(?i)^[^.;]{0,20}?\\b(?:was|were|has been)\\s+(?:first\\s+)?"
            + "(?:created|established|set up|launched)\\s+in\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern SINCE_CREATION = Pattern.compile("(?i)\\bsince its (?:creation|establishment|"
            + "inception|founding) in ((?:19|20)\\d{2})\\b");
    private static final String[] PREDICATES = {"extend", "authorize", "transform", "end"};

    private MandateNominals() {
    }

    /** A decision the sentence tells in one of these ways, or empty. */
    static Optional<Fact> find(DocumentView v, Sentence s) {
        return act(v, s).or(() -> passive(v, s)).or(() -> resolutionAdopted(v, s)).or(() -> created(v, s));
    }

    /** "the adoption of a resolution renewing the mandate of X", "the vote ... authorizing X". */
    private static Optional<Fact> act(DocumentView v, Sentence s) {
        String sentence = v.textOf(s.start(), s.end());
        Matcher a = ACT.matcher(sentence);
        while (a.find()) {
            String lead = sentence.substring(0, a.start());
            if (!(DECIDED.matcher(lead + " " + sentence.substring(a.start())).find()
                    || decidedToday(v, s) && !FUTURE.matcher(lead).find())
                    || UNDECIDED.matcher(lead).find() || v.insideMention(s.start() + a.start())) {
                continue;
            }
            int from = s.start() + a.end();
            Optional<DocumentView.EntityMention> mission = missionWithin(v, from, Math.min(s.end(), from + 70),
                    s.end());
            if (mission.isEmpty()) {
                continue;
            }
            String predicate = null;
            for (int g = 1; g <= 4; g++) {
                predicate = a.group(g) != null ? PREDICATES[g - 1] : predicate;
            }
            String between = v.textOf(from, mission.get().start());
            boolean ofMandate = between.toLowerCase(Locale.ROOT).contains("mandate")
                    || v.textOf(mission.get().end(), Math.min(s.end(), mission.get().end() + 40))
                            .toLowerCase(Locale.ROOT).matches("(?s)^(?:['’]s)?\\s*(?:\\([^)]*\\)\\s*)?(?:\\w+\\s+)?"
                                    + "mandate\\b.*");
            if (!ofMandate && !predicate.equals("authorize") && !predicate.equals("end")) {
                continue;
            }
            Fact f = fact(v, s, mission.get().id(), predicate, sentence);
            if (!DECIDED.matcher(lead + " " + sentence.substring(a.start())).find()) {
                // decided today only: "Over ten years later, today we mark the end of X" is of the day it was said
                Map<String, String> q = new java.util.LinkedHashMap<>(f.qualifiers());
                q.put("asOfBasis", "sentence");
                f = new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(), v.published, q,
                        f.extractor(), f.confidence());
            }
            return Optional.of(f);
        }
        return Optional.empty();
    }

    /** "the mandate for X was renewed". */
    private static Optional<Fact> passive(DocumentView v, Sentence s) {
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), s.end())) {
            if (!v.isMission(m.entity()) || !v.before(m.start(), 20).toLowerCase(Locale.ROOT)
                    .matches("(?s).*\\bmandate (?:of|for)\\s+(?:the\\s+)?$")) {
                continue;
            }
            Matcher p = PASSIVE.matcher(v.textOf(m.end(), s.end()));
            if (p.find() && !UNDECIDED.matcher(v.textOf(s.start(), m.start())).find()) {
                String verb = p.group(1).toLowerCase(Locale.ROOT);
                String predicate = verb.startsWith("ended") || verb.startsWith("termin") ? "end" : "extend";
                return Optional.of(fact(v, s, m.id(), predicate, v.textOf(s.start(), s.end())));
            }
        }
        return Optional.empty();
    }

    /** "we were able to adopt Resolution 1908 ... for X": a change to the mission, its kind not told. */
    private static Optional<Fact> resolutionAdopted(DocumentView v, Sentence s) {
        String sentence = v.textOf(s.start(), s.end());
        Matcher r = RESOLUTION_ADOPTED.matcher(sentence);
        if (!r.find() || UNDECIDED.matcher(sentence.substring(0, r.start())).find()) {
            return Optional.empty();
        }
        int numberAt = s.start() + r.start(1);
        for (org.sitrep.doc.Timex t : v.timesIn(s)) {
            boolean ownNumber = t.start() <= numberAt && numberAt < t.end(); // "Resolution 1908" is no year
            if (!ownNumber && org.sitrep.doc.Timex.DATE.equals(t.type()) && DocumentView.isCalendar(t.value())
                    && v.published != null && !v.published.startsWith(t.value())) {
                return Optional.empty(); // "the passage of Resolution 2719 last December": an earlier decision
            }
        }
        return v.findMissionFor(s, s.end()).map(mission -> {
            Fact f = fact(v, s, mission, "modify", sentence);
            Map<String, String> q = new java.util.LinkedHashMap<>(f.qualifiers());
            q.put("resolution", r.group(1));
            return new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(), f.asOf(), q,
                    f.extractor(), 0.6);
        });
    }

    /** "X was established in 2007", "since its creation in 2007": the mission's authorization, in that year. */
    private static Optional<Fact> created(DocumentView v, Sentence s) {
        String sentence = v.textOf(s.start(), s.end());
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), s.end())) {
            if (!v.isMission(m.entity())) {
                continue;
            }
            Matcher c = CREATED.matcher(v.textOf(m.end(), s.end()));
            Matcher since = SINCE_CREATION.matcher(v.textOf(m.end(), Math.min(s.end(), m.end() + 80)));
            String year = c.find() ? c.group(1) : since.find() ? since.group(1) : null;
            if (year != null) {
                return Optional.of(FactRule.fact(s, Fact.MANDATE, m.id(), "authorize", "authorize", year,
                        FactRule.qualifiers("asOfBasis", "sentence"), "mandate-created", 0.6));
            }
        }
        return Optional.empty();
    }

    /** The first mission named from {@code from} on, its name starting before {@code to} (a long name may run on). */
    private static Optional<DocumentView.EntityMention> missionWithin(DocumentView v, int from, int to, int end) {
        return v.mentionsIn(from, end).stream().filter(m -> m.start() < to && v.isMission(m.entity())).findFirst();
    }

    /**
     * Whether the sentence tells what happens "today" in a text whose title is about a vote ("Explanation of Vote
     * ..."): "today we mark the end of X" is the decision of the day the statement was given.
     */
    private static boolean decidedToday(DocumentView v, Sentence s) {
        if (v.published == null || !VOTE_TITLE.matcher(v.doc.findTitle().orElse("")).find()) {
            return false;
        }
        for (org.sitrep.doc.Timex t : v.timesIn(s)) {
            if (v.published.equals(t.value()) && v.textOf(t.start(), t.end()).equalsIgnoreCase("today")) {
                return true;
            }
        }
        return false;
    }

    /** A decision of the UN Security Council (the body that takes these), dated by the sentence or publication. */
    private static Fact fact(DocumentView v, Sentence s, String mission, String predicate, String sentence) {
        Optional<String> date = v.findSentenceDate(s).filter(d -> v.published == null || !v.published.startsWith(d)
                || d.length() == v.published.length());
        boolean council = sentence.toLowerCase(Locale.ROOT).contains("council");
        Map<String, String> q = FactRule.qualifiers("decidedBy", council ? "united-nations-security-council" : null,
                "period", MandateRules.findPeriod(v, s, false).orElse(null),
                "asOfBasis", date.isPresent() ? "sentence" : v.published == null ? null : "published");
        q.putAll(MandateRules.vote(sentence));
        q.putAll(MandateRules.abstainers(v, s));
        MandateRules.completeVote(q);
        return FactRule.fact(s, Fact.MANDATE, mission, predicate, predicate, date.orElse(v.published), q,
                "mandate-nominal", 0.7);
    }
}
