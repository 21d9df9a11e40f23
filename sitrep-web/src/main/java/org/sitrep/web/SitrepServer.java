package org.sitrep.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.doc.Document;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.report.JsonRenderer;
import org.sitrep.report.SituationReport;
import org.sitrep.report.UnknownSubjectException;
import org.sitrep.store.Page;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEntity;

/**
 * {@code sitrep serve}: the web pages and the HTTP JSON API over a {@link Store}, with Javalin.
 *
 * <p>Pages (server-rendered with JTE templates compiled at build time, all text escaped): {@code /} (subjects,
 * latest documents, search), {@code /subjects/{name-or-alias}} (the situation report with a strength chart drawn
 * as SVG on the server), {@code /entities/{id}}, {@code /documents/{id}} (the article with every span highlighted
 * and boilerplate greyed out), {@code /search?q=}. The API lives under {@code /api} and is described by
 * {@code /openapi.json}. Reads are open; {@code POST /api/documents} needs {@code Authorization: Bearer <token>}
 * and is refused (403) when the server was built without a token.
 *
 * <pre>{@code
 * SitrepServer server = SitrepServer.builder().store(store).pipeline(pipeline).token(token)
 *         .host("127.0.0.1").port(8080).build();
 * int port = server.start();
 * ...
 * server.stop();
 * }</pre>
 *
 * <p>The subject page and the report are computed once per change of the record ({@link Store#version()}) and
 * kept; while the record changes (an ingest running), requests get the last one computed at once and one background
 * thread computes the new one, no sooner than a {@linkplain Builder#minRefreshMillis second} (by default) or the time
 * the last computation took after it, so a page lags the record by about two computations (see
 * {@code VersionedCache}). The lists of the API are read from the store's indexes on each request.
 *
 * <p>Thread safety: requests are served from Jetty's thread pool; the store and the pipeline must be thread-safe
 * (Sitrep's are). {@link #start} and {@link #stop} are meant to be called once each, from one thread.
 *
 * <p>Failure: every error reaches the client as JSON {@code {"error": "...", "status": N}} (as an HTML page on the
 * page routes) with the right status and never a stack trace: 400 for bad parameters or bodies, 401 for a missing
 * or wrong token, 404 for an unknown route, document, entity or subject, 413 for a body over the size limit, 415
 * for a body type that cannot be ingested, 421 for a {@code Host} header that names neither the bound address nor
 * an {@linkplain Builder#allowedHosts allowed host} (see {@code HostCheck}), 500 (message only in the server's log)
 * for anything else. JSON bodies write {@code < > & '} as escapes. Every response carries
 * the security headers ({@code SECURITY_HEADERS}: CSP, nosniff, no framing, no referrer).
 * {@link #start} throws {@link IllegalStateException} when the port cannot be bound.
 */
public final class SitrepServer implements AutoCloseable {
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default host: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default limit on a request body: 10 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    /** The default least time between two computations of one subject page while the record changes: 1 s. */
    public static final long DEFAULT_MIN_REFRESH_MILLIS = 1000;

    private static final System.Logger LOG = System.getLogger(SitrepServer.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder(htmlSafeJson())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /**
     * The headers every response carries: a policy that allows scripts, styles, pictures and forms from this server
     * only (no inline script or style, no plug-ins, no framing), no content sniffing, no framing by other pages, and
     * no referrer sent to other sites.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin");

    private final RecordQueries queries;
    private final Ingest ingest;
    private final byte[] token;
    private final String host;
    private final HostCheck hosts;
    private final int port;
    private final long maxRequestBytes;
    private final VersionedCache pages;
    private final TemplateEngine templates =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.sitrep.web");
    private Javalin app;

    private SitrepServer(Builder b) {
        Store store = Objects.requireNonNull(b.store, "store");
        this.queries = new RecordQueries(store);
        this.pages = new VersionedCache(store::version, b.minRefreshMillis);
        this.ingest = b.pipeline == null ? null : new Ingest(store, b.pipeline, b.maxRequestBytes);
        this.token = b.token == null || b.token.isEmpty() ? null : b.token.getBytes(StandardCharsets.UTF_8);
        this.host = b.host;
        this.hosts = new HostCheck(b.host, b.allowedHosts);
        this.port = b.port;
        this.maxRequestBytes = b.maxRequestBytes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts serving.
     *
     * @return the port bound (the ephemeral one chosen when the port asked for was 0)
     * @throws IllegalStateException if the server was started before or the port cannot be bound
     */
    public synchronized int start() {
        if (app != null) {
            throw new IllegalStateException("the server is already started on port " + app.port());
        }
        Javalin created = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = maxRequestBytes;
            config.router.ignoreTrailingSlashes = true;
            config.startupWatcherEnabled = false;
        });
        routes(created);
        try {
            created.start(host, port);
        } catch (RuntimeException e) {
            created.stop();
            throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        app = created;
        return app.port();
    }

    /** The port bound; -1 before {@link #start}. */
    public synchronized int port() {
        return app == null ? -1 : app.port();
    }

    /** Stops serving and frees the port. Does nothing when not started. The store is left open. */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** Stops serving and ends the thread that refreshes cached pages. The store is left open. */
    @Override
    public void close() {
        stop();
        pages.close();
    }

    // ---- routes -----------------------------------------------------------------------------------------------

    private void routes(Javalin a) {
        a.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            String given = ctx.header("Host");
            if (!hosts.allows(given)) {
                throw new HttpResponseException(HttpStatus.MISDIRECTED_REQUEST.getCode(), "this server does not answer "
                        + "for the host named in the request; start it with --allowed-host to add one");
            }
        });
        a.get("/", this::home);
        a.get("/subjects/{name}", this::subjectPage);
        a.get("/entities/{id}", this::entityPage);
        a.get("/documents/{id}", this::documentPage);
        a.get("/search", this::searchPage);
        a.get("/static/sitrep.css", ctx -> resource(ctx, "sitrep.css", "text/css; charset=utf-8"));
        a.get("/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));

        a.get("/api/documents", ctx -> json(ctx, listDocuments(ctx)));
        a.post("/api/documents", this::postDocuments);
        a.get("/api/documents/{id}", ctx -> json(ctx, documentJson(ctx.pathParam("id"))));
        a.get("/api/entities", ctx -> {
            Filters f = Filters.from(ctx);
            var l = queries.entities(Filters.text(ctx, "type"), Filters.text(ctx, "q"), f.offset(), f.limit());
            json(ctx, new ApiViews.Listing<>(l.items().stream().map(ApiViews.EntityView::of).toList(), l.offset(),
                    l.limit(), l.hasMore()));
        });
        a.get("/api/entities/{id}", ctx -> json(ctx, ApiViews.EntityView.of(queries.expectEntity(ctx.pathParam("id")))));
        a.get("/api/quotes", ctx -> {
            var l = queries.quotes(Filters.from(ctx));
            json(ctx, new ApiViews.Listing<>(l.items().stream().map(ApiViews.QuoteView::of).toList(), l.offset(),
                    l.limit(), l.hasMore()));
        });
        a.get("/api/facts", ctx -> {
            var l = queries.facts(Filters.from(ctx), Filters.text(ctx, "kind"));
            json(ctx, new ApiViews.Listing<>(l.items().stream().map(ApiViews.FactView::of).toList(), l.offset(),
                    l.limit(), l.hasMore()));
        });
        a.get("/api/subjects", ctx -> {
            Filters f = Filters.from(ctx);
            List<ApiViews.SubjectView> all = queries.subjects().stream().map(RecordQueries.Subject::view).toList();
            int from = Math.min(f.offset(), all.size());
            int to = Math.min(all.size(), from + f.limit());
            json(ctx, new ApiViews.Listing<>(all.subList(from, to), f.offset(), f.limit(), to < all.size()));
        });
        a.get("/api/subjects/{name}", ctx -> {
            StoredEntity e = queries.expectEntity(ctx.pathParam("name"));
            json(ctx, queries.subject(e).view());
        });
        a.get("/api/subjects/{name}/report", ctx -> {
            String name = ctx.pathParam("name");
            String asOf = asOf(ctx);
            String json = pages.get(cacheKey("report", name, asOf), () -> new JsonRenderer().render(
                    report(name, asOf)));
            ctx.contentType("application/json").result(json);
        });

        a.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        a.exception(UnknownSubjectException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        a.exception(StoreException.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "store error on " + ctx.method() + " " + ctx.path(), e);
            error(ctx, 503, "the record could not be read or written; see the server's log");
        });
        a.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "failed " + ctx.method() + " " + ctx.path(), e);
            error(ctx, 500, "internal error; see the server's log");
        });
        a.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
            }
        });
        a.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
    }

    private ApiViews.Listing<ApiViews.DocumentView> listDocuments(Context ctx) {
        var l = queries.documents(Filters.from(ctx), Filters.text(ctx, "q"));
        return new ApiViews.Listing<>(l.items().stream().map(ApiViews.DocumentView::of).toList(), l.offset(),
                l.limit(), l.hasMore());
    }

    private Map<String, Object> documentJson(String id) {
        Document doc = queries.store().findDocument(id).orElseThrow(() -> new NotFoundResponse(
                "no document with id '" + id + "'"));
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        var summary = new org.sitrep.store.DocumentSummary(doc.id(), doc.source(), doc.findTitle().orElse(null),
                doc.published(), doc.text().length());
        out.put("document", ApiViews.DocumentView.of(summary));
        out.put("text", doc.text());
        Map<String, Object> layers = new java.util.LinkedHashMap<>();
        for (var layer : doc.layerKeys()) {
            layers.put(layer.name(), doc.layer(layer));
        }
        out.put("layers", layers);
        return out;
    }

    private void postDocuments(Context ctx) {
        if (token == null) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                    "ingest is off: the server was started without a token");
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8) : null;
        if (given == null || !MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse(given == null ? "ingest needs the header 'Authorization: Bearer <token>'"
                    : "the token is wrong");
        }
        if (ingest == null) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "ingest is off: the server was started without a pipeline");
        }
        long declared = ctx.contentLength();
        if (declared > maxRequestBytes) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "the body has " + declared
                    + " bytes; the limit is " + maxRequestBytes);
        }
        byte[] body = readBody(ctx);
        ApiViews.IngestView result = ingest.ingest(ctx.contentType(), body, Filters.text(ctx, "published"));
        boolean added = result.documents().stream().anyMatch(ApiViews.IngestedView::added);
        ctx.status(added ? 201 : 200);
        json(ctx, result);
    }

    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
            if (body.length > maxRequestBytes) {
                throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                        "the body is over the limit of " + maxRequestBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "the body could not be read");
        }
    }

    /** The {@code asOf} parameter, checked; null when absent. */
    private static String asOf(Context ctx) {
        return Filters.date(ctx, "asOf");
    }

    private SituationReport report(String name, String asOf) {
        return asOf == null ? SituationReport.from(queries.store(), name)
                : SituationReport.from(queries.store(), name, asOf);
    }

    // ---- pages ------------------------------------------------------------------------------------------------

    private void home(Context ctx) {
        String html = pages.get("home", () -> render("home.jte", Pages.home(queries)));
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private void subjectPage(Context ctx) {
        String name = ctx.pathParam("name");
        String asOf = asOf(ctx);
        String html = pages.get(cacheKey("page", name, asOf), () -> render("subject.jte",
                Pages.subject(report(name, asOf), queries)));
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    /** The cache key of a subject's page or report: the name as asked (any case) and the {@code asOf} date. */
    private static String cacheKey(String what, String name, String asOf) {
        return what + "\u0000" + name.strip().toLowerCase(java.util.Locale.ROOT) + "\u0000"
                + (asOf == null ? "" : asOf);
    }

    private void entityPage(Context ctx) {
        StoredEntity e = queries.expectEntity(ctx.pathParam("id"));
        var quotes = queries.quotes(new Filters(null, e.id(), null, null, 0, Filters.MAX_LIMIT)).items().stream()
                .map(ApiViews.QuoteView::of).toList();
        page(ctx, "entity.jte", new Pages.EntityPage(e, quotes, queries.subject(e).listed()));
    }

    private void documentPage(Context ctx) {
        String id = ctx.pathParam("id");
        Document doc = queries.store().findDocument(id).orElseThrow(() -> new NotFoundResponse(
                "no document with id '" + id + "'"));
        page(ctx, "document.jte", Pages.document(doc));
    }

    private void searchPage(Context ctx) {
        page(ctx, "search.jte", Pages.search(queries, Filters.text(ctx, "q"), Filters.from(ctx)));
    }

    private void page(Context ctx, String template, Object model) {
        ctx.contentType("text/html; charset=utf-8").result(render(template, model));
    }

    private String render(String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        return out.toString();
    }

    // ---- output -----------------------------------------------------------------------------------------------

    private static boolean wantsJson(Context ctx) {
        String p = ctx.path();
        return p.startsWith("/api/") || p.equals("/api") || p.equals("/openapi.json");
    }

    private void error(Context ctx, int status, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.forStatus(status).getMessage() : message;
        ctx.status(status);
        SECURITY_HEADERS.forEach(ctx::header);
        if (wantsJson(ctx)) {
            json(ctx, new ApiViews.ApiError(text, status));
        } else {
            try {
                page(ctx, "error.jte", new Pages.ErrorPage(status, text));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot render the error page", e);
                ctx.contentType("text/plain; charset=utf-8").result(status + " " + text);
            }
        }
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundResponse("resource " + name + " is missing from the jar");
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /**
     * A JSON factory that writes {@code <}, {@code >}, {@code &} and {@code '} as {@code \\u} escapes, so that no
     * JSON body (an error that echoes a path, a document's text) holds markup, whatever reads it.
     */
    private static JsonFactory htmlSafeJson() {
        JsonFactory factory = new JsonFactory();
        factory.setCharacterEscapes(new CharacterEscapes() {
            private final int[] escapes = htmlEscapes();

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return null;
            }
        });
        return factory;
    }

    private static int[] htmlEscapes() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
        return escapes;
    }

    /** Builds a {@link SitrepServer}. Not thread-safe. */
    public static final class Builder {
        private Store store;
        private Function<Document, Document> pipeline;
        private String token;
        private String host = DEFAULT_HOST;
        private List<String> allowedHosts = List.of();
        private int port = DEFAULT_PORT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long minRefreshMillis = DEFAULT_MIN_REFRESH_MILLIS;

        private Builder() {
        }

        /**
         * How long a subject page or report, once computed, is served before a change of the record makes it be
         * computed again (in the background; requests get the last one meanwhile): {@value #DEFAULT_MIN_REFRESH_MILLIS}
         * ms by default; 0 recomputes after every change.
         */
        public Builder minRefreshMillis(long millis) {
            if (millis < 0) {
                throw new IllegalArgumentException("the refresh interval must not be negative, was " + millis);
            }
            this.minRefreshMillis = millis;
            return this;
        }

        /** The record to serve (required). The server does not close it. */
        public Builder store(Store store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** What ingested documents are run through before they are stored; without one, ingest is off. */
        public Builder pipeline(Function<Document, Document> pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        /** Runs ingested documents through {@code pipeline}. */
        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = pipeline == null ? null : pipeline::process;
            return this;
        }

        /** The bearer token that ingest needs; null or empty turns ingest off. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** The address to bind: {@value #DEFAULT_HOST} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * The host names (or addresses) that requests may name in their {@code Host} header besides the bound
         * address (and, bound to loopback, {@code localhost}; bound to every address, any address literal). Others
         * get 421, so that a page elsewhere cannot read the API through a name that resolves here (DNS rebinding).
         */
        public Builder allowedHosts(List<String> hosts) {
            this.allowedHosts = List.copyOf(hosts);
            return this;
        }

        /** The port: {@value #DEFAULT_PORT} by default; 0 for an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must lie in [0, 65535], was " + port);
            }
            this.port = port;
            return this;
        }

        /** The largest request body accepted; larger ones get 413. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the request size limit must be positive, was " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        public SitrepServer build() {
            return new SitrepServer(this);
        }
    }
}
