package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every date option names itself when its date is impossible, and the command exits 2 before doing anything. */
class DateOptionsTest {
    @TempDir
    Path dir;

    private static void assertUsageError(Cli.Run r, String option, String value) {
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("sitrep: " + option + " is not a calendar date: '" + value + "'");
    }

    @Test
    void reportBlamesAsOfForAnImpossibleDate() {
        assertUsageError(Cli.sitrep("report", "MSS", "--db", dir.resolve("s.db").toString(), "--as-of", "2024-13-45"),
                "--as-of", "2024-13-45");
    }

    @Test
    void factsBlamesAsOfForAnImpossibleDate() {
        assertUsageError(Cli.sitrep("facts", "MSS", "--db", dir.resolve("s.db").toString(), "--as-of", "2024-02-30"),
                "--as-of", "2024-02-30");
    }

    @Test
    void quotesRefusesAMonthThirteenInsteadOfRollingItOver() {
        assertUsageError(Cli.sitrep("quotes", "--db", dir.resolve("s.db").toString(), "--from", "2024-13-01"),
                "--from", "2024-13-01");
        assertUsageError(Cli.sitrep("quotes", "--db", dir.resolve("s.db").toString(), "--to", "2024-12-32"),
                "--to", "2024-12-32");
    }

    @Test
    void ingestAndAnalyzeBlamePublished() {
        assertUsageError(Cli.sitrep("ingest", "--db", dir.resolve("s.db").toString(), "--published", "2024-13-45",
                dir.toString()), "--published", "2024-13-45");
    }

    @Test
    void serveRefusesAStoreThatDoesNotExist() {
        Path missing = dir.resolve("typo.db");
        Cli.Run r = Cli.sitrep("serve", "--db", missing.toString(), "--port", "0");
        assertThat(r.code()).isEqualTo(Main.FATAL);
        assertThat(r.err().strip()).isEqualTo(missing + ": no such store; run 'sitrep ingest' or 'sitrep demo' first");
        assertThat(missing).doesNotExist();
    }

    @Test
    void serveRefusesAMissingTokenFileWithOneLine() {
        Cli.Run r = Cli.sitrep("serve", "--token-file", dir.resolve("none").toString(), "--port", "0");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).isEqualTo("sitrep: " + dir.resolve("none") + ": no such token file");
    }

    @Test
    void serveKnowsLoopbackAddressesFromOthers() {
        assertThat(ServeCommand.isLoopback("127.0.0.1")).isTrue();
        assertThat(ServeCommand.isLoopback("localhost")).isTrue();
        assertThat(ServeCommand.isLoopback("::1")).isTrue();
        assertThat(ServeCommand.isLoopback("0.0.0.0")).isFalse();
        assertThat(ServeCommand.isLoopback("192.168.1.10")).isFalse();
    }
}
