package org.sitrep.stream;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.sitrep.doc.Document;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.PostgresUrl;

/**
 * Writes each analyzed document and its layers to the PostgreSQL store, in one transaction, keyed by its content
 * hash: the store's upsert makes a document written again (a record replayed after a restart from the last
 * checkpoint, or one published twice) a no-op, so each document is stored exactly once in effect. A write is
 * synchronous, so every document before a checkpoint's barrier is stored when the checkpoint completes.
 *
 * <p>The job's last operator before a discarding sink, rather than a Flink {@code Sink}: a rich function can report
 * its counts as accumulators, which {@code sitrep stream} reads for its progress line on any cluster.
 *
 * <p>A document that cannot be stored gets one line on standard error and counts as failed; the others go on. A
 * store that cannot be reached fails the task instead ({@link StoreOutage}), so that Flink restarts it from the last
 * checkpoint and nothing is lost.
 *
 * <p>Thread safety: Flink gives each parallel instance one thread.
 */
final class StoreFunction extends RichFlatMapFunction<Document, Document> {
    private static final long serialVersionUID = 1L;

    private final String db;
    private transient Store store;
    private transient LongCounter stored;
    private transient LongCounter skipped;
    private transient LongCounter failed;
    private transient Counter storedMetric;

    StoreFunction(String db) {
        this.db = db;
    }

    @Override
    public void open(OpenContext context) {
        store = PostgresStore.open(PostgresUrl.parse(db), new NearDuplicates());
        stored = counter(StreamCounts.STORED);
        skipped = counter(StreamCounts.SKIPPED_AT_STORE);
        failed = counter(StreamCounts.FAILED_AT_STORE);
        storedMetric = getRuntimeContext().getMetricGroup().counter("sitrepStored");
    }

    private LongCounter counter(String name) {
        LongCounter c = new LongCounter();
        getRuntimeContext().addAccumulator(name, c);
        return c;
    }

    @Override
    public void flatMap(Document doc, Collector<Document> out) {
        try {
            PutResult r = store.put(doc);
            if (r.added()) {
                stored.add(1);
                storedMetric.inc();
            } else {
                skipped.add(1);
            }
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (StoreOutage.isOutage(e)) {
                throw StoreOutage.fail(doc.source(), e);
            }
            failed.add(1);
            Problems.line(doc.source() + ": not stored: " + Problems.describe(e));
        }
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
