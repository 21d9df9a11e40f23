package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.sitrep.doc.Document;

/**
 * The seed article, read from {@code ../shared/seed} (the system property {@code sitrep.shared}) at test time; never
 * copied into the repository. A test that needs it is skipped, with a message, where it is absent.
 */
public final class Seed {
    /** The seed's file name under {@code shared/seed}. */
    public static final String FILE = "000_a05b5a41c47db5fd.txt";

    private Seed() {
    }

    /** Where the seed should be. */
    public static Path path() {
        return Path.of(System.getProperty("sitrep.shared", "../../shared"), "seed", FILE);
    }

    /** The seed's text; skips the calling test when the seed is absent. */
    public static String expectText() {
        Path path = path();
        Assumptions.assumeTrue(Files.isRegularFile(path), "the seed " + path + " is absent, skipping");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed as a document with no layers, its first line as the title; skips when the seed is absent. */
    public static Document expectDocument() {
        String text = expectText();
        return Document.builder(text).source(path().toString()).title(text.lines().findFirst().orElse(null)).build();
    }
}
