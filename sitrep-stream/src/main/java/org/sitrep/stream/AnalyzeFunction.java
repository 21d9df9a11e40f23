package org.sitrep.stream;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.sitrep.doc.Document;
import org.sitrep.kafka.DocumentCodec;
import org.sitrep.kafka.MalformedRecordException;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.BudgetExceededException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;
import org.sitrep.pipeline.standard.StandardPipeline;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.Store;
import org.sitrep.store.postgres.PostgresStore;
import org.sitrep.store.postgres.PostgresUrl;

/**
 * Decodes each record and runs the standard stages ({@link StandardPipeline}, the stages of {@code sitrep ingest})
 * over its document. The stages are created in {@link #open}, once per task slot, never per record; a document the
 * store already holds is skipped before it is analyzed, as {@code ingest} does.
 *
 * <p>A record that is not a document, or whose analysis fails (over its time budget, out of memory), gets one line on
 * standard error naming it and what went wrong (in the task manager's {@code .err} file on a cluster), counts as
 * failed, and the others go on. A store that cannot be reached fails the task ({@link StoreOutage}).
 *
 * <p>Thread safety: Flink gives each parallel instance one thread.
 */
final class AnalyzeFunction extends RichFlatMapFunction<Tuple2<String, byte[]>, Document> {
    private static final long serialVersionUID = 1L;

    private final StreamSettings settings;
    private transient Pipeline pipeline;
    private transient Store store;
    private transient DocumentCodec codec;
    private transient LongCounter read;
    private transient LongCounter skipped;
    private transient LongCounter failed;
    private transient Counter readMetric;
    private transient Counter skippedMetric;
    private transient Counter failedMetric;
    private transient long failAfter;

    AnalyzeFunction(StreamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        Budget budget = settings.budget() == null ? Budget.DEFAULT : Budget.parse(settings.budget());
        pipeline = StandardPipeline.create(new PipelineListener() {
            @Override
            public void warning(Annotator stage, Document doc, String message) {
                // as ingest prints it
                Problems.line(new Diagnostic(doc.source(), Diagnostic.Severity.WARNING, message).toString());
            }
        }, budget);
        store = PostgresStore.open(PostgresUrl.parse(settings.db()), new NearDuplicates());
        codec = new DocumentCodec();
        read = counter(StreamCounts.READ);
        skipped = counter(StreamCounts.SKIPPED);
        failed = counter(StreamCounts.FAILED);
        readMetric = getRuntimeContext().getMetricGroup().counter("sitrepRead");
        skippedMetric = getRuntimeContext().getMetricGroup().counter("sitrepSkippedDuplicate");
        failedMetric = getRuntimeContext().getMetricGroup().counter("sitrepFailedAnalysis");
        var task = getRuntimeContext().getTaskInfo();
        LongCounter restarted = counter(StreamCounts.RESTARTED);
        if (task.getAttemptNumber() > 0) {
            restarted.add(1);
        }
        failAfter = settings.failOnceAfter() > 0 && task.getIndexOfThisSubtask() == 0 && task.getAttemptNumber() == 0
                ? settings.failOnceAfter() : 0;
    }

    private LongCounter counter(String name) {
        LongCounter c = new LongCounter();
        getRuntimeContext().addAccumulator(name, c);
        return c;
    }

    @Override
    public void flatMap(Tuple2<String, byte[]> record, Collector<Document> out) {
        read.add(1);
        readMetric.inc();
        if (failAfter > 0 && read.getLocalValue() > failAfter) {
            failAfter = 0;
            throw new InjectedFailure("failing once after " + settings.failOnceAfter() + " records, as asked");
        }
        Document doc;
        try {
            doc = codec.decode(record.f1);
        } catch (MalformedRecordException e) {
            fail("kafka record " + record.f0 + ": not stored: " + e.getMessage());
            return;
        }
        String source = doc.source();
        try {
            if (store.contains(doc.id())) {
                skipped.add(1);
                skippedMetric.inc();
                return;
            }
            out.collect(pipeline.process(doc));
        } catch (BudgetExceededException e) {
            fail(source + ": not stored: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (e instanceof InjectedFailure) {
                throw e;
            }
            if (StoreOutage.isOutage(e)) {
                throw StoreOutage.fail(source, e);
            }
            fail(source + ": not stored: " + Problems.describe(e));
        }
    }

    private void fail(String line) {
        failed.add(1);
        failedMetric.inc();
        Problems.line(line);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The failure {@link StreamSettings#failOnceAfter()} asks for, to test recovery. */
    static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String message) {
            super(message);
        }
    }
}
