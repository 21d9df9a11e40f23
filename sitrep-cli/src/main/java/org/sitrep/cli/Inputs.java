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
import org.sitrep.read.ReadSink;

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
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        read(args, published, httpCache, new Sink() {
            @Override
            public void document(Document doc) {
                documents.add(doc);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                diagnostics.add(diagnostic);
            }
        });
        for (Diagnostic d : diagnostics) {
            err.println(d);
        }
        err.flush();
        return new ReadResult(documents, diagnostics);
    }

    /** Where {@link #read(List, Published, Path, Sink)} puts what it reads; it also hears of URLs not modified. */
    interface Sink extends ReadSink {
        /** A fetched URL has not changed since the last fetch, so it was not read again. */
        default void notModified(String url) {
            diagnostic(new Diagnostic(url, Diagnostic.Severity.WARNING, "not modified since the last fetch; skipped"));
        }
    }

    /**
     * Reads as {@link #read(List, Published, Path, PrintWriter)} does, giving each document and problem to
     * {@code sink} as soon as it is read, so that one input at a time is held in memory.
     */
    static void read(List<String> args, Published published, Path httpCache, Sink sink) {
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
        if (!paths.isEmpty()) {
            reader.read(paths, sink);
        }
        if (!urls.isEmpty()) {
            Fetcher.Builder fb = Fetcher.builder().userAgent(USER_AGENT);
            if (httpCache != null) {
                fb.cache(httpCache);
            }
            Fetcher fetcher = fb.build();
            for (String url : urls) {
                FetchResult f = fetcher.fetch(url);
                f.warnings().forEach(sink::diagnostic);
                if (f.notModified()) {
                    sink.notModified(url);
                } else if (!f.isSuccess()) {
                    sink.diagnostic(f.failure());
                } else {
                    reader.read(f.finalUri().toString(), f.expectBody(), sink);
                }
            }
        }
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
