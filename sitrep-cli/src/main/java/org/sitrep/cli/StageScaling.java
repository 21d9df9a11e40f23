package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;

/**
 * Measures how each stage's time grows with the input: the articles are joined into one document of {@code chars}
 * characters and one ten times longer, both as paragraphs of ordinary sentences and as a single run-on sentence
 * (line ends and full stops turned into spaces and commas), and each is analyzed on one thread with no budget,
 * after a warm-up pass over the shorter ones. Times are the thread's CPU time, so that other work on the machine does
 * not blur them. A stage whose cost is linear in the input takes about ten times as long on the longer text; a
 * quadratic one a hundred times.
 *
 * <p>Not thread-safe; a measuring harness for {@code sitrep bench --scaling}.
 */
final class StageScaling {
    /** The time each stage took on one document. */
    record Row(String shape, int chars, Map<String, Double> stageMs) {
    }

    private StageScaling() {
    }

    static List<Row> measure(List<Document> articles, int chars) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Double> times = new LinkedHashMap<>();
        long[] started = new long[1];
        Pipeline pipeline = StandardPipeline.create(new PipelineListener() {
            @Override
            public void stageStarted(Annotator stage, Document doc) {
                started[0] = threads.getCurrentThreadCpuTime();
            }

            @Override
            public void stageFinished(Annotator stage, Document doc, long nanos) {
                times.merge(stage.name(), (threads.getCurrentThreadCpuTime() - started[0]) / 1e6, Double::sum);
            }
        }, Budget.UNLIMITED);
        pipeline.warmUp();
        for (String shape : List.of("paragraphs", "run-on")) {
            pipeline.process(Document.builder(text(articles, chars, shape)).source("warm-up").build());
        }
        List<Row> rows = new ArrayList<>();
        for (String shape : List.of("paragraphs", "run-on")) {
            for (int size : List.of(chars, 10 * chars)) {
                String text = text(articles, size, shape);
                times.clear();
                pipeline.process(Document.builder(text).source(shape + "-" + size).build());
                rows.add(new Row(shape, text.length(), new LinkedHashMap<>(times)));
            }
        }
        return rows;
    }

    private static String text(List<Document> articles, int size, String shape) {
        String text = joined(articles, size);
        return shape.equals("run-on") ? text.replace('\n', ' ').replace(". ", ", ") : text;
    }

    /** The articles' texts, one paragraph each, repeated until {@code size} characters, cut at a line end. */
    static String joined(List<Document> articles, int size) {
        StringBuilder sb = new StringBuilder(size + 10_000);
        for (int i = 0; sb.length() < size; i++) {
            sb.append(articles.get(i % articles.size()).text().strip()).append("\n\n");
        }
        int cut = sb.lastIndexOf("\n", size);
        return sb.substring(0, cut > 0 ? cut + 1 : size);
    }

    static void print(List<Row> rows, PrintWriter out) {
        for (int i = 0; i + 1 < rows.size(); i += 2) {
            Row small = rows.get(i);
            Row large = rows.get(i + 1);
            out.printf(Locale.ROOT, "%s: %,d and %,d characters%n", small.shape(), small.chars(), large.chars());
            out.printf(Locale.ROOT, "  %-12s %10s %10s %7s%n", "stage", "cpu ms", "(10x)", "ratio");
            for (Map.Entry<String, Double> e : small.stageMs().entrySet()) {
                double a = e.getValue();
                double b = large.stageMs().getOrDefault(e.getKey(), 0.0);
                out.printf(Locale.ROOT, "  %-12s %10.1f %10.1f %7.1f%n", e.getKey(), a, b, a > 0 ? b / a : 0.0);
            }
        }
        out.flush();
    }
}
