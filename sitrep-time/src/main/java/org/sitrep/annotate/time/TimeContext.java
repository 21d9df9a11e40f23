package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The anchors against which one document's temporal expressions are normalized: the document creation time (DCT),
 * the last explicit date the text set (the reference time for "two days later"), the last quarter mentioned, and
 * whether the sentence being read mentions a quarter.
 *
 * <p>Thread safety: not thread-safe; one instance serves one document on one thread.
 */
final class TimeContext {
    /** The tense a sentence is told in, as far as cue words show it. */
    enum Tense { PAST, PRESENT, FUTURE }

    private final LocalDate dct;
    private final Granularity dctPrecision;
    private LocalDate reference;
    private Granularity referencePrecision;
    private LocalDate lastQuarter;
    private boolean sentenceMentionsQuarter;
    private LocalDate sentenceAnchor;
    private Granularity sentenceAnchorPrecision;
    private int sentenceIndex;
    private int lastQuarterSentence = Integer.MIN_VALUE / 2;

    /**
     * @param dct the document creation time, or null when unknown
     * @param dctPrecision how finely the DCT is known (DAY, MONTH or YEAR)
     */
    TimeContext(LocalDate dct, Granularity dctPrecision) {
        this.dct = dct;
        this.dctPrecision = dct == null ? null : dctPrecision;
        this.reference = dct;
        this.referencePrecision = this.dctPrecision;
    }

    /** The document creation time, the anchor of deictic expressions ("today", "last Friday"); empty when unknown. */
    Optional<LocalDate> findDct() {
        return Optional.ofNullable(dct);
    }

    Granularity dctPrecision() {
        return dctPrecision;
    }

    /** The anchor for a bare month or day: a month or day this sentence set explicitly ("said in September 2024
     * that ... by January"), else the DCT. A bare year is too coarse to anchor on, and a date more than a year before
     * the DCT does not anchor an expression that points ahead ("joined in July 1997, will join on March 12"). */
    Optional<LocalDate> findCalendarAnchor(Tense leaning) {
        if (sentenceAnchor == null || (dct != null && (sentenceAnchorPrecision == Granularity.YEAR
                || leaning == Tense.FUTURE && sentenceAnchor.isBefore(dct.minusYears(1))))) {
            return Optional.ofNullable(dct);
        }
        return Optional.of(sentenceAnchor);
    }

    /** The reference time for anaphoric expressions ("two days later"): the last explicit date, else the DCT. */
    Optional<LocalDate> findReference() {
        return Optional.ofNullable(reference);
    }

    /** The reference time where it is known to the day; empty where it is unknown or known only more coarsely. */
    Optional<LocalDate> findDayReference() {
        return referencePrecision == Granularity.DAY ? Optional.ofNullable(reference) : Optional.empty();
    }

    Granularity referencePrecision() {
        return referencePrecision;
    }

    void setReference(LocalDate date, Granularity precision) {
        this.reference = date;
        this.referencePrecision = precision;
    }

    /** Sets the reference from a date written with its year, which also anchors bare months later in the sentence. */
    void setExplicitReference(LocalDate date, Granularity precision) {
        setReference(date, precision);
        this.sentenceAnchor = date;
        this.sentenceAnchorPrecision = precision;
    }

    Optional<LocalDate> findLastQuarter() {
        return Optional.ofNullable(lastQuarter);
    }

    void setLastQuarter(LocalDate quarterStart) {
        this.lastQuarter = quarterStart;
        this.lastQuarterSentence = sentenceIndex;
    }

    /** Whether a quarter is under discussion: one was named in this sentence or in the four before it. */
    boolean quarterInFocus() {
        return lastQuarter != null && (sentenceMentionsQuarter || sentenceIndex - lastQuarterSentence <= 4);
    }

    void startSentence(boolean mentionsQuarter) {
        this.sentenceMentionsQuarter = mentionsQuarter;
        this.sentenceAnchor = null;
        this.sentenceIndex++;
    }

    /** The precision a value derived from the DCT can honestly have: never finer than the DCT itself. */
    Granularity capByDct(Granularity wanted) {
        return dctPrecision == null ? wanted : Granularity.coarser(wanted, dctPrecision);
    }

    static LocalDate quarterStart(LocalDate d) {
        int q = d.get(IsoFields.QUARTER_OF_YEAR);
        return LocalDate.of(d.getYear(), (q - 1) * 3 + 1, 1);
    }

    /** The weekday nearest {@code anchor} in the direction the tense points: on or before for the past and present,
     * on or after for the future. */
    static LocalDate nearestWeekday(LocalDate anchor, DayOfWeek dow, Tense tense) {
        LocalDate before = anchor.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = anchor.with(TemporalAdjusters.nextOrSame(dow));
        return switch (tense) {
            case FUTURE -> after;
            case PAST -> before;
            case PRESENT -> java.time.temporal.ChronoUnit.DAYS.between(before, anchor)
                    <= java.time.temporal.ChronoUnit.DAYS.between(anchor, after) ? before : after;
        };
    }
}
