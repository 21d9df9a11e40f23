package org.sitrep.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One news document: its text, where it came from, and typed layers of annotations over the text.
 *
 * <p>A document is immutable. Annotators return a new document with a layer added ({@link #with}); the text never
 * changes, so every span of every layer keeps pointing at the characters it was found in. Spans are checked to lie
 * inside the text and are kept sorted.
 *
 * <p>Thread safety: instances are immutable and may be shared freely.
 *
 * <p>Failure: {@link #with} throws {@link IllegalArgumentException} for a span outside the text;
 * {@link #layer} throws {@link IllegalStateException} for a layer that no stage has produced.
 */
public final class Document {
    /** Three or more line breaks in a row, closed up to one blank line in {@link #body()}. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final String text;
    private final String source;
    private final String title;
    private final Published published;
    private final String byline;
    private final String language;
    private final Map<Layer<?>, List<?>> layers;
    private final String id;

    private Document(Builder b) {
        this.text = Objects.requireNonNull(b.text, "text");
        this.source = b.source == null ? "-" : b.source;
        this.title = b.title;
        this.published = b.published == null ? Published.UNKNOWN : b.published;
        this.byline = b.byline;
        this.language = b.language;
        this.layers = Collections.unmodifiableMap(new LinkedHashMap<>(b.layers));
        this.id = contentHash(text);
    }

    /** Starts a document over {@code text}. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** A builder holding everything this document holds, to change some of it. */
    public Builder newBuilder() {
        Builder b = new Builder(text);
        b.source = source;
        b.title = title;
        b.published = published;
        b.byline = byline;
        b.language = language;
        b.layers.putAll(layers);
        return b;
    }

    /** The content hash of the text: the same text always has the same id, so a re-run never duplicates. */
    public String id() {
        return id;
    }

    /** The text every offset refers to. */
    public String text() {
        return text;
    }

    /** Where the document came from: a path, a URL, or {@code -} for standard input. */
    public String source() {
        return source;
    }

    public Optional<String> findTitle() {
        return Optional.ofNullable(title);
    }

    public Published published() {
        return published;
    }

    /** Who wrote it, as the page names its authors ("Jane Doe and John Roe"), when the source says. */
    public Optional<String> findByline() {
        return Optional.ofNullable(byline);
    }

    /** The language of the text as a BCP 47 tag in lower case ({@code en}, {@code en-gb}), when the source says. */
    public Optional<String> findLanguage() {
        return Optional.ofNullable(language);
    }

    /**
     * Whether the text is in English as far as its source says: true for an English tag ({@code en}, {@code en-gb})
     * and when the source names no language, false when it names another one. The stages built on English models
     * (part-of-speech tags, quotes) run in full only on such documents.
     */
    public boolean isEnglishOrUnknown() {
        return language == null || language.equals("en") || language.startsWith("en-");
    }

    /** The characters a span covers. */
    public String textOf(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** Whether a stage has produced {@code layer}. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layers present, in the order they were added. */
    public java.util.Set<Layer<?>> layerKeys() {
        return layers.keySet();
    }

    /**
     * The annotations of {@code layer}.
     *
     * @throws IllegalStateException if no stage has produced it
     */
    public <T> List<T> layer(Layer<T> layer) {
        return findLayer(layer).orElseThrow(() -> new IllegalStateException(
                "document " + source + " has no '" + layer.name() + "' layer; it is produced by " + layer.producedBy()));
    }

    /** The annotations of {@code layer}, if a stage has produced it. */
    @SuppressWarnings("unchecked")
    public <T> Optional<List<T>> findLayer(Layer<T> layer) {
        return Optional.ofNullable((List<T>) layers.get(layer));
    }

    /** A copy of this document with {@code layer} set to {@code values} (sorted if they are spans). */
    public <T> Document with(Layer<T> layer, List<? extends T> values) {
        return newBuilder().layer(layer, values).build();
    }

    /** A copy of this document with another publication date. */
    public Document withPublished(Published published) {
        return newBuilder().published(published).build();
    }

    /**
     * The stretches of text that are not boilerplate, in order. Without a boilerplate layer, the whole text.
     */
    public List<TextSpan> bodySegments() {
        List<Boilerplate> boiler = findLayer(Layers.BOILERPLATE).orElse(List.of());
        List<TextSpan> out = new ArrayList<>();
        int at = 0;
        for (Boilerplate b : boiler) {
            if (b.start() > at) {
                out.add(new TextSpan(at, b.start()));
            }
            at = Math.max(at, b.end());
        }
        if (at < text.length()) {
            out.add(new TextSpan(at, text.length()));
        }
        return out;
    }

    /** Whether {@code span} overlaps boilerplate. */
    public boolean isBoilerplate(Span span) {
        for (Boilerplate b : findLayer(Layers.BOILERPLATE).orElse(List.of())) {
            if (b.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The article text alone: the body segments joined, without boilerplate and without a leading title line.
     */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (TextSpan s : bodySegments()) {
            sb.append(textOf(s));
        }
        String body = sb.toString().strip();
        if (title != null && body.startsWith(title)) {
            body = body.substring(title.length()).strip();
        }
        return BLANK_LINES.matcher(body).replaceAll("\n\n");
    }

    @Override
    public String toString() {
        return "Document[" + source + ", " + text.length() + " chars, layers=" + layers.keySet() + "]";
    }

    static String contentHash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] digest = md.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Builds a {@link Document}. Not thread-safe. */
    public static final class Builder {
        private final String text;
        private String source;
        private String title;
        private Published published;
        private String byline;
        private String language;
        private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder title(String title) {
            this.title = title == null || title.isBlank() ? null : title.strip();
            return this;
        }

        public Builder published(Published published) {
            this.published = published;
            return this;
        }

        /** Sets the byline; blank means none. */
        public Builder byline(String byline) {
            this.byline = byline == null || byline.isBlank() ? null : byline.strip();
            return this;
        }

        /** Sets the language tag; blank means none. It is kept in lower case, {@code eng} as {@code en}. */
        public Builder language(String language) {
            String tag = language == null || language.isBlank() ? null
                    : language.strip().replace('_', '-').toLowerCase(java.util.Locale.ROOT);
            // the three-letter code of English ("eng", ISO 639-2) is the two-letter one BCP 47 prefers
            this.language = tag != null && (tag.equals("eng") || tag.startsWith("eng-")) ? "en" + tag.substring(3)
                    : tag;
            return this;
        }

        /** Sets a layer; spans are checked against the text and sorted. */
        public <T> Builder layer(Layer<T> layer, List<? extends T> values) {
            List<T> copy = new ArrayList<>(values.size());
            for (T v : values) {
                if (!layer.type().isInstance(v)) {
                    throw new IllegalArgumentException("layer '" + layer.name() + "' holds " + layer.type().getSimpleName()
                            + ", not " + (v == null ? "null" : v.getClass().getSimpleName()));
                }
                if (v instanceof Span s && (s.start() < 0 || s.end() > text.length() || s.end() < s.start())) {
                    throw new IllegalArgumentException("span [" + s.start() + ", " + s.end() + ") of layer '"
                            + layer.name() + "' lies outside the text (length " + text.length() + ")");
                }
                copy.add(v);
            }
            if (layer.holdsSpans()) {
                copy.sort((a, b) -> Span.ORDER.compare((Span) a, (Span) b));
            }
            layers.put(layer, Collections.unmodifiableList(copy));
            return this;
        }

        public Document build() {
            return new Document(this);
        }
    }
}
