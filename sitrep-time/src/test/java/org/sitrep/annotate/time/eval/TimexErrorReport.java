package org.sitrep.annotate.time.eval;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.annotate.time.eval.TimeMlDocument.GoldTimex;

/** A development aid (not a test): lists our extent and value errors on a TimeML folder, one per line. */
final class TimexErrorReport {
    private TimexErrorReport() {
    }

    public static void main(String[] args) throws Exception {
        TimeAnnotator a = new TimeAnnotator();
        for (TimeMlDocument d : TimexEvaluation.readAll(Path.of(args[0]))) {
            List<TimexScorer.Predicted> ps = TimexEvaluation.tagOurs(a, d);
            String t = d.text();
            boolean[] used = new boolean[ps.size()];
            for (GoldTimex g : d.timexes()) {
                int hit = -1;
                for (int j = 0; j < ps.size(); j++) {
                    TimexScorer.Predicted p = ps.get(j);
                    if (!used[j] && p.start() < g.end() && g.start() < p.end()) {
                        hit = j;
                        break;
                    }
                }
                String gs = t.substring(g.start(), g.end()).replace('\n', ' ');
                String ctx = t.substring(Math.max(0, g.start() - 40), Math.min(t.length(), g.end() + 30))
                        .replace('\n', ' ');
                if (hit < 0) {
                    System.out.println("FN\t" + gs + "\t" + g.type() + " " + g.value() + "\t" + ctx);
                    continue;
                }
                used[hit] = true;
                TimexScorer.Predicted p = ps.get(hit);
                String psur = t.substring(p.start(), p.end()).replace('\n', ' ');
                if (!psur.equals(gs)) {
                    System.out.println("SPAN\t" + gs + "\t|" + psur + "\t" + ctx);
                }
                if (!String.valueOf(g.value()).equals(p.value())) {
                    System.out.println("VAL\t" + gs + "\t" + g.value() + "\t" + p.value() + "\t" + d.dct() + "\t" + ctx);
                }
                if (!String.valueOf(g.type()).equals(p.type())) {
                    System.out.println("TYPE\t" + gs + "\t" + g.type() + "\t" + p.type());
                }
            }
            for (int j = 0; j < ps.size(); j++) {
                if (!used[j]) {
                    TimexScorer.Predicted p = ps.get(j);
                    String ctx = t.substring(Math.max(0, p.start() - 40), Math.min(t.length(), p.end() + 30))
                            .replace('\n', ' ');
                    System.out.println("FP\t" + t.substring(p.start(), p.end()) + "\t" + p.type() + " " + p.value()
                            + "\t" + ctx);
                }
            }
        }
    }
}
