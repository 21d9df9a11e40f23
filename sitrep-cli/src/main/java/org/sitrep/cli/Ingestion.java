package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;

/**
 * Analyzes documents and puts them into a store, skipping those already there before analyzing them.
 *
 * <p>Not thread-safe. A document whose analysis or storage fails gets one line on standard error and the rest go on;
 * the store's atomic {@link Store#put} means nothing is half-written.
 */
final class Ingestion {
    private final Store store;
    private final PrintWriter err;
    private final boolean terminal;
    private Pipeline pipeline;

    Ingestion(Store store, PrintWriter err, boolean terminal) {
        this.store = store;
        this.err = err;
        this.terminal = terminal;
    }

    /** How an ingest went. */
    record Counts(int added, int alreadyStored, int failed) {
        String summary(String db) {
            return "ingested " + added + " new, " + alreadyStored + " already stored, " + failed + " failed -> " + db;
        }
    }

    Counts ingest(List<Document> documents) {
        Progress progress = new Progress(err, documents.size(), terminal);
        int added = 0;
        int skipped = 0;
        int failed = 0;
        for (Document doc : documents) {
            try {
                if (store.contains(doc.id())) {
                    skipped++;
                } else {
                    PutResult r = store.put(pipeline().process(doc));
                    if (r.added()) {
                        added++;
                    } else {
                        skipped++;
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                err.println(doc.source() + ": not stored: " + Main.describe(e));
            }
            progress.step(doc.source());
        }
        return new Counts(added, skipped, failed);
    }

    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = DefaultPipeline.create();
        }
        return pipeline;
    }
}
