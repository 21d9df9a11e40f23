package org.sitrep.cli.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The outcome of {@link PubDateEvaluation#run}: how often the publication date we find agrees with the gold day,
 * reading the whole page (metadata, then inference from the text) and reading only its visible text.
 *
 * <p>A guess counts as right only at the gold's precision, the day; a month guess is wrong against a day. The month
 * figures count the guesses (of month or day precision) whose month is the gold's month.
 *
 * <p>Thread safety: an immutable record.
 *
 * @param accuracy share of pages whose date, read with metadata, is the gold day
 * @param accuracyTextOnly share of pages whose date, inferred from the visible text alone, is the gold day
 * @param documents pages scored (those with a gold date and their HTML present)
 * @param unknown pages for which no date was found, with metadata
 * @param unknownTextOnly pages for which no date was found from the text alone
 * @param monthAccuracy share of pages whose date, with metadata, falls in the gold month
 * @param monthAccuracyTextOnly share of pages whose date, from the text alone, falls in the gold month
 * @param fromMetadata pages dated from their metadata (basis {@code metadata} or {@code dateline})
 * @param fromMetadataRight of those, pages whose date is the gold day
 * @param sentences how the text was split into sentences for the time stage ({@code corenlp} or {@code lines})
 */
public record PubDateEvaluationResult(double accuracy, double accuracyTextOnly, int documents, int unknown,
        int unknownTextOnly, double monthAccuracy, double monthAccuracyTextOnly, int fromMetadata,
        int fromMetadataRight, String sentences) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The figures as one JSON object, with the keys {@code sitrep eval pubdate --format json} prints. */
    public ObjectNode toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("accuracy", round(accuracy));
        o.put("accuracy_text_only", round(accuracyTextOnly));
        o.put("documents", documents);
        o.put("unknown", unknown);
        o.put("unknown_text_only", unknownTextOnly);
        o.put("month_accuracy", round(monthAccuracy));
        o.put("month_accuracy_text_only", round(monthAccuracyTextOnly));
        o.put("from_metadata", fromMetadata);
        o.put("from_metadata_right", fromMetadataRight);
        o.put("sentences", sentences);
        return o;
    }

    /** The figures as a few lines of text for a person. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents: %d (pages with a gold publication day)%n", documents));
        sb.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s%n", "reading", "day acc", "month", "unknown"));
        sb.append(String.format(Locale.ROOT, "%-14s %8.3f %8.3f %8d%n", "with metadata", accuracy, monthAccuracy,
                unknown));
        sb.append(String.format(Locale.ROOT, "%-14s %8.3f %8.3f %8d%n", "text only", accuracyTextOnly,
                monthAccuracyTextOnly, unknownTextOnly));
        sb.append(String.format(Locale.ROOT, "dated from metadata: %d, right %d; sentences by %s%n", fromMetadata,
                fromMetadataRight, sentences));
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
