package org.sitrep.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input into text: byte-order marks, strict UTF-8, a declared HTML charset, and windows-1252
 * as the last resort; also tells binary files from text.
 *
 * <p>Thread safety: stateless. Failure: never throws for bad bytes; {@link #decode} always gives text.
 */
final class TextDecoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoding() {
    }

    /**
     * Decoded text.
     *
     * @param text the characters, without a byte-order mark
     * @param charset the charset used
     * @param guessed whether the bytes were not valid in any charset they declared or that was tried first,
     *     so that windows-1252 was guessed
     */
    record Decoded(String text, String charset, boolean guessed) {
    }

    /** How near the start a NUL byte marks a file as binary on its own. */
    private static final int NUL_HEAD_BYTES = 1024;

    /**
     * Whether the bytes look like a binary file: a NUL byte near the very start (file headers such as PNG's hold
     * them at once), NUL bytes among many control bytes, or a great many control bytes. A few stray NUL bytes deep
     * inside a text page (left by a server-side template) do not make it binary.
     */
    static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false; // UTF-16 with a byte-order mark holds NUL bytes by design
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                if (i < NUL_HEAD_BYTES) {
                    return true;
                }
                nul++;
                control++;
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                control++;
            }
        }
        return n > 0 && (control > n * 0.3 || (nul > 0 && control > n * 0.02));
    }

    /** Decodes plain text or JSON: a byte-order mark, else strict UTF-8, else windows-1252 (guessed). */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes HTML: a byte-order mark, else strict UTF-8, else the charset the page declares, else windows-1252
     * (guessed).
     */
    static Decoded decodeHtml(byte[] bytes) {
        return decode(bytes, declaredCharset(bytes));
    }

    private static Decoded decode(byte[] bytes, Optional<Charset> declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8", false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8", false);
        }
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new Decoded(lenient(bytes, 0, declared.get()), declared.get().name(), false);
        }
        return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252.name(), true);
    }

    /** The charset a page declares in a meta tag or XML declaration near its start, if Java knows it. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
                    name = "windows-1252"; // as browsers do (WHATWG encoding standard)
                }
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the fast decoder replaces bad bytes with U+FFFD; only a text holding U+FFFD needs the strict look
            String fast = new String(bytes, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return Optional.of(fast);
            }
        }
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
