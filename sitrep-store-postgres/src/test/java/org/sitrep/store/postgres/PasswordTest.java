package org.sitrep.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreException;

/**
 * A server that asks for passwords: the store logs in with the one it is given (from {@code PGPASSWORD}) or the one
 * of the password file, which the driver reads ({@code ~/.pgpass}; here a file named by the driver's
 * {@code org.postgresql.pgpassfile} property), and without one it says in one line why it cannot open.
 */
class PasswordTest {
    private static final String PASSWORD = "correct horse:battery";
    private static EmbeddedServer server;
    private static PostgresUrl url;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = EmbeddedServer.startAskingPasswords();
        url = server.createDatabase("monitor", PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void forgetThePasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    @Test
    void logsInWithTheGivenPassword() {
        try (PostgresStore store = PostgresStore.open(url, PASSWORD, null)) {
            assertThat(store.documentCount()).isZero();
        }
    }

    @Test
    void logsInWithThePasswordFileWhenNoneIsGiven() throws IOException {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\n"
                + "localhost:" + url.port() + ":*:monitor:" + PASSWORD.replace(":", "\\:") + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());

        try (PostgresStore store = PostgresStore.open(url, null, null)) {
            assertThat(store.documentCount()).isZero();
        }
    }

    @Test
    void withoutAPasswordTheStoreSaysInOneLineThatItCannotLogIn() throws IOException {
        Path empty = Files.writeString(dir.resolve("pgpass"), "");
        System.setProperty("org.postgresql.pgpassfile", empty.toString());

        assertThatThrownBy(() -> PostgresStore.open(url, null, null)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open store " + url + ": ")
                .hasMessageContaining("password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> PostgresStore.open(url, "wrong", null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("password authentication failed for user \"monitor\"");
    }
}
