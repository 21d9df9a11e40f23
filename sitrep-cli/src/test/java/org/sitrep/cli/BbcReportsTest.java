package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;

/**
 * Reports on news others wrote: 300 BBC articles (the first 150 politics and 150 business stories), ingested, and
 * reports on three people and two organizations. No report carries an empty template section, every quote shown
 * as said is verbatim in its sources, and no speaker is a pronoun or a lower-case common noun.
 */
class BbcReportsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "its", "his",
            "her", "their", "this", "that", "someone");

    @TempDir
    static Path dir;
    private static Path db;

    @BeforeAll
    static void ingestThreeHundredArticles() throws IOException {
        Path zip = Path.of(System.getProperty("sitrep.shared", "../shared"), "data", "bbc-news", "bbc-fulltext.zip");
        Assumptions.assumeTrue(Files.isRegularFile(zip), zip + " absent, skipping");
        Path articles = Files.createDirectories(dir.resolve("bbc"));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String category : List.of("politics", "business")) {
                TreeMap<String, ZipEntry> entries = new TreeMap<>();
                z.stream().filter(e -> !e.isDirectory() && e.getName().matches("(?:.*/)?" + category + "/\\d+\\.txt"))
                        .forEach(e -> entries.put(e.getName(), e));
                for (ZipEntry e : entries.values().stream().limit(150).toList()) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, articles.resolve(category + "-" + Path.of(e.getName()).getFileName()));
                    }
                }
            }
        }
        db = dir.resolve("bbc.db");
        Cli.Run run = Cli.sitrep("ingest", "--db", db.toString(), articles.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tony Blair", "Gordon Brown", "Michael Howard", "Labour", "Yukos"})
    void aReportHasNoEmptySectionVerbatimQuotesAndNamedSpeakers(String subject) throws Exception {
        Cli.Run text = Cli.sitrep("report", "--db", db.toString(), subject);
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("no figure in the record", "no decision in the record", "(none)",
                "(nothing dated)", "(none with a deadline)");
        assertNoHeadingWithoutItems(text.out());

        Cli.Run json = Cli.sitrep("report", "--db", db.toString(), subject, "--format", "json");
        JsonNode report = MAPPER.readTree(json.out());
        assertThat(report.get("quotes").size()).as(subject + " quotes").isPositive();
        try (Store store = org.sitrep.store.sqlite.SqliteStore.open(db, new org.sitrep.read.dedup.NearDuplicates())) {
            for (JsonNode q : report.get("quotes")) {
                String kind = q.get("kind").asText();
                assertThat(kind).isIn("direct", "indirect");
                String said = q.get("text").asText();
                if (kind.equals("direct")) {
                    assertThat(said).as("a direct quote's words hold no mark at their ends").doesNotStartWith("\"")
                            .doesNotStartWith("“").doesNotEndWith("”");
                    for (JsonNode s : q.get("sources")) {
                        String doc = store.findDocument(s.get("documentId").asText()).orElseThrow().text();
                        assertThat(doc).as("direct quote verbatim in " + s.get("source")).contains(said);
                    }
                }
                String speaker = q.get("speaker").asText();
                String first = speaker.split("\\s+")[0];
                assertThat(PRONOUNS).as("speaker " + speaker).doesNotContain(first.toLowerCase(Locale.ROOT));
                assertThat(Character.isUpperCase(first.codePointAt(0)) || speaker.endsWith("s"))
                        .as("speaker '" + speaker + "' is a name or a named group").isTrue();
            }
        }
    }

    /** Every section heading (a line underlined with dashes) is followed by at least one item. */
    private static void assertNoHeadingWithoutItems(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (lines.get(i).matches("-{3,}") && !lines.get(i - 1).isBlank()) {
                assertThat(lines.get(i + 1)).as("the line after heading '" + lines.get(i - 1) + "'").startsWith("- ");
            }
        }
    }
}
