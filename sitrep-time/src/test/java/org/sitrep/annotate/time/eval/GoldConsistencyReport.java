package org.sitrep.annotate.time.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.time.eval.TimeMlDocument.GoldTimex;

/**
 * A development aid (not a test): how consistently a TimeML folder's gold writes the same words. Timexes are grouped
 * by their words (lower case, each digit as 9) and each value by its shape (each digit as 9: {@code 1998-W32} and
 * {@code 1989-W43} are one shape, {@code 1989-WXX} another). A system that writes the same words in one shape, as
 * rules do, gets wrong at least every timex of a group written in another shape than the group's most common one;
 * their sum is printed first, then the groups with the most such timexes.
 */
final class GoldConsistencyReport {
    private GoldConsistencyReport() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, Integer>> groups = new HashMap<>();
        int timexes = 0;
        for (TimeMlDocument d : TimexEvaluation.readAll(Path.of(args[0]))) {
            for (GoldTimex g : d.timexes()) {
                String words = d.text().substring(g.start(), g.end()).trim().toLowerCase(Locale.ROOT)
                        .replaceAll("\\d", "9");
                String shape = String.valueOf(g.value()).replaceAll("\\d", "9");
                groups.computeIfAbsent(words, k -> new HashMap<>()).merge(shape, 1, Integer::sum);
                timexes++;
            }
        }
        List<Map.Entry<String, Integer>> off = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Map<String, Integer>> e : groups.entrySet()) {
            int all = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int most = e.getValue().values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (all > most) {
                off.add(Map.entry(e.getKey() + "\t" + e.getValue(), all - most));
                total += all - most;
            }
        }
        System.out.println("timexes " + timexes + ", written in another shape than the same words mostly are: "
                + total);
        off.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Integer> e : off.subList(0, Math.min(25, off.size()))) {
            System.out.println(e.getValue() + "\t" + e.getKey());
        }
    }
}
