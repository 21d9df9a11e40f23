package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.store.Store;
import org.sitrep.web.SitrepServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the web pages and the HTTP JSON API over the record. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the record: subject, entity, document and search pages, the JSON API under /api and "
                + "its description at /openapi.json. Binds to localhost unless --host says otherwise. Reads are "
                + "open; ingest (POST /api/documents) needs the token.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (0: any free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token that ingest through the API needs (default: $SITREP_TOKEN; none: ingest off).")
    String token;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String t = token != null ? token : System.getenv("SITREP_TOKEN");
        Store s = Stores.open(store);
        SitrepServer server = SitrepServer.builder().store(s).pipeline(DefaultPipeline.create()).token(t).host(host)
                .port(port).build();
        int bound = server.start();
        err.println("sitrep: serving " + store.describe() + " on http://" + host + ":" + bound + "/"
                + (t == null || t.isBlank() ? " (ingest off: no token)" : ""));
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            s.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }
}
