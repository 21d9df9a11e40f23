package org.sitrep.annotate.corenlp.eval;

import java.nio.file.Path;
import java.util.Map;

/**
 * A measuring harness, not a test: prints {@link NerEvaluation} scores, overall and per type, for a CoNLL file.
 *
 * <p>Usage: {@code NerEvaluationReport FILE [LIMIT]}.
 */
public final class NerEvaluationReport {
    private NerEvaluationReport() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        NerEvaluationResult r = NerEvaluation.run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0);
        System.out.printf("%d sentences, %.1f s%n", r.sentences(), (System.nanoTime() - start) / 1e9);
        print("ours   ", r.ours());
        print("corenlp", r.corenlp());
    }

    private static void print(String who, NerScores s) {
        System.out.printf("%s overall P %.2f R %.2f F1 %.2f%n", who, s.precision(), s.recall(), s.f1());
        for (Map.Entry<String, Prf> e : new java.util.TreeMap<>(s.perType()).entrySet()) {
            Prf p = e.getValue();
            System.out.printf("%s   %-4s P %.2f R %.2f F1 %.2f (gold %d, predicted %d, correct %d)%n", who, e.getKey(),
                    p.precision(), p.recall(), p.f1(), p.gold(), p.predicted(), p.correct());
        }
    }
}
