package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.read.fetch.FetchResult;
import org.sitrep.read.fetch.Fetcher;
import org.sitrep.doc.Published;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/** Reads command-line inputs, printing each problem as one line on standard error. */
final class Inputs {
    private Inputs() {
    }

    /** Parses {@code --published}: YYYY-MM-DD, YYYY-MM or YYYY. */
    static Published parsePublished(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(v);
            } else if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate.parse(v + "-01");
            } else if (!v.matches("\\d{4}")) {
                throw new Main.UsageException("--published must be YYYY-MM-DD, YYYY-MM or YYYY, was '" + value + "'");
            }
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--published is not a calendar date: '" + value + "'");
        }
        return Published.given(v);
    }

    static ReadResult read(List<String> args, Published published, PrintWriter err) {
        return read(args, published, null, err);
    }

    /**
     * Reads files, directories, standard input and http(s) URLs; URLs are fetched politely (robots.txt, a delay per
     * host, conditional GET through {@code httpCache} when given) and read like files of the type they were sent as.
     */
    static ReadResult read(List<String> args, Published published, Path httpCache, PrintWriter err) {
        DocumentReader.Builder b = DocumentReader.builder();
        if (published != null) {
            b.published(published);
        }
        DocumentReader reader = b.build();
        List<String> paths = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String a : args) {
            (isUrl(a) ? urls : paths).add(a);
        }
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!paths.isEmpty()) {
            ReadResult r = reader.read(paths);
            documents.addAll(r.documents());
            diagnostics.addAll(r.diagnostics());
        }
        if (!urls.isEmpty()) {
            Fetcher.Builder fb = Fetcher.builder().userAgent(USER_AGENT);
            if (httpCache != null) {
                fb.cache(httpCache);
            }
            Fetcher fetcher = fb.build();
            for (String url : urls) {
                FetchResult f = fetcher.fetch(url);
                diagnostics.addAll(f.warnings());
                if (f.notModified()) {
                    diagnostics.add(new Diagnostic(url, Diagnostic.Severity.WARNING, "not modified since the last fetch; skipped"));
                } else if (!f.isSuccess()) {
                    diagnostics.add(f.failure());
                } else {
                    ReadResult r = reader.read(f.finalUri().toString(), f.expectBody());
                    documents.addAll(r.documents());
                    diagnostics.addAll(r.diagnostics());
                }
            }
        }
        for (Diagnostic d : diagnostics) {
            err.println(d);
        }
        err.flush();
        return new ReadResult(documents, diagnostics);
    }

    static final String USER_AGENT = "Sitrep/0.1 (+https://github.com/sitrep)";

    static boolean isUrl(String arg) {
        String a = arg.toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    static boolean anyErrors(ReadResult result) {
        return result.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
