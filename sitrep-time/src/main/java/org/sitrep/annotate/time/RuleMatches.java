package org.sitrep.annotate.time;

import java.util.Locale;
import java.util.regex.Matcher;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Timex;

/**
 * What every rule of {@link TimexGrammar} shares: the {@link Input} it sees besides its match, the reading of a
 * match's optional groups and modifiers, and {@link #make}, which turns a match into a {@link Candidate} with the
 * deadline and the tense the words around it give (see {@link TenseCues}).
 *
 * <p>Thread safety: stateless; every method is a pure function of its arguments.
 *
 * <p>Failure: {@link #group} returns null for a group the rule's pattern lacks; nothing here throws on text.
 */
final class RuleMatches {

    private RuleMatches() {
    }

    /**
     * What a rule sees besides its match: the whole text and the sentence's tense.
     *
     * @param dayFirst whether the text writes numeric dates day first ("07/11/2024" is 7 November)
     */
    record Input(String text, Tense tense, int sentenceStart, int sentenceEnd, boolean dayFirst) {
    }

    /** The text of the named group, or null where it did not take part or the pattern has no such group. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The lower-cased word before {@code at}, or "" at the start. */
    static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The candidate over the match, with mods and deadline taken from the words around it. */
    static Candidate make(Matcher m, Input in, String type, String mod, Parts parts,
            Candidate.Resolver resolver) {
        String prev = previousWord(in.text(), m.start());
        boolean deadline = TenseCues.isDeadline(in, prev, m.start())
                && !type.equals(Timex.DURATION) && !type.equals(Timex.SET);
        Tense leaning = TenseCues.leaningOf(in, prev, m.start(), m.end());
        if (deadline && mod == null) {
            mod = "ON_OR_BEFORE";
        }
        return new Candidate(m.start(), m.end(), type, mod, deadline, parts, leaning, resolver);
    }

    /** The TIMEX3 mod of a point's modifier ({@code pmod}): START, MID or END; null where there is none. */
    static String pointMod(Matcher m) {
        String p = group(m, "pmod");
        if (p == null) {
            return null;
        }
        p = p.toLowerCase(Locale.ROOT);
        if (p.startsWith("early") || p.contains("beginning") || p.contains("start") || p.contains("first")
                || p.contains("opening")) {
            return "START";
        }
        if (p.startsWith("late") || p.contains("end") || p.contains("close") || p.contains("last")
                || p.contains("final")) {
            return "END";
        }
        return "MID";
    }

    /** The TIMEX3 mod of an amount's modifier ({@code amod}): MORE_THAN, APPROX, …; null where there is none. */
    static String amountMod(Matcher m) {
        String a = group(m, "amod");
        if (a == null) {
            return null;
        }
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "more than", "just over" -> "MORE_THAN";
            case "less than", "fewer than", "nearly", "almost", "just under" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to", "no more than" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }
}
