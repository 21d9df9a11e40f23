package org.sitrep.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Quote;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredQuote;

/**
 * The quotes a report shows, fit to republish: a direct quote is the speaker's words between one pair of marks,
 * reported speech is shown as reported ("Ruto said Kenya would …"), and only a speaker the record can name is shown:
 * a resolved person, organization or country, or a named group ("diplomats", "Labour campaign chiefs"), never a
 * pronoun, a date or a common noun. A quote whose speaker the analysis left unresolved stays in the document's
 * analysis and is left out here. The same words from several sources are one item listing every source.
 *
 * <p>Which quotes belong to a subject depends on what it is: a person's own words; an organization's or a country's
 * statements, its own and those of the people who spoke for it in the record ({@code via} of its facts); for a
 * mission, what the actors of its facts said in the documents about it, and whatever names it.
 *
 * <p>Thread safety: one instance serves one report; not thread-safe. Failure: store errors propagate as
 * {@link org.sitrep.store.StoreException}.
 */
final class ReportQuotes {
    /** Pronouns and determiners that never name a speaker on their own ("It", "Its members", "he"). */
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "his", "her",
            "its", "our", "their", "this", "that", "these", "those", "who", "which", "someone", "somebody", "one",
            "all", "some", "many", "most", "both", "each", "either", "neither", "none", "another", "other", "others",
            "him", "them", "us", "me");
    /** Words that are dates, never speakers. */
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow", "week", "month", "year");
    /** Plural nouns that name a group of speakers when no one is named ("officials said"). */
    private static final Set<String> GROUPS = Set.of("officials", "diplomats", "analysts", "sources", "witnesses",
            "residents", "police", "lawmakers", "legislators", "experts", "economists", "observers", "critics",
            "protesters", "activists", "authorities", "investigators", "prosecutors", "ministers", "leaders",
            "spokesmen", "spokeswomen", "spokespeople", "aides", "advisers", "advisors", "organisers", "organizers",
            "campaigners", "researchers", "scientists", "doctors", "workers", "unions", "villagers", "survivors",
            "rebels", "soldiers", "troops", "officers", "delegates", "executives", "traders", "dealers", "investors",
            "bankers", "negotiators", "mediators", "monitors", "locals", "chiefs", "insiders", "commanders",
            "mps", "senators", "governments", "donors", "envoys", "ambassadors", "members", "representatives");
    /** Words a quote that stops mid-phrase ends with ("killed in the", "of making a"). */
    private static final Set<String> OPEN_ENDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for",
            "and", "or", "but", "with", "by", "from", "as", "that", "which", "who", "his", "her", "its", "their",
            "our", "my", "your", "making", "is", "are", "was", "were", "be", "been", "than", "into", "about");
    private static final String MARKS = "\"“”„‟'‘’‚‛«»‹›「」『』";
    /** Words reported speech cannot open with, its subject missing ("can cut crime", "'s figures were decent"). */
    private static final Set<String> SUBJECTLESS_OPENINGS = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "does", "do", "did", "'s",
            "’s");

    private final Store store;
    private final Map<String, Optional<Document>> documents = new HashMap<>();

    ReportQuotes(Store store) {
        this.store = store;
    }

    /**
     * The report's quotes: those {@code selected} accepts and whose speaker can be shown, on or before
     * {@code asOf} (null for all), oldest first, one item per distinct quote.
     */
    List<SituationReport.QuoteItem> select(java.util.function.Predicate<StoredQuote> selected, String asOf) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (StoredQuote q : allQuotes()) {
            String when = whenSaid(q);
            if (asOf != null && when != null && when.compareTo(asOf) > 0 && !when.startsWith(asOf)) {
                continue;
            }
            if (!isShowable(q) || !selected.test(q)) {
                continue;
            }
            String text = shownText(q);
            String kind = Quote.DIRECT.equals(q.quote().kind()) ? Quote.DIRECT : Quote.INDIRECT;
            Quote.Speaker speaker = q.quote().speaker();
            String key = kind + "|" + (speaker.entityId() != null ? speaker.entityId() : speaker.name().toLowerCase(Locale.ROOT))
                    + "|" + text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Builder b = byKey.get(key);
            if (b == null) {
                String cue = cueOf(q);
                if (!kind.equals(Quote.DIRECT) && (isToldAsAnAct(cue) || words(text) < 3 || isNotYetSaid(q))) {
                    continue; // an act, not speech; or two words are no report of what was said ("democracy")
                }
                byKey.put(key, new Builder(q, kind, text, cue));
            } else {
                b.add(q);
            }
        }
        List<SituationReport.QuoteItem> out = new ArrayList<>();
        for (Builder b : byKey.values()) {
            out.add(b.build(this::recordName));
        }
        out.sort(Comparator.comparing((SituationReport.QuoteItem i) -> i.date() != null ? i.date()
                : i.sources().get(0).published(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** When a quote was said: its own date, else its source's publication date; null when neither is known. */
    static String whenSaid(StoredQuote q) {
        if (q.quote().date() != null) {
            return q.quote().date();
        }
        return q.provenance().published() == null ? null : q.provenance().published().value();
    }

    /**
     * Whether a quote may be shown: its speaker can be named ({@link #isNamedSpeaker}) and, for direct speech, its
     * words are whole: no stray quotation mark inside, not stopping on a word that opens a phrase.
     */
    static boolean isShowable(StoredQuote q) {
        if (!isNamedSpeaker(q.quote().speaker())) {
            return false;
        }
        String text = shownText(q);
        if (text.length() < 3 || isShouted(text) || isHeadline(q, text)) {
            return false;
        }
        if (!Quote.DIRECT.equals(q.quote().kind()) && opensWithoutSubject(text)) {
            return false; // "The Tories, he said, can cut crime": what he said lacks its subject
        }
        if (Quote.DIRECT.equals(q.quote().kind())) {
            if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
                return false;
            }
            String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").strip().split("\\s+");
            return words.length == 0 || !OPEN_ENDS.contains(words[words.length - 1]);
        }
        return true;
    }

    /** Whether reported speech opens with a verb or a possessive ending, its subject left before the cue. */
    static boolean opensWithoutSubject(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words.length > 0 && SUBJECTLESS_OPENINGS.contains(words[0]);
    }

    /** Words that report a wish, an aim or an act, not speech: "Tories want …", "Yukos sought to halt …". */
    private static final Set<String> NOT_SAYING = Set.of("want", "wants", "wanted", "wanting", "seek", "seeks",
            "sought", "seeking", "unveil", "unveils", "unveiled", "hope", "hopes", "hoped", "plan", "plans", "planned",
            "try", "tries", "tried", "aim", "aims", "aimed", "intend", "intends", "intended", "reject", "rejects",
            "rejected", "rejecting", "refuse", "refuses", "refused", "refusing", "accept", "accepts", "accepted",
            "approve", "approves", "approved", "threaten", "threatens", "expect", "expects", "expected");

    /** How many words a text has. */
    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Whether reported speech is told with a verb of wishing or doing rather than saying ("wants", "sought"). */
    static boolean isToldAsAnAct(String cue) {
        if (cue == null) {
            return false;
        }
        String first = cue.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        return NOT_SAYING.contains(first);
    }

    /** Whether the quote is the document's headline ("Howard unveils Tory asylum plans"), not something said. */
    private static boolean isHeadline(StoredQuote q, String text) {
        String title = q.provenance().title();
        return title != null && !Quote.DIRECT.equals(q.quote().kind()) && title.contains(text);
    }

    /** Whether most letters are capitals: a headline in capitals ("REITERATES COMMITMENT TO PACT"), not speech. */
    static boolean isShouted(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 8 && upper * 10 >= letters * 6;
    }

    /**
     * Whether a speaker names someone a reader can check: a resolved entity, a proper name ("Downing Street",
     * "Labour campaign chiefs") or a named group ("officials", "diplomats"); never a pronoun, a date or a common
     * noun ("the election", "all asylum", "week", "It", "Its members").
     */
    static boolean isNamedSpeaker(Quote.Speaker speaker) {
        if (speaker == null || speaker.name() == null || speaker.name().isBlank()) {
            return false;
        }
        String name = speaker.name().strip().replaceFirst("^(?i:the)\\s+", "");
        String[] words = name.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (PRONOUNS.contains(first) || DATE_WORDS.contains(first)) {
            return false;
        }
        if (speaker.entityId() != null) {
            return true;
        }
        if (Character.isUpperCase(name.codePointAt(0))) {
            return true;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return GROUPS.contains(last);
    }

    /**
     * What the report shows of a quote: its words ({@link #trimmed}), and for reported speech that the speech clause
     * interrupts, its opening words first, the cut marked ("Climate change … is the greatest threat").
     */
    static String shownText(StoredQuote q) {
        String text = trimmed(q.text(), q.quote().kind());
        if (q.lead() == null || Quote.DIRECT.equals(q.quote().kind()) || q.lead().isBlank()) {
            return text;
        }
        return q.lead().strip() + " … " + text;
    }

    /**
     * The quote's words without the marks, spaces and the trailing comma at its ends: still a substring of the
     * source, and never wrapped in marks twice when shown. Reported speech keeps its words as they are.
     */
    static String trimmed(String text, String kind) {
        String t = text == null ? "" : text.strip();
        if (!Quote.DIRECT.equals(kind)) {
            return t;
        }
        int s = 0;
        int e = t.length();
        while (s < e && (MARKS.indexOf(t.charAt(s)) >= 0 || Character.isWhitespace(t.charAt(s)))) {
            s++;
        }
        while (e > s && (MARKS.indexOf(t.charAt(e - 1)) >= 0 || Character.isWhitespace(t.charAt(e - 1))
                || t.charAt(e - 1) == ',')) {
            e--;
        }
        return t.substring(s, e);
    }

    private static final Pattern SAY_LIKE = Pattern.compile("(?i)^[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}$");

    /** The cue as written ("said", "told reporters", "according to"), or null when the text holds none. */
    private String cueOf(StoredQuote q) {
        if (q.quote().cue() == null) {
            return null;
        }
        Optional<Document> doc = documents.computeIfAbsent(q.provenance().documentId(), store::findDocument);
        if (doc.isEmpty() || q.quote().cue().end() > doc.get().text().length()) {
            return null;
        }
        String cue = doc.get().textOf(q.quote().cue()).strip().replaceAll("\\s+", " ");
        if (!SAY_LIKE.matcher(cue).matches()) {
            return null;
        }
        int cueEnd = q.quote().cue().end();
        if (TELLS_SOMEONE.matcher(cue).matches() && !Quote.DIRECT.equals(q.quote().kind())
                && cueEnd <= q.quote().start()) {
            // "told a Congressional committee last Thursday that ...": whom they told, as written, or "said"
            String whom = doc.get().text().substring(cueEnd, q.quote().start()).strip().replaceAll("\\s+", " ");
            return ADDRESSEE.matcher(whom).matches() ? cue + " " + whom : "said";
        }
        return cue;
    }

    /** Verbs that tell someone: reported speech after them needs whom they told ("told reporters that ..."). */
    private static final Pattern TELLS_SOMEONE = Pattern.compile("(?i)(?:told|tells|tell|telling|assured|assures|"
            + "informed|informs|reminded|reminds)");
    /** Whom a verb of telling told, as written between it and the content: a few words, no sentence break. */
    private static final Pattern ADDRESSEE = Pattern.compile("[^.;:!?\"“”]{1,80}");

    /** A modal or "to" right before a cue: "Reagan will plead his case", "expected OPEC to maintain …". */
    private static final Pattern MODAL_BEFORE = Pattern.compile("(?i)\\b(?:will|would|could|should|may|might|must|"
            + "can|shall|to)\\s+(?:\\w+ly\\s+|again\\s+|not\\s+|also\\s+)?$");

    /** A relative clause's verb: "Reagan, who freely admits disliking details, is portrayed …" tells of him. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\bwho\\s+(?:\\w+ly\\s+)?$");

    /** Whether the cue of reported speech is a plan or a wish ("will plead", "to state"): nothing said yet. */
    private boolean isNotYetSaid(StoredQuote q) {
        if (q.quote().cue() == null) {
            return false;
        }
        Optional<Document> doc = documents.computeIfAbsent(q.provenance().documentId(), store::findDocument);
        int at = q.quote().cue().start();
        if (doc.isEmpty() || at > doc.get().text().length()) {
            return false;
        }
        String before = doc.get().text().substring(Math.max(0, at - 30), at);
        return MODAL_BEFORE.matcher(before).find() || RELATIVE_BEFORE.matcher(before).find();
    }

    private final Map<String, String> names = new HashMap<>();

    /**
     * The speaker's name as the record gives it ("Ronald Reagan"), not as one document wrote it ("REAGAN" in a
     * headline); a group's name ("diplomats") as written.
     */
    private String recordName(Quote.Speaker s) {
        if (s.entityId() == null) {
            return s.name();
        }
        return names.computeIfAbsent(s.entityId(),
                id -> store.findEntity(id).map(StoredEntity::name).orElse(s.name()));
    }

    /** Every stored quote, oldest first, a page at a time. */
    private List<StoredQuote> allQuotes() {
        return ReportAssembly.everyPage(page -> store.quotes(new QuoteQuery(null, null, null, page)));
    }

    /** Whether {@code text} names the subject by one of {@code names} as a proper name: the same case, whole words. */
    static boolean names(String text, Collection<String> names) {
        for (String n : names) {
            if (n.length() < 3 || n.equals(n.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** One quote item being gathered from its sources. */
    private static final class Builder {
        private final StoredQuote first;
        private final String kind;
        private final String text;
        private final String cue;
        private final Map<String, SituationReport.SourceRef> sources = new LinkedHashMap<>();

        Builder(StoredQuote first, String kind, String text, String cue) {
            this.first = first;
            this.kind = kind;
            this.text = text;
            this.cue = cue;
            add(first);
        }

        void add(StoredQuote q) {
            SituationReport.SourceRef r = ReportAssembly.ref(q.provenance());
            sources.putIfAbsent(r.documentId(), r);
        }

        SituationReport.QuoteItem build(java.util.function.Function<Quote.Speaker, String> name) {
            Quote.Speaker s = first.quote().speaker();
            List<SituationReport.SourceRef> refs = new ArrayList<>(sources.values());
            refs.sort(Comparator.comparing(SituationReport.SourceRef::published,
                    Comparator.nullsLast(Comparator.naturalOrder())));
            return new SituationReport.QuoteItem(kind, name.apply(s), s.entityId(), text, cue, first.quote().date(),
                    first.quote().channel(), refs);
        }
    }
}
