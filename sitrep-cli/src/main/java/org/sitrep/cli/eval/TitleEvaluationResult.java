package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link TitleEvaluation#run}: how often the title taken from a plain-text scrape is its headline,
 * for Sitrep and for the first non-blank line, on every page and (on the trafilatura set) on the English ones.
 *
 * <p>Thread safety: an immutable record.
 *
 * @param layout {@code trafilatura} or {@code scrapes}
 * @param all the figures over every page with a gold title
 * @param english the figures over the pages whose markup says English, or null for scrapes
 * @param misses the pages whose Sitrep title is not the headline (the first few hundred)
 */
public record TitleEvaluationResult(String layout, Figures all, Figures english, List<Miss> misses) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Counts over one group of pages.
     *
     * @param documents pages scored
     * @param right pages whose Sitrep title is the headline
     * @param firstLineRight pages whose first non-blank line is the headline
     * @param present pages whose text holds the headline as a line of its own (the ceiling)
     * @param rightWhenPresent of those, the pages whose Sitrep title is the headline
     */
    public record Figures(int documents, int right, int firstLineRight, int present, int rightWhenPresent) {
        public double accuracy() {
            return share(right, documents);
        }

        public double firstLineAccuracy() {
            return share(firstLineRight, documents);
        }

        public double accuracyWhenPresent() {
            return share(rightWhenPresent, present);
        }

        ObjectNode toJson() {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("documents", documents);
            o.put("accuracy", round(accuracy()));
            o.put("first_line_accuracy", round(firstLineAccuracy()));
            o.put("headline_present", present);
            o.put("accuracy_when_present", round(accuracyWhenPresent()));
            return o;
        }

        String toText(String group) {
            return String.format(Locale.ROOT, "%-9s %6d %8.3f %10.3f %8d %13.3f%n", group, documents, accuracy(),
                    firstLineAccuracy(), present, accuracyWhenPresent());
        }
    }

    /**
     * A page whose title is not its headline.
     *
     * @param where the page's URL or the scrape's id
     * @param headline the gold headline
     * @param taken the title Sitrep took, or null
     * @param present whether the text holds the headline as a line
     */
    public record Miss(String where, String headline, String taken, boolean present) {
    }

    /** The figures as one JSON object, with the keys {@code sitrep eval titles --format json} prints. */
    public ObjectNode toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("layout", layout);
        o.set("all", all.toJson());
        if (english != null) {
            o.set("english", english.toJson());
        }
        return o;
    }

    /** The figures as a few lines of text for a person; with {@code errors}, every miss kept too. */
    public String toText(boolean errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "plain-text titles (%s): the title taken is the headline%n", layout));
        sb.append(String.format(Locale.ROOT, "%-9s %6s %8s %10s %8s %13s%n", "pages", "n", "sitrep", "first line",
                "present", "sitrep|present"));
        sb.append(all.toText("all"));
        if (english != null) {
            sb.append(english.toText("english"));
        }
        if (errors) {
            for (Miss m : misses) {
                sb.append(String.format(Locale.ROOT, "MISS %s%n  headline: %s%n  taken:    %s%s%n", m.where(),
                        m.headline(), m.taken(), m.present() ? "" : "  (headline not a line of the text)"));
            }
        }
        return sb.toString();
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : count / (double) of;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
