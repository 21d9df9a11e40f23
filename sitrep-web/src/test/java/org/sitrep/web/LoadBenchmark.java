package org.sitrep.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineListener;
import org.sitrep.pipeline.standard.StandardPipeline;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;
import org.sitrep.read.dedup.NearDuplicates;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The load benchmark of {@code sitrep serve}: a loopback load generator against the subject page
 * ({@code /subjects/MSS}) and the facts API ({@code /api/facts?subject=mss}) over a store prepared with
 * {@code sitrep ingest}, first alone, then while a thread ingests documents beside it through the real pipeline
 * (the CLI's seven stages) into the same store.
 *
 * <pre>{@code
 * java -cp <test classpath> org.sitrep.web.LoadBenchmark --db /tmp/load.db [--clients 50] [--seconds 20]
 *     [--warmup 5] [--ingest PATH...] [--routes /subjects/MSS /api/facts?subject=mss ...]
 *     [--post FILE [--budget SECONDS]]
 * }</pre>
 *
 * <p>With {@code --post FILE}, a last phase sends {@code FILE} as plain text to {@code POST /api/documents} (the
 * server then analyzes with the stages `sitrep serve` runs, under a budget of {@code --budget} seconds of CPU per
 * 10,000 characters, 3 by default) while the clients load each route, and prints the POST's status, its time, and
 * the routes' latencies meanwhile: whether one huge input starves the others.
 *
 * <p>Each of {@code --clients} platform threads (Java 17 has no virtual threads) loops GET requests on one route
 * for {@code --seconds}, over one shared {@link HttpClient} to 127.0.0.1 only, at most 1,000,000 requests a thread;
 * a warm-up of {@code --warmup} seconds per route is not counted. It prints requests/s, p50, p99 and the largest
 * latency for each route and phase, and how many documents the ingest stored meanwhile. A response other than 200
 * counts as an error, not as a latency.
 *
 * <p>A benchmark, not a unit test: run it by hand (see {@code docs/benchmarks.md}).
 */
public final class LoadBenchmark {
    private static final List<String> DEFAULT_ROUTES = List.of("/subjects/MSS", "/api/facts?subject=mss");
    private static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path db = null;
        int clients = 50;
        int seconds = 20;
        int warmup = 5;
        List<String> ingest = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        Path post = null;
        String budget = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = Path.of(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--post" -> post = Path.of(args[++i]);
                case "--budget" -> budget = args[++i];
                case "--ingest" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        ingest.add(args[++i]);
                    }
                }
                case "--routes" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        routes.add(args[++i]);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db FILE is required");
        }
        List<String> loaded = routes.isEmpty() ? DEFAULT_ROUTES : List.copyOf(routes);
        String token = "benchmark-" + System.nanoTime();
        Budget limit = budget == null ? Budget.DEFAULT : Budget.parse(budget);
        try (SqliteStore store = SqliteStore.open(db, new NearDuplicates());
                SitrepServer server = SitrepServer.builder().store(store).host("127.0.0.1").port(0).token(token)
                        .pipeline(StandardPipeline.create(PipelineListener.NONE, limit)).build()) {
            int port = server.start();
            System.out.printf(Locale.ROOT, "store %s: %d documents; %d clients, %d s a phase (warm-up %d s),"
                    + " %d cores, max heap %d MiB%n", db, store.documentCount(), clients, seconds, warmup,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (String route : loaded) {
                URI uri = URI.create("http://127.0.0.1:" + port + route);
                long t0 = System.nanoTime();
                int status = http.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                System.out.printf(Locale.ROOT, "%-24s first request (nothing cached): %d in %.0f ms%n", route,
                        status, (System.nanoTime() - t0) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-24s %-10s %9s %8s %9s %9s %9s %7s%n", "route", "ingest", "requests",
                    "req/s", "p50 ms", "p99 ms", "max ms", "errors");
            for (String route : loaded) {
                URI uri = URI.create("http://127.0.0.1:" + port + route);
                run(http, uri, clients, warmup);
                print(route, "none", run(http, uri, clients, seconds), -1);
            }
            if (post != null) {
                postBeside(http, port, token, post, loaded, clients, seconds);
            }
            if (ingest.isEmpty()) {
                return;
            }
            List<Document> documents = read(ingest);
            // the stages `sitrep serve` and `sitrep ingest` run, with their time budget
            Pipeline pipeline = StandardPipeline.create();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger added = new AtomicInteger();
            CountDownLatch firstPut = new CountDownLatch(1);
            Thread ingester = new Thread(() -> {
                for (Document d : documents) {
                    if (stop.get()) {
                        break;
                    }
                    if (store.put(pipeline.process(d)).added()) {
                        added.incrementAndGet();
                    }
                    firstPut.countDown();
                }
                firstPut.countDown();
            }, "benchmark-ingest");
            ingester.setDaemon(true);
            ingester.start();
            firstPut.await(); // the pipeline's models are loaded: what follows is ingest at its steady pace
            for (String route : loaded) {
                URI uri = URI.create("http://127.0.0.1:" + port + route);
                int before = added.get();
                Result r = run(http, uri, clients, seconds);
                print(route, "running", r, added.get() - before);
                if (!ingester.isAlive()) {
                    System.out.println("(the ingest ran out of documents during this phase)");
                }
            }
            stop.set(true);
            ingester.join(TimeUnit.MINUTES.toMillis(2));
            System.out.printf(Locale.ROOT, "store now: %d documents%n", store.documentCount());
        }
    }

    /** Sends {@code file} to the ingest endpoint while the clients load each route in turn; prints both. */
    private static void postBeside(HttpClient http, int port, String token, Path file, List<String> routes,
            int clients, int seconds) throws Exception {
        byte[] body = java.nio.file.Files.readAllBytes(file);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain; charset=utf-8")
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<HttpResponse<String>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        for (String route : routes) {
            URI uri = URI.create("http://127.0.0.1:" + port + route);
            Result r = run(http, uri, clients, seconds);
            print(route, answer.isDone() ? "post done" : "posting", r, -1);
        }
        HttpResponse<String> response = answer.get();
        String reply = response.body();
        System.out.printf(Locale.ROOT, "POST %s (%d bytes): %d after %.1f s: %s%n", file, body.length,
                response.statusCode(), (System.nanoTime() - t0) / 1e9,
                reply.length() > 300 ? reply.substring(0, 300) + "…" : reply);
    }

    private static List<Document> read(List<String> paths) {
        ReadResult r = DocumentReader.builder().build().read(paths);
        System.out.printf(Locale.ROOT, "ingest beside the load: %d documents read from %s%n", r.documents().size(),
                paths);
        return r.documents();
    }

    /** What one phase measured: latencies of the good responses, in nanoseconds, sorted. */
    private record Result(long[] latencies, int errors, double seconds) {
        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
        }
    }

    private static Result run(HttpClient http, URI uri, int clients, int seconds) throws Exception {
        if (!uri.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("the benchmark only loads 127.0.0.1, not " + uri);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline && n < MAX_REQUESTS_PER_CLIENT) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, errors.get(), elapsed);
    }

    private static void print(String route, String ingest, Result r, int documentsAdded) {
        System.out.printf(Locale.ROOT, "%-24s %-10s %9d %8.0f %9.1f %9.1f %9.1f %7d%s%n", route, ingest,
                r.latencies().length, r.latencies().length / r.seconds(), r.percentileMillis(50),
                r.percentileMillis(99), r.percentileMillis(100), r.errors(),
                documentsAdded < 0 ? "" : "   (" + documentsAdded + " documents ingested meanwhile)");
    }
}
