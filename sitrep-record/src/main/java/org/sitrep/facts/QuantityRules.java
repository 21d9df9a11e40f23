package org.sitrep.facts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Timex;

/**
 * Strength figures, targets with deadlines, and funding, read from the quantities of a sentence and the words
 * around each: "the MSS has about 400 officers" (strength), "2,500 police officers by January" (target), "pledged
 * $100 million to the trust fund" (funding), and "the voluntary contribution model" (how a mission is funded).
 */
final class QuantityRules implements FactRule {

    static final Set<String> PERSONNEL = Set.of("officer", "police", "policeman", "policemen", "troop", "soldier",
            "personnel", "peacekeeper", "staff", "guard", "gendarme", "marine", "member", "agent", "force",
            "responder", "trooper", "military", "policewoman", "boot");

    /** What may follow a figure whose noun is left out: "out of an assigned 26,000.", "800 of them". */
    private static final Pattern ELLIPSIS_AFTER = Pattern.compile("(?i)^\\s*(?:[.,;:)]|$|of (?:them|whom)\\b|"
            + "(\\p{Lu}\\p{L}+)\\b)");
    /** A figure whose noun is left out, with its verb right after it: "only 7,000 are to be sent". */
    private static final Pattern ELLIPSIS_VERB = Pattern.compile("(?i)^\\s+(?:are|were|will|would)\\s+(?:to|be|have|"
            + "be|remain|stay|arrive|leave|go)\\b");
    /** More of the figure before: "with a further 1,200 in transit", "another 300 ...". */
    private static final Pattern FURTHER = Pattern.compile("(?i)\\b(?:a further|another|an additional|an extra)\\s*$");
    /** A pair of figures of one count: "from 2,000 to a maximum of 15,000". */
    private static final Pattern FROM_TO = Pattern.compile("(?i)^\\s*to\\s+(?:(?:a maximum|a ceiling|an? (?:total|"
            + "strength|force) of|as (?:many|much) as|up to|some|about|around|nearly)\\s+(?:of\\s+)?)?\\d");
    /** The people a count is of, named before its figures: "the strength of the UN peacekeepers in Lebanon ...". */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)\\b(?:strength|number|size|ranks) of\\s+"
            + "(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(troops|soldiers|peacekeepers|forces|personnel|police officers|"
            + "officers|blue helmets)\\b");
    /** People sent off before they deploy: what is meant to be there, not yet what is. */
    private static final Pattern AHEAD_OF_DEPLOYMENT = Pattern.compile("(?i)\\b(?:ahead of|before|prior to)\\s+"
            + "(?:their|its|the)\\s+(?:deployment|departure)\\b");
    private static final Pattern OF_THEM_ARE = Pattern.compile("(?i)^\\s*of (?:them|whom) (?:are|were|is|being|"
            + "come from|from) (?:from )?(?:the )?(\\p{Lu}[\\p{L}.]+)");
    private static final Pattern POSSESSOR = Pattern.compile("(?:['’]s|\\bits|\\btheir)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** A new force named only as such ("this new force would consist of ..."): not the mission of the text. */
    private static final Pattern NEW_FORCE = Pattern.compile("(?i)\\b(?:new|proposed|future|second|another)\\s+"
            + "(?:\\w+\\s+)?(?:force|mission|operation)\\b");
    private static final Pattern SENT = Pattern.compile("(?i)^\\s+(?:has|have|had)\\s+(?:now\\s+|already\\s+|so far\\s+)?"
            + "(?:sent|deployed|contributed|dispatched)\\s+(?:(?:about|some|around|nearly|over|more than)\\s+)?$");
    private static final Pattern FROM_COUNTRY = Pattern.compile("(?i)^\\s*(?:(?:and|or)\\s+(?:[\\w-]+\\s+){0,2}?)?"
            + "from\\s+(?:the\\s+)?");
    /** A state's own body, whose decision is its country's: "the Superior Council of National Defence". */
    private static final Pattern NATIONAL_BODY = Pattern.compile("(?i)\\b(national|ministry|ministers|government|"
            + "parliament|cabinet|defen[cs]e|federal)\\b");
    /** A headline about one country's contingent: "400 Australian soldiers sent to ...", "Portuguese troops leave". */
    private static final Pattern NATIONAL_CONTINGENT = Pattern.compile("\\b(\\p{Lu}\\p{L}+)\\s+(?:troops|soldiers|"
            + "police|personnel|forces|contingent|peacekeepers|marines)\\b");
    /** Where the places a figure is told of stop: those after "led by", "including" are its contributors. */
    private static final Pattern NOT_PLACES = Pattern.compile("(?i);|\\b(?:led by|including|such as|from|with|ahead of|before)\\b");
    private static final Pattern COORDINATED = Pattern.compile("(?i)^\\s*(?:and|or|as well as|plus)\\s*$");
    private static final Pattern ESTIMATED = Pattern.compile("(?i)\\b(estimated|estimates?|reportedly)\\b");
    private static final Pattern CURRENT = Pattern.compile("(?i)\\b(currently|now|at present|presently|so far|"
            + "to date|as of now|at the moment|today)\\b");
    private static final Pattern COMMIT_CUE = Pattern.compile("(?i)\\b(committed|commits?|pledg\\w*|promis\\w*|"
            + "vow\\w*|agreed|will (?:have|send|deploy|contribute|provide)|to send|offer\\w*|undert\\w*)\\b");
    private static final Pattern FUND_PLEDGED = Pattern.compile("(?i)\\b(pledg\\w*|promis\\w*|commit\\w*|"
            + "announc\\w*|offer\\w*)\\b");
    private static final Pattern FUND_RECEIVED = Pattern.compile("(?i)\\b(receiv\\w*|disburs\\w*|deposit\\w*|"
            + "deliver\\w*|paid|transferr\\w*|provided|contributed|donated|gave|spent)\\b");
    /** Money handed over as news tells it: "providing over $300 million", "which to date has totaled $338 million". */
    private static final Pattern FUND_PROVIDING = Pattern.compile("(?i)\\b(provid(?:ing|es|ed)|(?:has|have) "
            + "(?:given|totall?ed|amounted)|totall?(?:ing|ed)|amounting|in (?:equipment|assistance|support|funding))\\b");
    /** Money meant but not yet given: "we intend to provide $100 million", "will provide", "plans to give". */
    private static final Pattern FUND_INTENDED = Pattern.compile("(?i)\\b(intends?|intended|plans?|planning|will|"
            + "would|expects?|aims?|seeks?|hopes?) (?:\\w+ ){0,4}?to (?:provide|give|contribute|fund|offer)\\b|"
            + "\\bwill (?:provide|give|contribute|fund|offer)\\b");
    /** Money for another purpose than a mission: bilateral aid for growth, relief, elections. */
    private static final Pattern OTHER_PURPOSE = Pattern.compile("(?i)\\b(economic|development|growth|humanitarian|"
            + "relief|health|education|food|refugees?|displaced|hunger|famine|elections?|each year|annually)\\b");
    private static final Pattern NAMED_OR_THIS_MISSION = Pattern.compile("(?i)\\b(?:this|the|that)\\s+(?:\\w+\\s+)?"
            + "(?:mission|force|operation)\\b");
    private static final Pattern WE = Pattern.compile("\\b(?:We|we)\\b");
    /** Taking people away is no figure of what a mission has or will have: "withdrawing 1,000 British troops". */
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)\\b(withdraw\\w*|pull(?:ing|ed)? out|pull(?:ing|ed)? "
            + "back|bring(?:ing)? home|brought home|reduc\\w*|cut(?:ting)?|drawdown of|draw(?:ing)? down|"
            + "repatriat\\w*|redeploy\\w* (?:out|away))\\s+(?:\\w+\\s+){0,3}$");
    /** A parenthetical share after a figure: ", including around 760 Americans," (the figure's verb follows it). */
    private static final Pattern INCLUDING = Pattern.compile("^\\s*,\\s*(?:including|of whom|among them)[^,]*,");
    /** A count named before its figure: "the (total) number of Australian troops ... has risen to 600". */
    private static final Pattern FIGURE_OF = Pattern.compile("(?i)\\b(?:total\\s+)?(?:number|strength|size) of\\s+"
            + "(?:the\\s+)?(\\p{Lu}\\p{L}+)\\s+(?:troops|soldiers|forces|peacekeepers|personnel|police|officers)\\b");
    private static final Pattern FUND_TO = Pattern.compile("(?i)\\b(?:to|into|for) (?:the )?((?:[\\w-]+ ){0,4}"
            + "(?:trust fund|fund|basket fund))\\b");
    private static final Pattern FUNDING_MODEL = Pattern.compile("(?i)\\b(voluntary|assessed)\\s+"
            + "(?:contribution|funding|financing)s?(?:\\s+model)?\\b");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}|\\$|€|£|dollars?|euros?|shillings?");

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        List<Quantity> qs = v.quantitiesIn(s);
        for (int i = 0; i < qs.size(); i++) {
            Quantity q = qs.get(i);
            int from = Math.max(clauseStart(v.text, s.start(), q.start()), i > 0 ? qs.get(i - 1).end() : s.start());
            int to = Math.min(clauseEnd(v.text, q.end(), s.end()), i + 1 < qs.size() ? qs.get(i + 1).start() : s.end());
            String pre = v.textOf(from, q.start());
            String post = v.textOf(q.end(), to);
            if (i + 1 < qs.size() && isPersonnel(q) && isPersonnel(qs.get(i + 1))
                    && COORDINATED.matcher(v.textOf(q.end(), qs.get(i + 1).start())).matches()) {
                // "120 military police and 60 troops from X would join them": the verb after both is the first's too
                Quantity next = qs.get(i + 1);
                int nextTo = Math.min(clauseEnd(v.text, next.end(), s.end()),
                        i + 2 < qs.size() ? qs.get(i + 2).start() : s.end());
                post = v.textOf(q.end(), nextTo);
            }
            if (isCurrency(q)) {
                funding(v, s, q, pre + " " + post, out);
            } else {
                personnel(v, s, qs, i, pre, post, out);
            }
        }
        Matcher m = FUNDING_MODEL.matcher(v.text).region(s.start(), s.end());
        if (m.find()) {
            v.findMissionFor(s, m.start()).ifPresent(subject -> out.add(FactRule.fact(s, Fact.FUNDING, subject,
                    "funding-model", m.group(1).toLowerCase(Locale.ROOT), v.published,
                    FactRule.qualifiers("asOfBasis", v.published == null ? null : "published"),
                    "funding-model", 0.7)));
        }
    }

    static boolean isCurrency(Quantity q) {
        return q.unit() != null && CURRENCY.matcher(q.unit()).matches();
    }

    static boolean isPersonnel(Quantity q) {
        String head = unitOf(q);
        return head != null && (PERSONNEL.contains(head)
                || head.equals("helmet") && q.object() != null && q.object().startsWith("blue"));
    }

    /** The head noun of what is counted, singular: "police officers" → {@code officer}. */
    static String unitOf(Quantity q) {
        String object = q.object() != null ? q.object() : q.unit();
        if (object == null || object.isBlank()) {
            return null;
        }
        String[] words = object.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        if (head.endsWith("men")) {
            return head;
        }
        if (head.endsWith("s") && !head.endsWith("ss") && !head.equals("personnel")) {
            head = head.substring(0, head.length() - 1);
        }
        return head;
    }

    private static Optional<Timex> deadlineAfter(DocumentView v, Sentence s, Quantity q, List<Quantity> qs, int i) {
        int limit = s.end();
        for (int j = i + 1; j < qs.size(); j++) {
            if (isPersonnel(qs.get(j))) {
                limit = qs.get(j).start();
                break;
            }
        }
        for (Timex t : v.timesIn(s)) {
            if (t.start() >= q.end() && t.end() <= limit && v.isDeadline(t) && DocumentView.isCalendar(t.value())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String asOfBasis(DocumentView v, Sentence s, Optional<String> date) {
        if (date.isPresent()) {
            return "sentence";
        }
        if (v.published == null) {
            return null;
        }
        return CURRENT.matcher(v.textOf(s.start(), s.end())).find() ? "currently" : "published";
    }

    /** A personnel figure as the sentence gives it: what is counted, whose contingent it is, and how it is read. */
    private record Figure(Quantity q, String object, String contributor, boolean pledged, FigureReading reading) {
    }

    /**
     * A figure of people: the quantity's own noun ("9,500 troops"), an "N-strong" force or commitment, or a number
     * whose noun is left out after an earlier figure of the same sentence ("out of an assigned 26,000", "some 800
     * of them are Spanish").
     */
    private static void personnel(DocumentView v, Sentence s, List<Quantity> qs, int i, String pre, String post,
            List<Fact> out) {
        Quantity q = qs.get(i);
        String after = v.textOf(q.end(), s.end());
        String own = v.textOf(q.start(), q.end());
        Matcher number = Pattern.compile("\\d[\\d,.]*").matcher(own);
        String tail = number.find() ? own.substring(number.end()) + after : after;
        Optional<String> strong = FigureReading.strongHead(tail);
        String object = isPersonnel(q) ? q.object() : null;
        boolean inherited = false;
        if (object == null && strong.isPresent()) {
            object = "personnel";
        }
        boolean bare = q.unit() == null && q.object() == null;
        String sameContingent = null;
        if (object == null && bare && (ELLIPSIS_AFTER.matcher(after).lookingAt()
                || FURTHER.matcher(v.textOf(s.start(), q.start())).find()
                || ELLIPSIS_VERB.matcher(after).lookingAt())) {
            for (int j = i - 1; j >= 0 && object == null; j--) {
                if (isPersonnel(qs.get(j))) {
                    object = qs.get(j).object();
                    inherited = true;
                    if (FURTHER.matcher(v.textOf(s.start(), q.start())).find()) {
                        // "600, with a further 1200 in transit": more of the same country's contingent
                        sameContingent = contributorOf(v, v.textOf(qs.get(j).start(), qs.get(j).end()), "");
                    }
                }
            }
        }
        if (object == null && bare && i == 0 && (ELLIPSIS_AFTER.matcher(after).lookingAt()
                || FROM_TO.matcher(after).lookingAt())) {
            Matcher named = COUNTED_BEFORE.matcher(v.textOf(s.start(), q.start()));
            while (named.find()) {
                object = named.group(1); // "raises the strength of the UN peacekeepers ... from 2,000 to 15,000"
            }
        }
        if (object == null && bare && i == 1 && FROM_TO.matcher(v.textOf(qs.get(0).end(), s.end())).lookingAt()
                && qs.get(0).object() == null && COUNTED_BEFORE.matcher(v.textOf(s.start(), qs.get(0).start())).find()) {
            Matcher named = COUNTED_BEFORE.matcher(v.textOf(s.start(), qs.get(0).start()));
            while (named.find()) {
                object = named.group(1); // the "to" figure of the same pair
            }
        }
        if (object == null || mentionsOtherPlaces(v, s, q)) {
            return;
        }
        String contributor = sameContingent != null ? sameContingent : contributorOf(v, own, after);
        if (contributor == null) {
            contributor = v.mentionsIn(q.start(), q.end()).stream()
                    .filter(m -> org.sitrep.doc.Mention.LOCATION.equals(m.entity().type())).map(m -> m.id())
                    .findFirst().orElse(null);
        }
        if (contributor == null) {
            contributor = fromCountry(v, q.end(), s.end()).orElse(null);
        }
        if (contributor == null) {
            contributor = senderBefore(v, s, q).orElse(null);
        }
        if (i > 0 && COORDINATED.matcher(pre).matches() && isPersonnel(qs.get(i - 1))) {
            Quantity first = qs.get(i - 1); // "up to 12,500 troops and 1,323 police": one reading for both
            pre = v.textOf(clauseStart(v.text, s.start(), first.start()), first.start()) + " "
                    + java.util.Objects.toString(first.modifier(), "");
        }
        if (inherited && ELLIPSIS_AFTER.matcher(after).lookingAt() && !after.strip().isEmpty()
                && Character.isUpperCase(after.strip().charAt(0)) && contributor == null) {
            return; // "14 of the 15 Security Council members" and the like: no figure of people
        }
        boolean pledged = strong.filter(h -> h.equals("commitment") || h.equals("pledge")).isPresent();
        Optional<Timex> deadline = deadlineAfter(v, s, q, qs, i);
        if (deadline.isEmpty()) {
            deadline = futureDateAfter(v, s, q);
        }
        if (strong.isEmpty() && WITHDRAWN.matcher(pre).find()) {
            return; // "withdrawing 1,000 troops": what leaves, not what the mission has or will have
        }
        String postClause = strong.isPresent() ? after : post;
        Matcher including = INCLUDING.matcher(v.textOf(to(v, s, q), s.end()));
        if (!strong.isPresent() && including.lookingAt()) {
            int rest = to(v, s, q) + including.end();
            postClause = post + " " + v.textOf(rest, clauseEnd(v.text, rest, s.end()));
        }
        FigureReading reading = pledged ? FigureReading.PLAN
                : FigureReading.read(pre, postClause, q.modifier(), false);
        if (reading == FigureReading.NONE && AHEAD_OF_DEPLOYMENT.matcher(after).find()) {
            reading = FigureReading.PLAN; // "400 soldiers were farewelled ahead of their deployment on Tuesday"
        }
        if (reading == FigureReading.NONE && strong.filter(h -> !h.equals("deployment")).isPresent()) {
            reading = FigureReading.STRENGTH; // "the 3,300-strong force": its size, as the text tells it
        }
        if (reading != FigureReading.PLAN) {
            deadline = deadlineAfter(v, s, q, qs, i);
            if (deadline.isPresent() && reading != FigureReading.CEILING) {
                reading = FigureReading.PLAN;
            }
        }
        if (inherited && contributor == null && FIGURE_OF.matcher(pre).find()) {
            Matcher of = FIGURE_OF.matcher(pre); // "the total number of Australian troops ... has risen to 600"
            of.find();
            contributor = countryOf(of.group(1));
        }
        if (inherited && reading == FigureReading.STRENGTH && contributor == null) {
            return; // "650 of them on patrol": a detail of the figure before, not a strength
        }
        if (inherited && reading == FigureReading.NONE && contributor != null) {
            reading = FigureReading.STRENGTH; // "some 800 of them are Spanish": one country's contingent
        }
        Figure f = new Figure(q, object, contributor, pledged, reading);
        switch (reading) {
            case STRENGTH -> strength(v, s, f, out);
            case CEILING, PLAN -> target(v, s, f, deadline, out);
            default -> {
            }
        }
    }

    /** Whether the sentence's date is when a state began ("stationed in Haiti since 2004"), not when it held. */
    private static boolean isSince(DocumentView v, Sentence s, String date) {
        for (Timex t : v.timesIn(s)) {
            if (date.equals(t.value())) {
                return v.before(t.start(), 8).toLowerCase(Locale.ROOT).matches("(?s).*\\bsince\\s+$");
            }
        }
        return false;
    }

    /** Where the clause of a figure ends: the next boundary after it in the sentence. */
    private static int to(DocumentView v, Sentence s, Quantity q) {
        return clauseEnd(v.text, q.end(), s.end());
    }

    /**
     * A country the people of a figure come from, named right after it: "60 police and troops from New Zealand",
     * "200 officers from the Bahamas".
     */
    private static Optional<String> fromCountry(DocumentView v, int from, int end) {
        Matcher m = FROM_COUNTRY.matcher(v.textOf(from, end));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int at = from + m.end();
        for (DocumentView.EntityMention e : v.mentionsIn(at, end)) {
            boolean country = org.sitrep.doc.Mention.LOCATION.equals(e.entity().type())
                    && org.sitrep.annotate.entity.EntityRegistry.standard().findById(e.id())
                            .filter(r -> !r.demonyms().isEmpty()).isPresent();
            return e.start() == at && country ? Optional.of(e.id()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The country that sent the figure's people, as the subject just before it: "Malaysia has now sent 25 officers". */
    private static Optional<String> senderBefore(DocumentView v, Sentence s, Quantity q) {
        List<DocumentView.EntityMention> before = v.mentionsIn(clauseStart(v.text, s.start(), q.start()), q.start());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        DocumentView.EntityMention m = before.get(before.size() - 1);
        boolean country = org.sitrep.doc.Mention.LOCATION.equals(m.entity().type())
                && org.sitrep.annotate.entity.EntityRegistry.standard().findById(m.id())
                        .filter(r -> !r.demonyms().isEmpty()).isPresent();
        return country && SENT.matcher(v.textOf(m.end(), q.start())).matches() ? Optional.of(m.id())
                : Optional.empty();
    }

    /** A country whose contingent the figure is: a demonym in it or just after it ("760 Americans", "of them are Spanish"). */
    private static String contributorOf(DocumentView v, String own, String after) {
        Matcher ofThem = OF_THEM_ARE.matcher(after);
        if (ofThem.lookingAt()) {
            return countryOf(ofThem.group(1).replaceAll("\\.+$", ""));
        }
        String[] next = after.strip().split("[\\s,.;]+", 2);
        String c = next.length > 0 ? countryOf(next[0]) : null;
        if (c != null) {
            return c;
        }
        for (String w : own.split("[\\s,]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (c = countryOf(w)) != null) {
                return c;
            }
        }
        return null;
    }

    /** The country a capitalized word stands for ("British", "Americans"), or null. */
    private static String countryOf(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        Optional<String> c = DocumentView.findCountryOfAdjective(word);
        if (c.isEmpty() && word.endsWith("s")) {
            c = DocumentView.findCountryOfAdjective(word.substring(0, word.length() - 1));
        }
        return c.orElse(null);
    }

    /**
     * Whether the figure is told of several places and of no mission ("800 troops in Afghanistan, Bosnia and
     * Kosovo"), or of a new force the text does not name: then it is not the strength of the text's mission.
     */
    private static boolean mentionsOtherPlaces(DocumentView v, Sentence s, Quantity q) {
        Matcher fresh = NEW_FORCE.matcher(v.textOf(s.start(), q.start()));
        if (fresh.find() && v.mentionsIn(s.start() + fresh.start(), q.start()).stream()
                .noneMatch(m -> v.isMission(m.entity()))) {
            return true;
        }
        boolean missionNamed = v.mentionsIn(s.start(), s.end()).stream().anyMatch(m -> v.isMission(m.entity()));
        if (missionNamed) {
            return false;
        }
        Matcher stop = NOT_PLACES.matcher(v.text).region(q.end(), s.end());
        int placesEnd = stop.find() ? stop.start() : s.end();
        Set<String> places = new java.util.HashSet<>();
        DocumentView.EntityMention previous = null;
        for (DocumentView.EntityMention m : v.mentionsIn(q.end(), placesEnd)) {
            if (!org.sitrep.doc.Mention.LOCATION.equals(m.entity().type())) {
                continue;
            }
            boolean sameplace = previous != null && v.textOf(previous.end(), m.start()).equals(", ");
            if (!sameplace) {
                places.add(m.id()); // "in Darwin, NT" or "in Rotterdam, Netherlands": one place, told with its region
            }
            previous = m;
        }
        return places.size() >= 2;
    }

    private static void strength(DocumentView v, Sentence s, Figure f, List<Fact> out) {
        Quantity q = f.q();
        Optional<String> subject = v.findMissionFor(s, q.start());
        if (subject.isEmpty()) {
            return;
        }
        Optional<String> date = v.findSentenceDate(s).filter(d -> !isSince(v, s, d));
        String basis = asOfBasis(v, s, date);
        out.add(FactRule.fact(s, Fact.STRENGTH, subject.get(), "strength", DocumentView.number(q.value()),
                date.orElse(v.published),
                FactRule.qualifiers("unit", unitOf(q) == null ? "personnel" : unitOf(q), "object", f.object(),
                        "approximate", Boolean.toString(q.approximate() || ESTIMATED.matcher(
                                v.textOf(s.start(), q.start())).find()),
                        "modifier", q.modifier(), "contributor", f.contributor(), "asOfBasis", basis),
                "strength", "published".equals(basis) ? 0.6 : 0.8));
    }

    private static void target(DocumentView v, Sentence s, Figure f, Optional<Timex> deadline, List<Fact> out) {
        Quantity q = f.q();
        Optional<String> subject = Optional.ofNullable(v.mainMission).map(Entity::id)
                .or(() -> v.findMissionFor(s, q.start()));
        if (subject.isEmpty()) {
            return;
        }
        String committedBy = null;
        String via = null;
        boolean ceiling = f.reading() == FigureReading.CEILING;
        Matcher cm = COMMIT_CUE.matcher(v.text).region(s.start(), s.end());
        boolean committed = !ceiling && (cm.find() || f.pledged());
        if (committed && !f.pledged()) {
            DocumentView.EntityMention nearest = null;
            for (DocumentView.EntityMention m : v.mentionsIn(s.start(), cm.start())) {
                if (!v.isMission(m.entity())) {
                    nearest = m;
                }
            }
            if (nearest != null) {
                committedBy = v.actorFor(nearest.entity());
                via = v.isPerson(nearest.entity()) ? nearest.id() : null;
                if (org.sitrep.doc.Mention.ORGANIZATION.equals(nearest.entity().type())
                        && NATIONAL_BODY.matcher(nearest.entity().name()).find()) {
                    String body = committedBy; // a state's council decides for its country
                    committedBy = nationOf(v, s).orElse(committedBy);
                    via = committedBy.equals(body) ? null : body;
                }
            }
        }
        if (!ceiling && committedBy == null) {
            committedBy = possessor(v, s, q).orElse(f.contributor());
        }
        if (!ceiling && committedBy == null && v.mentionsIn(s.start(), s.end()).isEmpty()) {
            // "150 personnel will be added to the 240-strong force" in a story headed "400 Australian soldiers ..."
            committedBy = headlineNation(v).orElse(null);
        }
        Optional<Quote> quote = v.findQuoteOverlapping(new Sentence(q.start(), q.end()))
                .or(() -> v.findQuoteOverlapping(s));
        String speaker = quote.map(DocumentView::speakerId).orElse(null);
        if (speaker != null && !ceiling) {
            via = via == null ? speaker : via;
            if (committedBy == null && committed) {
                committedBy = v.findAffiliation(speaker).orElse(speaker);
            }
        }
        if (via != null && via.equals(committedBy)) {
            via = null; // "Kenya has offered ...": the actor speaks for itself
        }
        String type = ceiling ? "ceiling" : committed && committedBy != null ? "pledge" : "plan";
        Optional<String> date = v.findSentenceDate(s);
        out.add(FactRule.fact(s, Fact.TARGET, subject.get(), "target", DocumentView.number(q.value()),
                date.orElse(v.published),
                FactRule.qualifiers("unit", unitOf(q) == null ? "personnel" : unitOf(q), "object", f.object(),
                        "approximate", Boolean.toString(q.approximate() && !"up to".equalsIgnoreCase(q.modifier())),
                        "modifier", q.modifier(), "type", type,
                        "due", deadline.map(Timex::value).orElse(null), "committedBy", committedBy, "via", via,
                        "asOfBasis", asOfBasis(v, s, date)),
                deadline.isPresent() ? "target-deadline" : "target", deadline.isPresent() ? 0.8 : 0.6));
    }

    /**
     * The country whose people a sentence tells of, by a national adjective ("Portuguese"): in the sentence, else in
     * the headline, else in the next sentence.
     */
    private static Optional<String> nationOf(DocumentView v, Sentence s) {
        int at = v.sentences.indexOf(s);
        List<String> texts = new java.util.ArrayList<>();
        texts.add(v.textOf(s.start(), s.end()));
        v.doc.findTitle().ifPresent(texts::add);
        if (at >= 0 && at + 1 < v.sentences.size()) {
            Sentence next = v.sentences.get(at + 1);
            texts.add(v.textOf(next.start(), next.end()));
        }
        for (String text : texts) {
            for (String word : text.split("[^\\p{L}]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && DocumentView.isDemonym(word)) {
                    Optional<String> c = DocumentView.findCountryOfAdjective(word);
                    if (c.isPresent()) {
                        return c;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The country of a headline about one country's contingent ("400 Australian soldiers sent to ..."). */
    private static Optional<String> headlineNation(DocumentView v) {
        Matcher m = NATIONAL_CONTINGENT.matcher(v.doc.findTitle().orElse(""));
        while (m.find()) {
            if (DocumentView.isDemonym(m.group(1))) {
                return DocumentView.findCountryOfAdjective(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** A planned figure's date: the first calendar date after it in the sentence, later than publication. */
    private static Optional<Timex> futureDateAfter(DocumentView v, Sentence s, Quantity q) {
        for (Timex t : v.timesIn(s)) {
            String day = t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")
                    ? t.value().substring(0, 10) : t.value(); // "Thursday morning": that day
            if (t.start() >= q.end() && Timex.DATE.equals(t.type()) && DocumentView.isCalendar(day)
                    && v.published != null && day.compareTo(v.published) > 0 && !v.isUntil(t)) {
                return Optional.of(new Timex(t.start(), t.end(), t.type(), day, t.mod(), t.deadline(),
                        t.confidence()));
            }
        }
        return Optional.empty();
    }

    /** Whose figure it is by a possessive before it: "Australia's 1300-strong commitment", "its 500-strong ...". */
    private static Optional<String> possessor(DocumentView v, Sentence s, Quantity q) {
        String lead = v.textOf(s.start(), q.start());
        if (!POSSESSOR.matcher(lead).find()) {
            return Optional.empty();
        }
        String country = null;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), q.start())) {
            if (org.sitrep.doc.Mention.LOCATION.equals(m.entity().type())) {
                country = m.id();
            }
        }
        return Optional.ofNullable(country);
    }

    private static void funding(DocumentView v, Sentence s, Quantity q, String context, List<Fact> out) {
        Optional<String> subject = v.findMissionFor(s, q.start());
        if (subject.isEmpty()) {
            return;
        }
        String sentence = v.textOf(s.start(), s.end());
        boolean missionNamed = v.mentionsIn(s.start(), s.end()).stream().anyMatch(m -> v.isMission(m.entity()))
                || NAMED_OR_THIS_MISSION.matcher(sentence).find();
        if (!missionNamed && OTHER_PURPOSE.matcher(sentence).find()) {
            return; // "bilateral assistance to promote economic growth ...": not money for the mission
        }
        String lead = v.textOf(s.start(), q.start());
        String status;
        if (FUND_INTENDED.matcher(lead).find()) {
            status = "pledged";
        } else if (FUND_RECEIVED.matcher(context).find() || FUND_PROVIDING.matcher(context).find()) {
            status = "received";
        } else if (FUND_PLEDGED.matcher(context).find() || FUND_PLEDGED.matcher(sentence).find()) {
            status = "pledged";
        } else if (FUND_RECEIVED.matcher(sentence).find() || FUND_PROVIDING.matcher(lead).find()) {
            status = "received";
        } else if (sentence.toLowerCase(Locale.ROOT).contains("fund")) {
            status = "funding";
        } else {
            return;
        }
        String by = null;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), q.start())) {
            if (!v.isMission(m.entity())) {
                by = v.actorFor(m.entity());
            }
        }
        Matcher we = WE.matcher(lead);
        if (we.find() && v.mentionsIn(s.start(), s.start() + we.start()).isEmpty()) {
            // "We intend to provide ...": the country of whoever says it, or the statement's own voice
            String speaker = v.findQuoteAt(q.start()).map(DocumentView::speakerId).orElse(null);
            String country = speaker == null ? v.voice() : v.findAffiliation(speaker).orElse(null);
            by = country != null ? country : by;
        }
        Matcher to = FUND_TO.matcher(sentence);
        String toWhat = to.find() ? DocumentView.slug(to.group(1)) : null;
        Optional<String> date = v.findSentenceDate(s);
        out.add(FactRule.fact(s, Fact.FUNDING, subject.get(), status, DocumentView.number(q.value()),
                date.orElse(v.published),
                FactRule.qualifiers("currency", q.unit(), "approximate", Boolean.toString(q.approximate()),
                        "modifier", q.modifier(), "by", by, "to", toWhat, "asOfBasis", asOfBasis(v, s, date)),
                "funding-amount", 0.7));
    }

    static int clauseStart(String text, int floor, int pos) {
        for (int i = pos - 1; i >= floor; i--) {
            if (isBoundary(text.charAt(i))) {
                return i + 1;
            }
        }
        return floor;
    }

    static int clauseEnd(String text, int pos, int ceiling) {
        for (int i = pos; i < ceiling; i++) {
            if (isBoundary(text.charAt(i))) {
                return i;
            }
        }
        return ceiling;
    }

    private static boolean isBoundary(char c) {
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–' || c == '“'
                || c == '”' || c == '"';
    }
}
