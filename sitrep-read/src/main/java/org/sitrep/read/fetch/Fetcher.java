package org.sitrep.read.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.sitrep.read.Diagnostic;
import org.sitrep.read.fetch.ConditionalCache.Validators;

/**
 * A polite HTTP(S) client for pages and feeds: our own user agent, robots.txt obeyed, one request at a time per host
 * with a minimum delay between them, redirects followed with care, timeouts, a size limit, and conditional GETs for
 * URLs fetched before.
 *
 * <ul>
 *   <li><b>Schemes:</b> only {@code http} and {@code https}; anything else fails at once with one line.</li>
 *   <li><b>Redirects</b> (301, 302, 303, 307, 308): up to {@value #MAX_REDIRECTS}, each to the same scheme or from
 *       {@code http} to {@code https}, never from {@code https} down to {@code http}. Every hop is checked against
 *       its host's robots.txt and paced like any request.</li>
 *   <li><b>robots.txt</b> ({@link RobotsTxt}): fetched once per origin (scheme, host, port) and kept for the
 *       fetcher's life. 2xx: its rules; 4xx (or more than five redirects): everything allowed; 429, 5xx, or no
 *       answer: nothing allowed on that host, as RFC 9309 and Google say. {@code Crawl-delay} for our product token
 *       raises the per-host delay (up to {@link Builder#maxCrawlDelay}).</li>
 *   <li><b>Pacing</b>: one request at a time per host name, each starting at least
 *       {@code max(minDelayPerHost, Crawl-delay)} after the previous one to that host ended (robots.txt included).</li>
 *   <li><b>Timeouts</b>: {@code connectTimeout} to open a connection; {@code timeout} for one whole exchange, from
 *       sending the request to the last byte of the body (a server that trickles a body past it is cut off).</li>
 *   <li><b>Size</b>: a body over {@code maxBytes} is refused: at once when {@code Content-Length} says so, else as
 *       soon as that many bytes have streamed in (the connection is closed; the body is never held whole).</li>
 *   <li><b>Conditional GET</b>: the {@link ConditionalCache} remembers {@code ETag}/{@code Last-Modified} of each
 *       full answer; the next fetch of that URL sends {@code If-None-Match}/{@code If-Modified-Since}, and a 304
 *       gives {@link FetchResult#notModified()} with no body.</li>
 * </ul>
 *
 * <p>Thread safety: safe for concurrent use; share one fetcher so that robots.txt and pacing are shared. Failure:
 * {@link #fetch} never throws for anything the network or a server does; it returns a {@link FetchResult} whose
 * {@link FetchResult#failure()} says what went wrong in one line. It throws only {@link NullPointerException} for a
 * null URL. An interrupted fetch fails with "interrupted" and keeps the thread's interrupt flag set.
 */
public final class Fetcher {
    /** The most redirects followed for one fetch. */
    public static final int MAX_REDIRECTS = 5;
    /** The default user agent; callers should name a contact URL: {@code Sitrep/0.1 (+https://…)}. */
    public static final String DEFAULT_USER_AGENT = "Sitrep/0.1";

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";
    /** Bodies of answers we do not use (redirects, errors) are read only this far. */
    private static final long UNUSED_BODY_CAP = 64 * 1024;

    private final String userAgent;
    private final String productToken;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final long maxBytes;
    private final Duration minDelayPerHost;
    private final Duration maxCrawlDelay;
    private final ConditionalCache cache;
    private final HttpClient client;
    private final HostPacing pacing = new HostPacing();
    private final ConcurrentHashMap<String, CompletableFuture<HostRobots>> robots = new ConcurrentHashMap<>();

    /** A host's robots.txt, and why it is what it is when it was not read from a file. */
    private record HostRobots(RobotsTxt rules, URI robotsUri, String unavailable) {
    }

    /** One HTTP exchange's answer. */
    private record Answer(int status, HttpHeaders headers, CappedBodySubscriber.Body body) {
    }

    /** Why a fetch stops, in one line, with the status if an answer came. */
    private static final class Stop extends Exception {
        final int status;

        Stop(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private Fetcher(Builder b) {
        this.userAgent = b.userAgent;
        this.productToken = RobotsTxt.productTokenOf(b.userAgent);
        this.timeout = b.timeout;
        this.connectTimeout = b.connectTimeout.compareTo(b.timeout) < 0 ? b.connectTimeout : b.timeout;
        this.maxBytes = b.maxBytes;
        this.minDelayPerHost = b.minDelayPerHost;
        this.maxCrawlDelay = b.maxCrawlDelay;
        this.cache = b.cache;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.getDefault())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The user agent sent. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Fetches a URL given as text; one that does not parse as a URL fails with one line, like any other failure.
     *
     * @see #fetch(URI)
     */
    public FetchResult fetch(String url) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            URI shown = URI.create("about:invalid");
            return failure(shown, shown, 0, "not a URL: " + url.strip() + " (" + e.getReason() + ")", List.of(),
                    url.strip());
        }
        return fetch(uri);
    }

    /**
     * Fetches a URL politely; see the class description for the rules. Never throws for network or server trouble.
     *
     * @return the answer, a 304 "not modified", or a failure in one line
     */
    public FetchResult fetch(URI url) {
        Objects.requireNonNull(url, "url");
        List<Diagnostic> warnings = new ArrayList<>();
        String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return failure(url, url, 0, scheme == null
                    ? "not an absolute URL; only http and https URLs are fetched"
                    : "unsupported scheme '" + url.getScheme() + "'; only http and https URLs are fetched",
                    warnings);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return failure(url, url, 0, "URL has no host name", warnings);
        }
        URI current = withoutFragment(url);
        int status = 0;
        try {
            for (int hop = 0; ; hop++) {
                HostRobots hostRobots = robotsFor(current);
                if (!hostRobots.rules().isAllowed(productToken, pathAndQuery(current))) {
                    return failure(url, current, 0, hostRobots.unavailable() != null
                            ? "not fetched: " + hostRobots.unavailable() + ", so " + originOf(current)
                                    + " is off limits"
                            : "disallowed by " + hostRobots.robotsUri() + " for user agent " + productToken,
                            warnings);
                }
                Duration delay = delayFor(hostRobots, current, warnings);
                Optional<Validators> validators = cachedValidators(current, warnings);
                Answer answer;
                try (HostPacing.Turn turn = pacing.take(current.getHost(), delay)) {
                    answer = exchange(current, validators, maxBytes, false);
                }
                status = answer.status();
                if (isRedirect(status)) {
                    if (hop >= MAX_REDIRECTS) {
                        return failure(url, current, status, "more than " + MAX_REDIRECTS + " redirects", warnings);
                    }
                    current = redirectTarget(current, answer);
                    continue;
                }
                if (status == 304) {
                    if (validators.isEmpty()) {
                        return failure(url, current, status, "HTTP 304 Not Modified to a request that was not "
                                + "conditional", warnings);
                    }
                    Validators fresh = validatorsOf(answer.headers());
                    Validators kept = new Validators(
                            fresh.etag() != null ? fresh.etag() : validators.get().etag(),
                            fresh.lastModified() != null ? fresh.lastModified() : validators.get().lastModified());
                    if (!fresh.isEmpty()) {
                        remember(current, kept, warnings);
                    }
                    return new FetchResult(url, current, status, null, null, null, kept.etag(), kept.lastModified(),
                            true, null, warnings);
                }
                if (status >= 200 && status < 300) {
                    CappedBodySubscriber.Body body = answer.body();
                    if (body.cut()) {
                        return failure(url, current, status, body.declaredLength() > maxBytes
                                ? "body of " + body.declaredLength() + " bytes (Content-Length) is over the limit of "
                                        + maxBytes + " bytes; not read"
                                : "body is over the limit of " + maxBytes + " bytes; cut off and dropped",
                                warnings);
                    }
                    Validators fresh = validatorsOf(answer.headers());
                    remember(current, fresh, warnings);
                    String contentType = answer.headers().firstValue("content-type").orElse(null);
                    return new FetchResult(url, current, status, mediaTypeOf(contentType), charsetOf(contentType),
                            body.bytes(), fresh.etag(), fresh.lastModified(), false, null, warnings);
                }
                return failure(url, current, status, "HTTP " + status + describeStatus(status), warnings);
            }
        } catch (Stop stop) {
            return failure(url, current, stop.status != 0 ? stop.status : status, stop.getMessage(), warnings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(url, current, status, "interrupted", warnings);
        }
    }

    // ---- robots.txt ----------------------------------------------------------------------------------------------

    private HostRobots robotsFor(URI url) throws InterruptedException {
        String origin = originOf(url);
        CompletableFuture<HostRobots> mine = new CompletableFuture<>();
        CompletableFuture<HostRobots> known = robots.putIfAbsent(origin, mine);
        if (known == null) {
            try {
                mine.complete(loadRobots(robotsUriOf(url)));
            } catch (InterruptedException | RuntimeException e) {
                robots.remove(origin, mine); // not an answer: the next fetch tries again
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return known.get();
        } catch (ExecutionException e) {
            // the thread loading it was interrupted or failed; try once more ourselves
            return robotsFor(url);
        }
    }

    private HostRobots loadRobots(URI robotsUri) throws InterruptedException {
        URI current = robotsUri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Answer answer;
            try (HostPacing.Turn turn = pacing.take(current.getHost(), minDelayPerHost)) {
                answer = exchange(current, Optional.empty(), RobotsTxt.MAX_BYTES, true);
            } catch (Stop stop) {
                return new HostRobots(RobotsTxt.disallowingAll(), robotsUri,
                        robotsUri + " could not be read (" + stop.getMessage() + ")");
            }
            int status = answer.status();
            if (isRedirect(status)) {
                Optional<URI> next = answer.headers().firstValue("location").flatMap(l -> resolve(robotsUri, l));
                if (next.isEmpty() || !isHttp(next.get())) {
                    return new HostRobots(RobotsTxt.allowingAll(), robotsUri, null);
                }
                current = withoutFragment(next.get());
                continue;
            }
            if (status >= 200 && status < 300) {
                // a robots.txt longer than the limit is read as far as the limit, as RFC 9309 allows
                return new HostRobots(RobotsTxt.parse(answer.body().bytes()), robotsUri, null);
            }
            if (status == 429 || status >= 500) {
                return new HostRobots(RobotsTxt.disallowingAll(), robotsUri,
                        robotsUri + " answered HTTP " + status + describeStatus(status));
            }
            return new HostRobots(RobotsTxt.allowingAll(), robotsUri, null); // 4xx and anything else: unavailable
        }
        return new HostRobots(RobotsTxt.allowingAll(), robotsUri, null); // more than five redirects: unavailable
    }

    private Duration delayFor(HostRobots hostRobots, URI url, List<Diagnostic> warnings) {
        Duration delay = minDelayPerHost;
        Optional<Duration> crawlDelay = hostRobots.rules().findCrawlDelay(productToken);
        if (crawlDelay.isPresent()) {
            Duration asked = crawlDelay.get();
            if (asked.compareTo(maxCrawlDelay) > 0) {
                warnings.add(new Diagnostic(url.toString(), Diagnostic.Severity.WARNING, hostRobots.robotsUri()
                        + " asks for a crawl delay of " + seconds(asked) + "; waiting " + seconds(maxCrawlDelay)
                        + ", the most this fetcher waits"));
                asked = maxCrawlDelay;
            }
            if (asked.compareTo(delay) > 0) {
                delay = asked;
            }
        }
        return delay;
    }

    // ---- one exchange --------------------------------------------------------------------------------------------

    private Answer exchange(URI url, Optional<Validators> validators, long cap, boolean keepPrefix)
            throws Stop, InterruptedException {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url);
        } catch (IllegalArgumentException e) {
            throw new Stop("not a URL the HTTP client accepts: " + e.getMessage(), 0);
        }
        request.GET().timeout(timeout).header("User-Agent", userAgent).header("Accept", ACCEPT);
        validators.ifPresent(v -> {
            v.findEtag().ifPresent(etag -> request.header("If-None-Match", etag));
            v.findLastModified().ifPresent(lm -> request.header("If-Modified-Since", lm));
        });
        AtomicReference<CappedBodySubscriber> subscriber = new AtomicReference<>();
        HttpResponse.BodyHandler<CappedBodySubscriber.Body> handler = info -> {
            boolean used = info.statusCode() >= 200 && info.statusCode() < 300;
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
            CappedBodySubscriber s = new CappedBodySubscriber(used ? cap : UNUSED_BODY_CAP,
                    used ? declared : -1L, keepPrefix || !used);
            subscriber.set(s);
            return s;
        };
        CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> pending;
        try {
            pending = client.sendAsync(request.build(), handler);
        } catch (IllegalArgumentException e) {
            throw new Stop("not a URL the HTTP client accepts: " + e.getMessage(), 0);
        }
        try {
            HttpResponse<CappedBodySubscriber.Body> response = pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            abort(pending, subscriber);
            throw new Stop("no complete answer within " + seconds(timeout) + " (timed out)", 0);
        } catch (InterruptedException e) {
            abort(pending, subscriber);
            throw e;
        } catch (ExecutionException e) {
            throw new Stop(describeFailure(e.getCause(), url), 0);
        }
    }

    private static void abort(CompletableFuture<?> pending, AtomicReference<CappedBodySubscriber> subscriber) {
        pending.cancel(true);
        CappedBodySubscriber s = subscriber.get();
        if (s != null) {
            s.abort(new HttpTimeoutException("aborted"));
        }
    }

    private String describeFailure(Throwable t, URI url) {
        String where = url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException) {
                return "could not connect to " + where + " within " + seconds(connectTimeout) + " (timed out)";
            }
            if (c instanceof HttpTimeoutException) {
                return "no answer within " + seconds(timeout) + " (timed out)";
            }
            if (c instanceof ConnectException) {
                return "could not connect to " + where + " (connection refused)";
            }
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "unknown host " + url.getHost();
            }
            if (c instanceof SSLException) {
                return "TLS failure with " + where + ": " + c.getMessage();
            }
        }
        Throwable root = t;
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            root = c;
            if (c.getMessage() != null && message == null) {
                message = c.getMessage();
            }
        }
        return "request to " + where + " failed: "
                + (message != null ? message.replaceAll("\\s+", " ") : root.getClass().getSimpleName());
    }

    // ---- redirects -----------------------------------------------------------------------------------------------

    private static URI redirectTarget(URI from, Answer answer) throws Stop {
        String location = answer.headers().firstValue("location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new Stop("HTTP " + answer.status() + " redirect without a Location", answer.status());
        }
        URI to = resolve(from, location).orElseThrow(() ->
                new Stop("HTTP " + answer.status() + " redirect to a bad Location: " + location.strip(),
                        answer.status()));
        if (!mayFollow(from, to)) {
            throw new Stop("refused redirect from " + from.getScheme() + " to "
                    + (to.getScheme() == null ? "a relative URL" : to.getScheme()) + ": " + to, answer.status());
        }
        if (to.getHost() == null || to.getHost().isEmpty()) {
            throw new Stop("HTTP " + answer.status() + " redirect to a URL without a host: " + to, answer.status());
        }
        return withoutFragment(to);
    }

    /** Whether a redirect may be followed: to the same scheme, or from http up to https; never to anything else. */
    static boolean mayFollow(URI from, URI to) {
        String a = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
        String b = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        return isHttp(to) && (a.equals(b) || (a.equals("http") && b.equals("https")));
    }

    private static Optional<URI> resolve(URI base, String location) {
        String l = location.strip().replace(" ", "%20");
        try {
            return Optional.of(base.resolve(new URI(l)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    // ---- the cache -----------------------------------------------------------------------------------------------

    private Optional<Validators> cachedValidators(URI url, List<Diagnostic> warnings) {
        try {
            return cache.find(url);
        } catch (UncheckedIOException e) {
            warnings.add(new Diagnostic(url.toString(), Diagnostic.Severity.WARNING,
                    e.getMessage() + "; fetching unconditionally"));
            return Optional.empty();
        }
    }

    private void remember(URI url, Validators validators, List<Diagnostic> warnings) {
        try {
            if (validators.isEmpty()) {
                cache.forget(url);
            } else {
                cache.remember(url, validators);
            }
        } catch (UncheckedIOException e) {
            warnings.add(new Diagnostic(url.toString(), Diagnostic.Severity.WARNING, e.getMessage()));
        }
    }

    private static Validators validatorsOf(HttpHeaders headers) {
        return new Validators(headers.firstValue("etag").orElse(null),
                headers.firstValue("last-modified").orElse(null));
    }

    // ---- small helpers -------------------------------------------------------------------------------------------

    private static FetchResult failure(URI requested, URI last, int status, String message,
            List<Diagnostic> warnings) {
        return failure(requested, last, status, message, warnings, requested.toString());
    }

    private static FetchResult failure(URI requested, URI last, int status, String message,
            List<Diagnostic> warnings, String input) {
        return new FetchResult(requested, last, status, null, null, null, null, null, false,
                new Diagnostic(input, Diagnostic.Severity.ERROR, message.replaceAll("[\\r\\n]+", " ")), warnings);
    }

    private static boolean isHttp(URI uri) {
        String s = uri.getScheme();
        return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"));
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    /** {@code scheme://host:port} with the scheme and host lower-cased and the port always written. */
    static String originOf(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    /** {@code scheme://host[:port]/robots.txt}, the port written only when the URL names one. */
    private static URI robotsUriOf(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return URI.create(scheme + "://" + host + (url.getPort() >= 0 ? ":" + url.getPort() : "") + "/robots.txt");
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    static String mediaTypeOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        String type = (semi >= 0 ? contentType.substring(0, semi) : contentType).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = param.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private static String describeStatus(int status) {
        String reason = REASONS.get(status);
        return reason == null ? "" : " " + reason;
    }

    private static String seconds(Duration d) {
        double s = d.toNanos() / 1e9;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(Math.round(s * 1000) / 1000.0)) + " s";
    }

    @Override
    public String toString() {
        return "Fetcher[" + userAgent + ", timeout " + seconds(timeout) + ", max " + maxBytes + " bytes, delay "
                + seconds(minDelayPerHost) + ", " + cache + "]";
    }

    /**
     * Configures a {@link Fetcher}. Defaults: user agent {@value #DEFAULT_USER_AGENT}, timeout 30 s, connect
     * timeout 10 s, at most 20 MiB a body, 1 s between requests to a host, crawl delays honoured up to 60 s, no
     * cache.
     *
     * <p>Thread safety: not thread-safe; build once. Failure: setters throw {@link IllegalArgumentException} for a
     * value out of range (a blank user agent, a negative or zero duration, a non-positive size).
     */
    public static final class Builder {
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private long maxBytes = 20L * 1024 * 1024;
        private Duration minDelayPerHost = Duration.ofSeconds(1);
        private Duration maxCrawlDelay = Duration.ofSeconds(60);
        private ConditionalCache cache = ConditionalCache.none();

        private Builder() {
        }

        /**
         * The {@code User-Agent} header; its leading word (before {@code /}) is the product token matched against
         * robots.txt groups. Name a contact: {@code Sitrep/0.1 (+https://…)}.
         */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                throw new IllegalArgumentException("user agent must be printable and not blank: " + userAgent);
            }
            if (RobotsTxt.productTokenOf(userAgent).isEmpty()) {
                throw new IllegalArgumentException("user agent must begin with a product token such as Sitrep/0.1: "
                        + userAgent);
            }
            this.userAgent = userAgent.strip();
            return this;
        }

        /** The most one exchange may take, from sending the request to the last byte of the body. */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** The most opening a connection may take (never more than {@link #timeout}). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** The largest body accepted, in bytes; a larger one fails the fetch (at most 2 GiB − 16). */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 16) + ": "
                        + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /** The least time between the end of one request to a host and the start of the next (zero allowed). */
        public Builder minDelayPerHost(Duration delay) {
            Objects.requireNonNull(delay, "minDelayPerHost");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("minDelayPerHost must not be negative: " + delay);
            }
            this.minDelayPerHost = delay;
            return this;
        }

        /**
         * The longest {@code Crawl-delay} honoured; a robots.txt asking for more gets this much, with a warning
         * on the result (so that one host cannot stall a run for hours).
         */
        public Builder maxCrawlDelay(Duration max) {
            Objects.requireNonNull(max, "maxCrawlDelay");
            if (max.isNegative()) {
                throw new IllegalArgumentException("maxCrawlDelay must not be negative: " + max);
            }
            this.maxCrawlDelay = max;
            return this;
        }

        /** Keeps validators for conditional GETs as files in this directory; see {@link DirectoryConditionalCache}. */
        public Builder cache(Path directory) {
            this.cache = ConditionalCache.inDirectory(directory);
            return this;
        }

        /** Keeps validators for conditional GETs here ({@link ConditionalCache#none()} to make none). */
        public Builder cache(ConditionalCache cache) {
            this.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        public Fetcher build() {
            return new Fetcher(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
