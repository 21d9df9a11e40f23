package org.sitrep.annotate.quote.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code sitrep eval quotes} reports: our scores and CoreNLP's on the same documents.
 *
 * @param ours our pipeline's scores
 * @param corenlp CoreNLP quote attribution's scores
 * @param documents articles scored
 * @param attributions gold attributions in them
 * @param oursMsPerDocument our whole pipeline's time per article (tokens to quotes)
 * @param corenlpMsPerDocument the peer's time per article
 */
public record QuoteEvaluationResult(QuoteScores ours, QuoteScores corenlp, int documents, int attributions,
        double oursMsPerDocument, double corenlpMsPerDocument) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON object: {@code ours}, {@code corenlp} (six figures each), {@code documents}, {@code attributions}. */
    public Map<String, Object> toJsonTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ours", figures(ours));
        m.put("corenlp", figures(corenlp));
        m.put("documents", documents);
        m.put("attributions", attributions);
        return m;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write evaluation JSON", e);
        }
    }

    private static Map<String, Object> figures(QuoteScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("content_f1_exact", round(s.contentF1Exact()));
        m.put("content_f1_overlap", round(s.contentF1Overlap()));
        m.put("cue_f1", round(s.cueF1()));
        m.put("source_f1", round(s.sourceF1()));
        m.put("speaker_accuracy_direct", round(s.speakerAccuracyDirect()));
        m.put("speaker_accuracy_indirect", round(s.speakerAccuracyIndirect()));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** A table for people: every figure, ours against CoreNLP's. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "PolNeAR quotes: %d documents, %d gold attributions%n", documents,
                attributions));
        sb.append(String.format(Locale.ROOT, "%-26s %24s   %24s%n", "", "ours (P / R / F1)", "corenlp (P / R / F1)"));
        TreeMap<String, Prf> keys = new TreeMap<>(ours.detail());
        corenlp.detail().forEach(keys::putIfAbsent);
        for (String k : keys.keySet()) {
            sb.append(String.format(Locale.ROOT, "%-26s %24s   %24s%n", k, cell(ours.detail().get(k), k),
                    cell(corenlp.detail().get(k), k)));
        }
        sb.append(String.format(Locale.ROOT, "time per document: ours %.0f ms, corenlp %.0f ms%n", oursMsPerDocument,
                corenlpMsPerDocument));
        for (String line : List.of(
                "content_f1_overlap " + f(ours.contentF1Overlap()) + " vs " + f(corenlp.contentF1Overlap()),
                "speaker_accuracy_direct " + f(ours.speakerAccuracyDirect()) + " vs "
                        + f(corenlp.speakerAccuracyDirect()))) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String cell(Prf p, String key) {
        if (p == null) {
            return "-";
        }
        if (key.startsWith("speaker.")) {
            return String.format(Locale.ROOT, "acc %.3f (n=%d)", p.precision(), p.predicted());
        }
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", p.precision(), p.recall(), p.f1());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
