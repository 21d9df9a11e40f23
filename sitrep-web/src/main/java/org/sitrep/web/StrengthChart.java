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
 * <p>Each figure is a point labelled with its sources; sources giving the same figure for the same date share one
 * point. Where sources give different figures for one date, each is a point of its own marked as a conflict, and the
 * line breaks there rather than jump between them: it joins only dates with one figure. The mandate's end is its
 * {@code until} date, else its value when that is a date, else the decision's date plus its period ("P12M").
 *
 * @param width SVG width in pixels
 * @param height SVG height in pixels
 * @param lines the runs of the strength line, each an SVG polyline {@code points} attribute of two or more points
 * @param points each strength figure
 * @param targets a horizontal rule per numeric target
 * @param mandateEnd a vertical rule at the mandate's end, or null when the record has none
 * @param xTicks date labels along the bottom
 * @param yTicks value labels along the left
 * @param empty whether the record holds no dated strength figure
 *
 * <p>Thread safety: immutable.
 */
record StrengthChart(int width, int height, List<String> lines, List<Point> points, List<Rule> targets, Rule mandateEnd,
        List<Tick> xTicks, List<Tick> yTicks, boolean empty) {
    static final int W = 720;
    static final int H = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    /**
     * One strength figure: where it is drawn, what it says with its sources, and whether another source gives
     * another figure for the same date (then {@code note} is the figure and its first source, written beside it).
     */
    record Point(int x, int y, String label, boolean conflict, String note) {
    }

    /** A rule across the plot: a target (horizontal) or a date (vertical). */
    record Rule(int x1, int y1, int x2, int y2, String label, int labelX, int labelY) {
    }

    record Tick(int x, int y, String label) {
    }

    static StrengthChart of(SituationReport report) {
        record Figure(LocalDate date, double value, String label) {
        }
        // date -> figure -> the items giving it, in the timeline's order
        java.util.TreeMap<LocalDate, java.util.Map<Double, List<SituationReport.Item>>> byDate = new java.util.TreeMap<>();
        for (SituationReport.Item i : report.timeline()) {
            if (i.kind().equals("strength")) {
                Optional<LocalDate> d = day(i.date());
                Optional<Double> v = number(i.value());
                if (d.isPresent() && v.isPresent()) {
                    byDate.computeIfAbsent(d.get(), k -> new java.util.LinkedHashMap<>())
                            .computeIfAbsent(v.get(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        byDate.forEach((d, values) -> values.keySet().forEach(v -> figures.add(new Figure(d, v, null))));
        List<Figure> targets = new ArrayList<>();
        for (SituationReport.Item t : report.current().targets()) {
            number(t.value()).ifPresent(v -> targets.add(new Figure(null, v, t.summary())));
        }
        Optional<MandateEnd> mandateEnd = Optional.ofNullable(report.current().mandate()).flatMap(
                StrengthChart::findMandateEnd);
        if (figures.isEmpty()) {
            return new StrengthChart(W, H, List.of(), List.of(), List.of(), null, List.of(), List.of(), true);
        }
        LocalDate first = figures.get(0).date();
        LocalDate last = figures.get(figures.size() - 1).date();
        if (mandateEnd.isPresent() && mandateEnd.get().day().isAfter(last)) {
            last = mandateEnd.get().day();
        }
        if (mandateEnd.isPresent() && mandateEnd.get().day().isBefore(first)) {
            first = mandateEnd.get().day();
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
        List<String> lines = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (var e : byDate.entrySet()) {
            boolean conflict = e.getValue().size() > 1;
            for (var v : e.getValue().entrySet()) {
                List<SituationReport.Item> items = v.getValue();
                Point p = new Point(xOf.applyAsInt(e.getKey()), yOf.applyAsInt(v.getKey()), label(items), conflict,
                        conflict ? String.format(Locale.ROOT, "%,.0f", v.getKey()) + " · " + shortName(items) : null);
                points.add(p);
                if (!conflict) {
                    run.add(p.x() + "," + p.y());
                }
            }
            if (conflict) {
                // sources disagree on this date: the line stops here rather than jump between their figures
                closeRun(run, lines);
            }
        }
        closeRun(run, lines);
        List<Rule> targetRules = new ArrayList<>();
        for (Figure t : targets) {
            int y = yOf.applyAsInt(t.value());
            targetRules.add(new Rule(LEFT, y, W - RIGHT, y, t.label(), LEFT + 4, y - 4));
        }
        Rule mandate = null;
        if (mandateEnd.isPresent()) {
            int x = xOf.applyAsInt(mandateEnd.get().day());
            mandate = new Rule(x, TOP, x, H - BOTTOM, mandateEnd.get().label(), x - 4, TOP + 12);
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
        return new StrengthChart(W, H, List.copyOf(lines), points, targetRules, mandate, xTicks, yTicks, false);
    }

    /** The mandate's end as the chart marks it: its day and the words beside the rule. */
    record MandateEnd(LocalDate day, String label) {
    }

    /**
     * The end of the mandate {@code m} states: its {@code until}, else its value when that is a date, else its
     * decision's day plus its period (a duration such as {@code P12M}, as the value or the {@code period} detail).
     */
    static Optional<MandateEnd> findMandateEnd(SituationReport.Item m) {
        String until = m.details().get("until");
        if (until == null && day(m.value()).isPresent()) {
            until = m.value();
        }
        if (until != null) {
            String stated = until;
            return day(stated).map(d -> new MandateEnd(d, "mandate ends " + stated));
        }
        String period = m.details().getOrDefault("period", m.value());
        if (period == null || !period.matches("P\\d+[YMWD]") || m.date() == null
                || !m.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        LocalDate end = LocalDate.parse(m.date()).plus(java.time.Period.parse(period));
        return Optional.of(new MandateEnd(end, "mandate ends " + end + " (" + period.substring(1).toLowerCase(
                Locale.ROOT).replace("y", " years").replace("m", " months").replace("w", " weeks")
                .replace("d", " days") + " from " + m.date() + ")"));
    }

    private static void closeRun(List<String> run, List<String> lines) {
        if (run.size() > 1) {
            lines.add(String.join(" ", run));
        }
        run.clear();
    }

    /** What a point says: the date, the figure as the record words it, and its sources. */
    private static String label(List<SituationReport.Item> items) {
        SituationReport.Item first = items.get(0);
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        for (SituationReport.Item i : items) {
            i.sources().forEach(s -> sources.add(s.title() != null ? s.title() : s.source()));
        }
        return first.date() + ": " + first.summary() + (sources.isEmpty() ? "" : " (" + String.join("; ", sources)
                + ")");
    }

    /** The first source of a figure, short enough to write beside its point. */
    private static String shortName(List<SituationReport.Item> items) {
        for (SituationReport.Item i : items) {
            for (SituationReport.SourceRef s : i.sources()) {
                String name = s.title() != null ? s.title() : s.source();
                if (name != null) {
                    return name.length() <= 32 ? name : name.substring(0, name.lastIndexOf(' ', 31) > 8
                            ? name.lastIndexOf(' ', 31) : 31) + "…";
                }
            }
        }
        return "no source";
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
