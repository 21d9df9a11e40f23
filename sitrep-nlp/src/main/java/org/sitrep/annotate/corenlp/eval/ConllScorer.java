package org.sitrep.annotate.corenlp.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entity-level precision, recall and F1 exactly as the CoNLL shared task's {@code conlleval} script computes them:
 * chunks are found with conlleval's start-of-chunk and end-of-chunk rules (so IOB1 and IOB2 tags both work, and
 * an {@code I-} tag after {@code O} or after another type starts a chunk), a predicted chunk is correct only when its
 * span and type equal a gold chunk's, and scores are micro-averaged in percent. Sentence boundaries end chunks.
 * A bare label without prefix (IO tagging, {@code PER}) is read as {@code I-PER}.
 *
 * <p>Thread safety: stateless; all methods are static and pure.
 *
 * <p>Failure: throws {@link IllegalArgumentException} when gold and predicted tags differ in sentence count or length.
 */
public final class ConllScorer {
    private ConllScorer() {
    }

    /**
     * Scores predicted tags against gold tags, sentence by sentence.
     *
     * @param gold gold tags, one list per sentence
     * @param predicted predicted tags, one list per sentence, of the same lengths
     */
    public static NerScores score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        List<ConllChunk> goldChunks = new ArrayList<>();
        List<ConllChunk> guessChunks = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).size() != predicted.get(i).size()) {
                throw new IllegalArgumentException("sentence " + i + " has " + gold.get(i).size() + " gold tags but "
                        + predicted.get(i).size() + " predicted");
            }
            goldChunks.addAll(chunks(i, gold.get(i)));
            guessChunks.addAll(chunks(i, predicted.get(i)));
        }
        Set<ConllChunk> goldSet = new HashSet<>(goldChunks);
        Set<String> types = new TreeSet<>();
        goldChunks.forEach(c -> types.add(c.type()));
        guessChunks.forEach(c -> types.add(c.type()));
        Map<String, int[]> counts = new TreeMap<>();
        for (String t : types) {
            counts.put(t, new int[3]);
        }
        goldChunks.forEach(c -> counts.get(c.type())[0]++);
        for (ConllChunk c : guessChunks) {
            counts.get(c.type())[1]++;
            if (goldSet.contains(c)) {
                counts.get(c.type())[2]++;
            }
        }
        Map<String, Prf> perType = new TreeMap<>();
        int g = 0;
        int p = 0;
        int c = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            perType.put(e.getKey(), Prf.of(n[0], n[1], n[2]));
            g += n[0];
            p += n[1];
            c += n[2];
        }
        Prf all = Prf.of(g, p, c);
        return new NerScores(all.precision(), all.recall(), all.f1(), perType);
    }

    /** The chunks of one sentence's tags, by conlleval's rules. */
    public static List<ConllChunk> chunks(int sentence, List<String> tags) {
        List<ConllChunk> out = new ArrayList<>();
        String prevTag = "O";
        String prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String label = i < tags.size() ? tags.get(i) : "O";
            String tag;
            String type;
            int dash = label.indexOf('-');
            if (label.equals("O") || label.isEmpty()) {
                tag = "O";
                type = "";
            } else if (dash < 0) {
                tag = "I";
                type = label;
            } else {
                tag = label.substring(0, dash);
                type = label.substring(dash + 1);
            }
            if (start >= 0 && endsChunk(prevTag, tag, prevType, type)) {
                out.add(new ConllChunk(sentence, start, i, prevType));
                start = -1;
            }
            if (startsChunk(prevTag, tag, prevType, type)) {
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return out;
    }

    /** conlleval's {@code endOfChunk}, verbatim: whether a chunk ended just before the current tag. */
    static boolean endsChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = is(prevTag, "B", tag, "B") || is(prevTag, "B", tag, "O") || is(prevTag, "I", tag, "B")
                || is(prevTag, "I", tag, "O") || is(prevTag, "E", tag, "E") || is(prevTag, "E", tag, "I")
                || is(prevTag, "E", tag, "O");
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) {
            end = true;
        }
        return end || prevTag.equals("]") || prevTag.equals("[");
    }

    /** conlleval's {@code startOfChunk}, verbatim: whether a chunk starts at the current tag. */
    static boolean startsChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = is(prevTag, "B", tag, "B") || is(prevTag, "I", tag, "B") || is(prevTag, "O", tag, "B")
                || is(prevTag, "O", tag, "I") || is(prevTag, "E", tag, "E") || is(prevTag, "E", tag, "I")
                || is(prevTag, "O", tag, "E");
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) {
            start = true;
        }
        return start || tag.equals("[") || tag.equals("]");
    }

    private static boolean is(String prevTag, String prev, String tag, String now) {
        return prevTag.equals(prev) && tag.equals(now);
    }
}
