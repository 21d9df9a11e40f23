package org.sitrep.read.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.read.Diagnostic;

/**
 * What one {@link Fetcher#fetch} gave: a body, a "not modified", or a failure.
 *
 * <ul>
 *   <li>Success: {@code failure} is null, {@code status} is 2xx and {@code body} holds the whole body.</li>
 *   <li>Not modified: the server answered 304 to our conditional GET; {@code notModified} is true, {@code failure}
 *       null and {@code body} empty.</li>
 *   <li>Failure: {@code failure} says why in one line (an {@link Diagnostic.Severity#ERROR} whose input is the URL
 *       asked for); {@code status} is the HTTP status if one came (404, 500, a 200 over the size limit), else 0;
 *       {@code body} is empty.</li>
 * </ul>
 *
 * <p>Thread safety: immutable; {@link #body()} returns a copy.
 *
 * @param requested the URL asked for
 * @param finalUri the URL that answered, after redirects (the last one tried, on failure)
 * @param status the HTTP status of the last answer, or 0 when none came
 * @param contentType the media type of the body without parameters, lower-cased ({@code text/html}), or null
 * @param charset the {@code charset} parameter of {@code Content-Type} as sent, or null
 * @param body the body bytes (empty unless a success)
 * @param etag the {@code ETag} of the answer (or of the cached copy on a 304), or null
 * @param lastModified the {@code Last-Modified} of the answer (or of the cached copy on a 304), or null
 * @param notModified whether the server answered 304 Not Modified
 * @param failure why nothing usable came, or null
 * @param warnings caveats that did not stop the fetch (an unreadable cache entry, a capped crawl delay)
 */
public record FetchResult(
        URI requested,
        URI finalUri,
        int status,
        String contentType,
        String charset,
        byte[] body,
        String etag,
        String lastModified,
        boolean notModified,
        Diagnostic failure,
        List<Diagnostic> warnings) {

    private static final byte[] EMPTY = new byte[0];

    public FetchResult {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUri, "finalUri");
        body = body == null ? EMPTY : body.clone();
        warnings = List.copyOf(warnings);
    }

    /** Whether the fetch gave a body or a "not modified": no failure. */
    public boolean isSuccess() {
        return failure == null;
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body's length in bytes. */
    public int bodyLength() {
        return body.length;
    }

    /**
     * The body of a success that was not a 304.
     *
     * @throws IllegalStateException with the failure's line when the fetch failed, or when the answer was 304 Not
     *     Modified (there is no body to give)
     */
    public byte[] expectBody() {
        if (failure != null) {
            throw new IllegalStateException(failure.toString());
        }
        if (notModified) {
            throw new IllegalStateException(requested + ": not modified since the last fetch; no body");
        }
        return body();
    }

    public Optional<Diagnostic> findFailure() {
        return Optional.ofNullable(failure);
    }

    public Optional<String> findContentType() {
        return Optional.ofNullable(contentType);
    }

    /** The declared charset, if the server named one this JVM knows. */
    public Optional<Charset> findCharset() {
        if (charset == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(charset));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    public Optional<String> findEtag() {
        return Optional.ofNullable(etag);
    }

    public Optional<String> findLastModified() {
        return Optional.ofNullable(lastModified);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FetchResult r && requested.equals(r.requested) && finalUri.equals(r.finalUri)
                && status == r.status && Objects.equals(contentType, r.contentType)
                && Objects.equals(charset, r.charset) && Arrays.equals(body, r.body) && Objects.equals(etag, r.etag)
                && Objects.equals(lastModified, r.lastModified) && notModified == r.notModified
                && Objects.equals(failure, r.failure) && warnings.equals(r.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requested, finalUri, status, contentType, charset, Arrays.hashCode(body), etag,
                lastModified, notModified, failure, warnings);
    }

    @Override
    public String toString() {
        return "FetchResult[" + finalUri + " " + status + (notModified ? " not modified" : "")
                + (contentType != null ? " " + contentType : "") + " " + body.length + " bytes"
                + (failure != null ? " failed: " + failure.message() : "") + "]";
    }
}
