package org.sitrep.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many a count written in a news sentence says: digits ("1,800") or a word ("twelve", "a" for one). Only the
 * small counts of people that casualty and movement sentences write in words; larger figures come from the quantity
 * stage.
 *
 * <p>Thread safety: stateless.
 *
 * <p>Failure: never throws; a word it does not know, or digits too long for an int, give empty.
 */
final class CountWords {
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private CountWords() {
    }

    /** The count {@code written} says, if it is digits or a count word. */
    static Optional<Integer> of(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+")) {
            try {
                return Optional.of(Integer.parseInt(w));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(WORDS.get(w));
    }
}
