package org.sitrep.annotate.time.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;

/**
 * Measures the time stage's speed in sentences per second on one thread, over the TimeML ({@code .tml}) or plain
 * text ({@code .txt}) files under a folder, after a warm-up pass. Prints the figures; it is a benchmark, not a test.
 *
 * <p>Usage: {@code TimeStageBenchmark DIR [ROUNDS]}.
 *
 * <p>Thread safety: a command-line entry point; runs on the calling thread.
 */
public final class TimeStageBenchmark {
    private TimeStageBenchmark() {
    }

    /** The figures of one run. */
    public record Figures(int documents, long sentences, double seconds, double sentencesPerSecond) {
    }

    /** Runs the stage over the documents of {@code dir} for {@code rounds} timed rounds after one warm-up round. */
    public static Figures run(Path dir, int rounds) throws IOException {
        List<Document> docs = load(dir);
        TimeAnnotator time = new TimeAnnotator();
        long sentences = 0;
        for (Document d : docs) {
            time.annotate(d);
        }
        long sink = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Document d : docs) {
                sink += time.annotate(d).layer(Layers.TIMES).size();
                sentences += d.layer(Layers.SENTENCES).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return new Figures(docs.size(), sentences, seconds, sentences / seconds);
    }

    private static List<Document> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            Document.Builder b;
            if (f.toString().endsWith(".tml")) {
                TimeMlDocument t = TimeMlDocument.read(f);
                b = Document.builder(t.text());
                if (t.dct() != null && t.dct().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    b.published(Published.given(t.dct().substring(0, 10)));
                }
            } else {
                b = Document.builder(Files.readString(f, StandardCharsets.UTF_8));
            }
            Document d = b.source(f.toString()).build();
            docs.add(d.with(Layers.SENTENCES, SimpleSentenceSplitter.split(d.text())));
        }
        if (docs.isEmpty()) {
            throw new IOException("no .tml or .txt files under " + dir);
        }
        return docs;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TimeStageBenchmark DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Figures f = run(Path.of(args[0]), rounds);
        System.out.printf(Locale.ROOT, "time stage: %d documents, %d sentences in %.2f s: %.0f sentences/s (1 thread)%n",
                f.documents(), f.sentences(), f.seconds(), f.sentencesPerSecond());
    }
}
