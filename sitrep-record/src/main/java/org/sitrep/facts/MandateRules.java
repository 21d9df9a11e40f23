package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.entity.EntityRegistry;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Timex;

/**
 * Mandate decisions: a deciding body ("the UN Security Council") authorizes, extends, transforms or ends a
 * mission, until a date, by a vote; a later sentence may say who led the text ("Led by the United States and
 * Ecuador, the resolution...").
 */
final class MandateRules implements FactRule {

    private static final Pattern BODY = Pattern.compile("(?i)\\b(security council|general assembly|parliament|"
            + "senate|national assembly|congress|cabinet|council)\\b");
    private static final Pattern DECISION = Pattern.compile("(?i)\\b(?:(extend\\w*|renew\\w*|prolong\\w*)|"
            + "(authori[sz]\\w*|approv\\w*|establish\\w*|creat\\w*|greenlit|green-lit)|"
            + "(transform\\w*|convert\\w*|replac\\w*|transition\\w*)|"
            + "(end(?:ed|s)?|terminat\\w*|clos(?:e|ed|es)|wound down|wind down))\\b");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(if|would|could|might|may|should|whether|unless|"
            + "chooses|considering|consider)\\b");
    /**
     * What may stand between a deciding body and its decision verb: adverbs, a date (its words removed first),
     * "voted to", "decided on ... to". Anything else ("also support converting") means the body is not the one
     * deciding here.
     */
    private static final String ADVERB = "(?:\\w+ly|also|on|today|yesterday|tonight|then|again|once|has|have|had|"
            + "formally|last|this|week|month|year|in|a|an|vote|ballot|finally|\\d[\\d\\-–]*)";
    private static final Pattern BETWEEN = Pattern.compile("(?i)^\\s*(?:" + ADVERB + "\\s+)*(?:(?:voted|votes|decided|"
            + "decides|agreed|agrees|moved|opted|resolved|chose)\\s+(?:" + ADVERB + "\\s+)*to\\s+)?$");
    private static final Pattern FINITE = Pattern.compile("(?i).*(?:ed|es|s)|greenlit|green-lit|wound down");
    private static final Pattern NOUN_OR_GERUND = Pattern.compile("(?i).*(?:ing|ion|ions|ment|ments)");
    private static final Pattern INTO_NAME = Pattern.compile("(?i)^[^.;]{0,80}?\\b(?:into|with)\\s+(?:(?:a|an|the)\\s+)?"
            + "((?:[\\w.-]+\\s+){0,4}?(?:mission|operation|force|office|presence))\\b");
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("(?i)\\bresolution\\s+(\\d{3,5})\\b");
    private static final Pattern VOTE_WORDS = Pattern.compile("(?i)\\b(passed|adopted|approved|vot\\w+|abstain\\w*|"
            + "in favou?r|ballot)\\b");
    private static final Pattern MANDATE_WORDS = Pattern.compile("(?i)\\b(authori[sz]\\w*|mandate\\w*|resolution|"
            + "extend\\w*|extension|renew\\w*)\\b");
    private static final Pattern PERIOD_LEAD = Pattern.compile("(?i)\\bfor\\s+(?:(?:an?|another|the)\\s+)?"
            + "(?:(?:initial|additional|further|first|new)\\s+)?(?:period\\s+of\\s+)?$");
    private static final Pattern ABSTAIN_CUE = Pattern.compile("(?i)\\babstain\\w*");
    private static final Pattern ABSTAIN_FROM = Pattern.compile("(?i)\\b(?:abstentions?|abstaining)\\s+(?:came\\s+)?"
            + "(?:from|by|were|was)\\b");
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^\\s*(?:,|,?\\s*and|,?\\s*as well as)?\\s*$");
    private static final Pattern DRAFTED = Pattern.compile("(?i)\\b(?:drafted|penned|sponsored|co-sponsored|tabled|"
            + "introduced|authored|wrote|put forward)\\s+(?:the\\s+)?(?:draft\\s+)?(?:resolution|text|measure|motion)\\b");
    /** Members of deciding bodies whose size is fixed, to read "13 in favour, two abstaining" as 13-0-2. */
    private static final Map<String, Integer> MEMBERS = Map.of("security-council", 15);
    private static final Pattern UNANIMOUS = Pattern.compile("(?i)\\bunanimous(?:ly)?\\b");
    private static final Pattern SCORE = Pattern.compile("\\b(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})\\b"
            + "(?:\\s*(?:-|–)\\s*(\\d{1,3}))?");
    private static final String NUM = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|none|no)";
    private static final Pattern IN_FAVOUR = Pattern.compile("(?i)\\b" + NUM + "\\s+(?:votes?|members?)?\\s*"
            + "(?:in favou?r|for)\\b");
    private static final Pattern AGAINST = Pattern.compile("(?i)\\b" + NUM + "\\s+(?:votes?\\s+)?against\\b");
    private static final Pattern ABSTAIN = Pattern.compile("(?i)\\b" + NUM + "\\s+abstentions?\\b|\\b" + NUM
            + "\\s+(?:members?|countries|states)?\\s*abstain\\w*");
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(?:led|drafted|penned|sponsored|co-sponsored|"
            + "tabled|put forward|introduced|championed)\\s+by\\b");
    private static final Pattern TEXT_WORD = Pattern.compile("(?i)\\b(resolution|text|draft|measure|motion)\\b");
    private static final Map<String, String> WORD_NUMBERS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("thirteen", "13"), Map.entry("fourteen", "14"), Map.entry("fifteen", "15"),
            Map.entry("none", "0"), Map.entry("no", "0"));
    private static final String[] PREDICATES = {"extend", "authorize", "transform", "end"};

    /** Who held the pen: "as penholder", "the penholder, X,"; "in which it led this process" (the country before). */
    private static final Pattern PENHOLDER = Pattern.compile("(?i)\\bpen-?\\s?holders?\\b|\\b(?:it|they)\\s+"
            + "(led|drafted|steered|shepherded)\\s+(?:this|the)\\s+(?:process|negotiations?|text|resolution|draft)\\b");
    /** The speaker's own abstention: "Our decision to abstain on this resolution", "we abstained today". */
    private static final Pattern WE_ABSTAIN = Pattern.compile("(?i)\\b(?:we|our\\s+(?:decision|choice|vote)\\s+to)\\s+"
            + "(?:\\w+\\s+){0,2}?abstain(?:ed)?\\b(?:\\s+(?:on|from|in)\\s+(?:this|today['’]s|the)\\b|\\s+today\\b)");
    /** What a length right after a duration is the length of: "four-month technical roll-over". */
    private static final Pattern LENGTH_OF = Pattern.compile("(?i)^[\\s-]*(?:long\\s+)?(?:technical\\s+)?"
            + "(?:roll-?over|extension|renewal|mandate)\\b");
    private static final Pattern RESOLUTION_OBJECT = Pattern.compile("(?i)^\\s*(?:the\\s+|a\\s+)?(?:draft\\s+)?"
            + "resolution\\b");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private int lastMandate = -1;
    private int lastMandateSentence = -10;
    private int nextUnread;

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        for (int j = nextUnread; j < index; j++) {
            if (v.isTitle(v.sentences.get(j))) {
                read(v, j, out); // a headline that is a sentence tells its decision too
            }
        }
        nextUnread = index + 1;
        read(v, index, out);
    }

    private void read(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        String sentence = v.textOf(s.start(), s.end());
        boolean decided = decision(v, s, index, out);
        if (!decided) {
            Optional<Fact> told = MandateNominals.find(v, s)
                    .or(() -> v.isTitle(s) ? MandateHeadlines.find(v, s) : Optional.empty());
            if (told.isPresent()) {
                out.add(told.get());
                lastMandate = out.size() - 1;
                lastMandateSentence = index;
                decided = true;
            }
        }
        if (decided) {
            mergeRepeat(out);
        }
        if (!decided && lastMandate >= 0 && lastMandate < out.size()
                && Fact.MANDATE.equals(out.get(lastMandate).kind())) {
            laterDetail(v, s, out);
        }
        boolean follows = lastMandate >= 0 && lastMandate < out.size() && index - lastMandateSentence <= 2;
        if (!decided && follows && amend(v, s, out)) {
            lastMandateSentence = index; // the passage goes on about the decision
        }
        if (!follows) {
            return;
        }
        List<String> leaders = new ArrayList<>();
        Matcher led = LED_BY.matcher(sentence);
        if (led.find() && (TEXT_WORD.matcher(sentence).find() || index == lastMandateSentence)) {
            int from = s.start() + led.end();
            leaders.addAll(leaders(v, from, QuantityRules.clauseEnd(v.text, from, s.end())));
        }
        Matcher drafted = DRAFTED.matcher(sentence);
        if (leaders.isEmpty() && drafted.find()) {
            int to = s.start() + drafted.start();
            leaders.addAll(leaders(v, QuantityRules.clauseStart(v.text, s.start(), to), to));
        }
        if (!leaders.isEmpty()) {
            update(out, q -> q.put("ledBy", String.join(",", leaders)));
            lastMandateSentence = index;
        }
    }

    /**
     * What a statement on a decision tells of it further on, wherever it says so, when the decision does not say it
     * already: who held the pen ("thanking France for its work as penholder", "We commend France for the spirit in
     * which it led this process"), that the speaker abstained ("Our decision to abstain on this resolution"), and
     * its length ("this four-month technical roll-over").
     */
    private void laterDetail(DocumentView v, Sentence s, List<Fact> out) {
        String sentence = v.textOf(s.start(), s.end());
        Map<String, String> known = out.get(lastMandate).qualifiers();
        Map<String, String> add = new LinkedHashMap<>();
        Matcher pen = PENHOLDER.matcher(sentence);
        if (!known.containsKey("ledBy") && pen.find()) {
            nearestCountry(v, s, s.start() + pen.start(), s.start() + pen.end(), pen.group(1) != null)
                    .ifPresent(c -> add.put("ledBy", c));
        }
        Matcher abstain = WE_ABSTAIN.matcher(sentence);
        if (!known.containsKey("abstentions") && abstain.find()
                && v.findQuoteAt(s.start() + abstain.start()).isEmpty()) {
            speaker(v).ifPresent(c -> add.put("abstentions", c));
        }
        if (!known.containsKey("period")) {
            for (Timex t : v.timesIn(s)) {
                if (Timex.DURATION.equals(t.type()) && t.value() != null && t.value().matches("P\\d+[YMW]")
                        && LENGTH_OF.matcher(v.textOf(t.end(), s.end())).lookingAt()
                        && v.before(t.start(), 12).toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:this|the|a)\\s+$")) {
                    add.put("period", t.value());
                    break;
                }
            }
        }
        if (!add.isEmpty()) {
            update(out, q -> {
                q.putAll(add);
                completeVote(q);
            });
        }
    }

    /**
     * Who "we" is in a statement: the country that opens most of its sentences as their subject ("The United States
     * ..."), at least twice; else the statement's voice as its heading tells it. The subject counts first, since a
     * reprint's page furniture above the heading may name another country ("Somali News").
     */
    private static Optional<String> speaker(DocumentView v) {
        Map<String, Integer> openers = new LinkedHashMap<>();
        for (Sentence s : v.sentences) {
            List<DocumentView.EntityMention> first = v.mentionsIn(s.start(), Math.min(s.end(), s.start() + 40));
            if (!first.isEmpty() && v.textOf(s.start(), first.get(0).start()).matches("(?i)\\s*(?:the\\s+)?")
                    && v.findQuoteAt(first.get(0).start()).isEmpty()
                    && EntityRegistry.standard().findById(first.get(0).id()).filter(e -> !e.demonyms().isEmpty())
                            .isPresent()) {
                openers.merge(first.get(0).id(), 1, Integer::sum);
            }
        }
        return openers.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).or(() -> Optional.ofNullable(v.voice()));
    }

    /**
     * The country named nearest to a cue in the sentence (before it only, with {@code before}), that is not the
     * speaker's own voice: "the penholder, the United Kingdom," after "the United States would like to thank".
     */
    private static Optional<String> nearestCountry(DocumentView v, Sentence s, int cueStart, int cueEnd,
            boolean before) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), s.end())) {
            if (!org.sitrep.doc.Mention.LOCATION.equals(m.entity().type()) || v.isMission(m.entity())
                    || m.id().equals(v.voice()) || (before && m.start() > cueStart)) {
                continue;
            }
            int distance = m.end() <= cueStart ? cueStart - m.end() : Math.max(0, m.start() - cueEnd);
            if (distance < bestDistance) {
                best = m.id();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Countries and bodies named in {@code [from, to)} that led a text: not the mission, not a deciding body. */
    private static List<String> leaders(DocumentView v, int from, int to) {
        List<String> leaders = new ArrayList<>();
        for (DocumentView.EntityMention m : v.mentionsIn(from, to)) {
            String id = v.actorFor(m.entity());
            if (!v.isMission(m.entity()) && !BODY.matcher(m.entity().name()).find() && !leaders.contains(id)) {
                leaders.add(id);
            }
        }
        return leaders;
    }

    /**
     * One decision told twice in a document is one fact: when the decision just added has the same mission as an
     * earlier one and the same action (or one of them only says the mission was changed), and neither their
     * resolutions nor their own dates differ, the earlier keeps the more specific action and both tellings' details.
     */
    private void mergeRepeat(List<Fact> out) {
        Fact f = out.get(out.size() - 1);
        for (int k = 0; k < out.size() - 1; k++) {
            Fact e = out.get(k);
            if (!e.kind().equals(Fact.MANDATE) || !e.subject().equals(f.subject()) || !sameDecision(e, f)) {
                continue;
            }
            Fact specific = e.predicate().equals("modify") ? f : e;
            Fact other = specific == e ? f : e;
            Map<String, String> q = new LinkedHashMap<>(other.qualifiers());
            q.putAll(specific.qualifiers());
            boolean otherDated = "sentence".equals(other.qualifiers().get("asOfBasis"))
                    && !"sentence".equals(specific.qualifiers().get("asOfBasis"));
            String asOf = otherDated ? other.asOf() : specific.asOf();
            if (otherDated) {
                q.put("asOfBasis", "sentence");
            }
            out.set(k, new Fact(e.start(), e.end(), e.kind(), e.subject(), specific.predicate(),
                    valueOf(specific.predicate(), q), asOf, q, e.extractor(),
                    Math.max(e.confidence(), f.confidence())));
            out.remove(out.size() - 1);
            lastMandate = k;
            return;
        }
    }

    private static boolean sameDecision(Fact a, Fact b) {
        boolean action = a.predicate().equals(b.predicate()) || a.predicate().equals("modify")
                || b.predicate().equals("modify");
        String ra = a.qualifiers().get("resolution");
        String rb = b.qualifiers().get("resolution");
        if (!action || (ra != null && rb != null && !ra.equals(rb))) {
            return false;
        }
        boolean bothDated = "sentence".equals(a.qualifiers().get("asOfBasis"))
                && "sentence".equals(b.qualifiers().get("asOfBasis"));
        return !bothDated || java.util.Objects.equals(a.asOf(), b.asOf()) || (ra != null && ra.equals(rb));
    }

    /** Rewrites the last mandate decision's qualifiers, its value following them. */
    private void update(List<Fact> out, java.util.function.Consumer<Map<String, String>> change) {
        Fact f = out.get(lastMandate);
        Map<String, String> q = new LinkedHashMap<>(f.qualifiers());
        change.accept(q);
        out.set(lastMandate, new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(),
                valueOf(f.predicate(), q), f.asOf(), q, f.extractor(), f.confidence()));
    }

    /** A mandate's value: its end date, else its period, else what was decided. */
    private static String valueOf(String predicate, Map<String, String> q) {
        return q.containsKey("until") ? q.get("until") : q.getOrDefault("period", predicate);
    }

    /**
     * A sentence after a decision that tells more of it: "Resolution 2699 passed with 13 votes in favour, while
     * China and Russia abstained."; "The resolution authorizes the mission for an initial period of twelve months."
     * Whether it added anything.
     */
    private boolean amend(DocumentView v, Sentence s, List<Fact> out) {
        String sentence = v.textOf(s.start(), s.end());
        Map<String, String> known = out.get(lastMandate).qualifiers();
        Map<String, String> add = new LinkedHashMap<>();
        Matcher number = RESOLUTION_NUMBER.matcher(sentence);
        if (number.find() && !known.containsKey("resolution")) {
            add.put("resolution", number.group(1));
        }
        if (VOTE_WORDS.matcher(sentence).find() && !known.containsKey("votesFor")
                && !"unanimous".equals(known.get("vote"))) {
            Map<String, String> vote = vote(sentence);
            vote.putAll(abstainers(v, s));
            if (!vote.isEmpty()) {
                add.putAll(vote);
            }
        }
        if (MANDATE_WORDS.matcher(sentence).find() && !known.containsKey("period")) {
            findPeriod(v, s, true).ifPresent(p -> add.put("period", p));
        }
        Optional<String> day = v.findSentenceDate(s).filter(d -> DAY.matcher(d).matches());
        if ("published".equals(known.get("asOfBasis")) && VOTE_WORDS.matcher(sentence).find() && day.isPresent()
                && !day.get().equals(out.get(lastMandate).asOf())) {
            Fact f = out.get(lastMandate); // "it abstained during the vote on September 19th": the decision's day
            Map<String, String> q = new LinkedHashMap<>(f.qualifiers());
            q.put("asOfBasis", "sentence");
            out.set(lastMandate, new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(),
                    day.get(), q, f.extractor(), f.confidence()));
        }
        if (!add.isEmpty()) {
            update(out, q -> {
                q.putAll(add);
                completeVote(q);
            });
        }
        return !add.isEmpty();
    }

    /** The first duration in the sentence; with {@code led}, only one written "for (an initial period of) ...". */
    static Optional<String> findPeriod(DocumentView v, Sentence s, boolean led) {
        for (Timex t : v.timesIn(s)) {
            if (Timex.DURATION.equals(t.type()) && t.value() != null && t.value().matches("P\\d+[YMWD]")
                    && (!led || PERIOD_LEAD.matcher(v.before(t.start(), 40)).find())) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }

    /** The text between a body and its verb, with dates, names of bodies and punctuation taken out. */
    private static String between(DocumentView v, Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder(v.textOf(from, to));
        for (Timex t : v.timesIn(s)) {
            if (t.start() >= from && t.end() <= to) {
                for (int i = t.start(); i < t.end(); i++) {
                    b.setCharAt(i - from, ' ');
                }
            }
        }
        for (DocumentView.EntityMention m : v.mentionsIn(from, to)) {
            if (BODY.matcher(m.entity().name()).find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i - from, ' ');
                }
            }
        }
        return b.toString().replaceAll("[,;()\\[\\]—–]", " ") + " ";
    }

    private boolean decision(DocumentView v, Sentence s, int index, List<Fact> out) {
        String sentence = v.textOf(s.start(), s.end());
        Matcher body = BODY.matcher(sentence);
        if (!body.find()) {
            return false;
        }
        Matcher d = DECISION.matcher(sentence);
        d.region(body.end(), sentence.length());
        if (!d.find() || v.insideMention(s.start() + d.start())) {
            return false;
        }
        String word = d.group().toLowerCase(Locale.ROOT);
        String between = between(v, s, s.start() + body.end(), s.start() + d.start());
        boolean infinitive = between.matches("(?is).*\\bto\\s+$");
        if (!BETWEEN.matcher(between).matches() || HEDGE.matcher(between).find()
                || NOUN_OR_GERUND.matcher(word).matches() || !(infinitive || FINITE.matcher(word).matches())
                || reportedByAnother(v, s, body, s.start() + d.start())) {
            return false;
        }
        String predicate = null;
        for (int g = 1; g <= 4; g++) {
            if (d.group(g) != null) {
                predicate = PREDICATES[g - 1];
            }
        }
        if ("authorize".equals(predicate) && RESOLUTION_OBJECT.matcher(sentence.substring(d.end())).lookingAt()) {
            predicate = "modify"; // "approved Resolution 1701 calling for ...": the resolution, not the mission
        }
        Optional<String> subject = v.findMissionFor(s, s.start() + d.end());
        if (subject.isEmpty() || predicate == null) {
            return false;
        }
        String decidedBy = null;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), s.start() + d.start())) {
            if (BODY.matcher(m.entity().name()).find() || BODY.matcher(v.textOf(m.start(), m.end())).find()) {
                decidedBy = m.id();
                int bodyEnd = s.start() + body.end();
                if (m.start() < bodyEnd && bodyEnd < m.end()) {
                    // a name run on past the body ("UN Security Council unanimously"): the body's own name
                    decidedBy = EntityRegistry.standard().findByName(v.textOf(m.start(), bodyEnd))
                            .map(EntityRegistry.Entry::id).orElse(decidedBy);
                }
            }
        }
        if (decidedBy == null) {
            decidedBy = DocumentView.slug(sentence.substring(Math.max(0, body.start() - 15), body.end())
                    .replaceAll("(?i)^.*?\\b(the|a)\\s+", ""));
        }
        String until = null;
        for (Timex t : v.timesIn(s)) {
            if (until == null && Timex.DATE.equals(t.type()) && DocumentView.isCalendar(t.value()) && v.isUntil(t)) {
                until = t.value();
            }
        }
        String into = null;
        String intoName = null;
        if (predicate.equals("transform")) {
            Matcher im = INTO_NAME.matcher(sentence).region(d.end(), sentence.length());
            if (im.find()) {
                into = Proposals.idOf(im.group(1));
                intoName = into == null ? null : Proposals.properName(im.group(1)).orElse(null);
            }
        }
        Matcher number = RESOLUTION_NUMBER.matcher(sentence);
        Optional<String> date = v.findSentenceDate(s);
        Map<String, String> q = FactRule.qualifiers("decidedBy", decidedBy, "until", until,
                "period", findPeriod(v, s, false).orElse(null), "into", into, "intoName", intoName,
                "resolution", number.find() ? number.group(1) : null,
                "asOfBasis", date.isPresent() ? "sentence" : v.published == null ? null : "published");
        q.putAll(vote(sentence));
        q.putAll(abstainers(v, s));
        completeVote(q);
        out.add(FactRule.fact(s, Fact.MANDATE, subject.get(), predicate, valueOf(predicate, q),
                date.orElse(v.published), q, "mandate-decision", 0.85));
        lastMandate = out.size() - 1;
        lastMandateSentence = index;
        return true;
    }

    /**
     * The members who abstained, as named: "while China and Russia abstained", "with China, Russia and Pakistan
     * abstaining", "abstentions from China and Russia". Qualifier {@code abstentions}: their ids, comma-separated.
     */
    static Map<String, String> abstainers(DocumentView v, Sentence s) {
        List<String> ids = new ArrayList<>();
        Matcher cue = ABSTAIN_CUE.matcher(v.text).region(s.start(), s.end());
        if (cue.find()) {
            List<DocumentView.EntityMention> before = v.mentionsIn(s.start(), cue.start());
            int edge = cue.start();
            for (int k = before.size() - 1; k >= 0; k--) {
                DocumentView.EntityMention m = before.get(k);
                String gap = v.textOf(m.end(), edge);
                boolean adjacent = edge == cue.start() ? gap.matches("(?i)\\s*(?:all\\s+|both\\s+)?")
                        : LIST_GAP.matcher(gap).matches();
                if (!adjacent || v.isMission(m.entity()) || BODY.matcher(m.entity().name()).find()) {
                    break;
                }
                ids.add(0, v.actorFor(m.entity()));
                edge = m.start();
            }
        }
        Matcher from = ABSTAIN_FROM.matcher(v.text).region(s.start(), s.end());
        if (ids.isEmpty() && from.find()) {
            int edge = from.end();
            for (DocumentView.EntityMention m : v.mentionsIn(from.end(), s.end())) {
                String gap = v.textOf(edge, m.start());
                if (!(edge == from.end() ? gap.matches("\\s*(?:the\\s+)?") : LIST_GAP.matcher(gap).matches())) {
                    break;
                }
                ids.add(v.actorFor(m.entity()));
                edge = m.end();
            }
        }
        List<String> distinct = ids.stream().distinct().toList();
        Map<String, String> q = new LinkedHashMap<>();
        if (!distinct.isEmpty()) {
            q.put("abstentions", String.join(",", distinct));
        }
        return q;
    }

    /**
     * Fills what a vote's counts imply: abstentions counted from the members named; votes against from the size of
     * a body whose membership is fixed ("13 in favour" with two abstaining in the 15-member Security Council is
     * 13-0-2). The {@code vote} qualifier is then rewritten as for-against-abstaining.
     */
    static void completeVote(Map<String, String> q) {
        if (!q.containsKey("votesAbstaining") && q.containsKey("abstentions")) {
            q.put("votesAbstaining", Integer.toString(q.get("abstentions").split(",").length));
        }
        if (!q.containsKey("votesFor") || "unanimous".equals(q.get("vote"))) {
            return;
        }
        int inFavour = Integer.parseInt(q.get("votesFor"));
        int abstaining = q.containsKey("votesAbstaining") ? Integer.parseInt(q.get("votesAbstaining")) : -1;
        if (!q.containsKey("votesAgainst") && abstaining >= 0) {
            String body = q.getOrDefault("decidedBy", "");
            for (Map.Entry<String, Integer> e : MEMBERS.entrySet()) {
                if (body.contains(e.getKey()) && e.getValue() - inFavour - abstaining >= 0) {
                    q.put("votesAgainst", Integer.toString(e.getValue() - inFavour - abstaining));
                }
            }
        }
        if (q.containsKey("votesAgainst")) {
            q.put("vote", inFavour + "-" + q.get("votesAgainst") + (abstaining < 0 ? "" : "-" + abstaining));
        } else {
            q.put("vote", inFavour + " in favour" + (abstaining < 0 ? "" : ", " + abstaining + " abstaining"));
        }
    }

    /** The vote as stated: {@code unanimous}, {@code 15-0}, or counts in favour, against, abstaining. */
    static Map<String, String> vote(String sentence) {
        Map<String, String> q = new LinkedHashMap<>();
        Matcher m;
        if (UNANIMOUS.matcher(sentence).find()) {
            q.put("vote", "unanimous");
        }
        String inFavour = (m = IN_FAVOUR.matcher(sentence)).find() ? number(m.group(1)) : null;
        String against = (m = AGAINST.matcher(sentence)).find() ? number(m.group(1)) : null;
        String abstain = (m = ABSTAIN.matcher(sentence)).find() ? number(m.group(1) != null ? m.group(1)
                : m.group(2)) : null;
        if (inFavour == null && (m = SCORE.matcher(sentence)).find()
                && sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\b(vot\\w*|ballot|adopted|passed)\\b.*")) {
            inFavour = m.group(1);
            against = m.group(2);
            abstain = m.group(3) != null ? m.group(3) : abstain;
        }
        if (inFavour != null) {
            q.putIfAbsent("vote", against != null ? inFavour + "-" + against + (abstain == null ? "" : "-" + abstain)
                    : inFavour + " in favour" + (abstain == null ? "" : ", " + abstain + " abstaining"));
            q.put("votesFor", inFavour);
        }
        if (against != null) {
            q.put("votesAgainst", against);
        }
        if (abstain != null) {
            q.put("votesAbstaining", abstain);
        }
        return q;
    }

    private static String number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WORD_NUMBERS.getOrDefault(w, w);
    }

    /**
     * Whether the decision verb at {@code pos} lies in speech reported by someone other than the deciding body named
     * at {@code body} ("Ruto said the council extended …" is his account; "the council voted to extend …" is the act).
     */
    private static boolean reportedByAnother(DocumentView v, Sentence s, Matcher body, int pos) {
        return v.findQuoteAt(pos).filter(q -> q.source() == null
                || !q.source().overlaps(new org.sitrep.doc.TextSpan(s.start() + body.start(), s.start() + body.end())))
                .isPresent();
    }
}
