package org.sitrep.annotate.time.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Timex;

/**
 * {@code sitrep eval timex}: scores the time stage, and SUTime beside it, on every TimeML {@code .tml} file under a
 * folder (such as TempEval-3's TBAQ-cleaned or platinum test), each against its own document creation time, as the
 * TempEval-3 scorer does (see {@link TimexScorer}).
 *
 * <p>Our stage sees the TEXT split by {@link SimpleSentenceSplitter}; SUTime sees the same text with the DCT as its
 * document date.
 *
 * <p>Thread safety: each call works on its own state.
 *
 * <p>Failure: throws {@link IOException} when the folder cannot be read or holds no {@code .tml} file that can be
 * read; a file that is not well-formed is left out with a line in the result's problems, and the run goes on.
 */
public final class TimexEvaluation {
    private TimexEvaluation() {
    }

    /** Scores ours and SUTime on every {@code .tml} file under {@code dir}. */
    public static TimexEvaluationResult run(Path dir) throws IOException {
        return run(dir, true);
    }

    /** Scores ours, and SUTime when {@code withSutime}, on every {@code .tml} file under {@code dir}. */
    public static TimexEvaluationResult run(Path dir, boolean withSutime) throws IOException {
        List<String> problems = new ArrayList<>();
        List<TimeMlDocument> docs = readAll(dir, problems);
        TimeAnnotator annotator = new TimeAnnotator();
        TimexScorer ours = new TimexScorer();
        for (TimeMlDocument d : docs) {
            ours.add(d.text(), d.timexes(), tagOurs(annotator, d));
        }
        TimexScores sutimeScores = null;
        if (withSutime) {
            SuTimeTagger sutime = new SuTimeTagger();
            TimexScorer peer = new TimexScorer();
            for (TimeMlDocument d : docs) {
                peer.add(d.text(), d.timexes(), sutime.tag(d.text(), dateOf(d.dct())));
            }
            sutimeScores = peer.scores();
        }
        return new TimexEvaluationResult(ours.scores(), sutimeScores, docs.size(), ours.goldCount(), problems);
    }

    /** Every TimeML document under {@code dir}, in path order; fails on the first file that cannot be read. */
    public static List<TimeMlDocument> readAll(Path dir) throws IOException {
        return readAll(dir, null);
    }

    /**
     * Every TimeML document under {@code dir} that can be read, in path order. A file that cannot be read adds a
     * line to {@code problems} and is left out; with {@code problems} null it fails the call instead.
     *
     * @throws IOException if {@code dir} is no folder, or holds no {@code .tml} file that can be read
     */
    public static List<TimeMlDocument> readAll(Path dir, List<String> problems) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p)).sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .tml files under " + dir);
        }
        List<TimeMlDocument> docs = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                docs.add(TimeMlDocument.read(f));
            } catch (IOException e) {
                if (problems == null) {
                    throw e;
                }
                problems.add(f + ": left out: " + e.getMessage());
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("no .tml file under " + dir + " could be read: " + problems.get(0));
        }
        return docs;
    }

    /** The time stage's timexes on a TimeML document, with its DCT as the given publication date. */
    static List<TimexScorer.Predicted> tagOurs(TimeAnnotator annotator, TimeMlDocument d) {
        Document.Builder b = Document.builder(d.text()).source(d.id());
        String date = dateOf(d.dct());
        if (date != null) {
            b.published(Published.given(date));
        }
        Document doc = b.build().with(Layers.SENTENCES, SimpleSentenceSplitter.split(d.text()));
        List<TimexScorer.Predicted> out = new ArrayList<>();
        for (Timex t : annotator.annotate(doc).layer(Layers.TIMES)) {
            out.add(new TimexScorer.Predicted(t.start(), t.end(), t.type(), t.value()));
        }
        return out;
    }

    private static String dateOf(String dct) {
        if (dct == null || !dct.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        return dct.substring(0, 10);
    }

    /** Prints the figures: {@code TimexEvaluation DIR [--no-sutime]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: TimexEvaluation DIR [--no-sutime]");
            System.exit(2);
        }
        boolean sutime = !(args.length > 1 && args[1].equals("--no-sutime"));
        TimexEvaluationResult r;
        try {
            r = run(Path.of(args[0]), sutime);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.println("documents " + r.documents() + ", gold timexes " + r.timexes());
        System.out.println("ours:   " + r.ours().describe());
        if (r.sutime() != null) {
            System.out.println("sutime: " + r.sutime().describe());
        }
    }
}
