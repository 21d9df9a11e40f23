package org.sitrep.store.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a PostgreSQL store lives: {@code postgresql://user@host:5432/name}, as libpq writes it, without a password.
 *
 * <p>The user defaults to {@code $PGUSER}, else the name of the account running Sitrep; the host to
 * {@code localhost}; the port to 5432. Query parameters ({@code ?sslmode=require}) are handed to the JDBC driver.
 * A password, in the user part or as a parameter, is refused: on a command line it would show in the process list
 * and the shell's history; it comes from {@code PGPASSWORD} or the password file instead.
 *
 * <p>Thread safety: immutable. Failure: {@link #parse} throws {@link IllegalArgumentException} with one line naming
 * the URL (without its password) and what is wrong.
 *
 * @param user the role to log in as
 * @param host server host name or address
 * @param port server port
 * @param database database name
 * @param parameters driver parameters, in the order given
 */
public record PostgresUrl(String user, String host, int port, String database, Map<String, String> parameters) {
    private static final int DEFAULT_PORT = 5432;

    public PostgresUrl {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether {@code location} is a PostgreSQL URL ({@code postgresql://} or {@code postgres://}) rather than a path. */
    public static boolean isPostgresUrl(String location) {
        String lower = location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads {@code postgresql://[user@][host][:port]/database[?param=value&...]}.
     *
     * @throws IllegalArgumentException if it is not such a URL, names no database, or holds a password
     */
    public static PostgresUrl parse(String url) {
        if (!isPostgresUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user@host:5432/name): " + url);
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + withoutPassword(url) + ": " + e.getReason());
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new IllegalArgumentException(withoutPassword(url) + ": a password never goes in the URL;"
                    + " set PGPASSWORD or put it in ~/.pgpass");
        }
        String user = userInfo == null || userInfo.isEmpty() ? defaultUser() : decode(userInfo);
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (uri.getAuthority() == null || database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException(withoutPassword(url) + ": names no database (postgresql://user@host:5432/name)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                if (key.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException(withoutPassword(url) + ": a password never goes in the URL;"
                            + " set PGPASSWORD or put it in ~/.pgpass");
                }
                if (!key.isEmpty()) {
                    parameters.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        return new PostgresUrl(user, host, port, database, parameters);
    }

    /** The JDBC URL the driver is given: host, port, database and the parameters, never user or password. */
    public String jdbcUrl() {
        StringBuilder out = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(encode(database));
        char sep = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            out.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            sep = '&';
        }
        return out.toString();
    }

    /** {@code postgresql://user@host:port/name}: what messages name the store by. */
    @Override
    public String toString() {
        return "postgresql://" + encode(user) + "@" + hostForUrl() + ":" + port + "/" + encode(database);
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String defaultUser() {
        String env = System.getenv("PGUSER");
        return env != null && !env.isBlank() ? env : System.getProperty("user.name");
    }

    /** The URL with anything after a colon in its user part cut, for messages. */
    private static String withoutPassword(String url) {
        return url.replaceAll("(://[^/@:]*):[^/@]*@", "$1:***@").replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
