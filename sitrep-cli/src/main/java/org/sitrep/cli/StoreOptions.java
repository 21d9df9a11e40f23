package org.sitrep.cli;

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
}
