package org.sitrep.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;

/**
 * Reads what a user gives (files, directories, standard input, bytes in memory) into {@link Document}s, and says in
 * one line per problem what could not be read and why.
 *
 * <p>Formats are told by the file's extension, then by its content: plain text ({@code .txt} or any other text),
 * HTML ({@code .html}, {@code .htm}, or content that starts like a page), and JSON Lines ({@code .jsonl},
 * {@code .ndjson}: one {@code {url, title?, text|html, published?}} object per line), RSS and Atom feeds
 * ({@code .rss}, {@code .atom}, {@code .rdf}, or a root element {@code <rss>}, {@code <feed>}, {@code <rdf:RDF>}),
 * and WARC and ARC web archives ({@code .warc}, {@code .arc}, or content that starts {@code WARC/1.} or
 * {@code filedesc://}), and Reuters-21578 SGML ({@code .sgm}: each {@code <REUTERS>} record with a body, see
 * {@link ReutersSgmlReading}). Any of them may be gzipped.
 * <ul>
 *   <li>Plain text: the text is the decoded file exactly (a leading byte-order mark aside), so offsets refer to the
 *       file; the title is the line that reads as its headline, else its first sentence (see
 *       {@link ScrapeTitle}). A scrape that opens with a header of {@code key: value} lines and a blank line (see
 *       {@link ScrapeHeader}) takes its url, title and date from it, and the header is boilerplate.</li>
 *   <li>HTML: the article is taken out of the page (see {@link HtmlArticleExtractor}); the text is the title, a
 *       blank line, and every visible block of the page (headings, paragraphs, menus, captions…) in page order,
 *       separated by blank lines. The blocks that are not the article are marked in the
 *       {@link Layers#BOILERPLATE} layer by kind, so the body is the article alone; the
 *       {@link Layers#SOURCE_MAP} layer maps each run of the text back to its characters in the page (see
 *       {@link HtmlPageText}). Byline and language come from the page's markup; a publication date in its
 *       metadata is kept with basis {@link Published.Basis#METADATA}.</li>
 *   <li>JSON Lines: each good line is a document whose source is its {@code url} (else {@code file:line}); a bad
 *       line is an error naming {@code file:line}, and the other lines are still read. A {@code published} field
 *       is a {@linkplain Published#given given} date.</li>
 *   <li>Feeds: each item is a document whose source is its link (see {@link FeedReading}).</li>
 *   <li>Web archives: each HTML response (HTTP 200) is a document whose source is its target URI; the crawl date
 *       is never taken as the publication date. An archive is streamed, so the size limit holds for each of its
 *       records rather than for the whole file (see {@link WarcReading}).</li>
 * </ul>
 * Valid UTF-8 is read as UTF-8; other bytes as the charset an HTML page declares, else as windows-1252, with a
 * warning. A date given to the builder overrides every date found.
 *
 * <p>Sources: a document read from a file has for source its path relative to the folder that holds the argument
 * it was found under (a file {@code /srv/news/a.html} given as such: {@code a.html}; found in a directory given as
 * {@code /srv/news}: {@code news/a.html}), never an absolute path of the machine that read it. Diagnostics name
 * inputs as they were given.
 *
 * <p>Thread safety: immutable; one reader may serve several threads.
 *
 * <p>Failure: never throws for bad input. A missing path, an empty or binary file, a file over the size limit, a
 * directory with nothing readable, a bad JSON line: each is a {@link Diagnostic} in the {@link ReadResult}, and the
 * other inputs are still read. (Only a programming error, such as a null argument, throws.)
 */
public final class DocumentReader {
    /** The default limit on one input's size, before and after decompression: 10 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 10L * 1024 * 1024;
    static final String NOT_UTF8 = "not valid UTF-8; read as windows-1252";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HtmlArticleExtractor HTML = new HtmlArticleExtractor();
    /** How much of an input's start is looked at to tell its format by content. */
    private static final int SNIFF_BYTES = 16 * 1024;

    private final long maxInputBytes;
    private final Optional<Published> published;
    private final Supplier<InputStream> standardInput;
    private final FeedReading feeds;
    private final WarcReading archives;
    private final ReutersSgmlReading reuters;

    private enum Format { TEXT, HTML, JSON_LINES, FEED }

    private DocumentReader(Builder b) {
        this.maxInputBytes = b.maxInputBytes;
        this.published = b.published;
        this.standardInput = b.standardInput;
        this.feeds = new FeedReading(HTML, published);
        this.archives = new WarcReading(HTML, maxInputBytes, published);
        this.reuters = new ReutersSgmlReading(published);
    }

    /** A builder with the defaults: a 10 MiB limit, no given date, {@link System#in} for {@code -}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this reader's settings, to change some of them. */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.maxInputBytes = maxInputBytes;
        b.published = published;
        b.standardInput = standardInput;
        return b;
    }

    /** The most bytes one input may have, before and after decompression. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** The publication date given for every document, if any. */
    public Optional<Published> findGivenPublished() {
        return published;
    }

    /**
     * Reads each argument in turn: a file, a directory (its regular, non-hidden files, walked in sorted order), or
     * {@code -} for standard input.
     */
    public ReadResult read(List<String> args) {
        Collected collected = new Collected();
        read(args, collected);
        return collected.result();
    }

    /**
     * Reads as {@link #read(List)} does, giving each document and problem to {@code out} as soon as it is read: one
     * input (or one archive record) is held in memory at a time, however many there are.
     */
    public void read(List<String> args, ReadSink out) {
        Objects.requireNonNull(args, "args");
        Sink sink = new Sink(Objects.requireNonNull(out, "out"));
        for (String arg : args) {
            readArgument(arg, sink);
        }
    }

    /** Reads bytes held in memory; {@code name} gives the format by its extension and names the input. */
    public ReadResult read(String name, byte[] bytes) {
        Collected collected = new Collected();
        read(name, bytes, collected);
        return collected.result();
    }

    /** Reads bytes held in memory as {@link #read(String, byte[])} does, giving what it reads to {@code out}. */
    public void read(String name, byte[] bytes, ReadSink out) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        Sink sink = new Sink(Objects.requireNonNull(out, "out"));
        if (bytes.length > maxInputBytes) {
            sink.error(name, tooLarge(bytes.length));
        } else {
            readBytes(name, bytes, sink);
        }
    }

    // ---- arguments, files, directories -------------------------------------------------------------------------

    private void readArgument(String arg, Sink sink) {
        if (arg == null || arg.isEmpty()) {
            sink.error(String.valueOf(arg), "no such file or directory");
            return;
        }
        if (arg.equals("-")) {
            try (InputStream in = standardInput.get()) {
                readStream("-", in, sink);
            } catch (IOException e) {
                sink.error("-", "cannot read standard input: " + e.getMessage());
            }
            return;
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            sink.error(arg, "not a valid path: " + e.getReason());
            return;
        }
        if (!Files.exists(path)) {
            sink.error(arg, "no such file or directory");
            return;
        }
        Path absolute = path.toAbsolutePath().normalize();
        sink.root = absolute.getParent() == null ? absolute : absolute.getParent();
        try {
            if (Files.isDirectory(path)) {
                readDirectory(arg, path, sink);
            } else {
                readFile(arg, path, sink);
            }
        } finally {
            sink.root = null;
        }
    }

    private void readDirectory(String arg, Path dir, Sink sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (!isHidden(f) && Files.isRegularFile(f)) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    sink.error(f.toString(), "cannot read: " + describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.error(arg, "cannot list directory: " + describe(e));
            return;
        }
        files.sort(Comparator.comparing(Path::toString));
        long before = sink.documents;
        for (Path f : files) {
            readFile(f.toString(), f, sink);
        }
        if (sink.documents == before) {
            sink.error(arg, "no readable documents in directory");
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private void readFile(String name, Path path, Sink sink) {
        try {
            if (Files.isRegularFile(path) && WarcReading.isArchive(name, head(path))) {
                // streamed record by record: the size limit holds for each record, not for the whole archive
                archives.read(name, java.nio.channels.FileChannel.open(path), sink);
                return;
            }
            if (Files.isRegularFile(path)) {
                long size = Files.size(path);
                if (size > maxInputBytes) {
                    sink.error(name, tooLarge(size));
                    return;
                }
            }
            try (InputStream in = Files.newInputStream(path)) {
                readStream(name, in, sink);
            }
        } catch (NoSuchFileException e) {
            sink.error(name, "no such file or directory");
        } catch (IOException | SecurityException e) {
            sink.error(name, "cannot read: " + describe(e));
        } catch (OutOfMemoryError e) {
            // the last line of defence, so that the other inputs are still read: what this one held is garbage now
            sink.error(name, "cannot read: ran out of memory");
        } catch (StackOverflowError e) {
            sink.error(name, "cannot read: nested too deeply (stack overflow)");
        }
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(WarcReading.headBytes());
        }
    }

    private void readStream(String name, InputStream in, Sink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
        if (bytes.length > maxInputBytes) {
            sink.error(name, "over the " + human(maxInputBytes) + " limit; not read");
            return;
        }
        readBytes(name, bytes, sink);
    }

    // ---- bytes ---------------------------------------------------------------------------------------------------

    private void readBytes(String name, byte[] bytes, Sink sink) {
        if (WarcReading.isArchive(name, bytes)) {
            archives.read(name, java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(bytes)), sink);
            return;
        }
        String formatName = name;
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz") || TextDecoding.startsWith(bytes, 0x1F, 0x8B)) {
            Optional<byte[]> inflated = gunzip(name, bytes, sink);
            if (inflated.isEmpty()) {
                return;
            }
            bytes = inflated.get();
            if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                formatName = name.substring(0, name.length() - 3);
            }
        }
        if (bytes.length == 0) {
            sink.error(name, "empty");
            return;
        }
        if (TextDecoding.looksBinary(bytes)) {
            sink.error(name, "binary file, not a document");
            return;
        }
        if (ReutersSgmlReading.isReutersSgml(formatName)) {
            // Reuters-21578 SGML is ASCII but for a stray byte: Latin-1 never fails
            sink.addAll(reuters.read(name, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
            return;
        }
        Format format = formatOf(formatName, bytes);
        TextDecoding.Decoded decoded = format == Format.HTML || format == Format.FEED ? TextDecoding.decodeHtml(bytes)
                : TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            sink.error(name, "empty");
            return;
        }
        if (decoded.guessed()) {
            sink.warning(name, NOT_UTF8);
        }
        switch (format) {
            case TEXT -> sink.document(plainText(name, text));
            case HTML -> html(name, text, name, sink).ifPresent(sink::document);
            case JSON_LINES -> readJsonLines(name, text, sink);
            case FEED -> sink.addAll(feeds.read(name, text));
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    private Optional<byte[]> gunzip(String name, byte[] bytes, Sink sink) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInputBytes + 1));
            if (out.length > maxInputBytes) {
                sink.error(name, "over the " + human(maxInputBytes) + " limit once decompressed; not read");
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            sink.error(name, "not valid gzip data: " + describe(e));
            return Optional.empty();
        }
    }

    private static Format formatOf(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
                || lower.endsWith(".shtml")) {
            return Format.HTML;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Format.TEXT;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".rdf")) {
            return Format.FEED;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (XmlProlog.of(head).rootName().filter(FeedReading::isFeedRoot).isPresent()) {
            return Format.FEED;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")
                || (start.startsWith("<?xml") && start.contains("<html"))) {
            return Format.HTML;
        }
        if (start.startsWith("{")) {
            int eol = start.indexOf('\n');
            String firstLine = (eol < 0 ? start : start.substring(0, eol)).strip();
            if (firstLine.endsWith("}")) {
                return Format.JSON_LINES;
            }
        }
        return Format.TEXT;
    }

    // ---- formats -------------------------------------------------------------------------------------------------

    private Document plainText(String source, String text) {
        Optional<ScrapeHeader> header = ScrapeHeader.find(text);
        if (header.isPresent()) {
            ScrapeHeader h = header.get();
            return Document.builder(text)
                    .source(h.url() != null ? h.url() : source)
                    .title(h.title() != null ? h.title() : ScrapeTitle.find(text.substring(h.end())).orElse(null))
                    .published(published.orElse(h.published() != null
                            ? new Published(h.published(), Published.Basis.METADATA, 0.9) : Published.UNKNOWN))
                    .layer(Layers.BOILERPLATE, List.of(new Boilerplate(0, h.end(), Boilerplate.HEADER)))
                    .build();
        }
        return Document.builder(text)
                .source(source)
                .title(ScrapeTitle.find(text).orElse(null))
                .published(published.orElse(Published.UNKNOWN))
                .build();
    }

    private Optional<Document> html(String where, String html, String source, Sink sink) {
        HtmlArticleExtractor.Article article = HTML.extract(html, source);
        if (article.text().isBlank()) {
            sink.error(where, "no article text found in the HTML page");
            return Optional.empty();
        }
        HtmlPageText page = article.page();
        return Optional.of(Document.builder(page.text())
                .source(source)
                .title(article.title().orElse(null))
                .published(published.orElse(article.published()))
                .byline(page.byline().orElse(null))
                .language(page.language().orElse(null))
                .layer(Layers.BOILERPLATE, page.leftOut())
                .layer(Layers.SOURCE_MAP, page.sourceMap())
                .build());
    }

    private void readJsonLines(String name, String text, Sink sink) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + ":" + (i + 1);
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                sink.error(where, "not valid JSON: " + firstLineOf(e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.error(where, "not a JSON object");
                continue;
            }
            Optional<String> url = textField(node, "url");
            String source = url.orElse(where);
            Optional<Published> recordDate = recordPublished(node, where, sink);
            Optional<String> title = textField(node, "title");
            Optional<String> body = textField(node, "text");
            Optional<String> html = textField(node, "html");
            Document doc;
            if (body.isPresent()) {
                doc = Document.builder(body.get())
                        .source(source)
                        .title(title.or(() -> ScrapeTitle.find(body.get())).orElse(null))
                        .published(published.or(() -> recordDate).orElse(Published.UNKNOWN))
                        .build();
            } else if (html.isPresent()) {
                Optional<Document> page = html(where, html.get(), source, sink);
                if (page.isEmpty()) {
                    continue;
                }
                Document.Builder b = page.get().newBuilder();
                title.ifPresent(b::title);
                if (published.isEmpty() && recordDate.isPresent()) {
                    b.published(recordDate.get());
                }
                doc = b.build();
            } else {
                boolean blank = node.has("text") || node.has("html");
                sink.error(where, blank ? "empty" : "no \"text\" or \"html\" field");
                continue;
            }
            sink.document(doc);
        }
    }

    private static Optional<Published> recordPublished(JsonNode node, String where, Sink sink) {
        if (!node.hasNonNull("published")) {
            return Optional.empty();
        }
        JsonNode value = node.get("published");
        Optional<String> iso = value.isValueNode() ? PublicationDates.findIsoDate(value.asText()) : Optional.empty();
        if (iso.isEmpty()) {
            sink.warning(where, "\"published\" is not a date (" + abbreviate(value.toString()) + "); ignored");
        }
        return iso.map(Published::given);
    }

    private static Optional<String> textField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    // ---- small helpers -------------------------------------------------------------------------------------------

    private static String firstLineOf(String s) {
        if (s == null) {
            return "unreadable";
        }
        int eol = s.indexOf('\n');
        return eol < 0 ? s : s.substring(0, eol);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private String tooLarge(long size) {
        return "is " + human(size) + ", over the " + human(maxInputBytes) + " limit; not read";
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Passes what one call reads on to the caller's sink, counting documents, with each file's source made relative
     * to the folder of the argument it was read under. Not thread-safe; one per call.
     */
    static final class Sink implements ReadSink {
        private final ReadSink out;
        long documents;
        /** The folder that holds the argument being read, absolute; null outside a file or directory argument. */
        Path root;

        Sink(ReadSink out) {
            this.out = out;
        }

        @Override
        public void document(Document d) {
            documents++;
            out.document(relative(d));
        }

        /**
         * {@code d} with its source made relative to {@link #root} when it is a path under it: a document read from
         * {@code /srv/news/bbc/a.txt}, given as {@code /srv/news/bbc}, has the source {@code bbc/a.txt}, so that no
         * reader of the record sees where the files lay on the machine that read them. Web addresses stay as they are.
         */
        private Document relative(Document d) {
            String source = d.source();
            if (root == null || source == null || source.isEmpty() || source.equals("-") || source.contains("://")) {
                return d;
            }
            try {
                Path p = Path.of(source).toAbsolutePath().normalize();
                if (!p.startsWith(root) || p.equals(root)) {
                    return d;
                }
                String relative = root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
                return d.newBuilder().source(relative).build();
            } catch (InvalidPathException | java.io.IOError e) {
                return d;
            }
        }

        @Override
        public void diagnostic(Diagnostic d) {
            out.diagnostic(d);
        }

        void error(String input, String message) {
            out.diagnostic(Diagnostic.error(input, message));
        }

        void warning(String input, String message) {
            out.diagnostic(Diagnostic.warning(input, message));
        }

        void addAll(ReadResult result) {
            result.documents().forEach(this::document);
            result.diagnostics().forEach(out::diagnostic);
        }
    }

    /** Collects what one call reads, for the methods that return a {@link ReadResult}. Not thread-safe. */
    private static final class Collected implements ReadSink {
        private final List<Document> documents = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        @Override
        public void document(Document d) {
            documents.add(d);
        }

        @Override
        public void diagnostic(Diagnostic d) {
            diagnostics.add(d);
        }

        ReadResult result() {
            return new ReadResult(documents, diagnostics);
        }
    }

    /** Builds a {@link DocumentReader}. Not thread-safe. */
    public static final class Builder {
        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private Optional<Published> published = Optional.empty();
        private Supplier<InputStream> standardInput = () -> System.in;

        private Builder() {
        }

        /**
         * The most bytes one input may have, before and after decompression; larger inputs are an error.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxInputBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the input size limit must be positive, was " + bytes);
            }
            this.maxInputBytes = bytes;
            return this;
        }

        /**
         * The publication date of every document read ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), which
         * overrides any date found in the inputs; {@code null} to find dates in the inputs.
         *
         * @throws IllegalArgumentException if it is not such a date
         */
        public Builder published(String isoDate) {
            this.published = isoDate == null ? Optional.empty() : Optional.of(Published.given(isoDate));
            return this;
        }

        /**
         * The publication date of every document read, which overrides any date found in the inputs; {@code null}
         * to find dates in the inputs. A date whose basis is not {@link Published.Basis#GIVEN} is taken as given.
         */
        public Builder published(Published published) {
            this.published = published == null || !published.isKnown() ? Optional.empty()
                    : Optional.of(Published.given(published.value()));
            return this;
        }

        /** Where {@code -} reads from; {@link System#in} by default. The stream is closed after reading. */
        public Builder standardInput(Supplier<InputStream> standardInput) {
            this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
            return this;
        }

        public DocumentReader build() {
            return new DocumentReader(this);
        }
    }
}
