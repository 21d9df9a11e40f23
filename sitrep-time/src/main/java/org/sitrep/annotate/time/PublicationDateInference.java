package org.sitrep.annotate.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.time.Candidate.Parts;
import org.sitrep.annotate.time.TimeContext.Tense;
import org.sitrep.doc.Published;

/**
 * Infers when a text was published from the dates it mentions, when no date was given.
 *
 * <p>A weekday that agrees with a day and month ("Thursday, November 7") fixes the year up to a few candidates
 * (2019, 2024, 2030); the explicit years the text mentions narrow them: a date told in the past bounds publication
 * from below, a date the text looks ahead to ("through October 2, 2025", "by 2030") bounds it from above. The
 * publication is on or after the latest dated past event, so it is given at month precision. Where no inference
 * holds, the answer is empty: never today's date.
 *
 * <p>Thread safety: stateless.
 */
final class PublicationDateInference {
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2100;

    /** The inferred publication and the day to anchor normalization on. */
    record Inferred(Published published, LocalDate anchor) {
    }

    private PublicationDateInference() {
    }

    static Optional<Inferred> infer(List<Candidate> candidates) {
        LocalDate lower = null;
        LocalDate upper = null;
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (p.year() == null || p.twoDigitYear()) {
                continue;
            }
            LocalDate start = LocalDate.of(p.year(), p.month() == null ? 1 : p.month(),
                    p.day() != null && p.month() != null && TimexGrammar.isValidDate(p.year(), p.month(), p.day())
                            ? p.day() : 1);
            if (c.leaning() == Tense.FUTURE) {
                if (upper == null || start.isBefore(upper)) {
                    upper = start;
                }
            } else if (c.leaning() == Tense.PAST) {
                if (lower == null || start.isAfter(lower)) {
                    lower = start;
                }
            }
        }
        if (lower != null && upper != null && !lower.isBefore(upper)) {
            upper = null; // contradictory cues: trust the past
        }
        LocalDate best = null;
        int bounds = (lower != null ? 1 : 0) + (upper != null ? 1 : 0);
        for (Candidate c : candidates) {
            Parts p = c.parts();
            if (p.year() != null || p.weekday() == null || p.month() == null || p.day() == null
                    || p.twoDigitYear()) {
                continue;
            }
            Optional<LocalDate> fixed = fixYear(p.month(), p.day(), p.weekday(), lower, upper);
            if (fixed.isPresent() && (best == null || fixed.get().isAfter(best))) {
                best = fixed.get();
            }
        }
        if (best == null || bounds == 0) {
            return Optional.empty();
        }
        LocalDate latest = lower != null && lower.isAfter(best) ? lower : best;
        String month = Granularity.MONTH.format(latest);
        double confidence = bounds == 2 ? 0.75 : 0.55;
        return Optional.of(new Inferred(new Published(month, Published.Basis.INFERRED, confidence), latest));
    }

    /**
     * The year in which {@code month}/{@code day} fell on {@code weekday} that the bounds allow: the earliest one on
     * or after the lower bound, else the latest one before the upper bound.
     */
    static Optional<LocalDate> fixYear(int month, int day, int weekday, LocalDate lower, LocalDate upper) {
        if (lower == null && upper == null) {
            return Optional.empty();
        }
        LocalDate found = null;
        for (int y = EARLIEST_YEAR; y <= LATEST_YEAR; y++) {
            if (!TimexGrammar.isValidDate(y, month, day)) {
                continue;
            }
            LocalDate d = LocalDate.of(y, month, day);
            if (d.getDayOfWeek().getValue() != weekday) {
                continue;
            }
            if (lower != null && d.isBefore(lower)) {
                continue;
            }
            if (upper != null && !d.isBefore(upper)) {
                continue;
            }
            if (lower != null) {
                // the earliest after the lower bound, and not far from it
                return d.getYear() - lower.getYear() <= 6 ? Optional.of(d) : Optional.empty();
            }
            found = d;
        }
        if (found != null && upper.getYear() - found.getYear() > 6) {
            return Optional.empty();
        }
        return Optional.ofNullable(found);
    }
}
