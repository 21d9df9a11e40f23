package org.sitrep.annotate.time.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * A small rule-based sentence splitter for evaluation, so that the time stage can be scored without the NLP module:
 * it breaks at line ends and after {@code .}, {@code !} or {@code ?} followed by space and a capital, quote or
 * digit, except after common abbreviations ("Jan.", "Mr.", "U.S.") and single initials.
 *
 * <p>Thread safety: stateless.
 */
public final class SimpleSentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep",
            "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "jr", "sr", "inc", "corp", "co", "ltd",
            "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "vs", "etc", "mt", "ft", "u.s", "u.n",
            "u.k", "a.m", "p.m", "e.g", "i.e", "calif", "fla", "mass", "ill", "pa", "va", "wash", "n.y", "d.c");

    private SimpleSentenceSplitter() {
    }

    /** The sentences of {@code text}, trimmed of surrounding space, in order. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean breakHere = false;
            int end = i;
            if (c == '\n') {
                breakHere = true;
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n) {
                int j = i + 1;
                while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == '”'
                        || text.charAt(j) == ')')) {
                    j++;
                }
                if (j < n && text.charAt(j) == ' ') {
                    int k = j;
                    while (k < n && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < n && (Character.isUpperCase(text.charAt(k)) || text.charAt(k) == '"'
                            || text.charAt(k) == '“' || Character.isDigit(text.charAt(k)))
                            && !(c == '.' && isAbbreviation(text, i))) {
                        breakHere = true;
                        end = j;
                        i = j - 1;
                    }
                }
            }
            if (breakHere) {
                add(out, text, start, c == '\n' ? i : end);
                start = c == '\n' ? i + 1 : end;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> out, String text, int s, int e) {
        TextSpan.findTrimmed(text, s, e).ifPresent(t -> out.add(new Sentence(t.start(), t.end())));
    }
}
