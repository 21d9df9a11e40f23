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

    private static final Pattern TARGET_CUE = Pattern.compile("(?i)\\b(full (?:deployment|strength|complement)|"
            + "expected|target(?:ed|s)?|goal|aims?|aimed|plans?|planned|pledg\\w*|promis\\w*|commit\\w*|"
            + "will (?:send|deploy|contribute|provide)|to (?:send|deploy|reach|contribute)|sending|up to|"
            + "authori[sz]ed|envisag\\w*|intends?|total of .{0,20} once)\\b");
    private static final Pattern STATE_CUE_BEFORE = Pattern.compile("(?i)\\b(has|have|had|numbers?|numbered|"
            + "stands? at|stood at|totals?|total(?:l)?ed|comprises?|comprised|counts?|reached|strength of|"
            + "now at|consists? of|there (?:are|were)|with)\\b");
    private static final Pattern STATE_CUE_AFTER = Pattern.compile("(?i)^\\s*(?:\\w+\\s+){0,2}?(?:are|were|is|remain)"
            + "\\s+(?:now\\s+|currently\\s+|already\\s+)?(?:in|on the ground|deployed|stationed|serving|present)\\b");
    private static final Pattern CURRENT = Pattern.compile("(?i)\\b(currently|now|at present|presently|so far|"
            + "to date|as of now|at the moment|today)\\b");
    private static final Pattern COMMIT_CUE = Pattern.compile("(?i)\\b(committed|commits?|pledg\\w*|promis\\w*|"
            + "vow\\w*|agreed|will (?:send|deploy|contribute|provide)|to send|offer\\w*|undert\\w*)\\b");
    private static final Pattern FUND_PLEDGED = Pattern.compile("(?i)\\b(pledg\\w*|promis\\w*|commit\\w*|"
            + "announc\\w*|offer\\w*)\\b");
    private static final Pattern FUND_RECEIVED = Pattern.compile("(?i)\\b(receiv\\w*|disburs\\w*|deposit\\w*|"
            + "deliver\\w*|paid|transferr\\w*|provided|contributed|donated|gave|spent)\\b");
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
            if (isCurrency(q)) {
                funding(v, s, q, pre + " " + post, out);
            } else if (isPersonnel(q)) {
                Optional<Timex> deadline = deadlineAfter(v, s, q, qs, i);
                if (deadline.isPresent() || TARGET_CUE.matcher(pre).find() || TARGET_CUE.matcher(post).find()) {
                    target(v, s, q, deadline, out);
                } else if (STATE_CUE_BEFORE.matcher(pre).find() || STATE_CUE_AFTER.matcher(post).find()) {
                    strength(v, s, q, out);
                }
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
        return head != null && PERSONNEL.contains(head);
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

    private static void strength(DocumentView v, Sentence s, Quantity q, List<Fact> out) {
        Optional<String> subject = v.findMissionFor(s, q.start());
        if (subject.isEmpty()) {
            return;
        }
        Optional<String> date = v.findSentenceDate(s);
        String basis = asOfBasis(v, s, date);
        out.add(FactRule.fact(s, Fact.STRENGTH, subject.get(), "strength", DocumentView.number(q.value()),
                date.orElse(v.published),
                FactRule.qualifiers("unit", unitOf(q), "object", q.object(),
                        "approximate", Boolean.toString(q.approximate()), "modifier", q.modifier(),
                        "asOfBasis", basis),
                "strength", "published".equals(basis) ? 0.6 : 0.8));
    }

    private static void target(DocumentView v, Sentence s, Quantity q, Optional<Timex> deadline, List<Fact> out) {
        Optional<String> subject = Optional.ofNullable(v.mainMission).map(Entity::id)
                .or(() -> v.findMissionFor(s, q.start()));
        if (subject.isEmpty()) {
            return;
        }
        String committedBy = null;
        String via = null;
        Matcher cm = COMMIT_CUE.matcher(v.text).region(s.start(), s.end());
        boolean committed = cm.find();
        if (committed) {
            DocumentView.EntityMention nearest = null;
            for (DocumentView.EntityMention m : v.mentionsIn(s.start(), cm.start())) {
                if (!v.isMission(m.entity())) {
                    nearest = m;
                }
            }
            if (nearest != null) {
                committedBy = v.actorFor(nearest.entity());
                via = v.isPerson(nearest.entity()) ? nearest.id() : null;
            }
        }
        Optional<Quote> quote = v.findQuoteOverlapping(new Sentence(q.start(), q.end()))
                .or(() -> v.findQuoteOverlapping(s));
        String speaker = quote.map(DocumentView::speakerId).orElse(null);
        if (speaker != null) {
            via = via == null ? speaker : via;
            if (committedBy == null && committed) {
                committedBy = v.findAffiliation(speaker).orElse(speaker);
            }
        }
        if (via != null && via.equals(committedBy)) {
            via = null; // "Kenya has offered ...": the actor speaks for itself
        }
        Optional<String> date = v.findSentenceDate(s);
        out.add(FactRule.fact(s, Fact.TARGET, subject.get(), "target", DocumentView.number(q.value()),
                date.orElse(v.published),
                FactRule.qualifiers("unit", unitOf(q), "object", q.object(),
                        "approximate", Boolean.toString(q.approximate()), "modifier", q.modifier(),
                        "due", deadline.map(Timex::value).orElse(null), "committedBy", committedBy, "via", via,
                        "asOfBasis", asOfBasis(v, s, date)),
                deadline.isPresent() ? "target-deadline" : "target", deadline.isPresent() ? 0.8 : 0.6));
    }

    private static void funding(DocumentView v, Sentence s, Quantity q, String context, List<Fact> out) {
        Optional<String> subject = v.findMissionFor(s, q.start());
        if (subject.isEmpty()) {
            return;
        }
        String sentence = v.textOf(s.start(), s.end());
        String status;
        if (FUND_RECEIVED.matcher(context).find()) {
            status = "received";
        } else if (FUND_PLEDGED.matcher(context).find() || FUND_PLEDGED.matcher(sentence).find()) {
            status = "pledged";
        } else if (FUND_RECEIVED.matcher(sentence).find() || sentence.toLowerCase(Locale.ROOT).contains("fund")) {
            status = FUND_RECEIVED.matcher(sentence).find() ? "received" : "funding";
        } else {
            return;
        }
        String by = null;
        for (DocumentView.EntityMention m : v.mentionsIn(s.start(), q.start())) {
            if (!v.isMission(m.entity())) {
                by = v.actorFor(m.entity());
            }
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
