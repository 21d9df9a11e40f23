package org.sitrep.annotate.corenlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads CoNLL-2003 column files ({@code token POS chunk NER}, one token per line, a blank line after each sentence,
 * {@code -DOCSTART-} lines between documents), plain or gzipped (told apart by the gzip magic bytes).
 * The first column is the token and the last the NER tag; any number of columns in between is allowed.
 *
 * <p>Thread safety: stateless; all methods are static.
 *
 * <p>Failure: throws {@link UncheckedIOException} when the file cannot be read, and
 * {@link IllegalArgumentException} naming the line for a line with a single column.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    /**
     * The sentences of {@code file}, in order.
     *
     * @param limit the most sentences to read; zero or less for all
     */
    public static List<ConllSentence> read(Path file, int limit) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gunzipIfNeeded(new java.io.BufferedInputStream(raw));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(reader, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CoNLL file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The sentences of CoNLL text read from {@code reader}; zero or negative {@code limit} reads all. */
    public static List<ConllSentence> read(BufferedReader reader, int limit) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null && (limit <= 0 || out.size() < limit)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new ConllSentence(tokens, tags));
                    tokens.clear();
                    tags.clear();
                }
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns.length < 2) {
                throw new IllegalArgumentException("line " + number + " has no NER column: " + line);
            }
            tokens.add(columns[0]);
            tags.add(columns[columns.length - 1]);
        }
        if (!tokens.isEmpty() && (limit <= 0 || out.size() < limit)) {
            out.add(new ConllSentence(tokens, tags));
        }
        return out;
    }

    private static InputStream gunzipIfNeeded(java.io.BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        return in;
    }
}
