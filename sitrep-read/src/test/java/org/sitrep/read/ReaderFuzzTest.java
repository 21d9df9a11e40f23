package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.SourceSpan;
import org.sitrep.pipeline.Budget;
import org.sitrep.testing.DocumentInvariants;
import org.sitrep.testing.InputClock;
import org.sitrep.testing.SilentRun;

/**
 * Any bytes, read as each format the reader knows, give documents whose spans lie in their text, or one-line
 * diagnostics naming the input, never an exception and never a line printed to standard output or error, and within
 * the time {@link Budget#DEFAULT} allows for their size.
 *
 * <p>Each method is a Jazzer fuzz target. {@code mvn test} replays the inputs kept under
 * {@code src/test/resources/org/sitrep/read/ReaderFuzzTestInputs/<method>/} (our seeds and every input a fuzzing run
 * found a defect with); {@code JAZZER_FUZZ=1} fuzzes one method (see {@code docs/fuzzing.md}).
 */
class ReaderFuzzTest {
    /** Inputs per fuzzing run of one target (the issue asks for at least 100,000); unused when replaying. */
    static final long RUNS = 100_000;
    /** A cap on one fuzzing run, should the inputs come slowly. */
    static final String MAX_DURATION = "30m";
    private static final DocumentReader READER = DocumentReader.builder().build();
    private static final InputClock CLOCK = new InputClock(Budget.DEFAULT);
    private static final String[] GZIPPED_NAMES = {
        "story.txt.gz", "page.html.gz", "items.jsonl.gz", "feed.rss.gz", "crawl.warc.gz", "unnamed.gz"};

    @AfterAll
    static void sayHowLongTheSlowestInputTook() {
        if (System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty()) {
            System.err.println("ReaderFuzzTest: " + CLOCK.summary());
        }
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyHtmlPage(byte[] bytes) {
        ReadResult result = read("page.html", bytes);
        String markup = TextDecoding.decodeHtml(bytes).text();
        for (Document doc : result.documents()) {
            for (SourceSpan s : doc.findLayer(Layers.SOURCE_MAP).orElseThrow()) {
                assertThat(s.sourceEnd()).as("source map %s within the page's %d characters", s, markup.length())
                        .isLessThanOrEqualTo(markup.length());
            }
        }
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyFeed(byte[] bytes) {
        read("feed.rss", bytes);
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyWebArchive(byte[] bytes) {
        read("crawl.warc", bytes);
    }

    /** The first byte picks the name (and so the format inside); the rest is the gzip file. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyGzipInput(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        String name = GZIPPED_NAMES[(bytes[0] & 0xFF) % GZIPPED_NAMES.length];
        read(name, java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
    }

    /** An input with no extension (standard input, a file named {@code feed}): its format is told by its content. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyUnnamedInput(byte[] bytes) {
        read("input", bytes);
    }

    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyJsonLines(byte[] bytes) {
        read("items.jsonl", bytes);
    }

    /** A scrape's text is the decoded file exactly, so that offsets refer to the file. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyPlainText(byte[] bytes) {
        ReadResult result = read("story.txt", bytes);
        if (!result.documents().isEmpty()) {
            assertThat(result.documents()).hasSize(1);
            assertThat(result.documents().get(0).text()).isEqualTo(TextDecoding.decode(bytes).text());
        }
    }

    /** Any bytes decode; valid UTF-8 without a byte-order mark decodes as UTF-8, unchanged; only a guess warns. */
    @FuzzTest(maxExecutions = RUNS, maxDuration = MAX_DURATION)
    void anyBytesDecode(byte[] bytes) {
        TextDecoding.Decoded plain = CLOCK.time(bytes.length, () -> TextDecoding.decode(bytes));
        TextDecoding.Decoded html = CLOCK.time(bytes.length, () -> TextDecoding.decodeHtml(bytes));
        TextDecoding.looksBinary(bytes);
        for (TextDecoding.Decoded d : new TextDecoding.Decoded[] {plain, html}) {
            assertThat(d.text()).isNotNull();
            if (d.guessed()) {
                assertThat(d.charset()).isEqualTo(TextDecoding.WINDOWS_1252.name());
            }
        }
        boolean bom = TextDecoding.startsWith(bytes, 0xEF, 0xBB, 0xBF) || TextDecoding.startsWith(bytes, 0xFE, 0xFF)
                || TextDecoding.startsWith(bytes, 0xFF, 0xFE);
        String utf8 = strictUtf8(bytes);
        if (!bom && utf8 != null) {
            assertThat(plain.text()).isEqualTo(utf8);
            assertThat(html.text()).isEqualTo(utf8);
            assertThat(plain.guessed()).isFalse();
        }
        if (!bom && utf8 == null) {
            assertThat(plain.guessed()).as("bytes that are not UTF-8, with no byte-order mark, are a guess").isTrue();
        }
    }

    /**
     * Reads {@code bytes} as {@code name} under the clock, and checks what every read must give: at least one
     * document or one error, every document sound, every diagnostic one line naming the input.
     */
    private static ReadResult read(String name, byte[] bytes) {
        ReadResult result = SilentRun.check(() -> CLOCK.time(bytes.length, () -> READER.read(name, bytes)));
        result.documents().forEach(DocumentInvariants::check);
        assertThat(result.documents().size() + result.diagnostics().stream().filter(Diagnostic::isError).count())
                .as("an input gives documents or says why not: %s", result.diagnostics())
                .isPositive();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.input()).as("the input %s names %s", d, name).startsWith(name);
            assertThat(d.message()).as("one line: %s", d).isNotBlank().doesNotContain("\n", "\r");
        }
        return result;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
