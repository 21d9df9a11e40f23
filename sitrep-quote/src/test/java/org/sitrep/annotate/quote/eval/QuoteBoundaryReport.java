package org.sitrep.annotate.quote.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sitrep.doc.TextSpan;
import org.sitrep.pipeline.Pipeline;

/**
 * A development aid run on demand ({@code -Dsitrep.quote.boundaries=OUTFILE}, {@code -Dsitrep.quote.split=dev|train},
 * {@code -Dsitrep.quote.limit=N}): for every predicted content that overlaps gold content without matching it
 * exactly, writes the characters by which its start and end differ, and counts them by kind of difference; then
 * the gold it missed and the predictions that overlap no gold.
 */
@EnabledIfSystemProperty(named = "sitrep.quote.boundaries", matches = ".+")
class QuoteBoundaryReport {

    @Test
    void writesTheBoundaryDifferences() throws IOException {
        String split = System.getProperty("sitrep.quote.split", "dev");
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "polnear", split);
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("attributions")), "PolNeAR " + dir + " absent, skipping");
        int limit = Integer.getInteger("sitrep.quote.limit", 0);
        Pipeline pipeline = QuoteEvaluation.ourPipeline();
        Map<String, Integer> kinds = new TreeMap<>();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("sitrep.quote.boundaries"))))) {
            for (GoldArticle a : BratAttributions.read(dir, limit)) {
                String t = a.text();
                List<TextSpan> gold = new ArrayList<>();
                a.attributions().forEach(g -> gold.addAll(g.content()));
                for (PredictedAttribution p : QuoteEvaluation.ours(pipeline, a)) {
                    TextSpan c = p.content();
                    GoldAttribution owner = null;
                    int ownerO = 0;
                    for (GoldAttribution g : a.attributions()) {
                        int o = 0;
                        for (TextSpan piece : g.content()) {
                            o += Math.max(0, Math.min(piece.end(), c.end()) - Math.max(piece.start(), c.start()));
                        }
                        if (o > ownerO) {
                            ownerO = o;
                            owner = g;
                        }
                    }
                    if (owner != null && owner.direct() && !owner.source().isEmpty()
                            && owner.source().stream().noneMatch(x -> p.source() != null && x.overlaps(p.source()))) {
                        out.println("SPK\t" + a.name() + "\t" + c + "\tours " + (p.source() == null ? null
                                : t.substring(p.source().start(), p.source().end())) + "\tgold "
                                + t.substring(owner.source().get(0).start(), owner.source().get(0).end()) + "\t|"
                                + t.substring(c.start(), Math.min(c.end(), c.start() + 80)).replace('\n', ' '));
                    }
                    TextSpan best = null;
                    int bestO = 0;
                    for (TextSpan g : gold) {
                        int o = Math.min(g.end(), c.end()) - Math.max(g.start(), c.start());
                        if (o > bestO) {
                            bestO = o;
                            best = g;
                        }
                    }
                    String kind = p.direct() ? "D" : "I";
                    if (best == null) {
                        kinds.merge(kind + " no-gold", 1, Integer::sum);
                        out.println(kind + " FP\t" + a.name() + "\t|" + t.substring(c.start(), c.end()).replace('\n', ' ') + "|");
                        continue;
                    }
                    if (best.equals(c)) {
                        kinds.merge(kind + " exact", 1, Integer::sum);
                        continue;
                    }
                    String s = c.start() < best.start() ? "+" + t.substring(c.start(), best.start())
                            : "-" + t.substring(best.start(), c.start());
                    String e = c.end() > best.end() ? "+" + t.substring(best.end(), c.end())
                            : "-" + t.substring(c.end(), best.end());
                    if (c.start() == best.start()) {
                        s = "=";
                    }
                    if (c.end() == best.end()) {
                        e = "=";
                    }
                    kinds.merge(kind + " start " + (s.length() > 12 ? s.charAt(0) + "long" : s), 1, Integer::sum);
                    kinds.merge(kind + " end " + (e.length() > 12 ? e.charAt(0) + "long" : e), 1, Integer::sum);
                    out.println(kind + " START[" + s.replace('\n', ' ') + "] END[" + e.replace('\n', ' ') + "]\t"
                            + a.name() + "\t|" + t.substring(c.start(), c.end()).replace('\n', ' ') + "|\tGOLD|"
                            + t.substring(best.start(), best.end()).replace('\n', ' ') + "|");
                }
            }
            QuoteScores ours = QuoteEvaluation.run(dir, limit, pipeline, false).ours();
            String line = String.format(java.util.Locale.ROOT, "SCORES exact %.3f overlap %.3f speaker direct %.3f indirect %.3f cue %.3f source %.3f; exact P %.3f R %.3f",
                    ours.contentF1Exact(), ours.contentF1Overlap(), ours.speakerAccuracyDirect(),
                    ours.speakerAccuracyIndirect(), ours.cueF1(), ours.sourceF1(),
                    ours.detail().get("content.exact.all").precision(), ours.detail().get("content.exact.all").recall());
            System.out.println(line);
            out.println(line);
            kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> out.println("COUNT\t" + e.getValue() + "\t" + e.getKey()));
        }
    }
}
