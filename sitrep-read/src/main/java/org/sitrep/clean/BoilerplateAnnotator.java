package org.sitrep.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.pipeline.Annotator;

/**
 * Finds the lines of a news text that are not the article, by rules that hold across English news sites, and marks
 * them as {@link Layers#BOILERPLATE} so that no later stage reads them.
 *
 * <ul>
 *   <li>{@code link-list}: a heading line such as "ALSO READ:", "Related stories", "Read more", "You may also like",
 *       "More from …", "Recommended" or "Trending", with the run of short lines under it (bulleted items, or short
 *       headline-like lines without sentence-final punctuation). The block ends before the first line of prose. A
 *       heading with its item on the same line ("READ MORE: Police arrive in Haiti") counts too.</li>
 *   <li>{@code share}: share, follow, subscribe, sign-up, "click here" and cookie lines, and rows of social network
 *       names.</li>
 *   <li>{@code repeated-title}: the title repeated as the last line of the article (compared ignoring case, white
 *       space and quote marks), as scrapers often leave it.</li>
 * </ul>
 * Each span covers whole lines with their line ends. Lines are split at {@code \n}; a {@code \r} before it belongs
 * to the line end.
 *
 * <p>Thread safety: stateless (compiled patterns only); one instance serves any number of threads.
 *
 * <p>Failure: never fails on text; an empty or odd text gives an empty layer. Any boilerplate the document already
 * has (a reader marks what the page's markup shows, such as menus and captions) is kept, and these rules look only at
 * the lines outside it.
 */
public final class BoilerplateAnnotator implements Annotator {
    private static final int MAX_HEADING_CHARS = 60;
    private static final int MAX_ITEM_CHARS = 200;
    private static final int MAX_UNBULLETED_ITEM_CHARS = 150;
    private static final int MAX_SHARE_CHARS = 160;

    private static final String HEADING = "(?:also read|read also|see also|also see|read more|more to read"
            + "|related(?: (?:articles?|stories|story|news|posts?|content|coverage|links|reading|topics|videos?))?"
            + "|more (?:stories|news|articles|coverage|headlines)(?: (?:from|on|about|in) [^.!?;,]{1,40})?"
            + "|more (?:from|in) [^.!?;,]{1,40}|more on this (?:story|topic)"
            + "|you (?:may|might|could) also (?:like|enjoy|be interested in|want to read)"
            + "|recommended(?: (?:for you|stories|articles|reading|videos?))?"
            + "|trending(?: (?:now|stories|news|articles|topics))?"
            + "|most (?:read|popular|viewed|shared|watched)|popular (?:stories|posts|articles|now)|top stories"
            + "|latest (?:news|stories|articles|posts)|editor'?s picks|don'?t miss|(?:further|suggested) reading"
            + "|in case you missed it|what to read next|read next|up next|watch next)";
    private static final Pattern HEADING_LINE = Pattern.compile(
            "[#*>■▶►\\s]*" + HEADING + "[\\s:：…»>→▼*|-]*(?:\\.\\.\\.)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADING_WITH_ITEM = Pattern.compile(
            "[#*>■▶►\\s]*" + HEADING + "\\s*(?:[:：|»>→]|\\s[-–—])\\s*(\\S.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BULLET = Pattern.compile("(?:[-*•·‣▪◦–—>»►▸]|\\d{1,2}[.)])\\s+\\S.*");
    /** Ends like a sentence: . ! ; , or : possibly inside closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!;,:…][\"'”’)\\]]*");
    private static final Pattern QUESTION_END = Pattern.compile(".*\\?[\"'”’)\\]]*");

    private static final String NETWORK = "(?:facebook|twitter|x|whatsapp|linkedin|telegram|email|e-mail|reddit"
            + "|pinterest|print|copy link|messenger|instagram|tiktok|youtube|threads|flipboard|sms|mail)";
    private static final List<Pattern> SHARE_LINES = List.of(
            share("(?:share|tweet|email|print|copy link|copy url|share this|share via|share on)"),
            share("share (?:this|the) (?:article|story|post|page|video|report)(?: (?:on|via|with) .*)?"),
            share("share (?:on|via|to|with) .*"),
            share("share\\s*:.*"),
            share("(?:follow|like) us(?: (?:on|at|for) .*)?"),
            share("follow (?:\\S+ ){0,4}on " + NETWORK + ".*"),
            share("subscribe(?: (?:to|for|now|here|today|and)\\b.*)?"),
            share("sign up (?:for|to|now|here|today)\\b.*"),
            share("(?:click|tap|press) here\\b.*"),
            share("join (?:us|our \\S+(?: \\S+)?) on .*"),
            share("join our (?:whatsapp|telegram|newsletter|mailing list|community)\\b.*"),
            share("get (?:the latest|our|breaking) .*(?:newsletter|inbox|updates|alerts|app)\\b.*"),
            share("download (?:our|the) .*\\bapp\\b.*"),
            share("(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\\b.*"),
            share("by (?:using|continuing|browsing)\\b.*\\bcookies\\b.*"),
            share("(?:accept|reject|manage) (?:all )?cookies\\b.*"),
            share("cookie (?:policy|settings|preferences|consent)\\b.*"),
            share(NETWORK + "(?:[\\s,|•·/]+" + NETWORK + ")+"));

    /** Longest closing line (a notice or a call to act at the article's end) that is looked at. */
    private static final int MAX_CLOSING_CHARS = 400;
    private static final String SOCIAL = "(?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp"
            + "|threads|x)";
    /** The opening of a paywall's pitch: "To view the full story, please subscribe to …". */
    private static final Pattern PAYWALL_OPENS = closing(".*\\bto (?:view|read|continue reading|access|unlock) "
            + "(?:the|this) (?:full |whole |entire )?(?:story|article|report|piece)\\b.*\\bsubscri.*");
    /** The close of a paywall's pitch: "If you're already a subscriber, log in …". */
    private static final Pattern PAYWALL_CLOSES = closing(".*\\balready (?:a )?(?:subscriber|member)\\b.*"
            + "\\b(?:log|sign) ?in\\b.*");
    /** Most lines a paywall's pitch runs between its opening and its close. */
    private static final int MAX_PITCH_LINES = 12;
    /** Calls to act that close many articles: get the app, follow the paper, write a letter, subscribe to read. */
    private static final List<Pattern> CLOSING_CALLS = List.of(
            closing(".*\\bdownload (?:the|our) (?:[\\p{L}\\p{N}'’&.-]+ ){0,4}apps?\\b.*"),
            closing("follow (?:\\S+ ){0,5}on " + SOCIAL + "\\b.*"),
            closing("we(?:'d|’d| would)? (?:want|like|love) to hear (?:what you think|from you)\\b.*"),
            closing("(?:submit|send) (?:your|us (?:a|your)) (?:letters?|comments?|views) (?:to|for|on|via)\\b.*"),
            PAYWALL_OPENS,
            PAYWALL_CLOSES,
            closing("(?:never|don'?t|do not) miss (?:a|the|out|another|any)\\b.*"
                    + "\\b(?:sign(?:ing)? up|subscrib\\w*|newsletters?|register\\w*)\\b.*"));
    /** Notices that close many articles: copyright, reprint terms, disclaimers, affiliate disclosures. */
    private static final List<Pattern> CLOSING_NOTICES = List.of(
            closing("(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\))?\\s*\\d{4}).*"),
            closing(".*\\b(?:is|are) the (?:copyrighted|exclusive|intellectual) property of\\b.*"),
            closing(".*\\ball rights reserved\\b.*"),
            closing(".*\\bmay not be (?:re)?(?:published|produced|reproduced|distributed|copied|rewritten"
                    + "|redistributed|broadcast)\\b.*"),
            closing(".*\\b(?:written|prior) permission (?:must|is required|is needed)\\b.*"),
            closing(".*\\bwe may (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)\\b.*"),
            closing("this (?:post|article|page|story) (?:contains|may contain|includes) (?:references to products"
                    + "|affiliate links)\\b.*"),
            closing(".*\\b(?:is|are) not responsible for the (?:opinions|content|views|statements)\\b.*"),
            closing("the (?:views|opinions) expressed (?:in|on|by|here)\\b.*"));

    /** Words one of which every closing line holds: lines without any are not matched against the patterns. */
    private static final List<String> CLOSING_WORDS = List.of("download", "follow", "hear", "letter", "comment",
            "views", "subscri", "member", "miss", "©", "(c)", "copyright", "property", "rights reserved",
            "may not be", "permission", "compensation", "commission", "contains", "includes", "responsible",
            "expressed");

    private static Pattern closing(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern share(String regex) {
        return Pattern.compile(regex + "[\\s.!:]*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.BOILERPLATE);
    }

    @Override
    public Document annotate(Document doc) {
        List<Line> lines = Line.split(doc.text());
        boolean[] marked = new boolean[lines.size()];
        // what the reader marked from the page's markup stays, and the rules read only the rest
        List<Boilerplate> found = new ArrayList<>(doc.findLayer(Layers.BOILERPLATE).orElse(List.of()));
        markGiven(lines, marked, found);
        findLinkLists(lines, marked, found);
        findShareLines(lines, marked, found);
        findPaywallPitches(lines, marked, found);
        findClosingLines(lines, marked, found);
        findRepeatedTitle(doc, lines, marked, found);
        return doc.with(Layers.BOILERPLATE, found);
    }

    private static void markGiven(List<Line> lines, boolean[] marked, List<Boilerplate> given) {
        int g = 0;
        for (int i = 0; i < lines.size() && g < given.size(); i++) {
            Line line = lines.get(i);
            while (g < given.size() && given.get(g).end() <= line.start()) {
                g++;
            }
            if (g < given.size() && given.get(g).start() < Math.max(line.end(), line.start() + 1)) {
                marked[i] = true;
            }
        }
    }

    // ---- link lists --------------------------------------------------------------------------------------------

    private static void findLinkLists(List<Line> lines, boolean[] marked, List<Boilerplate> found) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).content().strip();
            if (s.isEmpty() || s.length() > MAX_ITEM_CHARS) {
                continue;
            }
            boolean heading = s.length() <= MAX_HEADING_CHARS && HEADING_LINE.matcher(s).matches();
            boolean headingWithItem = !heading && isHeadingWithItem(s);
            if (!heading && !headingWithItem) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < lines.size(); j++) {
                String item = lines.get(j).content().strip();
                if (item.isEmpty()) {
                    continue;
                }
                // a teaser with its headline on the heading's line ("Read more: …") is one line; what follows it
                // belongs to the list only when set as a bulleted item, else it is the article's next subheading
                if (!isListItem(item) || headingWithItem && !BULLET.matcher(item).matches()) {
                    break;
                }
                last = j;
            }
            mark(lines, marked, found, i, last, Boilerplate.LINK_LIST);
            i = last;
        }
    }

    private static boolean isHeadingWithItem(String s) {
        Matcher m = HEADING_WITH_ITEM.matcher(s);
        return m.matches() && isHeadlineLike(m.group(1).strip());
    }

    private static boolean isListItem(String s) {
        if (s.length() > MAX_ITEM_CHARS || !hasLetter(s)) {
            return false;
        }
        if (BULLET.matcher(s).matches()) {
            return true;
        }
        return isHeadlineLike(s);
    }

    /** A short line that reads as a headline, not as a sentence of prose. */
    private static boolean isHeadlineLike(String s) {
        if (s.length() > MAX_UNBULLETED_ITEM_CHARS || !hasLetter(s) || SENTENCE_END.matcher(s).matches()) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 25) {
            return false;
        }
        if (QUESTION_END.matcher(s).matches()) {
            return mostlyCapitalized(words); // "Is Haiti Safe Now?" is a headline; a bare question is prose
        }
        return true;
    }

    private static boolean mostlyCapitalized(String[] words) {
        int capital = 0;
        int counted = 0;
        for (String w : words) {
            if (w.length() > 3) {
                counted++;
                if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                    capital++;
                }
            }
        }
        return counted > 0 && capital * 2 >= counted;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    // ---- share lines -------------------------------------------------------------------------------------------

    private static void findShareLines(List<Line> lines, boolean[] marked, List<Boilerplate> found) {
        for (int i = 0; i < lines.size(); i++) {
            if (marked[i]) {
                continue;
            }
            String s = lines.get(i).content().strip();
            if (s.isEmpty() || s.length() > MAX_SHARE_CHARS * 2) {
                continue;
            }
            boolean cookie = s.toLowerCase(Locale.ROOT).contains("cookie");
            if (s.length() > MAX_SHARE_CHARS && !cookie) {
                continue;
            }
            for (Pattern p : SHARE_LINES) {
                if (p.matcher(s).matches()) {
                    mark(lines, marked, found, i, i, Boilerplate.SHARE);
                    break;
                }
            }
        }
    }

    // ---- paywall pitches ---------------------------------------------------------------------------------------

    /**
     * A paywall's pitch: the lines from "To view the full story, please subscribe" to "already a subscriber? Log in",
     * with the offers between them ("Join now to get: …", "First-time subscribers also receive …"). Only a pitch
     * closed within {@link #MAX_PITCH_LINES} lines is taken, so an article that quotes such a line keeps its text.
     */
    private static void findPaywallPitches(List<Line> lines, boolean[] marked, List<Boilerplate> found) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).content().strip();
            if (s.isEmpty() || s.length() > MAX_CLOSING_CHARS || !PAYWALL_OPENS.matcher(s).matches()) {
                continue;
            }
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < MAX_PITCH_LINES; j++) {
                String t = lines.get(j).content().strip();
                if (t.isEmpty()) {
                    continue;
                }
                seen++;
                if (t.length() <= MAX_CLOSING_CHARS && PAYWALL_CLOSES.matcher(t).matches()) {
                    mark(lines, marked, found, i, j, Boilerplate.ADS);
                    i = j;
                    break;
                }
            }
        }
    }

    // ---- closing lines -----------------------------------------------------------------------------------------

    private static void findClosingLines(List<Line> lines, boolean[] marked, List<Boilerplate> found) {
        for (int i = 0; i < lines.size(); i++) {
            if (marked[i]) {
                continue;
            }
            String s = lines.get(i).content().strip();
            if (s.isEmpty() || s.length() > MAX_CLOSING_CHARS) {
                continue;
            }
            if (!holdsAny(s.toLowerCase(Locale.ROOT), CLOSING_WORDS)) {
                continue;
            }
            if (matchesAny(CLOSING_CALLS, s)) {
                mark(lines, marked, found, i, i, Boilerplate.SHARE);
            } else if (matchesAny(CLOSING_NOTICES, s)) {
                mark(lines, marked, found, i, i, Boilerplate.ADS);
            }
        }
    }

    private static boolean holdsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    // ---- repeated title ----------------------------------------------------------------------------------------

    private static void findRepeatedTitle(Document doc, List<Line> lines, boolean[] marked, List<Boilerplate> found) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).content().isBlank()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        int last = -1;
        for (int i = lines.size() - 1; i > first; i--) {
            if (!marked[i] && !lines.get(i).content().isBlank()) {
                last = i;
                break;
            }
        }
        if (last < 0) {
            return;
        }
        String candidate = comparable(lines.get(last).content());
        if (candidate.isEmpty()) {
            return;
        }
        boolean repeatsFirstLine = candidate.equals(comparable(lines.get(first).content()));
        boolean repeatsTitle = doc.findTitle().map(t -> comparable(t).equals(candidate)).orElse(false);
        if (repeatsFirstLine || repeatsTitle) {
            mark(lines, marked, found, last, last, Boilerplate.REPEATED_TITLE);
        }
    }

    /** Case, white space, compatibility forms and quote marks do not count when titles are compared. */
    static String comparable(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[\"'`´“”‘’«»„‚‹›]", "");
        return n.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    // ---- lines -------------------------------------------------------------------------------------------------

    /**
     * Marks the lines of {@code [from, to]} as {@code kind}: each run of them not marked yet (by the reader or by an
     * earlier rule) becomes one span, so that no line is given two kinds.
     */
    private static void mark(List<Line> lines, boolean[] marked, List<Boilerplate> found, int from, int to,
            String kind) {
        int k = from;
        while (k <= to) {
            if (marked[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 <= to && !marked[end + 1]) {
                end++;
            }
            for (int m = k; m <= end; m++) {
                marked[m] = true;
            }
            found.add(new Boilerplate(lines.get(k).start(), lines.get(end).endWithBreak(), kind));
            k = end + 1;
        }
    }

    /**
     * One line of the text.
     *
     * @param start first character
     * @param end end of the content, before any line break
     * @param endWithBreak end including the line break
     * @param content the characters of the line without its break
     */
    private record Line(int start, int end, int endWithBreak, String content) {
        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                int nl = text.indexOf('\n', at);
                int breakEnd = nl < 0 ? text.length() : nl + 1;
                int end = nl < 0 ? text.length() : nl;
                if (end > at && text.charAt(end - 1) == '\r') {
                    end--;
                }
                lines.add(new Line(at, end, breakEnd, text.substring(at, end)));
                at = breakEnd;
            }
            return lines;
        }
    }
}
