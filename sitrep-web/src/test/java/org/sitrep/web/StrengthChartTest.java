package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.report.SituationReport;
import org.sitrep.report.SituationReport.Item;
import org.sitrep.report.SituationReport.SourceRef;

/** The strength chart's layout, on reports we wrote. */
class StrengthChartTest {
    private static final SourceRef DAILY = new SourceRef("d1", "https://daily.example/a", "Daily Courier", "2025-01-21");
    private static final SourceRef WIRE = new SourceRef("d2", "https://wire.example/b", "Harbour Wire", "2025-01-22");
    private static final SourceRef POST = new SourceRef("d3", "https://post.example/c", "Evening Post", "2025-01-23");

    private static Item strength(String date, String value, SourceRef source) {
        return new Item(date, SituationReport.STATED, "strength", "strength", value, value + " officers",
                Map.of(), "", List.of(source));
    }

    private static Item mandate(String date, String value, Map<String, String> details) {
        return new Item(date, SituationReport.STATED, "mandate", "extend", value, "the council extended the mandate",
                details, "", List.of(DAILY));
    }

    private static SituationReport report(List<Item> timeline, Item mandate) {
        return new SituationReport(SituationReport.VERSION, new SituationReport.Subject("force", "Force", SituationReport.MISSION, List.of(), List.of()),
                "2025-03-01", SituationReport.STATED,
                new SituationReport.CurrentState(new SituationReport.Strength(List.of(), false, List.of()), List.of(),
                        mandate, List.of()),
                timeline, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void twoFiguresForOneDateAreTwoPointsWithTheirSourcesAndTheLineDoesNotJumpBetweenThem() {
        StrengthChart c = StrengthChart.of(report(List.of(strength("2024-07-01", "400", DAILY),
                strength("2024-10-01", "600", DAILY), strength("2025-01-20", "1000", WIRE),
                strength("2025-01-20", "800", POST)), null));

        assertThat(c.points()).hasSize(4);
        List<StrengthChart.Point> conflicting = c.points().stream().filter(StrengthChart.Point::conflict).toList();
        assertThat(conflicting).hasSize(2);
        assertThat(conflicting.get(0).x()).isEqualTo(conflicting.get(1).x());
        assertThat(conflicting).extracting(StrengthChart.Point::label).anySatisfy(l -> assertThat(l)
                .contains("1000 officers").contains("Harbour Wire")).anySatisfy(l -> assertThat(l)
                .contains("800 officers").contains("Evening Post"));
        assertThat(conflicting).extracting(StrengthChart.Point::note).containsExactlyInAnyOrder(
                "1,000 · Harbour Wire", "800 · Evening Post");
        // the line joins the two dates with one figure and stops before the disputed date
        assertThat(c.lines()).hasSize(1);
        assertThat(c.lines().get(0).split(" ")).hasSize(2);
        int disputedX = conflicting.get(0).x();
        assertThat(c.lines().get(0)).doesNotContain(disputedX + ",");
    }

    @Test
    void theSameFigureFromTwoSourcesIsOnePointNamingBoth() {
        StrengthChart c = StrengthChart.of(report(List.of(strength("2024-07-01", "400", DAILY),
                strength("2024-07-01", "400", WIRE), strength("2024-10-01", "600", DAILY)), null));

        assertThat(c.points()).hasSize(2).noneMatch(StrengthChart.Point::conflict);
        assertThat(c.points().get(0).label()).contains("Daily Courier").contains("Harbour Wire");
        assertThat(c.lines()).hasSize(1);
    }

    @Test
    void theMandatesEndIsTheDecisionDayPlusItsPeriodWhenNoEndDateIsGiven() {
        StrengthChart c = StrengthChart.of(report(List.of(strength("2025-01-20", "1000", WIRE),
                strength("2025-06-01", "900", WIRE)), mandate("2025-09-30", "P12M", Map.of("period", "P12M"))));

        assertThat(c.mandateEnd()).isNotNull();
        assertThat(c.mandateEnd().label()).isEqualTo("mandate ends 2026-09-30 (12 months from 2025-09-30)");
        assertThat(c.mandateEnd().x1()).isEqualTo(c.axisRight()); // the latest date, so the plot's right edge
    }

    @Test
    void theMandatesEndIsItsUntilDateOrItsValueWhenThatIsADate() {
        assertThat(StrengthChart.findMandateEnd(mandate("2024-09-30", "2025-10-02", Map.of())))
                .map(StrengthChart.MandateEnd::label).contains("mandate ends 2025-10-02");
        assertThat(StrengthChart.findMandateEnd(mandate("2024-09-30", "P12M", Map.of("until", "2025-10-02"))))
                .map(StrengthChart.MandateEnd::label).contains("mandate ends 2025-10-02");
        assertThat(StrengthChart.findMandateEnd(mandate(null, "P12M", Map.of()))).isEmpty();
        assertThat(StrengthChart.findMandateEnd(mandate("2024-09", "P12M", Map.of()))).isEmpty();
    }
}
