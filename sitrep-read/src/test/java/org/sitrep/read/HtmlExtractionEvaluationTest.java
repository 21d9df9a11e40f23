package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.doc.TextSpan;

/**
 * Scores main-text extraction on the trafilatura evaluation set (gold "with" and "without" segments), as its
 * README describes, and prints the figures: all pages, and the English ones ({@code <html lang="en…">}).
 * Skips when the shared data is absent.
 */
class HtmlExtractionEvaluationTest {
    private static final Pattern LANG = Pattern.compile("<html[^>]*\\blang\\s*=\\s*[\"']?([A-Za-z-]+)",
            Pattern.CASE_INSENSITIVE);

    /** Micro-averaged counts. */
    private static final class Score {
        int tp;
        int fn;
        int fp;
        int tn;
        int pages;
        int dated;
        int datedRight;

        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double accuracy() {
            return (tp + tn) / (double) Math.max(1, tp + tn + fp + fn);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-8s pages=%4d  P=%.3f R=%.3f F=%.3f acc=%.3f  dates right %d of %d",
                    name, pages, precision(), recall(), f1(), accuracy(), datedRight, dated);
        }
    }

    @Test
    void extractsTheMainTextOfTheTrafilaturaPagesWell() throws IOException {
        Path root = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "trafilatura-eval");
        Assumptions.assumeTrue(Files.isRegularFile(root.resolve("evaldata.json")), root + " absent, skipping");
        JsonNode gold = new ObjectMapper().readTree(root.resolve("evaldata.json").toFile());
        DocumentReader reader = DocumentReader.builder().build();
        BoilerplateAnnotator cleaner = new BoilerplateAnnotator();
        Score all = new Score();
        Score english = new Score();
        long nanos = 0;
        long bytesRead = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().get("file").asText();
            Path html = root.resolve("cache").resolve(file + ".gz");
            if (!Files.isRegularFile(html)) {
                html = root.resolve("eval").resolve(file + ".gz");
            }
            if (!Files.isRegularFile(html)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(html);
            bytesRead += bytes.length;
            long t0 = System.nanoTime();
            ReadResult r = reader.read(e.getKey() + ".html.gz", bytes);
            String text = r.documents().isEmpty() ? "" : bodyText(cleaner.annotate(r.documents().get(0)));
            nanos += System.nanoTime() - t0;
            boolean isEnglish = lang(html).startsWith("en");
            List<Score> scores = isEnglish ? List.of(all, english) : List.of(all);
            String out = squash(text);
            for (Score s : scores) {
                s.pages++;
                for (JsonNode with : e.getValue().get("with")) {
                    if (!text.isEmpty() && out.contains(squash(with.asText()))) {
                        s.tp++;
                    } else {
                        s.fn++;
                        explain(s == all, isEnglish, "missed", file, with.asText());
                    }
                }
                for (JsonNode without : e.getValue().get("without")) {
                    if (!text.isEmpty() && out.contains(squash(without.asText()))) {
                        s.fp++;
                        explain(s == all, isEnglish, "kept", file, without.asText());
                    } else {
                        s.tn++;
                    }
                }
                String date = e.getValue().path("date").asText("");
                if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    s.dated++;
                    String found = r.documents().isEmpty() ? null : r.documents().get(0).published().value();
                    if (date.equals(found)) {
                        s.datedRight++;
                    } else {
                        explain(s == all, isEnglish, "date", file, date + " found " + found);
                    }
                }
            }
        }
        System.out.println("trafilatura-eval main-text extraction (reader + boilerplate cleaner):");
        System.out.println(all.line("all"));
        System.out.println(english.line("english"));
        System.out.printf(Locale.ROOT, "%.1f ms per page, %.1f MB gzipped input%n",
                nanos / 1e6 / Math.max(1, all.pages), bytesRead / 1e6);
        assertThat(english.pages).isGreaterThan(100);
        assertThat(english.f1()).isGreaterThan(0.85);
        assertThat(all.f1()).isGreaterThan(0.85);
    }

    /** With {@code -Dsitrep.eval.verbose=true}, prints each miss on English pages. */
    private static void explain(boolean once, boolean english, String what, String file, String segment) {
        if (once && english && Boolean.getBoolean("sitrep.eval.verbose")) {
            System.out.println(what + "\t" + file + "\t" + segment);
        }
    }

    private static String bodyText(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (TextSpan s : doc.bodySegments()) {
            sb.append(doc.textOf(s));
        }
        return sb.toString();
    }

    private static String lang(Path gz) throws IOException {
        byte[] head;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            head = in.readNBytes(8192);
        }
        Matcher m = LANG.matcher(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
