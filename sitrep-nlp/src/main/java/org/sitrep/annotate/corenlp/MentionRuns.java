package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.doc.Mention;

/**
 * Turns the per-token named-entity labels of one sentence into mention spans: a run of tokens with the same type is
 * one mention; a {@code B-} prefix starts a new one even inside a run of the same type.
 *
 * <p>Labels may be bare ({@code PERSON}, {@code LOC}) or prefixed ({@code B-PER}, {@code I-ORG}, {@code S-MISC},
 * {@code E-LOC}); {@code O} and any label the type mapping does not know end a run.
 *
 * <p>Thread safety: stateless; all methods are static and pure.
 */
final class MentionRuns {
    private MentionRuns() {
    }

    /** Maps CoNLL and CoreNLP coarse labels to the four {@link Mention} types; anything else is no mention. */
    static Optional<String> findCoarseType(String bareLabel) {
        return switch (bareLabel) {
            case "PERSON", "PER" -> Optional.of(Mention.PERSON);
            case "ORGANIZATION", "ORG" -> Optional.of(Mention.ORGANIZATION);
            case "LOCATION", "LOC" -> Optional.of(Mention.LOCATION);
            case "MISC" -> Optional.of(Mention.MISC);
            default -> Optional.empty();
        };
    }

    /**
     * The mentions in one sentence's tokens.
     *
     * @param tokens the sentence's tokens, in order, carrying {@link CoreAnnotations.NamedEntityTagAnnotation}
     * @param shift added to every CoreNLP character offset to make it a document offset
     * @param limit the document length; spans are clamped to it
     * @param typeOf maps a bare label (prefix removed) to a mention type, or empty for none
     */
    static List<Mention> of(List<CoreLabel> tokens, int shift, int limit, Function<String, Optional<String>> typeOf) {
        List<Mention> out = new ArrayList<>();
        String runType = null;
        int runStart = -1;
        int runEnd = -1;
        for (CoreLabel token : tokens) {
            String label = token.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            boolean begins = false;
            String type = null;
            if (label != null && !label.isEmpty() && !label.equals("O")) {
                String bare = label;
                if (label.length() > 2 && label.charAt(1) == '-' && "BIES".indexOf(label.charAt(0)) >= 0) {
                    begins = label.charAt(0) == 'B' || label.charAt(0) == 'S';
                    bare = label.substring(2);
                }
                type = typeOf.apply(bare).orElse(null);
            }
            if (runType != null && (type == null || begins || !type.equals(runType))) {
                add(out, runStart + shift, runEnd + shift, limit, runType);
                runType = null;
            }
            if (type != null) {
                if (runType == null) {
                    runType = type;
                    runStart = token.beginPosition();
                }
                runEnd = token.endPosition();
            }
        }
        if (runType != null) {
            add(out, runStart + shift, runEnd + shift, limit, runType);
        }
        return out;
    }

    private static void add(List<Mention> out, int start, int end, int limit, String type) {
        int s = Math.max(0, Math.min(start, limit));
        int e = Math.max(s, Math.min(end, limit));
        if (e > s) {
            out.add(new Mention(s, e, type));
        }
    }
}
