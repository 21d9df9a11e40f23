package org.sitrep.annotate.corenlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;

/**
 * A measuring harness, not a test: cold start (model load, first article) and articles per second of
 * {@link CoreNlpAnnotator} or {@link StockCoreNlpPeer} over plain-text articles (BBC news, one file each).
 *
 * <p>Usage: {@code CoreNlpThroughput ours|stock|ANNOTATORS DIR ARTICLES THREADS [ROUNDS]}. Run one JVM per configuration, so that
 * the cold start is real.
 */
public final class CoreNlpThroughput {
    private CoreNlpThroughput() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = System.nanoTime();
        String system = args[0];
        Path dir = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        List<String> articles = read(dir, n);
        long chars = articles.stream().mapToLong(String::length).sum();

        long t0 = System.nanoTime();
        CoreNlpAnnotator ours = new CoreNlpAnnotator();
        StockCoreNlpPeer stock = new StockCoreNlpPeer();
        AtomicLong tokens = new AtomicLong();
        java.util.function.Consumer<String> work;
        if (system.equals("ours")) {
            work = text -> tokens.addAndGet(ours.annotate(Document.builder(text).build()).layer(Layers.TOKENS).size());
        } else if (system.equals("stock")) {
            work = stock::process;
        } else {
            // ours with fewer annotators, to see where the time goes: "tokenize,ssplit" or "tokenize,ssplit,ner"
            java.util.Properties p = CoreNlpAnnotator.properties(true);
            p.setProperty("annotators", system);
            edu.stanford.nlp.pipeline.StanfordCoreNLP partial = new edu.stanford.nlp.pipeline.StanfordCoreNLP(p);
            work = text -> partial.annotate(new edu.stanford.nlp.pipeline.Annotation(text));
        }
        work.accept(articles.get(0));
        long first = System.nanoTime();
        System.out.printf("%s: first article (model load included) %.2f s after start of annotation, %.2f s after JVM"
                + " main%n", system, (first - t0) / 1e9, (first - jvmStart) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int r = 1; r <= rounds; r++) {
            tokens.set(0);
            long s = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (String a : articles) {
                futures.add(pool.submit(() -> work.accept(a)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double secs = (System.nanoTime() - s) / 1e9;
            System.out.printf("%s round %d: %d articles (%d chars%s) on %d thread(s) in %.2f s = %.1f articles/s%n",
                    system, r, articles.size(), chars, tokens.get() > 0 ? ", " + tokens.get() + " tokens" : "", threads,
                    secs, articles.size() / secs);
        }
        pool.shutdown();
    }

    static List<String> read(Path dir, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList();
        }
        // spread over the categories: every k-th file
        int step = Math.max(1, files.size() / n);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < files.size() && out.size() < n; i += step) {
            out.add(decode(Files.readAllBytes(files.get(i))));
        }
        return out;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
