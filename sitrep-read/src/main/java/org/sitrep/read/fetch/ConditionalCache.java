package org.sitrep.read.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Remembers, per URL, the validators ({@code ETag}, {@code Last-Modified}) of the last full answer, so that a feed
 * polled again is asked for with a conditional GET and a {@code 304 Not Modified} costs no body.
 *
 * <p>Thread safety: implementations must be safe for concurrent use. Failure: {@link #find} and {@link #remember}
 * may throw {@link java.io.UncheckedIOException} when the storage cannot be read or written; the {@link Fetcher}
 * then fetches unconditionally and reports a warning, never failing the fetch for it.
 */
public interface ConditionalCache {

    /** The validators remembered for a URL (without its fragment), if any. */
    Optional<Validators> find(URI url);

    /** Remembers the validators of a full answer for a URL, replacing earlier ones. */
    void remember(URI url, Validators validators);

    /** Forgets a URL (its last full answer carried no validators). */
    void forget(URI url);

    /** A cache that remembers nothing: every fetch is unconditional. */
    static ConditionalCache none() {
        return NoConditionalCache.INSTANCE;
    }

    /**
     * A persistent cache holding one small JSON file per URL in a directory (created when first written), such as
     * {@code ~/.cache/sitrep/http} or {@code <db>.http-cache/}.
     */
    static ConditionalCache inDirectory(Path directory) {
        return new DirectoryConditionalCache(directory);
    }

    /**
     * The validators of one answer.
     *
     * @param etag the {@code ETag} header exactly as sent (quotes and {@code W/} kept), or null
     * @param lastModified the {@code Last-Modified} header exactly as sent, or null
     */
    record Validators(String etag, String lastModified) {
        public Validators {
            if (etag != null && etag.isBlank()) {
                etag = null;
            }
            if (lastModified != null && lastModified.isBlank()) {
                lastModified = null;
            }
        }

        /** Whether there is anything to make a request conditional with. */
        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }

        public Optional<String> findEtag() {
            return Optional.ofNullable(etag);
        }

        public Optional<String> findLastModified() {
            return Optional.ofNullable(lastModified);
        }
    }
}

/** The cache that remembers nothing. */
enum NoConditionalCache implements ConditionalCache {
    INSTANCE;

    @Override
    public Optional<Validators> find(URI url) {
        return Optional.empty();
    }

    @Override
    public void remember(URI url, Validators validators) {
    }

    @Override
    public void forget(URI url) {
    }
}
