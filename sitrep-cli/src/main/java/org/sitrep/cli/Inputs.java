package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.doc.DateInput;
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

    /** Parses {@code --published}: YYYY-MM-DD, YYYY-MM or YYYY, a real calendar date. */
    static Published parsePublished(String value) {
        return Published.given(date("--published", value));
    }

    /**
     * Checks the date given to {@code option} (YYYY-MM-DD, YYYY-MM or YYYY, a real calendar date, read by
     * {@link DateInput}) and returns it stripped; null stays null.
     *
     * @throws Main.UsageException naming the option (exit 2)
     */
    static String date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return DateInput.expect(option, value);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
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
