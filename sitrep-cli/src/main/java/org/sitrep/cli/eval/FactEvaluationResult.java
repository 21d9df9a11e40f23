package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of {@link FactEvaluation#run}: per kind and overall, gold and predicted counts, precision, recall and
 * F1, each reported slot's accuracy over matched facts, and every error for {@code --errors}.
 *
 * <p>Thread safety: not thread-safe while {@link FactEvaluation} fills its tallies; read-only afterwards.
 *
 * @param documents articles in the set
 * @param dates whether dates were given or inferred
 * @param dated articles whose header gives a date
 * @param datedRight of those, articles whose publication date the pipeline ended with is that date
 * @param kinds the tallies per kind
 * @param errors false positives, misses and wrong slots, in document order
 */
public record FactEvaluationResult(int documents, FactEvaluation.Dates dates, int dated, int datedRight,
        Map<String, Tally> kinds, List<Error> errors) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Counts for one kind. */
    public static final class Tally {
        final String kind;
        int gold;
        int predicted;
        int matched;
        final Map<String, int[]> slots = new LinkedHashMap<>();

        Tally(String kind) {
            this.kind = kind;
            for (String s : FactMatcher.REPORTED.getOrDefault(kind, List.of())) {
                slots.put(s, new int[2]);
            }
        }

        void slot(String name, boolean right) {
            int[] c = slots.computeIfAbsent(name, k -> new int[2]);
            c[1]++;
            if (right) {
                c[0]++;
            }
        }

        public int gold() {
            return gold;
        }

        public int predicted() {
            return predicted;
        }

        public int matched() {
            return matched;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of matched facts whose slot agrees, or NaN when none was matched. */
        public double slotAccuracy(String name) {
            int[] c = slots.get(name);
            return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
        }
    }

    /**
     * One error.
     *
     * @param document the article's number
     * @param what {@code false positive}, {@code miss} or {@code slot NAME}
     * @param kind the fact kind
     * @param fact the fact's slots (or the slot's two values)
     * @param evidence its evidence sentence
     */
    public record Error(String document, String what, String kind, String fact, String evidence) {
    }

    /** All kinds together. */
    public Tally overall() {
        Tally all = new Tally("all");
        for (Tally t : kinds.values()) {
            all.gold += t.gold;
            all.predicted += t.predicted;
            all.matched += t.matched;
        }
        return all;
    }

    /** Accuracy of the date slot ({@code as_of} of strengths and positions), or NaN. */
    public double dateSlotAccuracy() {
        int right = 0;
        int all = 0;
        for (Tally t : kinds.values()) {
            int[] c = t.slots.get("as_of");
            if (c != null) {
                right += c[0];
                all += c[1];
            }
        }
        return all == 0 ? Double.NaN : (double) right / all;
    }

    /** The figures as the JSON object {@code --format json} prints. */
    public ObjectNode toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("documents", documents);
        o.put("dates", dates.name().toLowerCase(Locale.ROOT));
        o.put("dated", dated);
        o.put("dated_right", datedRight);
        o.set("overall", counts(overall()));
        ObjectNode ks = o.putObject("kinds");
        for (Tally t : kinds.values()) {
            ObjectNode k = counts(t);
            ObjectNode slots = k.putObject("slots");
            for (String s : t.slots.keySet()) {
                double a = t.slotAccuracy(s);
                if (Double.isNaN(a)) {
                    slots.putNull(s);
                } else {
                    slots.put(s, round(a));
                }
            }
            ks.set(t.kind, k);
        }
        return o;
    }

    private static ObjectNode counts(Tally t) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("gold", t.gold);
        n.put("predicted", t.predicted);
        n.put("matched", t.matched);
        n.put("precision", round(t.precision()));
        n.put("recall", round(t.recall()));
        n.put("f1", round(t.f1()));
        return n;
    }

    /** The figures as a table for a person; with {@code withErrors}, every error with its evidence after it. */
    public String toText(boolean withErrors) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents: %d, dates %s", documents,
                dates.name().toLowerCase(Locale.ROOT)));
        if (dates == FactEvaluation.Dates.INFERRED) {
            sb.append(String.format(Locale.ROOT, " (publication date right for %d of %d dated articles)", datedRight,
                    dated));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-9s %5s %5s %5s %9s %7s %6s  %s%n", "kind", "gold", "pred", "hit",
                "precision", "recall", "F1", "slot accuracy over matched"));
        for (Tally t : kinds.values()) {
            StringBuilder slots = new StringBuilder();
            for (String s : t.slots.keySet()) {
                double a = t.slotAccuracy(s);
                slots.append(s).append(' ').append(Double.isNaN(a) ? "-" : String.format(Locale.ROOT, "%.2f", a))
                        .append("  ");
            }
            row(sb, t, slots.toString().strip());
        }
        row(sb, overall(), String.format(Locale.ROOT, "date (as_of) %.2f", dateSlotAccuracy()));
        if (withErrors) {
            sb.append('\n');
            for (Error e : errors) {
                sb.append(String.format(Locale.ROOT, "%s %s %s: %s%n    | %s%n", e.document(), e.what(), e.kind(),
                        e.fact(), e.evidence().replaceAll("\\s+", " ")));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static void row(StringBuilder sb, Tally t, String slots) {
        sb.append(String.format(Locale.ROOT, "%-9s %5d %5d %5d %9.3f %7.3f %6.3f  %s%n", t.kind, t.gold, t.predicted,
                t.matched, t.precision(), t.recall(), t.f1(), slots));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
