package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gets one clear line naming it and the reason; the other inputs go on; the exit code tells. */
class BadInputTest {
    @TempDir
    Path dir;


    @Test
    void aMissingFileIsNamedAndTheExitCodeSaysSomethingFailed() {
        Path missing = dir.resolve("nope.txt");
        Cli.Run r = Cli.sitrep("analyze", missing.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err().lines()).anySatisfy(l -> assertThat(l).contains("nope.txt").containsIgnoringCase("no such"));
    }

    @Test
    void aDirectoryWithNoReadableDocumentsIsNamed() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Run r = Cli.sitrep("analyze", empty.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err()).contains("empty").containsIgnoringCase("no readable documents");
    }

    @Test
    void binaryAndEmptyFilesAreRejectedWithOneLineEach() throws IOException {
        Path bin = dir.resolve("image.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3, 0, 0});
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "  \n\n");
        Cli.Run r = Cli.sitrep("analyze", bin.toString(), blank.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err().lines().filter(l -> l.contains("image.txt"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).containsIgnoringCase("binary"));
        assertThat(r.err().lines().filter(l -> l.contains("blank.txt"))).hasSize(1)
                .allSatisfy(l -> assertThat(l).containsIgnoringCase("empty"));
    }

    @Test
    void aHugeFileIsRefusedWithoutRunningOutOfMemory() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Cli.Run r = Cli.sitrep("analyze", huge.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.err().lines().filter(l -> l.contains("huge.txt"))).hasSize(1);
    }

    @Test
    void aMalformedPublishedDateIsAUsageError() throws IOException {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "Title\nBody.");
        Cli.Run r = Cli.sitrep("analyze", "--published", "2024-02-30", ok.toString());
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--published");
    }

    @Test
    void aLatin1FileIsReadWithAWarningAndTheOthersGoOn() throws IOException {
        Path latin = dir.resolve("latin1.txt");
        Files.write(latin, "Caf\u00e9 talks\nThe minister said the caf\u00e9 would reopen.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("missing.txt");
        Cli.Run r = Cli.sitrep("analyze", "--format", "json", missing.toString(), latin.toString());
        assertThat(r.code()).isEqualTo(Main.SOME_FAILED);
        assertThat(r.out()).contains("Caf\u00e9 talks");
        assertThat(r.err()).contains("latin1.txt").contains("missing.txt");
    }
}
