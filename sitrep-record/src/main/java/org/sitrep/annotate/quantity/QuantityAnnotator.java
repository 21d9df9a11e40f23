package org.sitrep.annotate.quantity;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;

/**
 * Finds counted and measured amounts in sentences: "about 400 officers" (400, approximate, modifier "about", object
 * "officer"), "2,500 police officers" (object "police officer"), "more than 1,000 troops", "$600 million" (600000000,
 * USD), "US$ 96.8 million", "a dozen", "three contingents", "40 percent".
 *
 * <p>How: over each sentence's tokens, a number is a digit token ("2,500", "96.8", "$600", "600m") or a run of
 * number words read by CoreNLP's {@link NumberNormalizer} ("two", "twenty-five", "a dozen"). A hedge before it ("about",
 * "more than", "nearly", "at least"...) or after it ("or so", "or more") marks it approximate; a currency before or
 * after it gives the unit as an ISO code; "million", "billion", "thousand" scale it; "%", "percent" give the unit
 * {@code percent}. The counted object is the noun run after it (past adjectives such as "additional" or "Kenyan"):
 * its head, lemmatized to the singular by CoreNLP's {@link Morphology}, with one compound modifier ("police
 * officer"). Part-of-speech tags are used when the tokens carry them; without them, a closed list of function words
 * and the plural ending stand in.
 *
 * <p>What is not a quantity: years ("2025", "in 2024", "the 2024 elections"), day numbers next to a month name
 * ("October 2, 2025", "7 November"), ordinals ("3rd", "third"), votes and scores ("15-0"), ranges written with a hyphen,
 * durations and fractions ("six months", "two thirds"), clock times, identifiers after a name ("Resolution 2699"), numbers inside a temporal expression of the
 * {@link Layers#TIMES} layer when that layer is present, and number words with nothing counted after them ("the two
 * agreed", "one of them").
 *
 * <p>Thread safety: stateless; CoreNLP's static {@code Morphology.lemmaStatic} is synchronized.
 *
 * <p>Failure: never fails on odd text; a sentence without tokens gives nothing. Throws
 * {@link IllegalStateException} only if the document lacks the required layers.
 */
public final class QuantityAnnotator implements Annotator {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "(US\\$|C\\$|A\\$|\\$|€|£|¥|KSh|Ksh|Sh)?(" + DIGITS.pattern() + ")(bn|mn|m|k|%)?(?:-(strong|member|man|person))?");
    private static final Pattern HYPHEN_PAIR = Pattern.compile("\\d[\\d,.]*[-–—/:]\\d[\\d,.]*");

    private static final Map<String, String> CURRENCY_BEFORE = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("USD", "USD"), Map.entry("C$", "CAD"),
            Map.entry("A$", "AUD"), Map.entry("€", "EUR"), Map.entry("EUR", "EUR"), Map.entry("£", "GBP"),
            Map.entry("GBP", "GBP"), Map.entry("¥", "JPY"), Map.entry("KSh", "KES"), Map.entry("Ksh", "KES"),
            Map.entry("Sh", "KES"), Map.entry("KES", "KES"), Map.entry("HTG", "HTG"));
    private static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("usd", "USD"), Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), Map.entry("pounds", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("shillings", "KES"), Map.entry("kes", "KES"), Map.entry("gourdes", "HTG"), Map.entry("htg", "HTG"),
            Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"));
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12), Map.entry("mn", 1e6), Map.entry("bn", 1e9), Map.entry("m", 1e6),
            Map.entry("k", 1e3), Map.entry("b", 1e9));
    /** Hedges before a number, longest first, as lower-case token sequences. */
    /** Opening quotation marks as the tokenizer gives them. */
    private static final Set<String> OPENING_MARKS = Set.of("``", "\"", "“", "‘");
    /** Counted nouns that news capitalizes as part of a force's name: "30 New Zealand Police". */
    private static final Set<String> PROPER_COUNTED = Set.of("police", "gendarmerie", "marines");
    private static final List<List<String>> HEDGES = List.of(
            List.of("as", "many", "as"), List.of("as", "few", "as"), List.of("as", "much", "as"),
            List.of("in", "excess", "of"), List.of("an", "estimated"), List.of("more", "than"),
            List.of("less", "than"), List.of("fewer", "than"), List.of("at", "least"), List.of("at", "most"),
            List.of("up", "to"), List.of("close", "to"), List.of("upwards", "of"), List.of("just", "over"),
            List.of("just", "under"), List.of("well", "over"), List.of("nearly"), List.of("almost"),
            List.of("about"), List.of("around"), List.of("approximately"), List.of("roughly"), List.of("some"),
            List.of("over"), List.of("under"), List.of("estimated"), List.of("approx."), List.of("circa"),
            List.of("below"), List.of("above"), List.of("beyond"));
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.",
            "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
            "nov", "nov.", "dec", "dec.");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "dozen");
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "by", "until", "till", "of", "the", "from",
            "to", "during", "early", "late", "mid", "between", "and", "through", "before", "after", "year", "'s", "’s",
            "this", "that", "fiscal", "circa", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc", "eat", "est", "edt", "hrs",
            "o'clock", "o’clock");
    /** Function words that never head a counted object (used when tokens carry no part-of-speech tags). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for",
            "by", "with", "from", "and", "or", "but", "as", "than", "that", "this", "these", "those", "it", "its",
            "they", "them", "their", "he", "she", "we", "you", "i", "his", "her", "our", "is", "are", "was", "were",
            "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can",
            "do", "does", "did", "not", "no", "so", "if", "then", "who", "which", "what", "when", "where", "while",
            "into", "over", "under", "about", "after", "before", "since", "until", "per", "each", "all", "both",
            "more", "less", "most", "least", "other", "such", "only", "also", "very", "just", "up", "down", "out",
            "off", "through", "against", "between", "among", "amid", "via", "said", "says", "say", "told");
    /** Adjectives skipped before a counted noun when tokens carry no part-of-speech tags. */
    private static final Set<String> ADJECTIVES = Set.of("additional", "more", "new", "extra", "other", "further",
            "armed", "foreign", "local", "international", "unarmed", "uniformed", "trained", "active", "fewer", "few",
            "many", "several", "total", "combined", "full", "current", "first", "last", "remaining");
    /** Counted nouns that make a duration ("six months") or a fraction ("two thirds"), not a quantity. */
    private static final Set<String> TIME_AND_FRACTION_NOUNS = Set.of("second", "minute", "hour", "day", "night",
            "week", "weekend", "month", "year", "decade", "century", "quarter", "half", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "season", "term");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("men", "women", "children", "people",
            "personnel", "troops", "feet", "teeth", "mice", "geese", "cattle");

    /** Creates the annotator; it holds no state. */
    public QuantityAnnotator() {
    }

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.QUANTITIES);
    }

    @Override
    public Document annotate(Document doc) {
        List<Token> tokens = doc.layer(Layers.TOKENS);
        List<Timex> times = doc.findLayer(Layers.TIMES).orElse(List.of());
        List<Quantity> out = new ArrayList<>();
        int t = 0;
        for (Sentence sentence : doc.layer(Layers.SENTENCES)) {
            while (t < tokens.size() && tokens.get(t).start() < sentence.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) {
                t++;
            }
            if (t > from) {
                new SentenceReader(doc.text(), tokens.subList(from, t), times, out).read();
            }
        }
        return doc.with(Layers.QUANTITIES, out);
    }

    /** Reads the quantities of one sentence; used by one thread at a time. */
    private static final class SentenceReader {
        private final String text;
        private final List<Token> tokens;
        private final List<Timex> times;
        private final List<Quantity> out;
        private final String[] words;
        private final String[] lower;

        SentenceReader(String text, List<Token> tokens, List<Timex> times, List<Quantity> out) {
            this.text = text;
            this.tokens = tokens;
            this.times = times;
            this.out = out;
            this.words = new String[tokens.size()];
            this.lower = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                words[i] = text.substring(tokens.get(i).start(), tokens.get(i).end());
                lower[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }

        void read() {
            int i = 0;
            while (i < tokens.size()) {
                int next = readAt(i);
                i = Math.max(i + 1, next);
            }
        }

        /** Reads a quantity starting at token {@code i}; returns the index after it, or i when there is none. */
        private int readAt(int i) {
            Matcher m = NUMBER_TOKEN.matcher(words[i]);
            if (m.matches()) {
                return readDigits(i, m);
            }
            if (isNumberWord(i)) {
                return readWords(i);
            }
            return i;
        }

        private boolean isNumberWord(int i) {
            String w = lower[i];
            if (NUMBER_WORDS.contains(w)) {
                return true;
            }
            int dash = w.indexOf('-');
            return dash > 0 && NUMBER_WORDS.contains(w.substring(0, dash)) && NUMBER_WORDS.contains(w.substring(dash + 1));
        }

        private int readDigits(int i, Matcher m) {
            String currency = m.group(1) == null ? null : CURRENCY_BEFORE.get(m.group(1));
            String suffix = m.group(3);
            String strong = m.group(4);
            double value;
            try {
                value = Double.parseDouble(m.group(2).replace(",", ""));
            } catch (NumberFormatException e) {
                return i;
            }
            if (isInsideTime(i) || isDayOrYear(i, m) || isClockOrIdentifier(i)) {
                return i;
            }
            int start = i;
            if (currency == null && i > 0 && CURRENCY_BEFORE.containsKey(words[i - 1])) {
                currency = CURRENCY_BEFORE.get(words[i - 1]);
                start = i - 1;
            }
            int end = i + 1;
            String unit = currency;
            if ("%".equals(suffix)) {
                unit = "percent";
            } else if (suffix != null) {
                if (currency == null) {
                    return i; // "600m" without a currency is a distance or an identifier
                }
                value *= SCALES.get(suffix);
            }
            if (suffix == null && strong == null) {
                if (end < tokens.size() && SCALES.containsKey(lower[end])
                        && (lower[end].length() > 2 || currency != null)) {
                    value *= SCALES.get(lower[end]);
                    end++;
                }
                if (end < tokens.size() && unit == null) {
                    if (lower[end].equals("%") || lower[end].equals("percent") || lower[end].equals("pct")) {
                        unit = "percent";
                        end++;
                    } else if (lower[end].equals("per") && end + 1 < tokens.size() && lower[end + 1].equals("cent")) {
                        unit = "percent";
                        end += 2;
                    } else if (CURRENCY_AFTER.containsKey(lower[end])) {
                        unit = CURRENCY_AFTER.get(lower[end]);
                        end++;
                    }
                }
            }
            return finish(start, i, end, value, unit, true);
        }

        private int readWords(int i) {
            int end = i;
            List<String> parts = new ArrayList<>();
            while (end < tokens.size() && (isNumberWord(end)
                    || (lower[end].equals("and") && !parts.isEmpty() && end + 1 < tokens.size() && isNumberWord(end + 1)
                        && (parts.get(parts.size() - 1).equals("hundred") || parts.get(parts.size() - 1).equals("thousand"))))) {
                parts.add(lower[end]);
                end++;
            }
            if (end + 1 < tokens.size() && lower[end].equals("of") && (parts.get(parts.size() - 1).matches("hundred|thousand|million|dozen"))) {
                return end; // "hundreds of", "a dozen of": vague
            }
            int start = i;
            String phrase = String.join(" ", parts);
            if (i > 0 && lower[i - 1].equals("a") && phrase.matches("dozen|hundred|thousand|million|billion")) {
                start = i - 1;
                phrase = "a " + phrase;
            }
            if (phrase.equals("dozen") || isInsideTime(i)) {
                return end;
            }
            Number n;
            try {
                n = NumberNormalizer.wordToNumber(phrase);
            } catch (RuntimeException e) {
                return end;
            }
            if (n == null) {
                return end;
            }
            String unit = null;
            int after = end;
            if (after < tokens.size() && (lower[after].equals("percent") || lower[after].equals("%"))) {
                unit = "percent";
                after++;
            } else if (after < tokens.size() && CURRENCY_AFTER.containsKey(lower[after])) {
                unit = CURRENCY_AFTER.get(lower[after]);
                after++;
            }
            int before = out.size();
            int next = finish(start, i, after, n.doubleValue(), unit, false);
            if (unit == null && out.size() > before && out.get(out.size() - 1).object() == null) {
                out.remove(out.size() - 1); // a number word with nothing counted: "the two agreed", "one of them"
                return end;
            }
            return next;
        }

        /** Adds the hedge before and the object after, and records the quantity. */
        private int finish(int start, int numberAt, int end, double value, String unit, boolean digits) {
            String modifier = null;
            int hedgeStart = start;
            for (List<String> hedge : HEDGES) {
                int s = start - hedge.size();
                if (s < 0) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < hedge.size(); k++) {
                    if (!lower[s + k].equals(hedge.get(k))) {
                        match = false;
                        break;
                    }
                }
                if (match) {
                    modifier = String.join(" ", hedge);
                    hedgeStart = s;
                    break;
                }
            }
            int objectEnd = end;
            String object = null;
            if (!"percent".equals(unit)) {
                int[] found = findObject(end);
                if (found != null) {
                    object = objectOf(found[0], found[1]);
                    objectEnd = found[1];
                    String[] parts = object.split(" ");
                    if (TIME_AND_FRACTION_NOUNS.contains(parts[0])
                            || TIME_AND_FRACTION_NOUNS.contains(parts[parts.length - 1])) {
                        if (unit == null) {
                            return end; // "six months", "a two year deal", "two thirds": the time stage's or none
                        }
                        object = null; // "$639m year-earlier": keep the money, drop the false object
                        objectEnd = end;
                    }
                }
            }
            int last = objectEnd;
            if (last + 1 < tokens.size() && lower[last].equals("or") && (lower[last + 1].equals("so")
                    || lower[last + 1].equals("more"))) {
                if (modifier == null) {
                    modifier = "or " + lower[last + 1];
                }
                last += 2;
            }
            boolean approximate = modifier != null;
            if (digits && unit == null && object == null && numberAt > 0 && isName(numberAt - 1) && modifier == null) {
                return end; // "Resolution 2699", "Boeing 737"
            }
            int s = tokens.get(hedgeStart).start();
            int e = tokens.get(last - 1).end();
            out.add(new Quantity(s, e, value, approximate, modifier, unit, object));
            return last;
        }

        private boolean isName(int i) {
            return !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && i > 0
                    && !CURRENCY_BEFORE.containsKey(words[i]);
        }

        /** The token range [first, end) of the counted noun run after {@code at}, or null. */
        private int[] findObject(int at) {
            int i = at;
            if (i < tokens.size() && OPENING_MARKS.contains(words[i])) {
                i++; // 15,000 "blue helmets": the counted noun set in quotation marks
            }
            int skipped = 0;
            while (i < tokens.size() && skipped < 3 && isPreModifier(i)) {
                i++;
                skipped++;
            }
            int first = i;
            while (i < tokens.size() && i - first < 3 && isCommonNoun(i)) {
                i++;
                if (!hasTags() && isPluralLooking(i - 1)) {
                    break;
                }
            }
            if (i == first && i < tokens.size() && skipped > 0 && PROPER_COUNTED.contains(lower[i])) {
                return new int[] {i, i + 1}; // "thirty New Zealand Police": officers of that force
            }
            if (i == first && skipped > 0 && PROPER_COUNTED.contains(lower[i - 1])) {
                return new int[] {i - 1, i};
            }
            return i > first ? new int[] {first, i} : null;
        }

        private boolean hasTags() {
            return tokens.get(0).pos() != null;
        }

        private boolean isPreModifier(int i) {
            String pos = tokens.get(i).pos();
            if (pos != null) {
                return (pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("RBR") || pos.equals("NNP"))
                        && i + 1 < tokens.size() && !lower[i].equals("-");
            }
            return ADJECTIVES.contains(lower[i])
                    || (Character.isUpperCase(words[i].charAt(0)) && words[i].chars().allMatch(Character::isLetter));
        }

        private boolean isCommonNoun(int i) {
            String pos = tokens.get(i).pos();
            if (pos != null) {
                return pos.equals("NN") || pos.equals("NNS");
            }
            String w = lower[i];
            return w.chars().allMatch(Character::isLowerCase) && w.length() > 1 && !FUNCTION_WORDS.contains(w)
                    && !w.endsWith("ly") && !w.endsWith("ing") && !w.endsWith("ed") && !MONTHS.contains(w)
                    && !NUMBER_WORDS.contains(w);
        }

        private boolean isPluralLooking(int i) {
            String w = lower[i];
            return IRREGULAR_PLURALS.contains(w) || (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                    && !w.endsWith("is"));
        }

        private String objectOf(int first, int end) {
            int head = end - 1;
            String tag = tokens.get(head).pos();
            if (tag == null) {
                tag = isPluralLooking(head) ? "NNS" : "NN";
            }
            String lemma = Morphology.lemmaStatic(lower[head], tag);
            if (lemma == null || lemma.isEmpty()) {
                lemma = lower[head];
            }
            if (head > first) {
                return lower[head - 1] + " " + lemma;
            }
            return lemma;
        }

        private boolean isInsideTime(int i) {
            Token tok = tokens.get(i);
            for (Timex t : times) {
                if (t.start() <= tok.start() && tok.end() <= t.end()) {
                    return true;
                }
                if (t.start() > tok.end()) {
                    break;
                }
            }
            return false;
        }

        /** Days next to a month name, and years. */
        private boolean isDayOrYear(int i, Matcher m) {
            if (m.group(1) != null || m.group(3) != null || m.group(4) != null) {
                return false;
            }
            String digits = m.group(2);
            boolean small = digits.matches("\\d{1,2}");
            if (small && ((i > 0 && MONTHS.contains(lower[i - 1])) || (i + 1 < tokens.size() && MONTHS.contains(lower[i + 1]))
                    || (i + 2 < tokens.size() && lower[i + 1].equals("of") && MONTHS.contains(lower[i + 2])))) {
                return true;
            }
            if (!digits.matches("\\d{4}")) {
                return false;
            }
            int year = Integer.parseInt(digits);
            if (year < 1800 || year > 2100) {
                return false;
            }
            if (i > 0 && CURRENCY_BEFORE.containsKey(words[i - 1])) {
                return false;
            }
            boolean countedAfter = i + 1 < tokens.size() && isCommonNoun(i + 1) && isPluralLooking(i + 1)
                    && !(i + 1 < tokens.size() && SCALES.containsKey(lower[i + 1]));
            boolean yearBefore = i > 0 && (YEAR_CONTEXT.contains(lower[i - 1]) || MONTHS.contains(lower[i - 1])
                    || lower[i - 1].equals(","));
            if (i + 1 < tokens.size() && (lower[i + 1].equals("%") || lower[i + 1].equals("percent")
                    || SCALES.containsKey(lower[i + 1]))) {
                return false;
            }
            return yearBefore || !countedAfter;
        }

        private boolean isClockOrIdentifier(int i) {
            if (i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end()
                    && lower[i + 1].matches("st|nd|rd|th")) {
                return true; // an ordinal the tokenizer split: "3" "rd"
            }
            if (HYPHEN_PAIR.matcher(words[i]).matches()) {
                return true;
            }
            if (i + 1 < tokens.size() && CLOCK.contains(lower[i + 1])) {
                return true;
            }
            if (i + 2 < tokens.size() && (lower[i + 1].equals("-") || lower[i + 1].equals("–") || lower[i + 1].equals("to"))
                    && words[i + 2].matches("\\d+") && !words[i].contains(",") && i > 0
                    && (lower[i - 1].equals("a") || lower[i - 1].equals("vote") || lower[i - 1].equals("voted"))) {
                return true; // "voted 15 to 0", "a 15 - 0 vote"
            }
            if (i > 0 && (lower[i - 1].equals("no.") || lower[i - 1].equals("#") || lower[i - 1].equals("number"))) {
                return true;
            }
            // the number part of "15-0" split by the tokenizer
            return i + 2 < tokens.size() && (words[i + 1].equals("-") || words[i + 1].equals("–"))
                    && words[i + 2].matches("\\d+") && !(i + 3 < tokens.size() && isCommonNoun(i + 3)
                    && !lower[i + 3].equals("vote"));
        }
    }
}
