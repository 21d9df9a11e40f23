package org.sitrep.stream;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a store that cannot be reached (the server down or restarting, the connection lost, the pool out of
 * connections) from a document that cannot be stored. The first is no fault of the document: the job's task fails
 * and Flink restarts it from the last checkpoint, so the document is read again rather than lost. The second is one
 * line and a count, as in {@code ingest}.
 *
 * <p>Thread safety: stateless.
 */
final class StoreOutage {
    private StoreOutage() {
    }

    /** Whether {@code e}, or a cause of it, says the database cannot be reached. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The task fails so that Flink restarts it from the last checkpoint. */
    static RuntimeException fail(String what, Throwable cause) {
        return new StoreUnavailableException(what + ": the store cannot be reached (" + Problems.describe(cause)
                + "); restarting from the last checkpoint", cause);
    }

    /** The store cannot be reached; Flink restarts the task. */
    static final class StoreUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
