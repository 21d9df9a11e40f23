package org.sitrep.cli;

import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * Opens the store a command names, linking near-duplicate copies as they arrive: the embedded SQLite file, or a
 * shared PostgreSQL database for a {@code postgresql://} URL.
 */
final class Stores {
    private Stores() {
    }

    /**
     * The store {@code options} names.
     *
     * @throws org.sitrep.store.StoreException if it cannot be opened; {@link Main.UsageException} for a bad URL
     */
    static Store open(StoreOptions options) {
        return options.findPostgres()
                .<Store>map(url -> PostgresStore.open(url, new NearDuplicates()))
                .orElseGet(() -> SqliteStore.open(options.path(), new NearDuplicates()));
    }
}
