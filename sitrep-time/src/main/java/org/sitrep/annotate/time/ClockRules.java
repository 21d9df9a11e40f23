package org.sitrep.annotate.time;

import static org.sitrep.annotate.time.DateRules.resolveCalendar;
import static org.sitrep.annotate.time.RelativeRules.fromDct;
import static org.sitrep.annotate.time.RuleMatches.group;
import static org.sitrep.annotate.time.RuleMatches.make;
import static org.sitrep.annotate.time.RuleMatches.previousWord;
import static org.sitrep.annotate.time.TimexWords.NUMBERS;
import static org.sitrep.annotate.time.TimexWords.WEEKDAY;
import static org.sitrep.annotate.time.TimexWords.ZONE;
import static org.sitrep.annotate.time.TimexWords.monthOf;
import static org.sitrep.annotate.time.TimexWords.partOfDayCode;
import static org.sitrep.annotate.time.TimexWords.weekdayOf;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.Candidate.Resolution;
import org.sitrep.annotate.time.RuleMatches.Input;
import org.sitrep.doc.Timex;

/**
 * The rules' builders for times of the day: clock times ("10:35 a.m. EST", "at 14:00", "5 p.m. Nov. 9", "midnight
 * on Sunday"), noon and midnight, parts of the day ("this morning", "late afternoon", "four in the morning") and
 * "overnight". A clock time lies on the weekday named after it, else on the day the text is about.
 *
 * <p>Thread safety: stateless; each resolver writes only to the {@link TimeContext} it is handed.
 *
 * <p>Failure: a builder returns null to reject an impossible clock ("13 p.m.") or a figure of speech ("high
 * noon"); a time whose day is unknown resolves to an underspecified value ({@code XXXX-XX-XXT10:35}); nothing
 * throws on text.
 */
final class ClockRules {

    private ClockRules() {
    }

    /**
     * The TIMEX3 time ({@code T14:05}) of the hour and minute of a match, read with its a.m. or p.m. where one is
     * written and on the 24-hour clock where none is; null for an impossible clock ("13 p.m.", "25:00").
     */
    private static String clockOf(Matcher m) {
        int h = Integer.parseInt(m.group("h"));
        String mi = group(m, "mi");
        String ap = group(m, "ap");
        int minute = mi == null ? 0 : Integer.parseInt(mi);
        if (ap != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        } else if (h > 23) {
            return null;
        }
        return hourMinute(h, minute);
    }

    private static String hourMinute(int h, int minute) {
        return String.format("T%02d:%02d", h, minute);
    }

    static Candidate clock(Matcher m, Input in) {
        String hm = clockOf(m);
        if (hm == null) {
            return null;
        }
        Integer month = monthOf(group(m, "mo"));
        if (month != null) {
            // "5 p.m. EST Nov. 9": the clock on that day
            Parts parts = new Parts(null, month, Integer.valueOf(m.group("d")), null, false);
            return make(m, in, Timex.TIME, null, parts, (ctx, self) -> {
                Resolution day = resolveCalendar(ctx, self.parts(), self.leaning());
                return day.value() == null || day.value().startsWith("X") ? day
                        : new Resolution(day.value() + hm, day.confidence());
            });
        }
        return clockThen(m, in, hm);
    }

    static Candidate clockWeekday(Matcher m, Input in) {
        String hm;
        if (group(m, "w") != null) {
            hm = m.group("w").equalsIgnoreCase("midnight") ? "T24:00" : "T12:00";
        } else {
            hm = clockOf(m); // the rule writes the a.m. or p.m. with every hour
            if (hm == null) {
                return null;
            }
        }
        int wd = weekdayOf(m.group("wd"));
        return make(m, in, Timex.TIME, null, new Parts(null, null, null, wd, false), onWeekday(wd, hm));
    }

    /** A clock time on the nearest such weekday to the DCT, in the direction the tense points. */
    private static Candidate.Resolver onWeekday(int wd, String hm) {
        return (ctx, self) -> {
            LocalDate dct = ctx.findDct().orElse(null);
            if (dct == null || ctx.dctPrecision() != Granularity.DAY) {
                return new Resolution("XXXX-WXX-" + wd + hm, 0.4);
            }
            LocalDate date = TimeContext.nearestWeekday(dct, DayOfWeek.of(wd), self.leaning());
            ctx.setReference(date, Granularity.DAY);
            return new Resolution(Granularity.DAY.format(date) + hm, 0.7);
        };
    }

    /** What may stand between a clock time and the day it is on: a zone, "local time", "(1900 GMT)", a comma. */
    static final String BETWEEN = "\\G(?:\\s+" + ZONE + ")?(?<lt>\\s+(?i:local time))?(?:\\s*\\([^()]{1,30}\\))?,?";

    /**
     * A weekday named right after a clock time: "10 a.m. on Tuesday", "midnight on Sunday", "3:30 a.m. local time
     * Saturday", "3pm local time (1900 GMT) on Monday".
     */
    private static final Pattern ON_WEEKDAY_AFTER = Pattern.compile(BETWEEN + "(?<on>\\s+(?i:on))?\\s+"
            + "(?:(?i:this|last|next)\\s+)?(?<wd>" + WEEKDAY + ")(?![\\w-])");

    /**
     * The clock time {@code hm} of a match: on the weekday named after it, if one is, else on the day the text is
     * about (a date named after it, "midnight on October 2", lends the clock its day in {@link TimexGrammar}). The
     * weekday gets its own TIMEX3; the clock only borrows its day.
     */
    private static Candidate clockThen(Matcher m, Input in, String hm) {
        Matcher on = ON_WEEKDAY_AFTER.matcher(in.text()).region(m.end(), in.sentenceEnd());
        if (on.lookingAt() && (on.group("lt") != null || on.group("on") != null)) {
            int wd = weekdayOf(on.group("wd"));
            return make(m, in, Timex.TIME, null, Parts.NONE, onWeekday(wd, hm));
        }
        return make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> clockOn(ctx, hm));
    }

    private static Resolution clockOn(TimeContext ctx, String hm) {
        LocalDate ref = ctx.findDayReference().orElse(null);
        if (ref == null) {
            return new Resolution("XXXX-XX-XX" + hm, 0.5);
        }
        return new Resolution(Granularity.DAY.format(ref) + hm, 0.7);
    }

    static Candidate noon(Matcher m, Input in) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        if (previousWord(in.text(), m.start()).equals("high")) {
            return null; // "high noon": a moment of reckoning, not a clock time
        }
        String hm = w.equals("midnight") ? "T24:00" : "T12:00";
        return clockThen(m, in, hm);
    }

    static Candidate partOfDay(Matcher m, Input in) {
        String day = group(m, "d");
        String d = day == null ? "" : day.toLowerCase(Locale.ROOT);
        String tod = m.group("tod");
        if (d.equals("last") && !tod.equalsIgnoreCase("night")) {
            return null;
        }
        int days = d.equals("yesterday") || d.equals("last") ? -1 : d.equals("tomorrow") ? 1 : 0;
        String pm = group(m, "pm");
        String p = pm != null ? pm.toLowerCase(Locale.ROOT) : d;
        String mod = p.startsWith("early") ? "START" : p.startsWith("late") ? "END" : p.equals("mid") ? "MID" : null;
        String code = partOfDayCode(tod);
        if (day == null) {
            return onDayAbout(m, in, mod, code);
        }
        return make(m, in, Timex.TIME, mod, Parts.NONE, (ctx, self) -> fromDct(ctx, days, code));
    }

    /** The part of the day {@code code} (MO, NI, …) on the day the text is about, where no day is named. */
    private static Candidate onDayAbout(Matcher m, Input in, String mod, String code) {
        return make(m, in, Timex.TIME, mod, Parts.NONE, (ctx, self) -> {
            LocalDate ref = ctx.findDayReference().orElse(null);
            if (ref == null) {
                return new Resolution("XXXX-XX-XXT" + code, 0.4);
            }
            return new Resolution(Granularity.DAY.format(ref) + "T" + code, 0.6);
        });
    }

    static Candidate clockPartOfDay(Matcher m, Input in) {
        String hw = m.group("h");
        int h = Character.isDigit(hw.charAt(0)) ? Integer.parseInt(hw) : NUMBERS.get(hw.toLowerCase(Locale.ROOT));
        if (h < 1 || h > 12) {
            return null;
        }
        String tod = m.group("tod").toLowerCase(Locale.ROOT);
        boolean pm = switch (tod) {
            case "morning" -> false;
            case "afternoon", "evening" -> true;
            default -> h >= 6 && h != 12; // "ten at night" is 22:00, "two at night" 02:00
        };
        h = h % 12 + (pm ? 12 : 0);
        String mi = group(m, "mi");
        String hm = hourMinute(h, mi == null ? 0 : Integer.parseInt(mi));
        return make(m, in, Timex.TIME, null, Parts.NONE, (ctx, self) -> clockOn(ctx, hm));
    }

    static Candidate overnight(Matcher m, Input in) {
        return onDayAbout(m, in, null, "NI");
    }
}
