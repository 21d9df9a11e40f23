package org.sitrep.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests and {@code sitrep bench --stream}: io.zonky's embedded binaries (from Maven), started in a temporary folder on a
 * free port, with trust authentication on localhost. Started once per test class ({@code @BeforeAll}); each test
 * takes a fresh database of its own from {@link #createDatabase()}.
 *
 * <p>As root, zonky runs the server in a user namespace ({@code unshare -U}), since PostgreSQL refuses to run as
 * root; as any other user it runs it directly.
 *
 * <p>Thread safety: {@link #createDatabase()} may be called from several threads. Failure: a server that cannot
 * start throws {@link UncheckedIOException} naming the cause.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server that trusts every login. */
    public static EmbeddedServer start() {
        try {
            return new EmbeddedServer(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a server that trusts only its superuser ({@code postgres}, which the fixture uses) and asks every other
     * role for its password (SCRAM), as a real server does.
     */
    public static EmbeddedServer startAskingPasswords() {
        try {
            return new EmbeddedServer(EmbeddedPostgres.builder().setDataDirectoryCustomizer(data -> {
                try {
                    Files.writeString(data.toPath().resolve("pg_hba.conf"), String.join("\n",
                            "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                            "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** A new, empty database on this server, and the URL that names it (user {@code postgres}, no password). */
    public PostgresUrl createDatabase() {
        String name = "sitrep_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresUrl("postgres", "localhost", postgres.getPort(), name, Map.of());
    }

    /** A new database owned by a new role that logs in with {@code password}, and the URL that names it. */
    public PostgresUrl createDatabase(String role, String password) {
        String name = "sitrep_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new PostgresUrl(role, "localhost", postgres.getPort(), name, Map.of());
    }

    /** Runs one statement as the superuser in the database {@code url} names. */
    public void execute(PostgresUrl url, String sql) {
        try (Connection c = postgres.getDatabase("postgres", url.database()).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
