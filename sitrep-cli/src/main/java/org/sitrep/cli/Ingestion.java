package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.BudgetExceededException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.ReadSink;
import org.sitrep.store.PutResult;
import org.sitrep.store.Store;

/**
 * Reads, analyzes and stores documents as a stream: one thread reads the inputs, {@code threads} threads analyze
 * documents, and the calling thread is the one writer, storing each document as its analysis completes. Bounded
 * queues join them, so at most a few documents per thread are in memory, however many inputs there are; a
 * document already stored is skipped before it is analyzed.
 *
 * <p>Every document is analyzed under the pipeline's time {@link Budget}. A document whose reading, analysis or
 * storage fails (over its budget, out of memory, nested too deeply, a store error) gets one line on standard error
 * naming it and what went wrong, counts as failed, and the others go on; the store's atomic {@link Store#put} means
 * nothing is half-written, and its content-hash key means a re-run, or an ingest running beside this one, never
 * duplicates.
 *
 * <p>The pipeline's models load once per instance, so one instance may ingest several times, into one store or
 * several, on as many threads as each run asks ({@code sitrep bench --ingest-threads} measures that way).
 *
 * <p>Not thread-safe: one {@link #ingest} at a time per instance.
 */
final class Ingestion {
    private final Pipeline pipeline;
    private final PrintWriter err;
    private final boolean terminal;
    /** The current run's store, threads, progress and outcome queue; set by each {@link #ingest}. */
    private Store store;
    private int threads;
    private Progress progress;
    private volatile BlockingQueue<Outcome> outcomes = new ArrayBlockingQueue<>(1);

    /**
     * @param budget the time each document's analysis may take
     * @param err where problems, progress and nothing else go
     * @param terminal whether {@code err} is a terminal (progress redrawn in place)
     */
    Ingestion(Budget budget, PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.pipeline = StandardPipeline.create(new PipelineListener() {
            @Override
            public void warning(Annotator stage, Document doc, String message) {
                put(new Problem(new Diagnostic(doc.source(), Diagnostic.Severity.WARNING, message)));
            }
        }, budget);
    }

    /** How an ingest went. */
    record Counts(long added, long alreadyStored, long failed) {
        long done() {
            return added + alreadyStored + failed;
        }

        Counts plus(long a, long s, long f) {
            return new Counts(added + a, alreadyStored + s, failed + f);
        }

        String summary(String db) {
            return String.format(Locale.ROOT, "ingested %d new, %d already stored, %d failed -> %s", added,
                    alreadyStored, failed, db);
        }
    }

    /** The reading of the inputs, which gives what it reads to a sink (and may block on it). */
    interface Source {
        void readInto(Inputs.Sink sink);
    }

    /** What became of one document or input, as the writer hears it. */
    private sealed interface Outcome permits Analyzed, AlreadyStored, Failed, Problem, Finished {
    }

    private record Analyzed(Document doc) implements Outcome {
    }

    private record AlreadyStored(String source) implements Outcome {
    }

    private record Failed(String line) implements Outcome {
    }

    /** A diagnostic from reading or analysis; an error is an input that gave no document. */
    private record Problem(Diagnostic diagnostic) implements Outcome {
    }

    /** The reader, or one analysis thread, has finished. */
    private record Finished() implements Outcome {
    }

    /** Marks the end of the work queue; compared by identity. */
    private static final Document END = Document.builder("end of input").source("end of input").build();

    /**
     * Reads everything {@code source} gives, analyzes and stores it, and returns the counts; every input that was
     * not stored, whether it could not be read, analyzed or stored, counts as failed. If nothing at all was read,
     * that counts as one failure.
     *
     * @param source what to read
     * @param into where documents go
     * @param threads how many threads analyze, at least 1
     */
    Counts ingest(Source source, Store into, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.store = into;
        this.threads = threads;
        this.progress = new Progress(err, terminal);
        this.outcomes = new ArrayBlockingQueue<>(2 * threads);
        BlockingQueue<Document> work = new ArrayBlockingQueue<>(2 * threads);
        Thread reader = new Thread(() -> read(source, work), "sitrep-read");
        reader.setDaemon(true);
        reader.start();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> analyze(work), "sitrep-analyze-" + (i + 1));
            t.setDaemon(true);
            t.start();
        }
        Counts counts = new Counts(0, 0, 0);
        int finished = 0;
        while (finished < threads + 1) {
            Outcome o;
            try {
                o = outcomes.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.println("sitrep: interrupted; the documents stored so far are kept");
                break;
            }
            if (o != null) {
                if (o instanceof Finished) {
                    finished++;
                } else if (o instanceof Analyzed a) {
                    counts = store(a.doc(), counts);
                } else if (o instanceof AlreadyStored) {
                    counts = counts.plus(0, 1, 0);
                } else if (o instanceof Failed f) {
                    progress.println(f.line());
                    counts = counts.plus(0, 0, 1);
                } else if (o instanceof Problem p) {
                    progress.println(p.diagnostic().toString());
                    if (p.diagnostic().isError()) {
                        counts = counts.plus(0, 0, 1);
                    }
                }
            }
            progress.update(counts);
        }
        progress.finish(counts);
        if (counts.done() == 0) {
            progress.println("sitrep: no documents were found in the inputs");
            counts = counts.plus(0, 0, 1);
        }
        return counts;
    }

    private Counts store(Document doc, Counts counts) {
        try {
            PutResult r = store.put(doc);
            return r.added() ? counts.plus(1, 0, 0) : counts.plus(0, 1, 0);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            progress.println(doc.source() + ": not stored: " + whatWentWrong(e));
            return counts.plus(0, 0, 1);
        }
    }

    private void read(Source source, BlockingQueue<Document> work) {
        try {
            source.readInto(new Inputs.Sink() {
                @Override
                public void document(Document doc) {
                    try {
                        work.put(doc);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }

                @Override
                public void diagnostic(Diagnostic diagnostic) {
                    put(new Problem(diagnostic));
                }

                @Override
                public void notModified(String input) {
                    Inputs.Sink.super.notModified(input);
                    put(new AlreadyStored(input));
                }
            });
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // the last line of defence: the reader catches bad input; what it did not is reported, and the
            // documents read so far are still analyzed and stored
            put(new Problem(new Diagnostic("sitrep", Diagnostic.Severity.ERROR,
                    "reading stopped early: " + whatWentWrong(e))));
        } finally {
            for (int i = 0; i < threads; i++) {
                putWork(work, END);
            }
            put(new Finished());
        }
    }

    private void analyze(BlockingQueue<Document> work) {
        try {
            while (true) {
                Document doc = work.take();
                if (doc == END) {
                    break;
                }
                put(analyzeOne(doc));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            put(new Finished());
        }
    }

    private Outcome analyzeOne(Document doc) {
        String source = doc.source();
        try {
            if (store.contains(doc.id())) {
                return new AlreadyStored(source);
            }
            return new Analyzed(pipeline.process(doc));
        } catch (BudgetExceededException e) {
            return new Failed(source + ": not stored: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return new Failed(source + ": not stored: " + whatWentWrong(e));
        }
    }

    private static String whatWentWrong(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (" + Main.describe(e) + ")";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply to analyze (stack overflow)";
        }
        return Main.describe(e);
    }

    private void put(Outcome o) {
        try {
            outcomes.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void putWork(BlockingQueue<Document> work, Document doc) {
        try {
            work.put(doc);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
