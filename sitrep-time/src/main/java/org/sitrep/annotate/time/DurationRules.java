package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.RuleMatches.amountMod;
import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.RuleMatches.make;
import static org.sitrep.annotate.time.RuleMatches.previousWord;
import static org.sitrep.annotate.time.TimexWords.amountOf;
import static org.sitrep.annotate.time.TimexWords.monthOf;
import static org.sitrep.annotate.time.TimexWords.partOfDayCode;
import static org.sitrep.annotate.time.TimexWords.weekdayOf;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.annotate.time.TimexWords.Unit;
import org.sitrep.doc.Timex;

/**
 * The rules' builders for amounts of time and recurrences: durations ("three years", "the past 18 months", "a
 * minute and a half", "for years") and sets ("daily", "every other week", "each Monday", "on Tuesdays").
 *
 * <p>Thread safety: stateless; the resolvers read nothing from the {@link TimeContext}: a duration or set has the
 * same value wherever it is told.
 *
 * <p>Failure: a builder returns null to reject a match that is an age ("three years old"), a rate ("$2 million a
 * year") or a measure ("average daily volume"); a vague amount gives {@code X} in the value ({@code PXY}); nothing
 * throws on text.
 */
final class DurationRules {

    private DurationRules() {
    }

    /** "three-quarters": a fraction, not a number of quarters. */
    private static final Pattern FRACTION_OF_QUARTERS = Pattern.compile("(?i).*\\w-quarters");
    /** "the first two quarters", "the last two quarters": a half, not a duration. */
    private static final Set<String> FIRST_OR_LAST = Set.of("first", "last");
    /** "the 14-day": an amount and unit joined by a hyphen. */
    private static final Pattern HYPHENATED = Pattern.compile("\\S+-\\S+");
    /** Words before "a year", "a week" that make it a rate ("four flights a week", "$2 million a year"). */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "times|twice|once|thrice|million|billion|percent|cents|dollars|[a-z]+s");
    /** Words ending in s that are no plural of a counted thing. */
    private static final Set<String> NOT_COUNTED = Set.of("as", "was", "is", "has", "does", "takes", "lasts", "needs",
            "gives", "always", "perhaps", "less", "unless", "thus", "comes", "follows", "arrives", "happens", "occurs",
            "begins", "starts", "ends", "opens", "closes", "returns", "runs", "goes", "leaves", "remains");

    static Candidate duration(Matcher m, Input in) {
        String rest = in.text().substring(m.end(), Math.min(in.text().length(), m.end() + 5)).toLowerCase(Locale.ROOT);
        if (rest.startsWith(" old") || rest.startsWith("-old")) {
            return null;
        }
        String n = m.group("n");
        String nl = n.toLowerCase(Locale.ROOT);
        Unit unit = Unit.of(m.group("u"));
        if (FRACTION_OF_QUARTERS.matcher(m.group()).matches() || (unit == Unit.SECOND && (nl.equals("a") || nl.equals("an")))) {
            return null; // "three-quarters of its food", "a second betrayal"
        }
        String before = previousWord(in.text(), m.start());
        String written = amountOf(n);
        String relWord = group(m, "rel");
        if (unit == Unit.QUARTER && written.equals("2") && relWord != null
                && FIRST_OR_LAST.contains(relWord.toLowerCase(Locale.ROOT))) {
            return null; // "the first two quarters" is the first half (see quarter)
        }
        // "a minute and a half" is a minute and thirty seconds
        String amount = group(m, "half") != null && TimexWords.DIGITS.matcher(written).matches() ? written + ".5" : written;
        String mod = amountMod(m);
        if (mod == null && before.equals("about")) {
            mod = "APPROX"; // TimeBank leaves "about" outside the extent, but the mod keeps it
        }
        if (mod == null && group(m, "so") != null) {
            mod = "APPROX";
        }
        if (mod == null && (nl.equals("a couple of") || nl.equals("couple of"))) {
            mod = "APPROX";
        }
        if ((nl.equals("a") || nl.equals("an")) && relWord == null && group(m, "amod") == null) {
            String prev = before;
            if (RATE_BEFORE.matcher(prev).matches() && !NOT_COUNTED.contains(prev)
                    || (m.start() > 1 && Character.isDigit(in.text().charAt(m.start() - 2)))) {
                // a rate ("$2 million a year", "four flights a week"): TimeBank marks it in 2 of 12 uses
                return null;
            }
        }
        String value = unit.duration(amount);
        Candidate c = make(m, in, Timex.DURATION, mod, Parts.NONE, (ctx, self) -> new Resolution(value,
                amount.equals("X") ? 0.6 : 0.85));
        String matched = m.group();
        if (relWord == null && group(m, "amod") == null && matched.regionMatches(true, 0, "the ", 0, 4)
                && HYPHENATED.matcher(matched.substring(4)).matches()) {
            // "the 14-day": the article belongs to the noun the duration modifies
            c = c.withSpan(c.start() + 4, c.end());
        }
        return c;
    }

    static Candidate vagueDuration(Matcher m, Input in) {
        Unit unit = Unit.of(m.group("u"));
        return make(m, in, Timex.DURATION, null, Parts.NONE, (ctx, self) -> new Resolution(unit.duration("X"), 0.6));
    }

    /** "weeklong" is a week; "decades-long" some decades. */
    static Candidate longCompound(Matcher m, Input in) {
        String u = m.group("u").toLowerCase(Locale.ROOT);
        Unit unit = Unit.of(u);
        String value = unit.duration(u.endsWith("s") ? "X" : "1");
        return make(m, in, Timex.DURATION, null, Parts.NONE, (ctx, self) -> new Resolution(value, 0.8));
    }

    static Candidate setAdverb(Matcher m, Input in) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        if (w.equals("quarterly") || w.equals("annually")) {
            // TimeBank annotates these in a minority of their uses (1 of 11, 2 of 6): mostly a kind of payout or
            // a rate ("its quarterly dividend", "to rise 8.5% annually"), not a recurrence it marks
            return null;
        }
        if (previousWord(in.text(), m.start()).equals("average")) {
            return null; // "average daily volume": a measure, not a recurrence
        }
        if (w.equals("daily") && isNewspaper(in, m.start(), m.end())) {
            return null; // "the Communist Party daily Granma", "the country's largest daily, the Nation"
        }
        String v = switch (w) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "biweekly" -> "P2W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P3M";
            case "hourly" -> "PT1H";
            case "semiannually" -> "P6M";
            default -> "P1Y";
        };
        return make(m, in, Timex.SET, null, Parts.NONE, (ctx, self) -> new Resolution(v, 0.8));
    }

    /** Words before "daily" that make it a newspaper when no noun follows it. */
    private static final Set<String> NEWSPAPER_BEFORE = Set.of("party", "state", "government", "business",
            "financial", "national", "leading", "largest", "biggest", "independent", "regional", "local", "evening",
            "morning", "official", "opposition", "conservative", "liberal", "popular", "influential", "economic",
            "english", "english-language", "a", "the", "another", "one", "run", "state-run", "state-owned",
            "government-run", "pro-government", "tabloid", "newspaper");
    /** What follows a newspaper's name-less mention: a verb of telling, or the end of the phrase. */
    private static final Pattern AFTER_NEWSPAPER = Pattern.compile("\\s*(?:[,;:.)]|$)|\\s+(?:said|says|reported|reports"
            + "|wrote|writes|quoted|quotes|cited|cites|published|publishes|carried|carries|ran|runs|added|noted"
            + "|claimed|called|described|commented|has|had|is|was)\\b|\\s+[A-Z]");

    /**
     * "daily" as a noun, a daily newspaper: after a word that can open a newspaper's description ("the", "party",
     * "state-run", "largest"), before its name, a verb of telling or the end of the phrase.
     */
    private static boolean isNewspaper(Input in, int start, int end) {
        if (!NEWSPAPER_BEFORE.contains(previousWord(in.text(), start))) {
            return false;
        }
        Matcher after = AFTER_NEWSPAPER.matcher(in.text()).region(end, in.sentenceEnd());
        return after.lookingAt() && !DATE_NAME_AFTER.matcher(in.text()).region(end, in.sentenceEnd()).lookingAt();
    }

    /** A weekday or month after "daily" is when it runs ("daily Monday to Friday"), never a newspaper's name. */
    private static final Pattern DATE_NAME_AFTER = Pattern.compile("\\s+(?:" + TimexWords.WEEKDAY + "|"
            + TimexWords.MONTH + ")\\b");

    static Candidate setEvery(Matcher m, Input in) {
        String wd = group(m, "wd");
        String u = group(m, "u");
        String n = group(m, "n");
        String tod = group(m, "tod");
        String v;
        String mo = group(m, "mo");
        if (wd != null) {
            v = "XXXX-WXX-" + weekdayOf(wd) + (tod == null ? "" : "T" + partOfDayCode(tod));
        } else if (mo != null) {
            v = String.format("XXXX-%02d", monthOf(mo));
        } else if (tod != null) {
            v = "XXXX-XX-XXT" + partOfDayCode(tod);
        } else {
            String amount = n == null ? "1" : n.equalsIgnoreCase("other") ? "2" : amountOf(n);
            v = Unit.of(u).duration(amount);
        }
        return make(m, in, Timex.SET, null, Parts.NONE, (ctx, self) -> new Resolution(v, 0.8));
    }
}
