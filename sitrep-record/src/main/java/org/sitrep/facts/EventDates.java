package org.sitrep.facts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.doc.Timex;

/**
 * The date of an event a sentence tells: the sentence's own date (a time of day on a date, "this morning", counts
 * as that date); else, for a sentence that goes on with the story the previous one dated ("the operation", "the
 * attack", "the deal"), that sentence's date. Stateless helpers over one {@link DocumentView}.
 */
final class EventDates {

    /** A definite reference back to an event already told: "the operation, which killed ...", "the deal was signed". */
    private static final Pattern GOES_ON = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:\\w+\\s+)?(?:operation|"
            + "attack|raid|ambush|bombing|blast|crash|incident|fighting|clash(?:es)?|assault|explosion|offensive|"
            + "deal|accord|agreement|ceremony|meeting|talks)\\b");

    /** An open relative clause just before a date: ", who is in Rome today". */
    /** Words that open another clause after an event's cue: what its dates date is something else. */
    private static final Pattern NEW_CLAUSE = Pattern.compile("(?i)\\b(?:that|told|said|says|saying|but|while|whereas|"
            + "although|because|which|who)\\b|;");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i),\\s+(?:who|which|where)\\b[^,]*$");

    private EventDates() {
    }

    /** The calendar date a timex value names, a time of day on a day included ("2006-05-26TMO"), or empty. */
    static Optional<String> calendar(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? value.substring(0, 10) : value;
        return DocumentView.isCalendar(v) ? Optional.of(v) : Optional.empty();
    }

    /**
     * The sentence's own date for what it reports: its first calendar date that is no deadline or end of a period;
     * never the date a quote in it was said, which is the telling's, not the event's.
     */
    static Optional<String> own(DocumentView v, Span s) {
        return firstDate(v, s, t -> true);
    }

    /** The first calendar date of {@code s} that is no deadline nor end of a period, among those {@code keep} takes. */
    private static Optional<String> firstDate(DocumentView v, Span s, java.util.function.Predicate<Timex> keep) {
        for (Timex t : v.timesIn(s)) {
            if ((Timex.DATE.equals(t.type()) || Timex.TIME.equals(t.type())) && !v.isDeadline(t) && !v.isUntil(t)
                    && keep.test(t)) {
                Optional<String> c = calendar(t.value());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date of an event whose cue is at {@code [cueStart, cueEnd)}: the sentence's own date, leaving out a date
     * in another clause after the cue ("during a visit to London, told Reuters that in February ...") or in a
     * relative clause before the cue ("Funaro, who is in Rome today, ... completed a trip to ..."), which date
     * something else.
     */
    static Optional<String> ofCue(DocumentView v, Span s, int cueStart, int cueEnd) {
        return firstDate(v, s, t -> !(t.start() >= cueEnd && NEW_CLAUSE.matcher(v.textOf(cueEnd, t.start())).find()
                || t.start() < cueStart && RELATIVE_BEFORE.matcher(
                        v.textOf(Math.max(s.start(), t.start() - 60), t.start())).find()));
    }

    /** Whether the sentence names a date after the publication's after {@code from}: a plan ("talks next month"). */
    static boolean namesLaterDate(DocumentView v, Span s, int from) {
        for (Timex t : v.timesIn(s)) {
            if (t.start() >= from && Timex.DATE.equals(t.type()) && calendar(t.value())
                    .filter(d -> v.published != null && FactRecord.after(d, v.published)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date of the event sentence {@code index} tells: its own, else, when it refers back to an event ("the
     * operation"), the own date of one of the two sentences before it.
     */
    static Optional<String> of(DocumentView v, int index) {
        Sentence s = v.sentences.get(index);
        Optional<String> own = own(v, s);
        if (own.isPresent() || !GOES_ON.matcher(v.textOf(s.start(), s.end())).find()) {
            return own;
        }
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
            Sentence p = v.sentences.get(i);
            if (v.isTitle(p) || v.doc.isBoilerplate(p)) {
                continue;
            }
            Optional<String> d = own(v, p);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The day before {@code date} when it is a day; else the date unchanged. */
    static String dayBefore(String date) {
        try {
            return date != null && date.length() == 10 ? LocalDate.parse(date).minusDays(1).toString() : date;
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    /** The month {@code months} before {@code date} ("2014-10-04" less 15 months is "2013-07"), or null. */
    static String monthsBefore(String date, int months) {
        if (date == null || date.length() < 7) {
            return null;
        }
        try {
            return YearMonth.parse(date.substring(0, 7)).minusMonths(months).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a date is only a year and lies before the publication's year: an earlier story told as background. */
    static boolean isEarlierYear(String date, String published) {
        return date != null && date.length() == 4 && published != null && published.length() >= 4
                && date.compareTo(published.substring(0, 4)) < 0;
    }

    /** Whether a date lies after the publication's day: what is told for it is a plan, not an event. */
    static boolean isLater(Optional<String> date, String published) {
        // a day inside the month of a publication known only to the month is not later ("2024-11-07" in "2024-11")
        return date.isPresent() && published != null && FactRecord.after(date.get(), published);
    }
}
