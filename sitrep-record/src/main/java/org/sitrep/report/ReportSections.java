package org.sitrep.report;

/**
 * What every rendering of a {@link SituationReport} agrees on: which sections a report has (none is shown empty),
 * and their headings by what the subject is ("What Tony Blair said" for a person, "Timeline" for a mission).
 *
 * <p>Thread safety: stateless. Failure: never throws for a report, however empty.
 */
final class ReportSections {
    private ReportSections() {
    }

    /** Whether the report holds nothing but its subject: no fact, no quote. */
    static boolean isEmpty(SituationReport r) {
        return !hasCurrentState(r) && r.timeline().isEmpty() && r.commitments().isEmpty() && r.positions().isEmpty()
                && r.quotes().isEmpty() && r.conflicts().isEmpty();
    }

    /** Whether the "current state" section has anything to show; a mission always shows it, its gaps said. */
    static boolean hasCurrentState(SituationReport r) {
        SituationReport.CurrentState c = r.current();
        boolean any = !c.strength().current().isEmpty() || !c.targets().isEmpty() || c.mandate() != null
                || !c.funding().isEmpty();
        return any;
    }

    /** The timeline's heading: a person's or a country's is what they took part in. */
    static String timelineHeading(SituationReport r) {
        return switch (r.subject().type()) {
            case SituationReport.PERSON, SituationReport.COUNTRY, SituationReport.ORGANIZATION ->
                    "Timeline: what " + r.subject().name() + " did and took part in";
            default -> "Timeline";
        };
    }

    /** The quotes' heading. */
    static String quotesHeading(SituationReport r) {
        return switch (r.subject().type()) {
            case SituationReport.PERSON -> "What " + r.subject().name() + " said";
            case SituationReport.COUNTRY, SituationReport.ORGANIZATION -> "What " + r.subject().name()
                    + " and its people said";
            default -> "Notable quotes";
        };
    }

    /** ", on X, 2024-11-08": where and when a quote was said, when the text says; empty otherwise. */
    static String saidWhere(SituationReport.QuoteItem q) {
        return (q.channel() == null ? "" : ", " + q.channel()) + (q.date() == null ? "" : ", " + q.date());
    }
}
