package org.sitrep.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private int lastMandate = -1;
    private int lastMandateSentence = -10;

    @Override
    public void find(DocumentView v, int index, List<Fact> out) {
        Sentence s = v.sentences.get(index);
        String sentence = v.textOf(s.start(), s.end());
        decision(v, s, index, out);
        Matcher led = LED_BY.matcher(sentence);
        if (led.find() && lastMandate >= 0 && lastMandate < out.size() && index - lastMandateSentence <= 2
                && (TEXT_WORD.matcher(sentence).find() || index == lastMandateSentence)) {
            int from = s.start() + led.end();
            int to = QuantityRules.clauseEnd(v.text, from, s.end());
            List<String> leaders = new ArrayList<>();
            for (DocumentView.EntityMention m : v.mentionsIn(from, to)) {
                String id = v.actorFor(m.entity());
                if (!v.isMission(m.entity()) && !leaders.contains(id)) {
                    leaders.add(id);
                }
            }
            if (!leaders.isEmpty()) {
                Fact f = out.get(lastMandate);
                Map<String, String> q = new LinkedHashMap<>(f.qualifiers());
                q.put("ledBy", String.join(",", leaders));
                out.set(lastMandate, new Fact(f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(),
                        f.asOf(), q, f.extractor(), f.confidence()));
            }
        }
    }

    private void decision(DocumentView v, Sentence s, int index, List<Fact> out) {
        String sentence = v.textOf(s.start(), s.end());
        Matcher body = BODY.matcher(sentence);
        if (!body.find()) {
            return;
        }
        Matcher d = DECISION.matcher(sentence);
        d.region(body.end(), sentence.length());
        if (!d.find() || v.insideMention(s.start() + d.start())) {
            return;
        }
        String between = sentence.substring(body.end(), d.start());
        if (between.split("\\s+").length > 8 || between.matches("(?s).*[,;].*") || HEDGE.matcher(between).find()
                || v.findQuoteAt(s.start() + d.start()).isPresent()) {
            return;
        }
        String predicate = null;
        for (int g = 1; g <= 4; g++) {
            if (d.group(g) != null) {
                predicate = PREDICATES[g - 1];
            }
        }
        Optional<String> subject = v.findMissionFor(s, s.start() + d.end());
        if (subject.isEmpty() || predicate == null) {
            return;
        }
        String decidedBy = null;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), s.start() + d.start())) {
            if (BODY.matcher(m.entity().name()).find() || BODY.matcher(v.textOf(m.start(), m.end())).find()) {
                decidedBy = m.id();
            }
        }
        if (decidedBy == null) {
            decidedBy = DocumentView.slug(sentence.substring(Math.max(0, body.start() - 15), body.end())
                    .replaceAll("(?i)^.*?\\b(the|a)\\s+", ""));
        }
        String until = null;
        String period = null;
        for (Timex t : v.timesIn(s)) {
            if (until == null && Timex.DATE.equals(t.type()) && DocumentView.isCalendar(t.value()) && v.isUntil(t)) {
                until = t.value();
            }
            if (period == null && Timex.DURATION.equals(t.type()) && t.value() != null) {
                period = t.value();
            }
        }
        Optional<String> date = v.findSentenceDate(s);
        Map<String, String> q = FactRule.qualifiers("decidedBy", decidedBy, "until", until, "period", period,
                "asOfBasis", date.isPresent() ? "sentence" : v.published == null ? null : "published");
        q.putAll(vote(sentence));
        String value = until != null ? until : period != null ? period : predicate;
        out.add(FactRule.fact(s, Fact.MANDATE, subject.get(), predicate, value, date.orElse(v.published), q,
                "mandate-decision", 0.85));
        lastMandate = out.size() - 1;
        lastMandateSentence = index;
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
            q.put("abstentions", abstain);
        }
        return q;
    }

    private static String number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WORD_NUMBERS.getOrDefault(w, w);
    }
}
