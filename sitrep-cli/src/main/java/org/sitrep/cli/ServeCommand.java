package org.sitrep.cli;

import org.sitrep.pipeline.standard.StandardPipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the bearer token that ingest through the API needs "
                    + "(default: $SITREP_TOKEN; neither: ingest off).")
    Path tokenFile;

    @Option(names = "--token", paramLabel = "T",
            description = "The token on the command line, where other users can see it (ps): prefer "
                    + "$SITREP_TOKEN or --token-file.")
    String token;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name that requests may use in their Host header besides the bound address "
                    + "(repeatable); other names get 421 (DNS rebinding).")
    List<String> allowedHosts = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (token != null && tokenFile != null) {
            throw new Main.UsageException("give the token once: --token-file or --token, not both");
        }
        String t = token != null ? token : tokenFile != null ? readToken(tokenFile) : System.getenv("SITREP_TOKEN");
        if (token != null) {
            err.println("sitrep: warning: --token puts the token on the command line, where any user of this machine"
                    + " can read it (ps); use $SITREP_TOKEN or --token-file");
        }
        if (!store.exists(err)) {
            return Main.FATAL;
        }
        if (!isLoopback(host)) {
            err.println("sitrep: warning: serving on " + host + ", beyond this machine, over plain HTTP: anyone who can"
                    + " reach it reads the whole record (reads need no token), and the ingest token crosses the"
                    + " network unencrypted; put a TLS proxy with access control in front");
        }
        Store s = Stores.open(store);
        SitrepServer server = SitrepServer.builder().store(s).pipeline(StandardPipeline.create()).token(t).host(host)
                .allowedHosts(allowedHosts).port(port).build();
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

    /** The first line of {@code file}, stripped. */
    private static String readToken(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new Main.UsageException(file + ": the token file is empty");
            }
            return first;
        } catch (NoSuchFileException e) {
            throw new Main.UsageException(file + ": no such token file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Main.UsageException(file + ": cannot read the token file: " + e.getMessage());
        }
    }

    /** Whether {@code host} names this machine only: a loopback address or {@code localhost}. */
    static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
