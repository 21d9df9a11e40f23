package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.Store;
import org.sitrep.store.sqlite.SqliteStore;

/** Opens the store a command names: the embedded SQLite file by default. */
final class Stores {
    private Stores() {
    }

    static Store open(Path db) {
        return SqliteStore.open(db);
    }
}
