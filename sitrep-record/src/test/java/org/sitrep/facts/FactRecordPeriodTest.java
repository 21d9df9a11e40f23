package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.facts.StoredFacts.funding;
import static org.sitrep.facts.StoredFacts.meeting;
import static org.sitrep.facts.StoredFacts.reportedStrength;
import static org.sitrep.facts.StoredFacts.strength;
import static org.sitrep.facts.StoredFacts.target;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Fact;
import org.sitrep.facts.FactRecord.Claim;
import org.sitrep.facts.FactRecord.CommitmentStatus;
import org.sitrep.facts.FactRecord.Conflict;
import org.sitrep.facts.FactRecord.SlotHistory;
import org.sitrep.facts.FactRecord.Status;
import org.sitrep.store.StoredFact;

/**
 * Conflicts, merges and commitments over periods: a month and a day in it, figures dated only by publication,
 * rounding. The figures and sources are made up.
 */
class FactRecordPeriodTest {

    private static final FactRecord.Slot STRENGTH =
            new FactRecord.Slot("mss", Fact.STRENGTH, "strength", "personnel");

    private static List<String> sourcesOf(Conflict c) {
        return c.claims().stream().flatMap(cl -> cl.sources().stream()).map(FactRecord.Source::source).toList();
    }

    @Test
    void aMonthAndADayInItAreOnePeriodSoDifferentFiguresFromTwoSourcesConflict() {
        List<StoredFact> facts = List.of(strength("430", false, "2024-08", "wire-x", "2024-09-02"),
                strength("610", false, "2024-08-15", "wire-y", "2024-08-16"));
        assertThat(FactRecord.conflicts(facts)).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2024-08");
            assertThat(c.claims()).extracting(Claim::value).containsExactly("430", "610");
            assertThat(c.claims()).extracting(Claim::asOf).containsExactly("2024-08", "2024-08-15");
            assertThat(sourcesOf(c)).containsExactlyInAnyOrder("wire-x", "wire-y");
            assertThat(c.isDatedByPublication()).isFalse();
        });
        SlotHistory h = FactRecord.findHistory(facts, STRENGTH).orElseThrow();
        assertThat(h.contested()).isTrue();
        assertThat(h.current()).extracting(Claim::value).containsExactly("430", "610");
    }

    @Test
    void twoDaysOfOneMonthStatedByTheTextAreAChangeNotAConflict() {
        List<StoredFact> facts = List.of(strength("430", false, "2024-08-03", "wire-x", "2024-08-04"),
                strength("610", false, "2024-08-21", "wire-y", "2024-08-22"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
        SlotHistory h = FactRecord.findHistory(facts, STRENGTH).orElseThrow();
        assertThat(h.findLatest()).get().extracting(Claim::value).isEqualTo("610");
        assertThat(h.superseded()).extracting(Claim::value).containsExactly("430");
    }

    @Test
    void figuresReportedOnlyOnPublicationInTheSameMonthConflict() {
        List<StoredFact> facts = List.of(reportedStrength("700", "paper-p", "2025-02-04"),
                reportedStrength("950", "paper-q", "2025-02-26"));
        assertThat(FactRecord.conflicts(facts)).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2025-02");
            assertThat(c.isDatedByPublication()).isTrue();
            assertThat(c.claims()).extracting(Claim::value).containsExactly("700", "950");
            assertThat(c.claims()).allSatisfy(cl -> assertThat(cl.isDatedByPublication()).isTrue());
            assertThat(sourcesOf(c)).containsExactly("paper-p", "paper-q");
        });
        assertThat(FactRecord.findHistory(facts, STRENGTH).orElseThrow().contested()).isTrue();
    }

    @Test
    void figuresReportedInDifferentMonthsSupersedeInsteadOfConflicting() {
        List<StoredFact> facts = List.of(reportedStrength("700", "paper-p", "2025-02-27"),
                reportedStrength("950", "paper-q", "2025-03-02"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
        assertThat(FactRecord.findHistory(facts, STRENGTH).orElseThrow().findLatest()).get()
                .extracting(Claim::value).isEqualTo("950");
    }

    @Test
    void aFigureReportedOnPublicationDoesNotConflictWithAnotherDayTheTextStates() {
        List<StoredFact> facts = List.of(strength("700", false, "2025-02-03", "wire-x", "2025-02-05"),
                reportedStrength("950", "paper-q", "2025-02-26"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void figuresThatDifferOnlyByRoundingDoNotConflictButLargerGapsDo() {
        List<StoredFact> rounded = List.of(strength("1000", false, "2025-04-10", "wire-x", "2025-04-10"),
                strength("1004", false, "2025-04-10", "wire-y", "2025-04-11"));
        assertThat(FactRecord.conflicts(rounded)).isEmpty();
        assertThat(FactRecord.findHistory(rounded, STRENGTH).orElseThrow().contested()).isFalse();

        List<StoredFact> apart = List.of(strength("1000", false, "2025-04-10", "wire-x", "2025-04-10"),
                strength("1006", false, "2025-04-10", "wire-y", "2025-04-11"));
        assertThat(FactRecord.conflicts(apart)).singleElement().extracting(Conflict::claims)
                .asList().hasSize(2);
    }

    @Test
    void oneDocumentTellingTwoFiguresForTheSamePeriodIsNoConflict() {
        List<StoredFact> facts = List.of(strength("430", false, "2024-08", "wire-x", "2024-09-02"),
                strength("610", false, "2024-08-15", "wire-x", "2024-09-02"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void eventsNeverConflict() {
        List<StoredFact> facts = List.of(meeting("meeting", "2025-05-06", "wire-x", "2025-05-06"),
                meeting("call", "2025-05-06", "wire-y", "2025-05-07"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void oneContributorsFrozenAmountReportedAsTwoAmountsConflicts() {
        List<StoredFact> facts = List.of(funding("paused", "united-states", "12000000", "paper-p", "2025-03-03"),
                funding("paused", "united-states", "9500000", "paper-q", "2025-03-19"),
                funding("pledged", "united-states", "40000000", "paper-r", "2025-03-12"));
        assertThat(FactRecord.conflicts(facts)).singleElement().satisfies(c -> {
            assertThat(c.slot().predicate()).isEqualTo("paused");
            assertThat(c.claims()).extracting(Claim::value).containsExactlyInAnyOrder("12000000", "9500000");
            assertThat(sourcesOf(c)).containsExactlyInAnyOrder("paper-p", "paper-q");
        });
    }

    @Test
    void twoContributorsWithDifferentAmountsDoNotConflict() {
        List<StoredFact> facts = List.of(funding("pledged", "canada", "12000000", "paper-p", "2025-03-03"),
                funding("pledged", "united-states", "9500000", "paper-q", "2025-03-19"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void twoCountriesPromisingDifferentNumbersDoNotConflict() {
        List<StoredFact> facts = List.of(target("1000", "2025-06", "kenya", "2025-01-15", "wire-x", "2025-01-15"),
                target("150", "2025-06", "benin", "2025-01-15", "wire-y", "2025-01-16"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void aFigureGivenForAMonthAndForADayInItIsOneClaimAtTheDayWithBothSources() {
        List<StoredFact> facts = List.of(strength("520", false, "2024-10", "wire-x", "2024-11-01"),
                strength("520", false, "2024-10-09", "wire-y", "2024-10-10"));
        assertThat(FactRecord.merge(facts)).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2024-10-09");
            assertThat(c.fact().asOf()).isEqualTo("2024-10-09");
            assertThat(c.sources()).extracting(FactRecord.Source::source).containsExactly("wire-y", "wire-x");
        });
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void aboutAFigureAndTheFigureExactlyAreOneClaimToldExactly() {
        List<StoredFact> facts = List.of(strength("520", true, "2024-10-09", "wire-x", "2024-10-09"),
                strength("520", false, "2024-10-09", "wire-y", "2024-10-10"));
        assertThat(FactRecord.merge(facts)).singleElement().satisfies(c -> {
            assertThat(c.sources()).extracting(FactRecord.Source::source).containsExactly("wire-x", "wire-y");
            assertThat(c.fact().qualifiers()).containsEntry("approximate", "false");
        });
    }

    @Test
    void closeButDifferentNumbersStayTwoClaimsWithoutAConflict() {
        List<StoredFact> facts = List.of(strength("520", true, "2024-10-09", "wire-x", "2024-10-09"),
                strength("522", false, "2024-10-09", "wire-y", "2024-10-10"));
        assertThat(FactRecord.merge(facts)).extracting(Claim::value).containsExactly("520", "522");
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void aFigureDatedInsideTheDueMonthCountsForTheCommitment() {
        List<StoredFact> facts = List.of(target("1200", "2025-03", "kenya", "2024-12-02", "wire-x", "2024-12-02"),
                strength("1240", false, "2025-03-18", "wire-y", "2025-03-19"));
        assertThat(FactRecord.commitments(facts, null)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.MET);
            assertThat(s.evidence()).extracting(Claim::value).containsExactly("1240");
        });
    }

    @Test
    void aShortFigureInsideTheDueMonthDecidesOnceTheMonthHasPassed() {
        List<StoredFact> facts = List.of(target("1200", "2025-01", "kenya", "2024-12-02", "wire-x", "2024-12-02"),
                strength("760", false, "2025-01-20", "wire-y", "2025-01-21"));
        assertThat(FactRecord.commitments(facts, "2025-01-25")).singleElement()
                .extracting(CommitmentStatus::status).isEqualTo(Status.PENDING);
        assertThat(FactRecord.commitments(facts, "2025-02-10")).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.NOT_MET);
            assertThat(s.evidence()).extracting(Claim::value).containsExactly("760");
            assertThat(s.explanation()).contains("760", "1200");
        });
    }

    @Test
    void aFigureBeforeTheDueMonthDoesNotDecideTheCommitment() {
        List<StoredFact> facts = List.of(target("1200", "2025-01", "kenya", "2024-12-02", "wire-x", "2024-12-02"),
                strength("1300", false, "2024-12-30", "wire-y", "2024-12-31"));
        assertThat(FactRecord.commitments(facts, "2025-02-10")).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.UNKNOWN);
            assertThat(s.evidence()).isEmpty();
        });
    }

    @Test
    void aFigureReportedOnPublicationInsideTheDueMonthCounts() {
        List<StoredFact> facts = List.of(target("1200", "2025-02", "kenya", "2024-12-02", "wire-x", "2024-12-02"),
                reportedStrength("800", "paper-q", "2025-02-26"));
        assertThat(FactRecord.commitments(facts, "2025-03-05")).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.NOT_MET);
            assertThat(s.commitment().slot().detail()).isEqualTo("personnel/kenya");
            assertThat(s.explanation()).endsWith("the latest: 800 reported on 2025-02-26");
        });
    }

    @Test
    void samePeriodMatchesAMonthWithItsDaysButNotTwoDaysOrAYearWithItsMonths() {
        assertThat(FactRecord.samePeriod("2024-08", "2024-08-15")).isTrue();
        assertThat(FactRecord.samePeriod("2024-08-15", "2024-08")).isTrue();
        assertThat(FactRecord.samePeriod("2024-08-15", "2024-08-15")).isTrue();
        assertThat(FactRecord.samePeriod("2024-08-15", "2024-08-16")).isFalse();
        assertThat(FactRecord.samePeriod("2024-08", "2024-09-01")).isFalse();
        assertThat(FactRecord.samePeriod("2024", "2024-08")).isFalse();
        assertThat(FactRecord.samePeriod(null, "2024-08")).isFalse();
    }
}
