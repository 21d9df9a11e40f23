package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.sitrep.doc.Document;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/**
 * The articles a benchmark measures, read from a {@code .zip} of plain-text articles (as
 * {@code ../shared/data/bbc-news/bbc-fulltext.zip} is) without unpacking it: its {@code .txt} entries in name order,
 * a README left out, each read as {@code sitrep ingest} reads a file.
 *
 * <p>Stateless. An entry that cannot be read gets one line on {@code err} and is left out; a zip that cannot be
 * opened gives one line and no articles.
 */
final class BenchArticles {
    private BenchArticles() {
    }

    static List<Document> fromZip(Path zip, int limit, PrintWriter err) {
        List<Document> docs = new ArrayList<>();
        DocumentReader reader = DocumentReader.builder().build();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            TreeMap<String, ZipEntry> entries = new TreeMap<>();
            z.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".txt"))
                    .filter(e -> !Path.of(e.getName()).getFileName().toString().equalsIgnoreCase("README.TXT"))
                    .forEach(e -> entries.put(e.getName(), e));
            for (ZipEntry e : entries.values()) {
                if (docs.size() >= limit) {
                    break;
                }
                try (InputStream in = z.getInputStream(e)) {
                    ReadResult read = reader.read(zip.getFileName() + "!/" + e.getName(), in.readAllBytes());
                    read.diagnostics().stream().filter(d -> d.isError()).forEach(err::println);
                    docs.addAll(read.documents());
                }
            }
        } catch (IOException e) {
            err.println(zip + ": cannot read the zip: " + e.getMessage());
        }
        return docs;
    }
}
