package org.sitrep.read;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a plain-text scrape: the line that reads as its headline, else the first sentence of its text.
 *
 * <p>A scrape is often the page from its top, so its first lines may be a menu, a section label ("Crime &amp;
 * Justice"), a timestamp ("Tuesday, 02 January 2024 12:17 GMT"), a lone "|" or a crawler's date marker before the
 * lead ("date 2025-03-28 Another blow to …"). Among the first {@value #MAX_LINES} lines, a line reads as a headline
 * when it has the form of one and the article is about what it says:
 * <ul>
 *   <li><b>Form:</b> {@value #MIN_WORDS} to {@value #MAX_WORDS} words, a capital letter where the script has them,
 *       not ending with a colon or with a period as a sentence does, no menu separators ({@code |}, {@code •}), and
 *       not a date or time (absolute or "2 hours ago"), a picture credit, a field line ({@code Category: …}), a
 *       dated byline or a web address. A crawler's date marker opening the line is dropped first.</li>
 *   <li><b>Subject:</b> a third or more of its longer words (four letters or more) recur in the prose of the scrape
 *       (its lines of {@value #PROSE_WORDS} words or more that are not of headline form), as a headline's words recur
 *       in its story and a menu's do not.</li>
 * </ul>
 * The scrape's first line is taken when it reads as a headline with a quarter of its words recurring (a scraper
 * puts the title first); else the first line that reads as one among the {@value #WINDOW} lines before the story's
 * start (the first line of its longest run of prose) and that line itself. A scrape with no prose takes its first
 * line of headline form. When no line reads as a headline, the title is the first sentence of the first line of prose (or
 * of the first line with letters), cut at a word boundary after at most {@value #MAX_CHARS} characters and then
 * marked with "…".
 *
 * <p>Thread safety: stateless; may be used from any thread.
 *
 * <p>Failure: never throws; a text with no letters has no title.
 */
public final class ScrapeTitle {
    /** The lines looked at for a headline. */
    static final int MAX_LINES = 200;
    /** The fewest words of a headline: two words are a section label or a name more often than a headline. */
    static final int MIN_WORDS = 4;
    /** The most words of a headline. */
    static final int MAX_WORDS = 30;
    /** The fewest words of a line of prose. */
    static final int PROSE_WORDS = 15;
    /** The longest title cut from a sentence. */
    static final int MAX_CHARS = 140;
    /** The share of its longer words that a headline's must recur in the prose. */
    private static final double MIN_SHARE = 0.34;
    /** The share a scrape's first line needs: where a scraper puts the title, less evidence is asked. */
    private static final double FIRST_LINE_SHARE = 0.25;
    /** How many lines before the story's start its headline may stand. */
    private static final int WINDOW = 15;
    /** How many shorter lines a run of prose may hold. */
    private static final int MAX_GAP = 3;
    /** The text read for prose words: enough for any story's opening. */
    private static final int MAX_TEXT_CHARS = 60_000;

    /** A crawler's date marker opening a line: "date 2025-03-28", "crawled: 2024-01-02T12:00:00Z". */
    private static final Pattern DATE_MARKER = Pattern.compile("(?i)^(?:date|published|posted|updated|crawled|"
            + "fetched|retrieved)?\\s*[:=]?\\s*\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
            + "(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s*[|:–—-])?\\s+");
    /** A time given as time past: "2 hours ago", "vor 3 Tagen", "il y a 5 minutes". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)^(?:updated\\s+|vor\\s+|il y a\\s+|hace\\s+)?"
            + "(?:\\d+|an?|one)\\s+(?:second|sec|minute|min|hour|hr|day|week|month|year|sekunde|minute|stunde|tag|"
            + "woche|monat|jahr|seconde|heure|jour|semaine|mois|an|segundo|minuto|hora|día|semana|mes|año)\\p{L}*"
            + "(?:\\s+ago)?\\.?$");
    /** A link that skips to a part of the page: "Skip to main content", "Jump to navigation", "Zum Inhalt springen". */
    private static final Pattern SKIP_LINK = Pattern.compile("(?iu)^(?:(?:skip|jump|go|back) to|direkt zu[mr]?|"
            + "springe? zu[mr]?|zum|zur|aller au|aller à|ir al|vai al|przejdź do)\\b.{0,40}?(?:content|navigation|"
            + "search|menu|inhalt|hauptinhalt|navigation|suche|men[üu]|contenu|contenido|contenuto|treści)"
            + "(?:\\s+(?:springen|überspringen|principal|principale))?(?:\\s*[|/]?\\s*(?:skip|jump) to \\p{L}+(?: \\p{L}+)?)*$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.|\\S+@\\S+\\.\\p{L}{2,})");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·»›]\\s|^[|•·»›]|[|•·»›]$");
    /** The end of a text in an initial or a short title that takes a period: "J.", "U.S.", "Mr.", "Gen.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?:(?<![\\p{L}.])\\p{Lu}\\.|(?<!\\p{L})(?:Mr|Mrs|Ms|"
            + "Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Rev|No|Nr|vs|ca|bzw|Hr|Fr)\\.)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern LONGER_WORD = Pattern.compile("[\\p{L}\\p{N}]{4,}");

    private ScrapeTitle() {
    }

    /** The title of the scrape {@code text}; empty when it has no letters. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String head = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        List<String> lines = new ArrayList<>();
        for (String line : head.split("\\R")) {
            String squashed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!squashed.isEmpty()) {
                lines.add(squashed);
            }
        }
        List<Integer> prose = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (words(lines.get(i)) >= PROSE_WORDS && !hasHeadlineForm(lines.get(i))) {
                prose.add(i);
            }
        }
        return findHeadline(lines, prose).or(() -> firstSentence(lines, prose));
    }

    /** Whether {@code line} has the form of a headline (its date marker, if any, dropped first). */
    static boolean hasHeadlineForm(String line) {
        String l = withoutDateMarker(line);
        int n = words(l);
        if (n < MIN_WORDS || n > MAX_WORDS || l.endsWith(":") || MENU_SEPARATOR.matcher(l).find()
                || SKIP_LINK.matcher(l).matches()
                || WEB_ADDRESS.matcher(l).find() || !hasCapitalWhereCased(l)) {
            return false;
        }
        if (ExtractionLines.endsLikeSentence(l) && endsWithPeriod(l)) {
            return false;
        }
        return !ExtractionLines.isDateOnly(l) && !RELATIVE_TIME.matcher(l).matches() && !ExtractionLines.isCredit(l)
                && !ExtractionLines.isFieldLine(l) && !ExtractionLines.isDatedByline(l, false);
    }

    /** {@code line} without a crawler's date marker opening it. */
    static String withoutDateMarker(String line) {
        Matcher m = DATE_MARKER.matcher(line);
        return m.lookingAt() && m.end() < line.length() ? line.substring(m.end()).strip() : line;
    }

    private static Optional<String> findHeadline(List<String> lines, List<Integer> prose) {
        int limit = Math.min(lines.size(), MAX_LINES);
        if (prose.isEmpty()) {
            for (int i = 0; i < limit; i++) {
                if (hasHeadlineForm(lines.get(i))) {
                    return Optional.of(withoutDateMarker(lines.get(i)));
                }
            }
            return Optional.empty();
        }
        Map<String, Integer> proseWords = new HashMap<>();
        for (int i : prose) {
            for (String w : longerWords(lines.get(i))) {
                proseWords.merge(w, 1, Integer::sum);
            }
        }
        if (readsAsHeadline(lines, 0, proseWords, FIRST_LINE_SHARE)) {
            return Optional.of(withoutDateMarker(lines.get(0)));
        }
        int start = storyStart(prose);
        for (int i = Math.max(1, start - WINDOW); i <= start && i < limit; i++) {
            if (readsAsHeadline(lines, i, proseWords, MIN_SHARE)) {
                return Optional.of(withoutDateMarker(lines.get(i)));
            }
        }
        return Optional.empty();
    }

    private static boolean readsAsHeadline(List<String> lines, int i, Map<String, Integer> proseWords,
            double minShare) {
        return hasHeadlineForm(lines.get(i)) && recurringShare(withoutDateMarker(lines.get(i)), proseWords) >= minShare;
    }

    /**
     * The line where the story starts: the first line of the longest run of prose (lines of prose with at most
     * {@value #MAX_GAP} shorter lines between them).
     */
    private static int storyStart(List<Integer> prose) {
        int bestStart = prose.get(0);
        int bestLength = 0;
        int runStart = prose.get(0);
        int runLength = 1;
        for (int k = 1; k <= prose.size(); k++) {
            if (k < prose.size() && prose.get(k) - prose.get(k - 1) <= MAX_GAP + 1) {
                runLength++;
                continue;
            }
            if (runLength > bestLength) {
                bestLength = runLength;
                bestStart = runStart;
            }
            if (k < prose.size()) {
                runStart = prose.get(k);
                runLength = 1;
            }
        }
        return bestStart;
    }

    /** The share of the longer words of {@code line} that recur in the prose; 0 when it has none. */
    private static double recurringShare(String line, Map<String, Integer> proseWords) {
        Set<String> own = longerWords(line);
        if (own.isEmpty()) {
            return 0;
        }
        int recurring = 0;
        for (String w : own) {
            if (proseWords.containsKey(w)) {
                recurring++;
            }
        }
        // one recurring word of one is weak evidence: a headline of one longer word needs it twice as much
        return own.size() == 1 ? recurring / 2.0 : recurring / (double) own.size();
    }

    private static Set<String> longerWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = LONGER_WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Optional<String> firstSentence(List<String> lines, List<Integer> prose) {
        String from = prose.isEmpty() ? null : withoutDateMarker(lines.get(prose.get(0)));
        if (from == null) {
            for (String l : lines) {
                if (l.codePoints().anyMatch(Character::isLetter) && !ExtractionLines.isDateOnly(l)) {
                    from = withoutDateMarker(l);
                    break;
                }
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(from);
        int end = it.next();
        // a break after an initial or a title is an abbreviation's false end ("Antony J. Blinken", "Mr. Ruto"),
        // and a sentence of a few words is too short to stand for the story; read on
        while (end != BreakIterator.DONE && end < from.length()
                && (ABBREVIATION_END.matcher(from.substring(0, end).stripTrailing()).find()
                        || words(from.substring(0, end)) < MIN_WORDS)) {
            end = it.next();
        }
        String sentence = (end == BreakIterator.DONE ? from : from.substring(0, end)).strip();
        return Optional.of(cutAtWord(sentence));
    }

    /** {@code s} cut at the last word boundary within {@link #MAX_CHARS}, marked with "…" when cut. */
    static String cutAtWord(String s) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', MAX_CHARS);
        String kept = (cut <= 0 ? s.substring(0, MAX_CHARS) : s.substring(0, cut)).replaceAll("[\\s,;:–—-]+$", "");
        return kept + "…";
    }

    private static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (m.group().codePoints().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasCapitalWhereCased(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return true;
            }
            cased |= Character.isLowerCase(c);
        }
        return !cased;
    }

    private static boolean endsWithPeriod(String s) {
        String t = s.replaceAll("[\"”’)\\s]+$", "");
        return t.endsWith(".") && !t.endsWith("...");
    }
}
