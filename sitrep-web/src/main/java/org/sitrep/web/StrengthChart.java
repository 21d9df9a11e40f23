package org.sitrep.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.report.SituationReport;

/**
 * The subject's strength over time against its targets, with the mandate's end marked, laid out as an SVG chart
 * drawn on the server: no script and no chart library reach the browser. Coordinates are computed here; the
 * template only writes them out (escaped).
 *
 * @param width SVG width in pixels
 * @param height SVG height in pixels
 * @param line the strength points as an SVG polyline {@code points} attribute
 * @param points each strength figure
 * @param targets a horizontal rule per numeric target
 * @param mandateEnd a vertical rule at the mandate's end, or null when the record has none
 * @param xTicks date labels along the bottom
 * @param yTicks value labels along the left
 * @param empty whether the record holds no dated strength figure
 *
 * <p>Thread safety: immutable.
 */
record StrengthChart(int width, int height, String line, List<Point> points, List<Rule> targets, Rule mandateEnd,
        List<Tick> xTicks, List<Tick> yTicks, boolean empty) {
    static final int W = 720;
    static final int H = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    /** One strength figure: where it is drawn and what it says. */
    record Point(int x, int y, String label) {
    }

    /** A rule across the plot: a target (horizontal) or a date (vertical). */
    record Rule(int x1, int y1, int x2, int y2, String label, int labelX, int labelY) {
    }

    record Tick(int x, int y, String label) {
    }

    static StrengthChart of(SituationReport report) {
        record Figure(LocalDate date, double value, String label) {
        }
        List<Figure> figures = new ArrayList<>();
        for (SituationReport.Item i : report.timeline()) {
            if (i.kind().equals("strength")) {
                Optional<LocalDate> d = day(i.date());
                Optional<Double> v = number(i.value());
                if (d.isPresent() && v.isPresent()) {
                    figures.add(new Figure(d.get(), v.get(), i.date() + ": " + i.summary()));
                }
            }
        }
        figures.sort(java.util.Comparator.comparing(Figure::date));
        List<Figure> targets = new ArrayList<>();
        for (SituationReport.Item t : report.current().targets()) {
            number(t.value()).ifPresent(v -> targets.add(new Figure(null, v, t.summary())));
        }
        Optional<LocalDate> mandateEnd = Optional.empty();
        String mandateLabel = null;
        if (report.current().mandate() != null) {
            SituationReport.Item m = report.current().mandate();
            String until = m.details().getOrDefault("until", m.value());
            mandateEnd = day(until);
            mandateLabel = "mandate ends " + until;
        }
        if (figures.isEmpty()) {
            return new StrengthChart(W, H, "", List.of(), List.of(), null, List.of(), List.of(), true);
        }
        LocalDate first = figures.get(0).date();
        LocalDate last = figures.get(figures.size() - 1).date();
        if (mandateEnd.isPresent() && mandateEnd.get().isAfter(last)) {
            last = mandateEnd.get();
        }
        if (mandateEnd.isPresent() && mandateEnd.get().isBefore(first)) {
            first = mandateEnd.get();
        }
        if (!last.isAfter(first)) {
            first = first.minusDays(15);
            last = last.plusDays(15);
        }
        double max = 0;
        for (Figure f : figures) {
            max = Math.max(max, f.value());
        }
        for (Figure t : targets) {
            max = Math.max(max, t.value());
        }
        max = niceCeiling(max);
        long span = last.toEpochDay() - first.toEpochDay();
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        LocalDate origin = first;
        double top = max;
        java.util.function.ToIntFunction<LocalDate> xOf = d -> LEFT
                + (int) Math.round((d.toEpochDay() - origin.toEpochDay()) * plotW / (double) span);
        java.util.function.DoubleToIntFunction yOf = v -> TOP + (int) Math.round(plotH - v * plotH / top);

        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Figure f : figures) {
            Point p = new Point(xOf.applyAsInt(f.date()), yOf.applyAsInt(f.value()), f.label());
            points.add(p);
            line.append(line.length() == 0 ? "" : " ").append(p.x()).append(',').append(p.y());
        }
        List<Rule> targetRules = new ArrayList<>();
        for (Figure t : targets) {
            int y = yOf.applyAsInt(t.value());
            targetRules.add(new Rule(LEFT, y, W - RIGHT, y, t.label(), LEFT + 4, y - 4));
        }
        Rule mandate = null;
        if (mandateEnd.isPresent()) {
            int x = xOf.applyAsInt(mandateEnd.get());
            mandate = new Rule(x, TOP, x, H - BOTTOM, mandateLabel, x - 4, TOP + 12);
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            yTicks.add(new Tick(LEFT - 6, yOf.applyAsInt(v), String.format(Locale.ROOT, "%,.0f", v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        for (int i = 0; i <= 4; i++) {
            LocalDate d = first.plusDays(Math.round(span * i / 4.0));
            xTicks.add(new Tick(xOf.applyAsInt(d), H - BOTTOM + 18, d.format(fmt)));
        }
        return new StrengthChart(W, H, line.toString(), points, targetRules, mandate, xTicks, yTicks, false);
    }

    /** The bottom of the plot, where the x axis is drawn. */
    int axisY() {
        return H - BOTTOM;
    }

    int axisLeft() {
        return LEFT;
    }

    int axisRight() {
        return W - RIGHT;
    }

    int axisTop() {
        return TOP;
    }

    private static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= v * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static Optional<LocalDate> day(String timeml) {
        if (timeml == null) {
            return Optional.empty();
        }
        try {
            if (timeml.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(timeml));
            }
            if (timeml.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(timeml + "-01"));
            }
            if (timeml.matches("\\d{4}")) {
                return Optional.of(LocalDate.parse(timeml + "-01-01"));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Double> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(value.replace(",", "").strip());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
