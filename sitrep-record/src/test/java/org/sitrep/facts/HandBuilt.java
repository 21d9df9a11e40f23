package org.sitrep.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Published;
import org.sitrep.doc.Quantity;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Timex;
import org.sitrep.doc.Token;

/**
 * Builds a document whose layers we write by hand, standing in for the upstream stages in unit tests: sentences
 * split at line ends and sentence-final punctuation, entities found by their names, and times, quantities and
 * quotes placed on the words we name.
 */
public final class HandBuilt {
    private final String text;
    private String published;
    private String title;
    private String source;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Timex> times = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final java.util.Map<Integer, String> tags = new java.util.HashMap<>();

    private HandBuilt(String text) {
        this.text = text;
    }

    public static HandBuilt of(String text) {
        return new HandBuilt(text);
    }

    /** The entities the tests know, found wherever their names occur. */
    public HandBuilt withKnownEntities() {
        return entity("william-ruto", "William Ruto", Mention.PERSON, "William Ruto", "Ruto")
                .entity("antony-blinken", "Antony Blinken", Mention.PERSON, "Antony J. Blinken", "Antony Blinken",
                        "Blinken")
                .entity("mss", "Multinational Security Support Mission", Mention.ORGANIZATION,
                        "Multinational Security Support Mission", "MSS")
                .entity("kenya", "Kenya", Mention.LOCATION, "Kenya")
                .entity("haiti", "Haiti", Mention.LOCATION, "Haiti")
                .entity("united-states", "United States", Mention.LOCATION, "United States", "U.S.")
                .entity("china", "China", Mention.LOCATION, "China")
                .entity("russia", "Russia", Mention.LOCATION, "Russia")
                .entity("ecuador", "Ecuador", Mention.LOCATION, "Ecuador")
                .entity("canada", "Canada", Mention.LOCATION, "Canada")
                .entity("united-nations-security-council", "United Nations Security Council", Mention.ORGANIZATION,
                        "United Nations Security Council", "UN Security Council", "Security Council")
                .entity("transitional-presidential-council", "Transitional Presidential Council",
                        Mention.ORGANIZATION, "Transitional Presidential Council")
                .entity("haitian-national-police", "Haitian National Police", Mention.ORGANIZATION,
                        "Haitian National Police");
    }

    public HandBuilt published(String date) {
        this.published = date;
        return this;
    }

    public HandBuilt source(String source) {
        this.source = source;
        return this;
    }

    public HandBuilt title(String title) {
        this.title = title;
        return this;
    }

    /** An entity mentioned wherever one of its names occurs as whole words (longest names first). */
    public HandBuilt entity(String id, String name, String type, String... names) {
        List<TextSpan> spans = new ArrayList<>();
        List<String> sorted = new ArrayList<>(List.of(names));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String n : sorted) {
            Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(n) + "(?![\\w])").matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                boolean taken = spans.stream().anyMatch(t -> t.start() < e && s < t.end())
                        || entities.stream().flatMap(x -> x.mentions().stream())
                                .anyMatch(t -> t.start() < e && s < t.end());
                if (!taken) {
                    spans.add(new TextSpan(s, e));
                }
            }
        }
        if (!spans.isEmpty()) {
            spans.sort(Comparator.comparingInt(TextSpan::start));
            entities.add(new Entity(id, name, type, List.of(names), spans));
        }
        return this;
    }

    public HandBuilt time(String words, String type, String value, boolean deadline) {
        int at = expect(words);
        times.add(new Timex(at, at + words.length(), type, value, null, deadline, 0.9));
        return this;
    }

    public HandBuilt quantity(String words, double value, String modifier, String unit, String object) {
        int at = expect(words);
        quantities.add(new Quantity(at, at + words.length(), value, modifier != null, modifier, unit, object));
        return this;
    }

    public HandBuilt quote(String content, String speakerName, String speakerId, String date) {
        int at = expect(content);
        quotes.add(new Quote(at, at + content.length(), Quote.DIRECT, new Quote.Speaker(speakerName, speakerId),
                null, null, null, date));
        return this;
    }

    /** An indirect quote whose source is the first occurrence of {@code sourceWords}. */
    public HandBuilt indirectQuote(String content, String speakerName, String speakerId, String sourceWords) {
        int at = expect(content);
        int src = expect(sourceWords);
        quotes.add(new Quote(at, at + content.length(), Quote.INDIRECT, new Quote.Speaker(speakerName, speakerId),
                null, new TextSpan(src, src + sourceWords.length()), null, null));
        return this;
    }

    /** An indirect quote with its cue, the first occurrence of {@code cueWords} ("told"), and its source. */
    public HandBuilt cuedQuote(String content, String speakerName, String speakerId, String cueWords,
            String sourceWords) {
        int at = expect(content);
        int cue = expect(cueWords);
        int src = expect(sourceWords);
        quotes.add(new Quote(at, at + content.length(), Quote.INDIRECT, new Quote.Speaker(speakerName, speakerId),
                new TextSpan(cue, cue + cueWords.length()), new TextSpan(src, src + sourceWords.length()), null,
                null));
        return this;
    }

    /** A part-of-speech tag on the first word {@code word} stands for, as the tagger would give it. */
    public HandBuilt tag(String word, String tag) {
        tags.put(expect(word), tag);
        return this;
    }

    /** Reported speech whose source ({@code sourceWords}, "We") the quote stage left unresolved: speaker null. */
    public HandBuilt unresolvedQuote(String content, String sourceWords) {
        int at = expect(content);
        int src = expect(sourceWords);
        quotes.add(new Quote(at, at + content.length(), Quote.INDIRECT, null, null,
                new TextSpan(src, src + sourceWords.length()), null, null));
        return this;
    }

    private int expect(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return at;
    }

    public Document build() {
        List<Sentence> sentences = sentences(text);
        List<Token> tokens = new ArrayList<>();
        Matcher t = Pattern.compile("\\S+").matcher(text);
        while (t.find()) {
            tokens.add(new Token(t.start(), t.end(), tags.get(t.start())));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : entities) {
            for (TextSpan s : e.mentions()) {
                mentions.add(new Mention(s.start(), s.end(), e.type()));
            }
        }
        return Document.builder(text).source(source != null ? source : "test:" + Integer.toHexString(text.hashCode())).title(title)
                .published(published == null ? Published.UNKNOWN : Published.given(published))
                .layer(Layers.SENTENCES, sentences).layer(Layers.TOKENS, tokens).layer(Layers.MENTIONS, mentions)
                .layer(Layers.ENTITIES, entities).layer(Layers.TIMES, times).layer(Layers.QUANTITIES, quantities)
                .layer(Layers.QUOTES, quotes).build();
    }

    /** Sentences: never across a line end; split after . ! ? (and a closing quote) before a capital or a quote. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                split(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        return out;
    }

    private static void split(String text, int from, int to, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i > from && !Character.isUpperCase(text.charAt(i - 1))) {
                int end = i + 1;
                if (end < to && (text.charAt(end) == '”' || text.charAt(end) == '"')) {
                    end++;
                }
                if (end == to || (end + 1 < to && Character.isWhitespace(text.charAt(end))
                        && (Character.isUpperCase(text.charAt(end + 1)) || text.charAt(end + 1) == '“'))) {
                    add(text, start, end, out);
                    start = end;
                }
            }
        }
        add(text, start, to, out);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        TextSpan.findTrimmed(text, start, end).ifPresent(t -> out.add(new Sentence(t.start(), t.end())));
    }

    /** The facts of {@code kind} the fact stage finds in this document. */
    public List<Fact> facts(String kind) {
        return new FactAnnotator().annotate(build()).layer(Layers.FACTS).stream()
                .filter(f -> f.kind().equals(kind)).toList();
    }
}
