package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.sitrep.annotate.corenlp.StockCoreNlpPeer;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Annotator;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;
import org.sitrep.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: throughput, peak heap and time per stage of the whole pipeline, against CoreNLP's stock
 * {@code tokenize,ssplit,pos,lemma,ner} pipeline on the same articles in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures articles/s, peak heap and time per stage of the whole pipeline over a folder of "
                + "articles (e.g. ../shared/data/bbc-news/bbc-fulltext.zip unzipped into target/), and CoreNLP's "
                + "stock pipeline on the same articles as the peer; prints both and their ratio.")
final class BenchCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    /** Where {@code --stream} finds articles when no {@code --data} is given. */
    static final Path SHARED_BBC = Path.of("..", "shared", "data", "bbc-news", "bbc-fulltext.zip");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of articles, or a .zip of .txt articles. Required but with --stream, which takes"
                    + " ../shared/data/bbc-news/bbc-fulltext.zip when it is there.")
    Path data;

    @Option(names = "--stream",
            description = "Instead, measure the pipeline past one machine: start a Kafka broker, a PostgreSQL server"
                    + " and Flink's mini cluster in this process, run the Flink job at parallelism 1 and 2 on the"
                    + " same articles after a warm-up, ingest them into SQLite and into PostgreSQL, and print the"
                    + " rates, their ratios, where one document's time goes and the cost per million documents.")
    boolean stream;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--limit", defaultValue = "200", description = "Articles to run ours on. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--peer-limit", defaultValue = "40",
            description = "Articles (the first of the same set) to run the slower peer on. Default: ${DEFAULT-VALUE}.")
    int peerLimit;

    @Option(names = "--no-peer", description = "Skip the peer.")
    boolean noPeer;

    @Option(names = "--scaling", paramLabel = "CHARS",
            description = "Instead, time each stage on the articles joined into one document of CHARS characters and"
                    + " one of ten times as many, as paragraphs and as one run-on sentence, and print the ratios.")
    Integer scaling;

    @Option(names = "--ingest-threads", split = ",", paramLabel = "N,N...",
            description = "Instead, time the whole ingest (analysis and storage into SQLite) of the articles on each"
                    + " of these thread counts, after a warm-up ingest, in --rounds rounds taking turns, and print"
                    + " documents/s for each and the ratio of each to the first.")
    List<Integer> ingestThreads;

    @Option(names = "--rounds", defaultValue = "2",
            description = "Rounds of --ingest-threads or --stream. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (data == null && stream && Files.isRegularFile(SHARED_BBC)) {
            data = SHARED_BBC;
        }
        if (data == null) {
            err.println(stream ? "--data DIR is needed: " + SHARED_BBC + " is not here"
                    : "--data DIR is needed: the folder of articles to measure");
            return Main.USAGE;
        }
        boolean zip = data.getFileName() != null && data.getFileName().toString().endsWith(".zip");
        if (zip ? !Files.isRegularFile(data) : !Files.isDirectory(data)) {
            err.println(data + ": not a directory or a .zip of articles");
            return Main.FATAL;
        }
        if (threads < 1 || limit < 1) {
            err.println("--threads and --limit must be at least 1");
            return Main.USAGE;
        }
        if (rounds < 1) {
            err.println("--rounds must be at least 1");
            return Main.USAGE;
        }
        if (ingestThreads != null
                && (ingestThreads.isEmpty() || ingestThreads.stream().anyMatch(t -> t < 1))) {
            err.println("--ingest-threads needs thread counts of at least 1");
            return Main.USAGE;
        }
        List<Document> all = zip ? BenchArticles.fromZip(data, limit, err)
                : Inputs.read(List.of(data.toString()), null, err).documents();
        List<Document> docs = all.subList(0, Math.min(limit, all.size()));
        if (docs.isEmpty()) {
            err.println(data + ": no articles to measure");
            return Main.FATAL;
        }
        if (scaling != null) {
            if (scaling < 1_000) {
                err.println("--scaling must be at least 1000 characters");
                return Main.USAGE;
            }
            StageScaling.print(StageScaling.measure(docs, scaling), out);
            return Main.OK;
        }

        if (stream) {
            printStream(StreamBench.measure(docs, rounds, err), out);
            return Main.OK;
        }
        if (ingestThreads != null) {
            printIngestScaling(IngestScaling.measure(docs, ingestThreads, rounds, err), docs.size(), out);
            return Main.OK;
        }

        Map<String, LongAdder> stageNanos = new ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create(new PipelineListener() {
            @Override
            public void stageFinished(Annotator stage, Document doc, long nanos) {
                stageNanos.computeIfAbsent(stage.name(), k -> new LongAdder()).add(nanos);
            }
        });
        pipeline.process(docs.get(0));
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        err.println("loaded and ran the first article in " + String.format("%.1f", loadSeconds) + " s");
        warmUp(docs, pipeline::process);
        stageNanos.clear();
        resetPeaks();
        double ours = run(docs, threads, pipeline::process);
        long peakHeapMb = peakHeapBytes() / (1024 * 1024);

        Map<String, Double> stageMs = new LinkedHashMap<>();
        for (Annotator a : pipeline.stages()) {
            LongAdder n = stageNanos.get(a.name());
            stageMs.put(a.name(), n == null ? 0.0 : n.sum() / 1e6 / docs.size());
        }

        Double peer = null;
        if (!noPeer) {
            StockCoreNlpPeer stock = new StockCoreNlpPeer();
            List<Document> peerDocs = docs.subList(0, Math.min(peerLimit, docs.size()));
            warmUp(peerDocs, d -> stock.process(d.text()));
            peer = run(peerDocs, threads, d -> stock.process(d.text()));
        }

        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            ObjectNode ou = o.putObject("ours");
            ou.put("articles_per_s", round(ours));
            ou.put("peak_heap_mb", peakHeapMb);
            ou.put("first_article_s", round(loadSeconds));
            ObjectNode st = ou.putObject("stage_ms");
            stageMs.forEach((k, v) -> st.put(k, round(v)));
            if (peer != null) {
                ObjectNode pe = o.putObject("peer");
                pe.put("name", "corenlp " + StockCoreNlpPeer.ANNOTATORS);
                pe.put("articles_per_s", round(peer));
                o.put("ratio", round(ours / peer));
            } else {
                o.putNull("peer");
                o.putNull("ratio");
            }
            o.put("articles", docs.size());
            o.put("threads", threads);
            out.println(o.toString());
        } else {
            out.printf("articles: %d, threads: %d, max heap: %d MB%n", docs.size(), threads,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("sitrep:  %8.2f articles/s, peak heap %d MB, first article after %.1f s%n", ours, peakHeapMb,
                    loadSeconds);
            stageMs.forEach((k, v) -> out.printf("  %-12s %8.2f ms/article%n", k, v));
            if (peer != null) {
                out.printf("corenlp: %8.2f articles/s (%s, %d articles)%n", peer, StockCoreNlpPeer.ANNOTATORS,
                        Math.min(peerLimit, docs.size()));
                out.printf("ratio:   %8.1fx%n", ours / peer);
            }
        }
        out.flush();
        return Main.OK;
    }

    private void printIngestScaling(List<IngestScaling.Result> results, int articles, PrintWriter out) {
        double first = results.get(0).best();
        if (format == Format.json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("articles", articles);
            o.put("rounds", rounds);
            o.put("cores", Runtime.getRuntime().availableProcessors());
            for (IngestScaling.Result r : results) {
                ObjectNode t = o.putObject("threads_" + r.threads());
                t.put("docs_per_s", round(r.best()));
                r.docsPerSecond().forEach(v -> t.withArray("rounds").add(round(v)));
                r.coresUsed().forEach(v -> t.withArray("cores_busy").add(round(v)));
                t.put("ratio", round(r.best() / first));
            }
            out.println(o);
        } else {
            out.printf("ingest of %d articles into SQLite, best of %d round(s), %d cores%n", articles, rounds,
                    Runtime.getRuntime().availableProcessors());
            for (IngestScaling.Result r : results) {
                out.printf("  %2d thread(s): %8.2f documents/s  (%.2fx)%n", r.threads(), r.best(), r.best() / first);
            }
        }
        out.flush();
    }

    private void printStream(StreamBench.Result r, PrintWriter out) {
        if (format == Format.json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            ObjectNode p1 = o.putObject("parallelism_1");
            p1.put("docs_per_s", round(r.best1()));
            r.parallelism1().forEach(v -> p1.withArray("rounds").add(round(v)));
            p1.put("docs_per_s_with_start_up", round(best(r.parallelism1WithStartUp())));
            r.parallelism1WithStartUp().forEach(v -> p1.withArray("rounds_with_start_up").add(round(v)));
            ObjectNode p2 = o.putObject("parallelism_2");
            p2.put("docs_per_s", round(r.best2()));
            r.parallelism2().forEach(v -> p2.withArray("rounds").add(round(v)));
            p2.put("docs_per_s_with_start_up", round(best(r.parallelism2WithStartUp())));
            r.parallelism2WithStartUp().forEach(v -> p2.withArray("rounds_with_start_up").add(round(v)));
            o.put("ratio", round(r.ratio()));
            o.put("ratio_with_start_up", round(r.ratioWithStartUp()));
            o.put("documents", r.documents());
            o.put("cores", r.cores());
            ObjectNode ms = o.putObject("ms_per_document_one_thread");
            ms.put("decode", round(r.decodeMs()));
            ms.put("stages", round(r.stagesMs()));
            ms.put("postgresql_put", round(r.putMs()));
            ObjectNode ingest = o.putObject("ingest_docs_per_s");
            ingest.put("sqlite", round(best(r.sqliteIngest())));
            ingest.put("postgresql", round(best(r.postgresIngest())));
            ingest.put("postgresql_over_sqlite", round(best(r.postgresIngest()) / best(r.sqliteIngest())));
            o.put("cpu_hours_per_million", round(r.cpuHoursPerMillion()));
            ObjectNode keep = o.putObject("cores_to_keep_up");
            keep.put("gdelt_700k_a_day", round(r.coresFor(StreamBench.GDELT_PER_DAY)));
            keep.put("emm_300k_a_day", round(r.coresFor(StreamBench.EMM_PER_DAY)));
            out.println(o);
        } else {
            out.printf("Kafka -> Flink -> PostgreSQL, %d documents, best of %d round(s), %d cores%n", r.documents(),
                    rounds, r.cores());
            out.printf("  parallelism 1: %8.2f documents/s, first to last stored (%.2f with the job's start-up)%n",
                    r.best1(), best(r.parallelism1WithStartUp()));
            out.printf("  parallelism 2: %8.2f documents/s, first to last stored (%.2f with the job's start-up)%n",
                    r.best2(), best(r.parallelism2WithStartUp()));
            out.printf("  ratio:         %8.2fx (%.2fx with start-up)%n", r.ratio(), r.ratioWithStartUp());
            out.printf("one document on one thread: decode %.2f ms, stages %.1f ms, PostgreSQL put %.1f ms%n",
                    r.decodeMs(), r.stagesMs(), r.putMs());
            out.printf("ingest in one process: SQLite %.2f documents/s, PostgreSQL %.2f documents/s (%.2fx)%n",
                    best(r.sqliteIngest()), best(r.postgresIngest()),
                    best(r.postgresIngest()) / best(r.sqliteIngest()));
            out.printf("cost: %.2f CPU-hours per million documents; cores to keep up with GDELT (700,000 a day):"
                    + " %.1f, with EMM (300,000 a day): %.1f%n", r.cpuHoursPerMillion(),
                    r.coresFor(StreamBench.GDELT_PER_DAY), r.coresFor(StreamBench.EMM_PER_DAY));
        }
        out.flush();
    }

    private static double best(List<Double> rates) {
        return rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void warmUp(List<Document> docs, Consumer<Document> work) {
        for (int i = 0; i < Math.min(5, docs.size()); i++) {
            work.accept(docs.get(i));
        }
    }

    /** Runs {@code work} over every document on {@code threads} threads; returns documents per second. */
    static double run(List<Document> docs, int threads, Consumer<Document> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> work.accept(d)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return docs.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
