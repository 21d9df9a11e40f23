package org.sitrep.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.doc.Token;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.QuoteQuery;

/**
 * Measures the SQLite store on the 2,225 BBC articles of {@code ../shared/data/bbc-news}, and prints the figures.
 *
 * <p>It runs only when asked ({@code -Dsitrep.bench=true}) and when the shared data is there. The layers are crude
 * stand-ins made by regular expressions (sentences, tokens, capitalized runs as mentions and entities, straight-quoted
 * passages as quotes, numbers as facts), so that the store carries about the rows a real pipeline gives; nothing here
 * is analysis. Surefire runs it only by name (its name does not end in Test). Run: {@code mvn -B -o -q -pl sitrep-store-sqlite test -Dtest=SqliteStoreBenchmark -Dsitrep.bench=true}.
 */
class SqliteStoreBenchmark {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+[.!?]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"\\n]{10,})\"");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

    @TempDir
    Path folder;

    @Test
    void measuresPutsQueriesAndSearchOnTheBbcCorpus() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.bench"), "benchmark not asked for (-Dsitrep.bench=true), skipping");
        Path zip = Path.of(System.getProperty("sitrep.shared", "../../shared"), "data/bbc-news/bbc-fulltext.zip");
        Assumptions.assumeTrue(Files.isReadable(zip), zip + " absent, skipping");

        List<Document> docs = readCorpus(zip);
        long rows = docs.stream().mapToLong(d -> d.layer(Layers.TOKENS).size() + d.layer(Layers.SENTENCES).size()
                + d.layer(Layers.MENTIONS).size() + d.layer(Layers.QUOTES).size() + d.layer(Layers.FACTS).size())
                .sum();
        System.out.printf(Locale.ROOT, "corpus: %d documents, %d annotations%n", docs.size(), rows);

        Path file = folder.resolve("bench.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            cpuStart = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Document d : docs) {
                store.put(d);
            }
            report("put (new)", t0, docs.size());

            t0 = System.nanoTime();
            for (Document d : docs) {
                assertThat(store.put(d).added()).isFalse();
            }
            report("put (already stored)", t0, docs.size());

            t0 = System.nanoTime();
            for (Document d : docs) {
                assertThat(store.findDocument(d.id())).isPresent();
            }
            report("findDocument", t0, docs.size());

            int quotes = 0;
            int facts = 0;
            List<String> speakers = List.of("tony-blair", "gordon-brown", "microsoft", "chelsea", "unknown");
            t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                quotes += store.quotes(QuoteQuery.all().withSpeaker(speakers.get(i % speakers.size()))).size();
            }
            report("quotes by speaker", t0, 20);
            t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                facts += store.facts(FactQuery.all().withSubject(speakers.get(i % speakers.size()))
                        .withKind(Fact.EVENT)).size();
            }
            report("facts by subject and kind", t0, 20);
            t0 = System.nanoTime();
            int entities = store.entities().size();
            report("entities (all, merged)", t0, 1);
            int hits = 0;
            List<String> words = List.of("election", "mobile phone", "oil prices", "champions league", "film award");
            t0 = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                hits += store.searchDocuments(words.get(i % words.size()), Page.first(20)).size();
            }
            report("searchDocuments (top 20)", t0, 50);
            System.out.printf(Locale.ROOT, "results: %d quotes, %d facts, %d entities, %d search hits; file %.1f MB%n",
                    quotes, facts, entities, hits, Files.size(file) / 1e6);
            assertThat(store.documentCount()).isEqualTo(docs.size());
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static long cpuStart;

    /** Prints wall and CPU time since {@code startNanos}; CPU time counts this thread only (SQLite runs in it). */
    private static void report(String what, long startNanos, int n) {
        double ms = (System.nanoTime() - startNanos) / 1e6;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        System.out.printf(Locale.ROOT, "%-28s %6d in %8.1f ms wall (%8.3f ms each), %8.1f ms CPU (%8.3f ms each)%n",
                what, n, ms, ms / n, cpu, cpu / n);
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    private static List<Document> readCorpus(Path zip) throws IOException {
        Map<String, Document> docs = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.getName().matches("bbc/[a-z]+/\\d+\\.txt")) {
                    continue;
                }
                byte[] bytes = z.getInputStream(e).readAllBytes();
                Document d = crudelyAnnotated(decode(bytes), e.getName());
                docs.putIfAbsent(d.id(), d);
            }
        }
        return new ArrayList<>(docs.values());
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Document crudelyAnnotated(String text, String source) {
        int firstLine = text.indexOf('\n');
        String title = firstLine < 0 ? text : text.substring(0, firstLine);
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(new Sentence(m.start(), m.end()));
            }
        }
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<String, List<TextSpan>> byEntity = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Sentence s : sentences) {
            m = WORD.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                tokens.add(new Token(m.start(), m.end(), Character.isDigit(m.group().charAt(0)) ? "CD" : "NN"));
            }
            String firstEntity = "unknown";
            m = NAME.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), Mention.PERSON));
                String id = m.group().toLowerCase(Locale.ROOT).replace(' ', '-');
                byEntity.computeIfAbsent(id, k -> new ArrayList<>()).add(new TextSpan(m.start(), m.end()));
                names.putIfAbsent(id, m.group());
                if (firstEntity.equals("unknown")) {
                    firstEntity = id;
                }
            }
            m = QUOTED.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                quotes.add(new Quote(m.start(1), m.end(1), Quote.DIRECT,
                        new Quote.Speaker(names.getOrDefault(firstEntity, "unknown"), firstEntity), null, null, null,
                        null));
            }
            m = NUMBER.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                facts.add(new Fact(s.start(), s.end(), Fact.EVENT, firstEntity, "mentions", m.group(), null, Map.of(),
                        "benchmark", 0.5));
            }
        }
        List<Entity> entities = new ArrayList<>();
        byEntity.forEach((id, spans) -> entities.add(new Entity(id, names.get(id), Mention.PERSON, List.of(), spans)));
        return Document.builder(text).source(source).title(title).build()
                .with(Layers.SENTENCES, sentences)
                .with(Layers.TOKENS, tokens)
                .with(Layers.MENTIONS, mentions)
                .with(Layers.ENTITIES, entities)
                .with(Layers.QUOTES, quotes)
                .with(Layers.FACTS, facts);
    }
}
