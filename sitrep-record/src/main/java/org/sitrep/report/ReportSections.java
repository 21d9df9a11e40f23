package org.sitrep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every rendering of a {@link SituationReport} agrees on (text, Markdown, the web page): which sections a report
 * has (none is shown empty), and the headings that depend on what the subject is ("What Tony Blair said" for a
 * person, "Timeline" for a mission).
 *
 * <p>Thread safety: stateless. Failure: never throws for a report, however empty.
 */
public final class ReportSections {
    private ReportSections() {
    }

    /** Whether the report holds nothing but its subject: no fact, no quote. */
    public static boolean isEmpty(SituationReport r) {
        return !hasCurrentState(r) && r.timeline().isEmpty() && r.commitments().isEmpty() && r.positions().isEmpty()
                && r.quotes().isEmpty() && r.conflicts().isEmpty();
    }

    /** Whether the "current state" section has anything to show. */
    public static boolean hasCurrentState(SituationReport r) {
        SituationReport.CurrentState c = r.current();
        return !c.strength().current().isEmpty() || !c.targets().isEmpty() || c.mandate() != null
                || !c.funding().isEmpty();
    }

    /**
     * For a person, an organization or a country, what its timeline is: "what Kenya did and took part in"; empty for
     * a mission or another subject, whose timeline is just that.
     */
    public static Optional<String> findPartaking(SituationReport r) {
        return switch (r.subject().type()) {
            case SituationReport.PERSON, SituationReport.COUNTRY, SituationReport.ORGANIZATION ->
                    Optional.of("what " + r.subject().name() + " did and took part in");
            default -> Optional.empty();
        };
    }

    /** Whose quotes these are: "What Tony Blair said", "What Kenya and its people said"; empty for other subjects. */
    public static Optional<String> findSpeakers(SituationReport r) {
        return switch (r.subject().type()) {
            case SituationReport.PERSON -> Optional.of("What " + r.subject().name() + " said");
            case SituationReport.COUNTRY, SituationReport.ORGANIZATION ->
                    Optional.of("What " + r.subject().name() + " and its people said");
            default -> Optional.empty();
        };
    }

    /** The timeline's heading in the text and Markdown forms. */
    static String timelineHeading(SituationReport r) {
        return findPartaking(r).map(p -> "Timeline: " + p).orElse("Timeline");
    }

    /** The quotes' heading in the text and Markdown forms. */
    static String quotesHeading(SituationReport r) {
        return findSpeakers(r).orElse("Notable quotes");
    }

    /** Where and when a quote was said, when the text says: "X, 2024-11-08"; empty otherwise. */
    static String saidWhere(SituationReport.QuoteItem q) {
        List<String> parts = new ArrayList<>();
        if (q.channel() != null) {
            parts.add(q.channel());
        }
        if (q.date() != null) {
            // the day it was published may be only when it was told, not when it was said: "reported on"
            boolean publicationDay = !q.sources().isEmpty() && q.date().equals(q.sources().get(0).published());
            parts.add(publicationDay ? "reported on " + q.date() : q.date());
        }
        return String.join(", ", parts);
    }
}
