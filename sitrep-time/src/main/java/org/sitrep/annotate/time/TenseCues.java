package org.sitrep.annotate.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimeContext.Tense;

/**
 * The cues of tense around a temporal expression: the words that put it ahead of the telling ("will", "scheduled
 * for", "by"), behind it ("said", "ago", "had"), or ahead by the syntax of its clause ("agreed to buy … in March",
 * "when the case is heard in May"). A date written without a year, or a weekday, is resolved toward the side its
 * clause leans to.
 *
 * <p>Thread safety: stateless; patterns are compiled once and each call makes its own matchers.
 *
 * <p>Failure: never throws on text; where no cue is near, the sentence's own tense stands.
 */
final class TenseCues {

    private TenseCues() {
    }

    /** Words that put a clause ahead of the telling: "will", "is to", "scheduled", "next", "'ll". */
    private static final Pattern FUTURE_CUE = Pattern.compile("\\b(?i:will|won't|shall|would|going to|scheduled|"
            + "(?<!than |as )expected|expects?|hopes? to|set for|takes effect|begins|starts|expires|ends (?:on|in|at)|runs until|runs through|(?:postponed|delayed|deferred|adjourned|put off|pushed back|moved) (?:until|till|to)|due(?! to)|plans? to|planned to|planning(?: to)?|intends? to|aims? to|is to|are to|set to"
            + "|next(?! to)|upcoming|as soon as|as early as|payable|effective|of record)\\b|'ll\\b|’ll\\b");
    /** Words before a cue that change what it says: "will be paid" is not past, "had been due" not future. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i:\\b(?:be|been|being|is|are|am|gets?)\\s+(?:\\w+ly\\s+)?)$");
    /** A participle after a determiner is an adjective ("a still unspecified date", "the planned merger"). */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i:\\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\\s+(?:\\w+ly\\s+|still\\s+|yet\\s+)?)$");
    /** Words ending in -ed that are not past forms. */
    private static final Pattern NOT_PAST_ED = Pattern.compile("(?i:\\w*ceed|need|indeed|speed|feed|seed|breed|greed|weed|deed|red|bed|united|limited|based|related)");
    /** Cues of intent in the past tense: what they look ahead to comes after them, not before. */
    private static final Pattern PAST_INTENT = Pattern.compile("planned|expected|scheduled");
    /**
     * A word right before such a cue that can be its subject ("the government planned"): not a comma, which opens a
     * clause of its own ("the vote on Friday, expected to renew …").
     */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("\\p{L}\\s+$");
    /** A modal or "to" right before a verb: the verb is bare ("will hit", "to set"), whatever its form. */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i:\\b(?:to|will|would|could|can|may|might|must"
            + "|should|shall|won't|cannot|can't|not)\\s+(?:\\w+ly\\s+)?|['’]ll\\s+(?:\\w+ly\\s+)?)$");
    /** "had", "had been" right before a future cue: a future seen from the past ("had been due to expire"). */
    private static final Pattern PERFECT_BEFORE = Pattern.compile("(?i:\\bhad\\s+(?:been\\s+)?(?:\\w+ly\\s+)?)$");
    /** Common irregular past forms of news verbs. */
    static final String IRREGULAR_PAST = "met|told|went|came|took|gave|made|won|lost|held|left|sent|saw|began"
            + "|fell|rose|grew|spoke|struck|got|led|kept|found|brought|bought|sold|thought|became|ran|wrote|chose"
            + "|flew|fled|fought|hit|paid|stood|understood|meant|knew|drew|drove|threw|wore|broke|forgot|shot|sought"
            + "|taught|caught|felt|heard|laid|lay|sat|slept|spent|swore|tore|woke|withdrew|overtook|undertook";
    /** Words that put a clause behind the telling: "said", "was", "ago", irregular and -ed past forms. */
    private static final Pattern PAST_CUE = Pattern.compile("\\b(?i:said|says|was|were|had|did|ago|last|since|has been|have been|"
            + IRREGULAR_PAST + "|[a-z]{3,}ed)\\b");

    /** Words that tell a whole sentence in the future; narrower than {@link #FUTURE_CUE}, which reads one clause. */
    private static final Pattern SENTENCE_FUTURE = Pattern.compile("\\b(?i:will|won't|shall|going to|plans? to"
            + "|planned to|expects? to|(?<!than |as )expected|scheduled|is due|are due|intends? to|is to|are to|aims? to"
            + "|would|upcoming)\\b|'ll\\b|’ll\\b");
    /** Words that tell a whole sentence in the past. */
    private static final Pattern SENTENCE_PAST = Pattern.compile("\\b(?i:was|were|had|did|ago|last|yesterday|"
            + IRREGULAR_PAST + "|[a-z]{2,}ed)\\b");

    /** The tense a sentence is told in, from its cue words: future wins over past, past over present. */
    static Tense sentenceTense(String text, int start, int end) {
        if (SENTENCE_FUTURE.matcher(text).region(start, end).find()) {
            return Tense.FUTURE;
        }
        Matcher p = SENTENCE_PAST.matcher(text).region(start, end);
        while (p.find()) {
            if (!NOT_PAST_ED.matcher(p.group()).matches()) {
                return Tense.PAST;
            }
        }
        return Tense.PRESENT;
    }

    /**
     * An infinitive after a word of intent or agreement ("agreed to buy", "an agreement to acquire"): what it tells
     * lies after the agreement, so a bare month in its clause points ahead.
     */
    private static final Pattern PROSPECTIVE_TO = Pattern.compile("\\b(?i:agree|agrees|agreed|agreement|plans?"
            + "|planned|intends?|intended|decided|promised|pledged|vowed|proposed|proposal)\\s+to\\s+[a-z]+\\b");
    /** A clause of time or condition told in the present ("when the case is heard"): it speaks of the future. */
    private static final Pattern PRESENT_IN_WHEN_CLAUSE = Pattern.compile("\\b(?i:when|if|until|unless|once)\\s+"
            + "[^,;:.!?]{0,50}?\\b(?i:is|are)\\s+(?:\\w+ly\\s+)?[a-z]+\\s+(?i:in|on|by)\\s+$");
    /** What ends a clause before an expression. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:!?]|,\\s*(?i:and|but|which|who|while)\\b|\\.\\s");

    /** Whether the clause of an expression points ahead by its syntax rather than by a tense word. */
    private static boolean pointsAheadBySyntax(Input in, int start) {
        int from = Math.max(in.sentenceStart(), start - 120);
        if (PRESENT_IN_WHEN_CLAUSE.matcher(in.text()).region(from, start).find()) {
            return true;
        }
        Matcher p = PROSPECTIVE_TO.matcher(in.text()).region(from, start);
        int last = -1;
        while (p.find()) {
            last = p.end();
        }
        if (last < 0) {
            return false;
        }
        return !CLAUSE_BREAK.matcher(in.text()).region(last, start).find()
                && !PAST_CUE.matcher(in.text()).region(last, start).find()
                && !FUTURE_CUE.matcher(in.text()).region(last, start).find();
    }

    /** The tense of the words nearest an expression: the closest cue within its clause wins, else the sentence's. */
    static Tense localTense(Input in, int start, int end) {
        if (pointsAheadBySyntax(in, start)) {
            return Tense.FUTURE;
        }
        int from = Math.max(in.sentenceStart(), start - 60);
        int to = Math.min(in.sentenceEnd(), end + 40);
        int bestDistance = Integer.MAX_VALUE;
        Tense best = null;
        for (Pattern p : new Pattern[] {FUTURE_CUE, PAST_CUE}) {
            Matcher cm = p.matcher(in.text()).region(from, to);
            while (cm.find()) {
                if (cm.end() > start && cm.start() < end) {
                    continue;
                }
                String w = cm.group().toLowerCase(Locale.ROOT);
                if (NOT_PAST_ED.matcher(w).matches()) {
                    continue;
                }
                Tense cueTense = p == FUTURE_CUE ? Tense.FUTURE : Tense.PAST;
                String before = in.text().substring(Math.max(from, cm.start() - 24), cm.start());
                if (cueTense == Tense.PAST && !w.equals("was") && !w.equals("were") && !w.equals("had")
                        && (PASSIVE_BEFORE.matcher(before).find() || w.endsWith("ed")
                        && DETERMINER_BEFORE.matcher(before).find())) {
                    continue; // "will be held", "a revised plan": a participle, not a past tense
                }
                if (cueTense == Tense.PAST && MODAL_BEFORE.matcher(before).find()) {
                    continue; // "will hit", "to cut": a past form that is also the bare verb, after a modal or "to"
                }
                if (cueTense == Tense.FUTURE && PERFECT_BEFORE.matcher(before).find()) {
                    cueTense = Tense.PAST; // "had been due to expire": a future seen from the past, now over
                }
                if (cueTense == Tense.FUTURE && cm.start() >= end && PAST_INTENT.matcher(w).lookingAt()
                        && SUBJECT_BEFORE.matcher(before).find() && !PASSIVE_BEFORE.matcher(before).find()) {
                    // "On Friday, the government planned to …": the day is when the plan was made, not carried out
                    cueTense = Tense.PAST;
                }
                int d = cm.end() <= start ? start - cm.end() : 3 * (cm.start() - end);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = cueTense;
                }
            }
        }
        return best != null ? best : in.tense();
    }

    /** "no later than", "not later than" right before a date: a deadline, as "by" is. */
    private static final Pattern NO_LATER_THAN = Pattern.compile("\\b(?i:no|not)\\s+(?i:later)\\s+(?i:than)\\s+$");

    /** Whether the words right before an expression make it a deadline: "by", "no later than". */
    static boolean isDeadline(Input in, String prev, int start) {
        return prev.equals("by") || NO_LATER_THAN.matcher(in.text())
                .region(Math.max(in.sentenceStart(), start - 20), start).find();
    }

    /** "had": a clause in the past perfect tells of a time already over when the story is told. */
    private static final Pattern PAST_PERFECT = Pattern.compile("\\b(?i:had)\\b");
    /** A term set to run on ("extended the mandate … through October 2, 2025"): its end lies ahead of the telling. */
    private static final Pattern EXTENSION_BEFORE = Pattern.compile(
            "(?i:\\b(?:extend|extends|extended|extending|extension|renew|renews|renewed|renewal|prolong|prolonged"
                    + "|authori[sz]e[sd]?|authori[sz]ing|mandate|valid|in force|run|runs)\\b)");

    /**
     * The tense an expression at {@code [start, end)} leans to, given the word {@code prev} before it: the side of
     * the telling a date without a year or a weekday is resolved to.
     */
    static Tense leaningOf(Input in, String prev, int start, int end) {
        return switch (prev) {
            // a deadline points ahead of the telling, unless the clause is in the past perfect ("had ... by");
            // a span told in the past closes at the nearest such date ("sales this year through August were flat")
            case "by", "until", "till", "through", "thru" -> PAST_PERFECT.matcher(in.text())
                    .region(Math.max(in.sentenceStart(), start - 60), Math.min(in.sentenceEnd(), end + 40))
                    .find() ? Tense.PAST : prev.startsWith("thr") && localTense(in, start, end) == Tense.PAST
                    && !EXTENSION_BEFORE.matcher(in.text()).region(Math.max(in.sentenceStart(), start - 120),
                            start).find() ? Tense.PRESENT : Tense.FUTURE;
            case "since", "ago" -> Tense.PAST;
            default -> localTense(in, start, end);
        };
    }
}
