package org.sitrep.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a personnel figure states, read from the words of its clause: a strength on the ground, a ceiling ("an
 * authorized 26,000", "will comprise up to 12,500", "a maximum of 15,000"), a plan ("would join", "is expected to",
 * "plans to send"), a pledge ("committed", "its 500-strong commitment"), or nothing (casualties, a negated or
 * refused figure).
 */
enum FigureReading {
    /** A figure the mission has now. */
    STRENGTH,
    /** An authorized or highest figure: a target of type {@code ceiling}. */
    CEILING,
    /** A hedged or intended figure: a target of type {@code plan} (or {@code pledge} when someone committed it). */
    PLAN,
    /** Nothing the record keeps. */
    NONE;

    /** People counted as hurt, killed or taken are casualties, never a mission's strength. */
    private static final Pattern CASUALTY = Pattern.compile("(?i)\\b(wounded|killed|injured|died|dead|hurt|"
            + "kidnapped|abducted|missing|taken hostage|ambushed|attacked|slain|lost their lives)\\b");
    /** A ceiling: what the mission may have at most. */
    private static final Pattern CEILING_BEFORE = Pattern.compile("(?i)\\b(authori[sz]ed|assigned|mandated|"
            + "ceiling|maximum|not more than|no more than|at most|comprises? up to|consists? of up to|"
            + "supposed to (?:have|number|comprise)|(?:is|are) to number)\\b");
    /** A hedge or an intention: the figure is not yet there. */
    private static final Pattern PLAN_CUE = Pattern.compile("(?i)\\b(would|could|might|may|expected|expects?|"
            + "plans?|planned|planning|intends?|intended|target(?:ed|s)?|goal|aims?|aimed|envisag\\w*|"
            + "(?:is|are) to be|(?:is|are) to (?:send|deploy|join)|will|shall|to (?:send|deploy|reach|contribute|"
            + "join)|sending|full (?:deployment|strength|complement)|announc\\w*|pledg\\w*|promis\\w*|"
            + "commit\\w*|decision to|offer\\w*|grow to|rise to|increase to)\\b");
    /** Words that deny the figure happened. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never|no plans?|refus\\w*|declin\\w*|"
            + "rejected|won't|didn't|doesn't|wouldn't)\\b");
    private static final Pattern NOT_A_NEGATION = Pattern.compile("(?i)\\b(?:not|no) more than\\b|\\bnot only\\b");
    /** A figure of those now there: "has", "stands at", "there are", "are deployed", "serve in". */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?i)\\b(?:has|have|had)\\b(?:\\s+\\S+){0,2}\\s*$|\\b(numbers?|numbered|"
            + "stands? at|stood at|totals?|total(?:l)?ed|comprises?|comprised|counts?|reached|strength of|"
            + "now at|consists? of|there (?:are|were)|with|risen to|rose to)\\b|\\bfrom\\s*$");
    private static final Pattern STATE_AFTER = Pattern.compile("(?i)^[^,;]{0,60}?\\b(?:(?:are|were|is|remain|"
            + "have been|has been)\\s+(?:now\\s+|currently\\s+|already\\s+|still\\s+)?(?:in|on the ground|deployed|"
            + "stationed|serving|present|based)|serve (?:in|with)|serving (?:in|with)|operating in)\\b");
    /** "N-strong": a force or commitment of N. */
    static final Pattern STRONG = Pattern.compile("(?i)^[\\s-]*strong\\s+(?:[\\w.'’-]+\\s+){0,3}?"
            + "(commitment|pledge|deployment|force|contingent|task force|mission|battalion|unit|team)\\b");

    /**
     * Reads a personnel figure from the text of its clause before ({@code pre}) and after ({@code post}) it, and
     * the quantity's own hedge ({@code modifier}, "up to").
     */
    static FigureReading read(String pre, String post, String modifier, boolean deadline) {
        if (CASUALTY.matcher(post).find() || CASUALTY.matcher(lastWords(pre, 3)).find()) {
            return NONE;
        }
        boolean upTo = modifier != null && modifier.equalsIgnoreCase("up to");
        String lead = (pre + " " + (modifier == null ? "" : modifier)).replaceAll("\\s+", " ");
        if (CEILING_BEFORE.matcher(lead).find()) {
            return CEILING;
        }
        String unhedged = NOT_A_NEGATION.matcher(pre).replaceAll(" ");
        if (NEGATION.matcher(unhedged).find()) {
            return NONE;
        }
        if (deadline || PLAN_CUE.matcher(pre).find() || PLAN_CUE.matcher(post).find()) {
            return PLAN;
        }
        if (upTo) {
            return CEILING;
        }
        if (STATE_BEFORE.matcher(pre).find() || STATE_AFTER.matcher(post).find()) {
            return STRENGTH;
        }
        return NONE;
    }

    /** The kind of thing an "N-strong" phrase right after a figure names ("commitment", "force"), if any. */
    static Optional<String> strongHead(String after) {
        Matcher m = STRONG.matcher(after);
        return m.lookingAt() ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }
}
