package org.sitrep.store.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.StoreContract;

/** The store contract, unchanged, on a real PostgreSQL server: each test in a fresh database. */
class PostgresStoreTest extends StoreContract {
    private static final NearDuplicates COPIES = new NearDuplicates();
    private static EmbeddedServer server;

    private PostgresUrl url;

    @BeforeAll
    static void startServer() {
        server = EmbeddedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected Store openStore() {
        url = server.createDatabase();
        return PostgresStore.open(url, null, COPIES);
    }

    @Override
    protected Store reopen() {
        return PostgresStore.open(url, null, COPIES);
    }
}
