package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store takes. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The SQLite store (default: $SITREP_DB, else ./sitrep.db).")
    Path db;

    Path path() {
        if (db != null) {
            return db;
        }
        String env = System.getenv("SITREP_DB");
        return Path.of(env == null || env.isBlank() ? "sitrep.db" : env);
    }

    /** Whether the store exists; if not, says so on {@code err} in one line. */
    boolean exists(PrintWriter err) {
        if (Files.exists(path())) {
            return true;
        }
        err.println(path() + ": no such store; run 'sitrep ingest' or 'sitrep demo' first");
        err.flush();
        return false;
    }
}
