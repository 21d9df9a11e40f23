package org.sitrep.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

/**
 * Reads the HTML pages out of a web archive, WARC (1.0, 1.1) or ARC, gzipped record by record or not, with jwarc.
 *
 * <p>Each response record holding an HTTP 200 response of type {@code text/html} or {@code application/xhtml+xml}
 * becomes a {@link Document} through {@link HtmlArticleExtractor}, with the record's target URI as its source; other
 * records (requests, metadata, redirects, images, revisits) are passed over. The page's bytes are decoded as the
 * page is elsewhere: valid UTF-8 as UTF-8, else the charset of the HTTP {@code Content-Type}, else the page's own
 * declaration, else windows-1252 with a warning. Content encodings (gzip, deflate, brotli) and chunked transfer
 * are undone.
 *
 * <p>Dates: the publication date is what the page itself says (its metadata, its URL); the record's
 * {@code WARC-Date} is the time of the crawl and is never taken as the publication date.
 *
 * <p>Size: an archive is streamed record by record, so it may be larger than the reader's input limit; each record
 * whose block is over the limit is refused by its declared length, before its content is read.
 *
 * <p>Thread safety: immutable; one instance may serve several threads.
 *
 * <p>Failure: never throws for bad input. Each bad record (over the limit, empty, not decodable, no article text)
 * is one error naming {@code input@offset} and its URI, and reading goes on. A truncated or corrupt record, or
 * truncated gzip data, ends the reading with one error naming where; the documents read before it are kept.
 */
final class WarcReading {
    private static final int HEAD_BYTES = 512;

    private final HtmlArticleExtractor html;
    private final long maxRecordBytes;
    private final Optional<Published> given;

    WarcReading(HtmlArticleExtractor html, long maxRecordBytes, Optional<Published> given) {
        this.html = Objects.requireNonNull(html, "html");
        this.maxRecordBytes = maxRecordBytes;
        this.given = Objects.requireNonNull(given, "given");
    }

    /** How many leading bytes of an input {@link #isArchive} needs to look at. */
    static int headBytes() {
        return HEAD_BYTES;
    }

    /**
     * Whether an input is a web archive: by its name ({@code .warc}, {@code .arc}, either with {@code .gz}), else by
     * its first bytes, gzipped or not ({@code WARC/1.}, {@code WARC/0.}, or an ARC file's {@code filedesc://}).
     */
    static boolean isArchive(String name, byte[] head) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".arc")
                || lower.endsWith(".arc.gz")) {
            return true;
        }
        byte[] start = TextDecoding.startsWith(head, 0x1F, 0x8B) ? inflatedStart(head) : head;
        String s = new String(start, 0, Math.min(start.length, 16), StandardCharsets.ISO_8859_1);
        return s.startsWith("WARC/1.") || s.startsWith("WARC/0.") || s.startsWith("filedesc://");
    }

    /** As much of the gzipped data's content as {@code head}, the first bytes of it, gives. */
    private static byte[] inflatedStart(byte[] head) {
        byte[] out = new byte[16];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int b;
            while (n < out.length && (b = in.read()) >= 0) {
                out[n++] = (byte) b;
            }
        } catch (IOException e) {
            // the head ends mid-stream or is not gzip: keep what came out
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Reads the archive {@code channel} holds into a result; {@code name} names the input. Closes the channel. */
    ReadResult read(String name, ReadableByteChannel channel) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        read(name, channel, new ReadSink() {
            @Override
            public void document(Document doc) {
                documents.add(doc);
            }

            @Override
            public void diagnostic(Diagnostic diagnostic) {
                problems.add(diagnostic);
            }
        });
        return new ReadResult(documents, problems);
    }

    /**
     * Reads the archive {@code channel} holds, giving each page to {@code sink} as soon as it is read, so that only
     * one record is in memory at a time; {@code name} names the input in diagnostics. Closes the channel.
     */
    void read(String name, ReadableByteChannel channel, ReadSink sink) {
        Documents documents = new Documents(sink);
        Problems diagnostics = new Problems(sink);
        List<String> warnings = new ArrayList<>();
        int records = 0;
        boolean stopped = false;
        try (ReadableByteChannel ch = channel; WarcReader reader = new WarcReader(ch)) {
            reader.onWarning(warnings::add);
            while (true) {
                long before = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (EOFException e) {
                    diagnostics.add(Diagnostic.error(name + "@" + before, "truncated record or gzip data; "
                            + "the rest of the archive was not read"));
                    stopped = true;
                    break;
                } catch (IOException | RuntimeException e) {
                    diagnostics.add(Diagnostic.error(name + "@" + before, "not a readable WARC or ARC record ("
                            + describe(e) + "); the rest of the archive was not read"));
                    stopped = true;
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                if (next.get() instanceof WarcResponse response) {
                    String where = name + "@" + reader.position();
                    try {
                        response(where, response, documents, diagnostics);
                    } catch (EOFException e) {
                        diagnostics.add(Diagnostic.error(where, "truncated record (" + targetOf(response)
                                + "); the rest of the archive was not read"));
                        stopped = true;
                        break;
                    } catch (IOException | RuntimeException e) {
                        // jwarc reads a record's headers lazily and throws IllegalArgumentException for a bad one
                        // (two WARC-Target-URI headers, a media type it cannot parse): that record alone is skipped
                        diagnostics.add(Diagnostic.error(where, "unreadable response (" + targetOf(response) + ": "
                                + describe(e) + "); skipped"));
                    }
                }
            }
        } catch (EOFException e) {
            diagnostics.add(Diagnostic.error(name, "truncated: too short to be an archive"));
            stopped = true;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(name, "cannot read: " + describe(e)));
            stopped = true;
        }
        if (!warnings.isEmpty()) {
            diagnostics.add(Diagnostic.warning(name, warnings.size() + " format warning"
                    + (warnings.size() == 1 ? "" : "s") + " from the archive reader, the first: " + warnings.get(0)));
        }
        if (!stopped && documents.isEmpty()) {
            diagnostics.add(Diagnostic.error(name, records == 0 ? "empty: no archive records"
                    : "no HTML pages (HTTP 200, text/html) with article text among " + records + " records"));
        }
    }

    /** Passes documents on to the sink, counting them. */
    private static final class Documents {
        private final ReadSink sink;
        private long count;

        Documents(ReadSink sink) {
            this.sink = sink;
        }

        void add(Document doc) {
            count++;
            sink.document(doc);
        }

        boolean isEmpty() {
            return count == 0;
        }
    }

    /** Passes problems on to the sink. */
    private record Problems(ReadSink sink) {
        void add(Diagnostic d) {
            sink.diagnostic(d);
        }
    }

    /** Reads one response record; throws only what ends the archive (EOF) or the record (other I/O trouble). */
    private void response(String where, WarcResponse response, Documents documents, Problems diagnostics)
            throws IOException {
        MediaType recordType = response.contentType();
        if (!(recordType.type() + "/" + recordType.subtype()).equalsIgnoreCase("application/http")) {
            return; // DNS answers, Gemini, other protocols
        }
        String uri = response.target();
        long size = response.body().size();
        if (size > maxRecordBytes) {
            diagnostics.add(Diagnostic.error(where, "page " + uri + " is " + DocumentReader.human(size)
                    + ", over the " + DocumentReader.human(maxRecordBytes) + " limit; not read"));
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return;
        }
        Optional<MediaType> type = declaredType(http);
        if (type.isPresent() && !isHtml(type.get())) {
            return;
        }
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
        }
        if (bytes.length > maxRecordBytes) {
            diagnostics.add(Diagnostic.error(where, "page " + uri + " is over the "
                    + DocumentReader.human(maxRecordBytes) + " limit once decoded; not read"));
            return;
        }
        if (type.isEmpty() && !looksLikeHtml(bytes)) {
            return; // no declared type, and not a page
        }
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            diagnostics.add(Diagnostic.error(where, "page " + uri + " is empty"));
            return;
        }
        if (TextDecoding.looksBinary(bytes)) {
            diagnostics.add(Diagnostic.error(where, "page " + uri + " is binary, not HTML"));
            return;
        }
        String text = decode(where, uri, bytes, type.flatMap(WarcReading::charsetOf), diagnostics);
        HtmlArticleExtractor.Article article;
        try {
            article = html.extract(text, uri);
        } catch (RuntimeException e) {
            // one page must not end the reading of a whole archive
            diagnostics.add(Diagnostic.error(where, "page " + uri + " could not be read (" + describe(e) + ")"));
            return;
        }
        if (article.text().isBlank()) {
            diagnostics.add(Diagnostic.error(where, "no article text found in the HTML page " + uri));
            return;
        }
        documents.add(Document.builder(article.text())
                .source(uri)
                .title(article.title().orElse(null))
                .published(given.orElse(article.published()))
                .build());
    }

    private static Optional<MediaType> declaredType(HttpResponse http) {
        return http.headers().first("Content-Type").filter(s -> !s.isBlank()).map(MediaType::parseLeniently);
    }

    private static boolean isHtml(MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static Optional<Charset> charsetOf(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
            n = "windows-1252"; // as browsers do (WHATWG encoding standard)
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** UTF-8 when valid; else the HTTP charset; else what the page declares; else windows-1252, with a warning. */
    private static String decode(String where, String uri, byte[] bytes, Optional<Charset> httpCharset,
            Problems diagnostics) {
        TextDecoding.Decoded decoded = TextDecoding.decodeHtml(bytes);
        boolean unicode = decoded.charset().startsWith("UTF-");
        if (!unicode && httpCharset.isPresent() && !httpCharset.get().equals(StandardCharsets.UTF_8)) {
            return new String(bytes, httpCharset.get());
        }
        if (decoded.guessed()) {
            diagnostics.add(Diagnostic.warning(where, "page " + uri + " is " + DocumentReader.NOT_UTF8));
        }
        return decoded.text();
    }

    /** The record's target URI, or a stand-in when its headers hold none, or more than one. */
    private static String targetOf(WarcResponse response) {
        try {
            String target = response.target();
            return target == null ? "no target URI" : target;
        } catch (RuntimeException e) {
            return "no single target URI";
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }
}
