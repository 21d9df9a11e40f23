package org.sitrep.read.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ConditionalCache} kept as a directory of small JSON files, one per URL, named by the SHA-256 of the URL:
 * {@code {"url": …, "etag": …, "lastModified": …, "storedAt": …}}.
 *
 * <p>Thread safety: safe for concurrent use, also by several processes: each file is written to a temporary file
 * and moved into place atomically, so a reader sees the old or the new entry, never half of one. Failure: an
 * unreadable, corrupt or unwritable entry throws {@link UncheckedIOException}; a missing one is simply absent.
 */
public final class DirectoryConditionalCache implements ConditionalCache {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public DirectoryConditionalCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The directory the entries lie in. */
    public Path directory() {
        return directory;
    }

    @Override
    public Optional<Validators> find(URI url) {
        String key = keyOf(url);
        Path file = fileOf(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            var node = JSON.readTree(bytes);
            if (node == null || !key.equals(node.path("url").asText(null))) {
                return Optional.empty(); // another URL with the same hash, or not ours
            }
            Validators v = new Validators(node.path("etag").asText(null), node.path("lastModified").asText(null));
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP cache entry " + file + " unreadable: " + e.getMessage(), e);
        }
    }

    @Override
    public void remember(URI url, Validators validators) {
        if (validators.isEmpty()) {
            forget(url);
            return;
        }
        String key = keyOf(url);
        Path file = fileOf(key);
        ObjectNode node = JSON.createObjectNode();
        node.put("url", key);
        node.put("etag", validators.etag());
        node.put("lastModified", validators.lastModified());
        node.put("storedAt", Instant.now().toString());
        Path tmp = null;
        try {
            Files.createDirectories(directory);
            tmp = Files.createTempFile(directory, ".entry", ".tmp");
            Files.write(tmp, JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP cache entry " + file + " unwritable: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure being reported is the write's
                }
            }
        }
    }

    @Override
    public void forget(URI url) {
        Path file = fileOf(keyOf(url));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP cache entry " + file + " undeletable: " + e.getMessage(), e);
        }
    }

    /** The URL as a key: ASCII form, without its fragment. */
    static String keyOf(URI url) {
        String s = url.toASCIIString();
        int hash = s.indexOf('#');
        return hash >= 0 ? s.substring(0, hash) : s;
    }

    private Path fileOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "DirectoryConditionalCache[" + directory + "]";
    }
}
