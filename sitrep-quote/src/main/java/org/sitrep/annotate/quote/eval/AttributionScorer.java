package org.sitrep.annotate.quote.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.TextSpan;

/**
 * Adds up, document by document, how one system's attributions compare with the gold: exact and token-overlap
 * P/R/F1 for content (direct, indirect, all), exact and overlap P/R/F1 for cues and sources, and speaker accuracy
 * (the right source for each content found). Direct gold is content in quotation marks; a prediction is direct
 * when the system says so.
 *
 * <p>Thread safety: not thread-safe; one per system and run. Failure: none; spans outside the text are ignored.
 */
public final class AttributionScorer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String[] KINDS = {"all", "direct", "indirect"};

    private final Map<String, long[]> counts = new HashMap<>();

    private long[] c(String key) {
        return counts.computeIfAbsent(key, k -> new long[4]);
    }

    /** Compares one document's predictions with its gold. */
    public void add(String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (String kind : KINDS) {
            List<TextSpan> goldContent = new ArrayList<>();
            List<TextSpan> allGold = new ArrayList<>();
            for (GoldAttribution g : gold) {
                allGold.addAll(g.content());
                if (in(kind, g.direct())) {
                    goldContent.addAll(g.content());
                }
            }
            List<TextSpan> predContent = new ArrayList<>();
            List<TextSpan> allPred = new ArrayList<>();
            for (PredictedAttribution p : predicted) {
                allPred.add(p.content());
                if (in(kind, p.direct())) {
                    predContent.add(p.content());
                }
            }
            long[] exact = c("content.exact." + kind);
            for (TextSpan p : predContent) {
                exact[0] += allGold.contains(p) ? 1 : 0;
                exact[1]++;
            }
            for (TextSpan g : goldContent) {
                exact[2] += allPred.contains(g) ? 1 : 0;
                exact[3]++;
            }
            long[] overlap = c("content.overlap." + kind);
            for (int[] w : words) {
                boolean inPred = covered(w, predContent);
                boolean inGold = covered(w, goldContent);
                if (inPred) {
                    overlap[1]++;
                    overlap[0] += covered(w, allGold) ? 1 : 0;
                }
                if (inGold) {
                    overlap[3]++;
                    overlap[2] += covered(w, allPred) ? 1 : 0;
                }
            }
        }
        Set<TextSpan> goldCues = new LinkedHashSet<>();
        Set<TextSpan> goldSources = new LinkedHashSet<>();
        for (GoldAttribution g : gold) {
            goldCues.addAll(g.cue());
            goldSources.addAll(g.source());
        }
        Set<TextSpan> predCues = new LinkedHashSet<>();
        Set<TextSpan> predSources = new LinkedHashSet<>();
        for (PredictedAttribution p : predicted) {
            if (p.cue() != null) {
                predCues.add(p.cue());
            }
            if (p.source() != null) {
                predSources.add(p.source());
            }
        }
        spans("cue", predCues, goldCues);
        spans("source", predSources, goldSources);
        // speaker accuracy: for each prediction whose content overlaps gold content, the gold it overlaps most
        for (PredictedAttribution p : predicted) {
            GoldAttribution best = null;
            int bestOverlap = 0;
            for (GoldAttribution g : gold) {
                int o = 0;
                for (TextSpan piece : g.content()) {
                    o += Math.max(0, Math.min(piece.end(), p.content().end())
                            - Math.max(piece.start(), p.content().start()));
                }
                if (o > bestOverlap) {
                    bestOverlap = o;
                    best = g;
                }
            }
            if (best == null || best.source().isEmpty()) {
                continue;
            }
            boolean right = false;
            if (p.source() != null) {
                for (TextSpan s : best.source()) {
                    right |= s.overlaps(p.source());
                }
            }
            long[] acc = c("speaker." + (best.direct() ? "direct" : "indirect"));
            acc[0] += right ? 1 : 0;
            acc[1]++;
        }
    }

    private void spans(String what, Set<TextSpan> pred, Set<TextSpan> gold) {
        long[] exact = c(what + ".exact");
        long[] overlap = c(what + ".overlap");
        for (TextSpan p : pred) {
            exact[0] += gold.contains(p) ? 1 : 0;
            overlap[0] += gold.stream().anyMatch(p::overlaps) ? 1 : 0;
            exact[1]++;
            overlap[1]++;
        }
        for (TextSpan g : gold) {
            exact[2] += pred.contains(g) ? 1 : 0;
            overlap[2] += pred.stream().anyMatch(g::overlaps) ? 1 : 0;
            exact[3]++;
            overlap[3]++;
        }
    }

    private static boolean in(String kind, boolean direct) {
        return kind.equals("all") || kind.equals("direct") == direct;
    }

    private static boolean covered(int[] w, List<TextSpan> spans) {
        for (TextSpan s : spans) {
            if (s.start() <= w[0] && w[1] <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The scores so far. */
    public QuoteScores scores() {
        Map<String, Prf> detail = new HashMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long[] v = e.getValue();
            if (e.getKey().startsWith("speaker.")) {
                detail.put(e.getKey(), Prf.of(v[0], v[1], v[0], v[1]));
            } else {
                detail.put(e.getKey(), Prf.of(v[0], v[1], v[2], v[3]));
            }
        }
        return new QuoteScores(f1(detail, "content.exact.all"), f1(detail, "content.overlap.all"),
                f1(detail, "cue.exact"), f1(detail, "source.exact"), accuracy(detail, "speaker.direct"),
                accuracy(detail, "speaker.indirect"), detail);
    }

    private static double f1(Map<String, Prf> d, String key) {
        Prf p = d.get(key);
        return p == null ? 0 : p.f1();
    }

    private static double accuracy(Map<String, Prf> d, String key) {
        Prf p = d.get(key);
        return p == null ? 0 : p.precision();
    }
}
