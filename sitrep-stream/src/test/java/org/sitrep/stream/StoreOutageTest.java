package org.sitrep.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sitrep.store.StoreException;

class StoreOutageTest {
    @Test
    void aLostConnectionOrAnEmptyPoolIsAnOutage() {
        assertThat(StoreOutage.isOutage(new StoreException("cannot store a.txt",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(StoreOutage.isOutage(new StoreException("cannot store a.txt",
                new SQLTransientConnectionException("sitrep - Connection is not available, request timed out")))).isTrue();
        assertThat(StoreOutage.isOutage(new StoreException("cannot store a.txt",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aDocumentTheStoreRefusesIsNoOutage() {
        assertThat(StoreOutage.isOutage(new StoreException("cannot store a.txt",
                new SQLException("value too long for type character varying(64)", "22001")))).isFalse();
        assertThat(StoreOutage.isOutage(new IllegalArgumentException("span outside the text"))).isFalse();
        assertThat(StoreOutage.isOutage(new OutOfMemoryError("Java heap space"))).isFalse();
    }
}
