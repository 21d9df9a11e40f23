package org.sitrep.facts;

import static org.assertj.core.api.Assertions.assertThat;
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

class FactRecordTest {

    private static final FactRecord.Slot STRENGTH =
            new FactRecord.Slot("mss", Fact.STRENGTH, "strength", "personnel");

    @Test
    void aLaterFigureSupersedesAnEarlierOneAndTheHistoryIsKept() {
        List<StoredFact> facts = List.of(strength("400", "2024-11-07", "a", "2024-11-07"),
                strength("1000", "2025-03-01", "b", "2025-03-01"));
        SlotHistory h = FactRecord.findHistory(facts, STRENGTH).orElseThrow();
        assertThat(h.findLatest()).get().extracting(Claim::value).isEqualTo("1000");
        assertThat(h.history()).extracting(Claim::value).containsExactly("400", "1000");
        assertThat(h.superseded()).extracting(Claim::value).containsExactly("400");
        assertThat(h.contested()).isFalse();
    }

    @Test
    void officersAndTroopsFillTheSameStrengthSlot() {
        assertThat(FactRecord.slotOf(new Fact(0, 1, Fact.STRENGTH, "mss", "strength", "5", "2025",
                java.util.Map.of("unit", "troop"), "x", 1))).isEqualTo(STRENGTH);
    }

    @Test
    void twoSourcesWithDifferentFiguresForTheSameDateConflictAndBothAreKept() {
        List<StoredFact> facts = List.of(strength("400", "2024-11-07", "a", "2024-11-07"),
                strength("600", "2024-11-07", "b", "2024-11-08"));
        List<Conflict> conflicts = FactRecord.conflicts(facts);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2024-11-07");
            assertThat(c.claims()).extracting(Claim::value).containsExactly("400", "600");
            assertThat(c.claims()).flatExtracting(Claim::sources).extracting(FactRecord.Source::source)
                    .containsExactlyInAnyOrder("a", "b");
        });
        SlotHistory h = FactRecord.findHistory(facts, STRENGTH).orElseThrow();
        assertThat(h.contested()).isTrue();
        assertThat(h.findLatest()).isEmpty();
    }

    @Test
    void theSameFactFromSeveralSourcesIsMergedKeepingEverySource() {
        List<StoredFact> facts = List.of(strength("400", "2024-11-07", "a", "2024-11-07"),
                strength("400", "2024-11-07", "b", "2024-11-09"),
                strength("400", "2024-11-07", "a", "2024-11-07"));
        assertThat(FactRecord.merge(facts)).singleElement().satisfies(c ->
                assertThat(c.sources()).extracting(FactRecord.Source::source).containsExactly("a", "b"));
        assertThat(FactRecord.conflicts(facts)).isEmpty();
    }

    @Test
    void aCommitmentIsNotMetWhenFiguresAfterItsDeadlineFallShort() {
        List<StoredFact> facts = List.of(target("2500", "2025-01", "2024-11-07", "a", "2024-11-07"),
                strength("400", "2024-11-07", "a", "2024-11-07"),
                strength("1000", "2025-03-01", "b", "2025-03-01"));
        List<CommitmentStatus> statuses = FactRecord.commitments(facts, null);
        assertThat(statuses).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.NOT_MET);
            assertThat(s.due()).isEqualTo("2025-01");
            assertThat(s.checkedAsOf()).isEqualTo("2025-03-01");
            assertThat(s.checkedAsOfBasis()).isEqualTo("latest-in-record");
            assertThat(s.evidence()).extracting(Claim::value).containsExactly("1000");
            assertThat(s.explanation()).contains("1000", "2500");
        });
    }

    @Test
    void aCommitmentIsMetWhenAFigureAfterTheDeadlineReachesTheTarget() {
        List<StoredFact> facts = List.of(target("2500", "2025-01", "2024-11-07", "a", "2024-11-07"),
                strength("2600", "2025-02-10", "b", "2025-02-10"));
        assertThat(FactRecord.commitments(facts, null)).singleElement()
                .extracting(CommitmentStatus::status).isEqualTo(Status.MET);
    }

    @Test
    void aCommitmentIsPendingUntilTheRecordPassesItsDeadlineWhateverTodayIs() {
        List<StoredFact> facts = List.of(target("2500", "2025-01", "2024-11-07", "a", "2024-11-07"),
                strength("400", "2024-11-07", "a", "2024-11-07"));
        assertThat(FactRecord.commitments(facts, null)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.PENDING);
            assertThat(s.checkedAsOf()).isEqualTo("2024-11-07");
        });
        assertThat(FactRecord.commitments(facts, "2025-01-31")).singleElement()
                .extracting(CommitmentStatus::status).isEqualTo(Status.PENDING);
    }

    @Test
    void aCommitmentIsUnknownWhenNoFigureFollowsItsDeadline() {
        List<StoredFact> facts = List.of(target("2500", "2025-01", "2024-11-07", "a", "2024-11-07"),
                strength("400", "2024-11-07", "a", "2024-11-07"));
        assertThat(FactRecord.commitments(facts, "2025-06-01")).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.UNKNOWN);
            assertThat(s.checkedAsOfBasis()).isEqualTo("given");
        });
    }

    @Test
    void theSameCommitmentReportedOnTwoDatesIsCheckedOnceWithBothSources() {
        List<StoredFact> facts = List.of(target("2500", "2025-01", "2024-09-20", "a", "2024-09-20"),
                target("2500", "2025-01", "2024-11-07", "b", "2024-11-07"),
                strength("800", "2025-02-01", "c", "2025-02-01"));
        assertThat(FactRecord.commitments(facts, null)).singleElement().satisfies(s ->
                assertThat(s.commitment().sources()).extracting(FactRecord.Source::source).containsExactly("a", "b"));
    }

    @Test
    void whatTheRecordHeldOnADateLeavesOutLaterFacts() {
        List<StoredFact> facts = List.of(strength("400", "2024-11-07", "a", "2024-11-07"),
                strength("1000", "2025-03-01", "b", "2025-03-01"));
        assertThat(FactRecord.heldOn(facts, "2024-12-31")).extracting(sf -> sf.fact().value()).containsExactly("400");
    }
}
