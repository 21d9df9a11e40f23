package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;

/**
 * Events: a call or conversation, a meeting, a visit, an arrival, a deployment, a vote, deaths; with the
 * participants, the date and the place. One event told twice in a document (the call, then "I had a productive
 * dialogue with ...") is kept once, with what both tellings say.
 */
final class EventRules implements FactRule {

    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:"
            + "(phone call|telephone call|call with|spoke by (?:phone|telephone)|phoned|conversation with|"
            + "dialogue with|talked (?:with|to)|spoke with|(?:engaged\\s+in|had|held)\\s+an?\\s+(?:\\w+\\s+)?"
            + "(?:conversation|dialogue|call))|"
            + "(met|meets|meeting with|summit with|talks with|held talks)|"
            + "(visit(?:ed|s|ing)?|trip to|travel(?:l)?ed to|toured)|"
            + "(arriv(?:ed|al|es)|landed)|"
            + "(deployed)|"
            + "(voted)(?!\\s+(?:in\\s+favou?r|against|for)\\b)|"
            + "(requested|requests?\\s+(?:for|from)|asked\\s+for|appealed\\s+for|appeals?\\s+for))\\b");
    private static final String[] TYPES = {"call", "meeting", "visit", "arrival", "deployment", "vote", "request"};
    /** What a request for help asks: "requested military assistance", "a request for help". */
    private static final Pattern HELP = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:assistance|help|troops|reinforcements|"
            + "forces|peacekeepers|intervention|(?<!(?:logistical|logistic|technical|financial|electoral|political|"
            + "budgetary|administrative)\\s)support|soldiers|police)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|would|plans? to|planned|expected to|set to|"
            + "to be|could|may|might|going to|scheduled to|intends? to)\\s+(?:\\w+\\s+)?$");
    /** Where a meeting was held, whatever the place is: "on the margins of X", "during his visit to X". */
    private static final Pattern VENUE = Pattern.compile("(?i)(?:\\b(?:margins|sidelines)\\s+of|\\bvisit\\s+to)\\s+"
            + "(?:the\\s+)?$");
    /** A state, not a move: "peacekeepers, who are deployed worldwide". */
    private static final Pattern STATE = Pattern.compile("(?i)\\b(?:are|is|remain|remains|stay|stays)\\s+(?:\\w+ly\\s+|"
            + "now\\s+|still\\s+|already\\s+)?$");
    /** "in response to requests from X": a request that was made, whatever it asked. */
    private static final Pattern RESPONSE = Pattern.compile("(?i)\\b(?:in\\s+response\\s+to|responding\\s+to|"
            + "answering|following)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?$");
    /** A decision's own words quoted ("reads: \"Acting in support of a request ..."): the text, not an event. */
    private static final Pattern QUOTED_DECISION = Pattern.compile("[\"“]\\s*\\p{Lu}\\p{Ll}+ing\\b[^\"”]*$");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(I|we|me|us)\\b");
    /** A plan or a possibility in the clause before the cue: "is to visit", "will hold talks", "could meet". */
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:will|would|shall|(?:is|are|was|were)\\s+to|"
            + "plans?\\s+(?:to|an?|his|her|their|its)\\b|planning\\s+to|expected|set\\s+to|going\\s+to|scheduled|"
            + "due\\s+to|"
            + "intends?\\s+to|hopes?\\s+to|could|may|might|never)\\b");
    /** What may stand between "met" and whom it met: "met Prime Minister X", "met with his counterpart X". */
    private static final Pattern MET_WHOM = Pattern.compile("^\\s+(?:with\\s+)?(?:(?:his|her|their|its|the|[Hh]is|"
            + "\\p{Lu}[\\p{L}.'’-]*|counterparts?|officials?|leaders?|envoys?|ministers?|president|delegations?)\\s+)"
            + "{0,4}$");
    /** "whom he met", "who met": a relative clause about someone, not the news. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:whom|who|which|that)\\s+(?:\\w+\\s+)?$");
    /** A vote that is news has its tally: "voted 272-219", "by 300 votes to 200". */
    private static final Pattern TALLY = Pattern.compile("(?i)\\b\\d{1,3}\\s*(?:-|–|to)\\s*\\d{1,3}\\b|\\bby\\s+\\d+\\s+votes");
    /** A name after a preposition or a possessive is no visitor: "speaking to the BBC's Newsnight". */
    private static final Pattern OBJECT_LEAD = Pattern.compile("(?i)(?:\\b(?:to|with|by|from|of|for|at)\\s+"
            + "(?:the\\s+)?(?:\\p{Lu}[\\w.]*['’]s\\s+)?|['’]s\\s+)$");
    /** A visit told as a noun that happened: "during his visit to", "on a two-day visit to". */
    private static final Pattern VISIT_TOLD = Pattern.compile("(?i)\\b(?:during|on|after|in|in\\s+the\\s+course\\s+of)\\s+"
            + "(?:a|an|his|her|their|its|the)?\\s*(?:[\\w.’'-]+\\s+){0,3}$");
    /** Who arrives or deploys in the record: forces, not travellers. */
    private static final Pattern FORCES = Pattern.compile("(?i)\\b(?:troops|soldiers|forces|force|police|"
            + "peacekeepers|contingent|personnel|officers|marines|battalion|units?|mission|deployment)\\b");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)\\b(to|in|at|into)\\s+$");
    /** Where talks are held: "in Geneva", "at Camp David"; never "loans to Argentina". */
    private static final Pattern MEETING_PLACE_LEAD = Pattern.compile("(?i)\\b(in|at)\\s+$");
    private static final Pattern DEMONYM_PLACE_LEAD = Pattern.compile("(?i)\\b(to|in|at|into)\\s+the\\s+$");

    /** An event told as some time before the telling: "recent talks with", "recently met", "earlier talks". */
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:recent|recently|earlier|previous|previously|past)"
            + "\\s+(?:\\w+\\s+)?$");
    /** Talks that ended or failed: "broke off talks with", "the breakdown of talks with". */
    private static final Pattern TALKS_ENDED = Pattern.compile("(?i)(?:\\b(?:breakdown|collapse|failure|suspension|"
            + "end)\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?|\\b(?:broke|broken|break|breaking)\\s+off\\s+(?:the\\s+|its\\s+|"
            + "their\\s+)?(?:\\w+\\s+)?|\\b(?:walked|walks|pulled|pulls)\\s+out\\s+of\\s+(?:the\\s+)?(?:\\w+\\s+)?|"
            + "\\b(?:suspended|abandoned|ended|halted)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\w+\\s+)?)$");
    /** What happens whenever it happens: "when it talks with Congress", "each time they meet". */
    private static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:when|whenever|each time|every time|if)\\s+"
            + "(?:[\\w'’]+\\s+){0,3}$");
    /** "talks" as a noun of talks held: "held talks with", "in talks with", "his talks with". */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:held|hold|holds|holding|had|in|the|his|her|their|its|"
            + "of|for|after|during)\\s+$");
    /** Words that put a name after a meeting's cue outside whom was met: "the report of the commission headed by X". */
    private static final Pattern NOT_MET = Pattern.compile("\\b(?:by|over|about|regarding|concerning|against|than|"
            + "before|after|while)\\b|\\bof\\s+(?:the|a|an|his|her|their|its)\\s+(?!\\p{Lu})|\\b[a-z]{3,}ing\\b|[;:]");
    /** A preposition before a name: the name is no subject of the clause ("a stake in X", "interviewed by X"). */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:to|with|by|from|of|for|at|in|on|into|"
            + "about|against|than|over)\\s+(?:the\\s+)?(?:\\p{Lu}[\\w.]*['’]s\\s+)?$");
    /**
     * A teller before a clause about others: "X said that some banks have been too rigid in talks with ...", "X said
     * progress was made in talks with ..." (not "X said he met ...").
     */
    private static final Pattern TOLD_OTHER = Pattern.compile("(?i)\\b(?:said|says|told|added|stated|warned|noted)\\s+"
            + "(?:that\\s+)?(?!(?:he|she|they|we|it|i)\\b)(?:[\\w.’'-]+\\s+){1,8}?"
            + "(?:was|were|is|are|has|have|had|been|being)\\b");
    /** Another move between a visit's verb and a place: "visited the region before flying to Auckland". */
    private static final Pattern ANOTHER_MOVE = Pattern.compile("(?i)\\b(?:before|after|then|while|and)\\b|"
            + "\\b[a-z]{3,}ing\\b");

    private final Proposals proposals;
    private final List<Integer> mine = new ArrayList<>();

    EventRules(Proposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        Matcher m = CUE.matcher(v.text).region(s.start(), s.end());
        while (m.find()) {
            if (v.insideMention(m.start()) || FUTURE.matcher(v.before(m.start(), 40)).find()) {
                continue;
            }
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            String type = TYPES[group - 1];
            if (type.equals("deployment") && STATE.matcher(v.before(m.start(), 30)).find()) {
                continue;
            }
            int clause = QuantityRules.clauseStart(v.text, s.start(), m.start());
            if (!type.equals("request") && NOT_YET.matcher(v.textOf(clause, m.start())).find()) {
                continue;
            }
            String sentence = v.textOf(s.start(), s.end());
            String cue = m.group(group).toLowerCase(java.util.Locale.ROOT);
            if (type.equals("meeting") && (cue.startsWith("met") || cue.equals("meets"))
                    && (RELATIVE.matcher(v.before(m.start(), 20)).find() || !metSomeone(v, m.end(), s))) {
                continue; // "meets the net worth requirements": no one met
            }
            if (type.equals("meeting") && (TALKS_ENDED.matcher(v.before(m.start(), 40)).find()
                    || (cue.equals("meets") || cue.equals("talks with")) && !HELD.matcher(v.before(m.start(), 12)).find()
                            && HABITUAL.matcher(v.textOf(clause, m.start())).find())) {
                continue; // "broke off talks with", "when it talks with Congress": no meeting held that day
            }
            if (type.equals("vote") && !TALLY.matcher(sentence).find()) {
                continue;
            }
            if ((type.equals("arrival") || type.equals("deployment")) && !FORCES.matcher(sentence).find()) {
                continue;
            }
            if (type.equals("visit") && m.group(3).equalsIgnoreCase("visit")
                    && !VISIT_TOLD.matcher(v.before(m.start(), 30)).find()) {
                continue; // the noun alone may be a plan: "the visit to X will be seen as ..."
            }
            if (type.equals("request")) {
                if (!HELP.matcher(v.text.substring(m.end(), s.end())).find()
                        && !HELP.matcher(v.textOf(Math.max(s.start(), m.start() - 40), m.start())).find()
                        && !RESPONSE.matcher(v.before(m.start(), 30)).find()) {
                    continue;
                }
                if (QUOTED_DECISION.matcher(v.textOf(s.start(), m.start())).find() || tasksAMission(v, m.end(), s)) {
                    continue;
                }
                request(v, s, m.start(), m.end(), out);
                return;
            }
            event(v, s, index, type, m.start(), m.end(), out);
            return;
        }
    }

    /** Whether a body or country is whom the meeting was with: right after the cue, a few title words between. */
    private static boolean metDirectly(DocumentView v, int cueEnd, DocumentView.EntityMention em) {
        return em.start() >= cueEnd && MET_WHOM.matcher(v.textOf(cueEnd, em.start())).matches();
    }

    /**
     * Whether a name is a party to the meeting its sentence tells: the clause's subject before the cue (no
     * preposition before it: not "a stake in X", "interviewed by X"), or one of those met, named after the cue with
     * nothing between that attaches it elsewhere ("with aides ... the commission headed by X" does not).
     */
    private static boolean meetingParty(DocumentView v, int cueStart, int cueEnd, DocumentView.EntityMention em) {
        if (em.end() <= cueStart) {
            Matcher told = TOLD_OTHER.matcher(v.textOf(em.end(), cueStart));
            return !AFTER_PREPOSITION.matcher(v.before(em.start(), 30)).find() && !told.find();
        }
        return em.start() >= cueEnd && !NOT_MET.matcher(v.textOf(cueEnd, em.start())).find();
    }

    /** Whether a person, body or country is named right after "met" (a few title words between at most). */
    private static boolean metSomeone(DocumentView v, int from, Sentence s) {
        for (DocumentView.EntityMention em : v.mentionsIn(from, Math.min(s.end(), from + 80))) {
            if (org.sitrep.doc.Mention.MISC.equals(em.entity().type())
                    || DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                continue; // "met Kenyan President Ruto": the demonym is a title word
            }
            return MET_WHOM.matcher(v.textOf(from, em.start())).matches();
        }
        return false;
    }

    private void event(DocumentView v, Sentence s, int index, String type, int cueStart, int cueEnd, List<Fact> out) {
        Set<String> participants = new LinkedHashSet<>();
        String place = null;
        Optional<Quote> quote = v.findQuoteAt(cueStart);
        if (quote.isPresent() && DocumentView.speakerId(quote.get()) != null
                && FIRST_PERSON.matcher(v.textOf(Math.max(quote.get().start(), s.start()), cueStart)).find()) {
            participants.add(DocumentView.speakerId(quote.get()));
        }
        // a visit is the visitor's: the people named before the verb, or the subject after "During a visit to X, ..."
        int clauseEnd = QuantityRules.clauseEnd(v.text, cueEnd, s.end());
        boolean personBefore = v.mentionsIn(s.start(), cueStart).stream().anyMatch(x -> v.isPerson(x.entity()));
        for (DocumentView.EntityMention em : v.mentionsIn(s.start(), s.end())) {
            if (DocumentView.isDemonym(v.textOf(em.start(), em.end()))
                    || DocumentView.isDemonym(em.entity().name())) {
                // "Kenyan police arrived", "landed in the Haitian capital": the country, or nothing
                Optional<String> country = v.findCountryOfDemonym(em);
                if (country.isPresent() && em.start() >= cueEnd && place == null && !type.equals("call")
                        && DEMONYM_PLACE_LEAD.matcher(v.textOf(Math.max(cueEnd, em.start() - 10), em.start())).find()) {
                    place = country.get();
                } else if (country.isPresent() && !type.equals("call") && !type.equals("visit")
                        && !type.equals("meeting")) {
                    participants.add(country.get());
                }
                continue;
            }
            if (!type.equals("call") && em.start() >= cueEnd && VENUE.matcher(v.before(em.start(), 30)).find()) {
                // "met on the margins of the General Assembly", "met X during his visit to Kingston"
                place = place == null ? em.id() : place;
                continue;
            }
            boolean isPlace = Mention.LOCATION.equals(em.entity().type());
            if (isPlace && em.start() >= cueEnd && place == null
                    && (type.equals("meeting") ? MEETING_PLACE_LEAD : PLACE_LEAD)
                            .matcher(v.textOf(Math.max(cueEnd, em.start() - 6), em.start())).find()
                    && !type.equals("call") && !ANOTHER_MOVE.matcher(v.textOf(cueEnd, em.start())).find()) {
                place = em.id();
                continue;
            }
            if (v.isPerson(em.entity())) {
                boolean visitor = (em.end() <= cueStart && !OBJECT_LEAD.matcher(v.before(em.start(), 12)).find())
                        || (em.start() > clauseEnd && participants.isEmpty() && !personBefore);
                if (type.equals("meeting") && !meetingParty(v, cueStart, cueEnd, em)) {
                    continue; // "after meeting with aides ... the commission headed by X": X met no one
                }
                if (type.equals("vote") ? em.end() <= cueStart : !type.equals("visit") || visitor) {
                    participants.add(em.id()); // voters are named before "voted", never what they voted on
                }
            } else if (!isPlace && !v.isMission(em.entity()) && (type.equals("arrival") || type.equals("deployment")
                    || (type.equals("vote") && em.end() <= cueStart)
                    || (type.equals("meeting") && (em.end() <= cueStart && meetingParty(v, cueStart, cueEnd, em)
                            || metDirectly(v, cueEnd, em))))) {
                participants.add(em.id());
            }
        }
        if (place == null && type.equals("visit")) {
            for (DocumentView.EntityMention em : v.mentionsIn(s.start(), s.end())) {
                if (Mention.LOCATION.equals(em.entity().type()) && em.start() >= cueEnd
                        && v.textOf(cueEnd, em.start()).matches("(?is)\\s*(?:to\\s+|in\\s+)?(?:the\\s+)?")) {
                    place = em.id();
                    break;
                }
            }
        }
        // never the date a quote in it was said (the telling's), nor a date of another clause
        Optional<String> date = RECENT.matcher(v.before(cueStart, 20)).find() ? Optional.empty()
                : EventDates.ofCue(v, s, cueStart, cueEnd); // "recent talks": some day before the telling
        if (EventDates.namesLaterDate(v, s, cueStart)) {
            return; // "sending Shultz to Moscow for talks ... next month": a plan
        }
        String count = null;
        for (Quantity q : v.quantitiesIn(s)) {
            if (!QuantityRules.isCurrency(q) && (type.equals("arrival") || type.equals("deployment"))) {
                count = DocumentView.number(q.value());
                break;
            }
        }
        boolean enough = switch (type) {
            case "call", "meeting" -> participants.size() >= 2;
            case "visit" -> participants.stream().anyMatch(p -> v.findEntity(p).map(v::isPerson).orElse(false))
                    && (place != null || date.isPresent());
            case "arrival", "deployment" -> date.isPresent() && (count != null || !participants.isEmpty());
            // a council's vote is its decision, which the mandate rules tell
            case "vote" -> !participants.isEmpty() && participants.stream().noneMatch(p -> p.contains("council")
                    || v.findEntity(p).map(e -> e.name().matches("(?i).*\\b(?:council|assembly)\\b.*")).orElse(false));
            default -> count != null || !participants.isEmpty();
        };
        if (!enough || EventDates.isLater(date, v.published)) {
            return; // a date after the telling's is a plan, not an event
        }
        String topic = topicNear(v, index);
        Optional<String> subject = v.findMissionFor(s, cueStart);
        String who = String.join(",", participants);
        String subjectId = subject.orElse(participants.isEmpty() ? null : participants.iterator().next());
        if (subjectId == null) {
            return;
        }
        // an event the text does not date holds as reported on its publication day ("reported on"), never undated
        String asOf = date.orElse(v.published);
        Map<String, String> q = FactRule.qualifiers("participants", who, "date", date.orElse(null), "place", place,
                "topic", topic, "count", count,
                "asOfBasis", date.isPresent() ? null : v.published == null ? null : "published");
        Fact f = FactRule.fact(s, Fact.EVENT, subjectId, type, who.isEmpty() ? type : who, asOf, q,
                "event-" + type, date.isPresent() ? 0.75 : 0.55);
        for (int i : mine) {
            Fact earlier = out.get(i);
            if (sameEvent(earlier, f)) {
                out.set(i, merge(earlier, f));
                return;
            }
        }
        out.add(f);
        mine.add(out.size() - 1);
    }

    /** "a request for MONUSCO to provide logistical support": a task asked of a mission already there. */
    private static boolean tasksAMission(DocumentView v, int cueEnd, Sentence s) {
        Matcher f = Pattern.compile("(?i)^\\s*(?:for\\s+)?(?:the\\s+)?").matcher(v.text).region(cueEnd, s.end());
        if (!f.find()) {
            return false;
        }
        for (DocumentView.EntityMention em : v.mentionsIn(f.end(), Math.min(s.end(), f.end() + 60))) {
            return em.start() == f.end() && (v.isMission(em.entity()) || em.entity().equals(v.mainMission))
                    && v.textOf(em.end(), Math.min(s.end(), em.end() + 4)).matches("(?s)\\s+to\\b.*");
        }
        return false;
    }

    private String topicNear(DocumentView v, int index) {
        for (int i = index; i <= Math.min(index + 1, v.sentences.size() - 1); i++) {
            Sentence s = v.sentences.get(i);
            List<Proposals.Reference> refs = proposals.referencesIn(v, s.start(), s.end());
            if (!refs.isEmpty()) {
                return refs.get(0).id();
            }
        }
        return null;
    }

    private static Set<String> participantsOf(Fact f) {
        return new LinkedHashSet<>(List.of(f.findQualifier("participants").orElse("").split(",")));
    }

    private static boolean sameEvent(Fact a, Fact b) {
        if (!a.predicate().equals(b.predicate())) {
            return false;
        }
        String da = a.findQualifier("date").orElse(null); // the event's own date; asOf may be a publication's
        String db = b.findQualifier("date").orElse(null);
        if (da != null && db != null && !compatible(da, db)) {
            return false;
        }
        Set<String> pa = participantsOf(a);
        Set<String> pb = participantsOf(b);
        Set<String> common = new LinkedHashSet<>(pa);
        common.retainAll(pb);
        common.remove("");
        return common.size() >= Math.min(2, Math.min(pa.size(), pb.size()));
    }

    /** Whether two dates may name the same day: equal, or one holds the other ("2024-11" holds "2024-11-07"). */
    static boolean compatible(String a, String b) {
        return a.equals(b) || (DocumentView.isCalendar(a) && DocumentView.isCalendar(b)
                && (a.startsWith(b) || b.startsWith(a)));
    }

    /** One event from two tellings: the most precisely dated telling's evidence, the union of what both say. */
    private static Fact merge(Fact a, Fact b) {
        int pa = a.findQualifier("date").map(String::length).orElse(-1);
        int pb = b.findQualifier("date").map(String::length).orElse(-1);
        Fact first = pa >= pb ? a : b;
        Fact second = first == a ? b : a;
        Map<String, String> q = new LinkedHashMap<>(second.qualifiers());
        q.putAll(first.qualifiers());
        if (first.findQualifier("date").isPresent()) {
            q.remove("asOfBasis"); // dated by its own words, not "reported on"
        }
        Set<String> who = participantsOf(first);
        who.addAll(participantsOf(second));
        who.remove("");
        q.put("participants", String.join(",", who));
        return new Fact(first.start(), first.end(), first.kind(), first.subject(), first.predicate(),
                String.join(",", who), first.asOf(), q, first.extractor(), Math.max(a.confidence(), b.confidence()));
    }

    /**
     * A call for help: "East Timor requested military assistance" (the subject asks), "in response to requests from
     * British and Japanese leaders", "a request for help from the island's government" (the ones after "from" ask).
     */
    private void request(DocumentView v, Sentence s, int cueStart, int cueEnd, List<Fact> out) {
        Set<String> askers = new LinkedHashSet<>();
        String cue = v.textOf(cueStart, cueEnd).toLowerCase(java.util.Locale.ROOT);
        int from = cue.endsWith("from") ? cueEnd : -1;
        if (from < 0) {
            Matcher f = Pattern.compile("(?i)\\bfrom\\s+").matcher(v.text).region(cueEnd, Math.min(s.end(), cueEnd + 40));
            if (f.find() && cue.startsWith("request") && !cue.equals("requested")) {
                from = f.end();
            }
        }
        if (from >= 0) {
            int end = QuantityRules.clauseEnd(v.text, from, s.end());
            Matcher adjectives = Pattern.compile("(\\p{Lu}[\\p{L}]+)(?:\\s+and\\s+|,\\s*|\\s+)").matcher(v.text).region(from, end);
            while (adjectives.find()) {
                DocumentView.findCountryOfAdjective(adjectives.group(1)).ifPresent(askers::add);
            }
            for (DocumentView.EntityMention em : v.mentionsIn(from, end)) {
                if (!v.isMission(em.entity())) {
                    askers.add(v.actorFor(em.entity()));
                    if (v.isPerson(em.entity())) {
                        askers.add(em.id());
                    }
                }
            }
        } else {
            int clause = QuantityRules.clauseStart(v.text, s.start(), cueStart);
            List<DocumentView.EntityMention> before = v.mentionsIn(clause, cueStart);
            if (before.isEmpty() && clause > s.start()) {
                before = v.mentionsIn(s.start(), cueStart);
            }
            for (DocumentView.EntityMention em : before) {
                if (!v.isMission(em.entity()) && !DocumentView.isDemonym(v.textOf(em.start(), em.end()))) {
                    askers.add(v.actorFor(em.entity()));
                    if (v.isPerson(em.entity())) {
                        askers.add(em.id());
                    }
                }
            }
        }
        if (askers.isEmpty()) {
            return;
        }
        Optional<String> date = v.findSentenceDate(s);
        String who = String.join(",", askers);
        Optional<String> subject = v.findMissionFor(s, cueStart);
        out.add(FactRule.fact(s, Fact.EVENT, subject.orElse(askers.iterator().next()), "call", who,
                date.orElse(null), FactRule.qualifiers("participants", who, "date", date.orElse(null),
                        "kind", "request"), "event-request", date.isPresent() ? 0.7 : 0.55));
    }
}
