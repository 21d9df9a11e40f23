package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/** Opens the store a command names: the embedded SQLite file, linking near-duplicate copies as they arrive. */
final class Stores {
    private Stores() {
    }

    static Store open(Path db) {
        return openSqlite(db);
    }

    static SqliteStore openSqlite(Path db) {
        return SqliteStore.open(db, new NearDuplicates());
    }
}
