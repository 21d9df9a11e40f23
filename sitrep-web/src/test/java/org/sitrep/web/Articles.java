package org.sitrep.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Boilerplate;
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
import org.sitrep.store.Store;

/**
 * Two short articles we wrote about the MSS, with their layers set by hand as the pipeline would set them, so that
 * the server can be tested without loading the language models. One carries a script in its boilerplate.
 */
final class Articles {
    static final String FIRST = """
            Kenyan police arrive in Haiti

            About 400 Kenyan police officers of the Multinational Security Support Mission (MSS) arrived in Haiti on July 1, 2024. Kenya committed to reach 2,500 officers by January 2025. "We will restore order <b>now</b>," said William Ruto. The UN Security Council extended the mandate of the MSS until October 2, 2025.

            Share this <script>alert('x')</script>
            """;
    static final String SECOND = """
            MSS grows to 1,000

            By March 2025 the MSS had about 1,000 officers in Haiti. "The mission needs money," Ruto said on March 3, 2025.
            """;

    private Articles() {
    }

    static Document first() {
        String t = FIRST;
        int share = t.indexOf("Share this");
        return Document.builder(t).source("https://news.example/kenya-police").title("Kenyan police arrive in Haiti")
                .published(Published.given("2024-07-02"))
                .layer(Layers.BOILERPLATE, List.of(new Boilerplate(share, t.length() - 1, Boilerplate.SHARE)))
                .layer(Layers.SENTENCES, sentences(t, share))
                .layer(Layers.ENTITIES, List.of(
                        entity(t, "mss", "Multinational Security Support Mission", Mention.ORGANIZATION,
                                "Multinational Security Support Mission", "MSS"),
                        entity(t, "william-ruto", "William Ruto", Mention.PERSON, "William Ruto"),
                        entity(t, "kenya", "Kenya", Mention.LOCATION, "Kenya")))
                .layer(Layers.TIMES, List.of(timex(t, "July 1, 2024", "2024-07-01", false),
                        timex(t, "January 2025", "2025-01", true), timex(t, "October 2, 2025", "2025-10-02", false)))
                .layer(Layers.QUANTITIES, List.of(quantity(t, "About 400 Kenyan police officers", 400),
                        quantity(t, "2,500 officers", 2500)))
                .layer(Layers.QUOTES, List.of(quote(t, "We will restore order <b>now</b>,", "William Ruto",
                        "william-ruto", null)))
                .layer(Layers.FACTS, List.of(
                        fact(t, "About 400", Fact.STRENGTH, "strength", "400", "2024-07-01",
                                Map.of("unit", "officer", "approximate", "true")),
                        fact(t, "Kenya committed", Fact.TARGET, "target", "2500", "2024-07-01",
                                Map.of("unit", "officer", "due", "2025-01", "committedBy", "kenya",
                                        "via", "william-ruto")),
                        fact(t, "The UN Security Council", Fact.MANDATE, "extend", "2025-10-02", "2024-07-01",
                                Map.of("until", "2025-10-02", "decidedBy", "united-nations-security-council"))))
                .build();
    }

    static Document second() {
        String t = SECOND;
        return Document.builder(t).source("https://news.example/mss-grows").title("MSS grows to 1,000")
                .published(Published.given("2025-03-04"))
                .layer(Layers.BOILERPLATE, List.of())
                .layer(Layers.SENTENCES, sentences(t, t.length()))
                .layer(Layers.ENTITIES, List.of(
                        entity(t, "mss", "Multinational Security Support Mission", Mention.ORGANIZATION, "MSS"),
                        entity(t, "william-ruto", "William Ruto", Mention.PERSON, "Ruto")))
                .layer(Layers.TIMES, List.of(timex(t, "March 2025", "2025-03", false),
                        timex(t, "March 3, 2025", "2025-03-03", false)))
                .layer(Layers.QUANTITIES, List.of(quantity(t, "about 1,000 officers", 1000)))
                .layer(Layers.QUOTES, List.of(quote(t, "The mission needs money,", "William Ruto", "william-ruto",
                        "2025-03-03")))
                .layer(Layers.FACTS, List.of(fact(t, "By March 2025", Fact.STRENGTH, "strength", "1000", "2025-03",
                        Map.of("unit", "officer", "approximate", "true"))))
                .build();
    }

    /** A store holding both articles. */
    static void fill(Store store) {
        store.put(first());
        store.put(second());
    }

    /** Sentences: each line's text split after a full stop and a space, up to {@code limit}. */
    private static List<Sentence> sentences(String t, int limit) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s|$)|(?=\\n)|$)").matcher(t);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            if (e > s && e <= limit) {
                out.add(new Sentence(s, e));
            }
        }
        return out;
    }

    private static Entity entity(String t, String id, String name, String type, String... names) {
        List<TextSpan> spans = new ArrayList<>();
        for (String n : names) {
            Matcher m = Pattern.compile("(?<!\\w)" + Pattern.quote(n) + "(?!\\w)").matcher(t);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (spans.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    spans.add(new TextSpan(s, e));
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(TextSpan::start));
        return new Entity(id, name, type, List.of(names), spans);
    }

    private static Timex timex(String t, String words, String value, boolean deadline) {
        int at = expect(t, words);
        return new Timex(at, at + words.length(), Timex.DATE, value, null, deadline, 0.9);
    }

    private static Quantity quantity(String t, String words, double value) {
        int at = expect(t, words);
        return new Quantity(at, at + words.length(), value, words.toLowerCase().startsWith("about"), null, null,
                "officer");
    }

    private static Quote quote(String t, String words, String speaker, String id, String date) {
        int at = expect(t, words);
        return new Quote(at, at + words.length(), Quote.DIRECT, new Quote.Speaker(speaker, id), null, null, null, date);
    }

    /** A fact whose evidence is the sentence starting with {@code sentenceStart}. */
    private static Fact fact(String t, String sentenceStart, String kind, String predicate, String value, String asOf,
            Map<String, String> qualifiers) {
        int at = expect(t, sentenceStart);
        int end = t.indexOf('.', at + sentenceStart.length());
        while (end > 0 && end + 1 < t.length() && !Character.isWhitespace(t.charAt(end + 1))) {
            end = t.indexOf('.', end + 1);
        }
        return new Fact(at, end + 1, kind, "mss", predicate, value, asOf, qualifiers, "test/hand", 0.9);
    }

    private static int expect(String t, String words) {
        int at = t.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return at;
    }
}
