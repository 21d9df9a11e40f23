package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.store.postgres.PostgresUrl;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command that reads or writes the store takes: a path names the embedded SQLite
 * file, {@code postgresql://user@host:5432/name} a shared PostgreSQL database (its password from {@code PGPASSWORD}
 * or {@code ~/.pgpass}, never from the command line). Without the option, {@code $SITREP_DB}, else
 * {@code ./sitrep.db}.
 */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The store: a SQLite file, or postgresql://user@host:5432/name for a shared PostgreSQL "
                    + "database, its password from PGPASSWORD or ~/.pgpass (default: $SITREP_DB, else ./sitrep.db).")
    String db;

    /** The store as given: the option, else {@code $SITREP_DB}, else {@code sitrep.db}. */
    String location() {
        if (db != null && !db.isBlank()) {
            return db.strip();
        }
        String env = System.getenv("SITREP_DB");
        return env == null || env.isBlank() ? "sitrep.db" : env.strip();
    }

    /**
     * The PostgreSQL database the store names, or empty when it is a SQLite file.
     *
     * @throws Main.UsageException for a PostgreSQL URL that cannot be read or holds a password
     */
    Optional<PostgresUrl> findPostgres() {
        String location = location();
        if (!PostgresUrl.isPostgresUrl(location)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PostgresUrl.parse(location));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    /** The SQLite file the store names; for a PostgreSQL store, use {@link #findPostgres()}. */
    Path path() {
        return Path.of(location());
    }

    /** What messages call the store: the file, or the URL without a password. */
    String describe() {
        return findPostgres().map(PostgresUrl::toString).orElseGet(() -> path().toString());
    }

    /**
     * Where conditional-GET validators of fetched URLs are kept: beside a SQLite file; for a PostgreSQL store, in the
     * working folder, named after the database.
     */
    Path httpCache() {
        Optional<PostgresUrl> postgres = findPostgres();
        if (postgres.isPresent()) {
            return Path.of(postgres.get().database() + ".http-cache").toAbsolutePath();
        }
        Path file = path().toAbsolutePath();
        return file.resolveSibling(file.getFileName() + ".http-cache");
    }

    /**
     * Whether the store exists; if not, says so on {@code err} in one line. A PostgreSQL store is taken to exist:
     * opening it says in one line if the server or the database is not there.
     */
    boolean exists(PrintWriter err) {
        if (findPostgres().isPresent() || Files.exists(path())) {
            return true;
        }
        err.println(path() + ": no such store; run 'sitrep ingest' or 'sitrep demo' first");
        err.flush();
        return false;
    }
}
