package org.sitrep.annotate.corenlp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.sitrep.annotate.corenlp.CoreNlpAnnotator;
import org.sitrep.annotate.corenlp.StockCoreNlpPeer;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/**
 * Scores Sitrep's named-entity recognition ({@link CoreNlpAnnotator}) and CoreNLP's stock {@code ner} annotator
 * ({@link StockCoreNlpPeer}: the default 3-class, 7-class and CoNLL 4-class models combined, with fine-grained
 * labels mapped back to coarse ones) on a CoNLL-2003 file, entity by entity, as conlleval does.
 *
 * <p>Both systems see the same text: each sentence's given tokens joined with single spaces, one sentence per line,
 * so that both keep the given sentence boundaries (Sitrep's stage splits at newlines; the stock pipeline runs with
 * {@code ssplit.eolonly=true}, its only changed property). Each found mention is mapped back to the given tokens it
 * overlaps: the first is tagged {@code B-TYPE}, the rest {@code I-TYPE} (IOB2), with PERSON, LOCATION, ORGANIZATION
 * and MISC written PER, LOC, ORG and MISC. The stock 3-class and 7-class models know no MISC; only the 4-class model
 * and the NATIONALITY and RELIGION labels of its fine-grained step give MISC.
 *
 * <p>Thread safety: stateless; each call loads (once per JVM for Sitrep's stage) what it needs.
 *
 * <p>Failure: throws {@link java.io.UncheckedIOException} when the file cannot be read and
 * {@link IllegalArgumentException} for a malformed file.
 */
public final class NerEvaluation {
    /** Sentences given to a system in one text. */
    static final int BATCH = 100;

    private NerEvaluation() {
    }

    /**
     * Scores both systems on the first {@code limit} sentences of {@code file} (all for zero or less).
     */
    public static NerEvaluationResult run(Path file, int limit) {
        List<ConllSentence> sentences = ConllCorpus.read(file, limit);
        CoreNlpAnnotator ours = new CoreNlpAnnotator();
        NerScores oursScores = score(sentences,
                text -> ours.annotate(Document.builder(text).build()).layer(Layers.MENTIONS));
        Properties keepLines = new Properties();
        keepLines.setProperty("ssplit.eolonly", "true");
        StockCoreNlpPeer stock = new StockCoreNlpPeer(keepLines);
        NerScores stockScores = score(sentences, stock::mentionsIn);
        return new NerEvaluationResult(oursScores, stockScores, sentences.size());
    }

    /**
     * Scores one system on {@code sentences}.
     *
     * @param system finds the mentions in a text of space-joined tokens, one sentence per line
     */
    public static NerScores score(List<ConllSentence> sentences, Function<String, List<Mention>> system) {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += BATCH) {
            List<ConllSentence> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
            for (ConllSentence s : batch) {
                gold.add(s.tags());
            }
            predicted.addAll(tag(batch, system));
        }
        return ConllScorer.score(gold, predicted);
    }

    /** IOB2 tags for the given tokens of {@code batch}, from the mentions {@code system} finds in their text. */
    static List<List<String>> tag(List<ConllSentence> batch, Function<String, List<Mention>> system) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        for (ConllSentence s : batch) {
            int[] at = new int[s.tokens().size()];
            for (int i = 0; i < at.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                at[i] = text.length();
                text.append(s.tokens().get(i));
            }
            starts.add(at);
            text.append('\n');
        }
        int[] sentenceOf = new int[text.length()];
        int[] tokenOf = new int[text.length()];
        Arrays.fill(sentenceOf, -1);
        List<String[]> tags = new ArrayList<>();
        for (int si = 0; si < batch.size(); si++) {
            List<String> tokens = batch.get(si).tokens();
            String[] t = new String[tokens.size()];
            Arrays.fill(t, "O");
            tags.add(t);
            for (int ti = 0; ti < tokens.size(); ti++) {
                int start = starts.get(si)[ti];
                for (int c = start; c < start + tokens.get(ti).length(); c++) {
                    sentenceOf[c] = si;
                    tokenOf[c] = ti;
                }
            }
        }
        for (Mention m : system.apply(text.toString())) {
            String type = conllType(m.type());
            int lastSentence = -1;
            int lastToken = -1;
            boolean first = true;
            for (int c = m.start(); c < Math.min(m.end(), text.length()); c++) {
                int si = sentenceOf[c];
                if (si < 0 || (si == lastSentence && tokenOf[c] == lastToken)) {
                    continue;
                }
                lastSentence = si;
                lastToken = tokenOf[c];
                String[] t = tags.get(si);
                if (t[lastToken].equals("O")) {
                    t[lastToken] = (first ? "B-" : "I-") + type;
                }
                first = false;
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] t : tags) {
            out.add(List.of(t));
        }
        return out;
    }

    private static String conllType(String mentionType) {
        return switch (mentionType) {
            case Mention.PERSON -> "PER";
            case Mention.LOCATION -> "LOC";
            case Mention.ORGANIZATION -> "ORG";
            default -> "MISC";
        };
    }
}
