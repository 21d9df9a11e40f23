package org.sitrep.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} headers the server answers: the address it is bound to, the names configured beside it, and
 * {@code localhost} when it is bound to loopback. Bound to every address ({@code 0.0.0.0}, {@code ::}), it also
 * answers any address literal, since only a host name can be rebound by DNS. A request with another name (a page
 * elsewhere that had its own name resolve to this server: DNS rebinding) is refused.
 *
 * <p>Thread safety: immutable.
 *
 * <p>Failure: never throws; a missing header (HTTP/1.0) is allowed, a malformed one is refused.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "localhost");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "");

    private final Set<String> allowed = new HashSet<>();
    private final boolean anyAddress;

    HostCheck(String bound, List<String> configured) {
        String b = normalize(bound);
        allowed.add(b);
        if (LOOPBACK.contains(b) || b.startsWith("127.")) {
            allowed.addAll(LOOPBACK);
        }
        for (String c : configured) {
            allowed.add(normalize(c));
        }
        anyAddress = WILDCARD.contains(b);
    }

    /** Whether a request whose {@code Host} header is {@code header} (null when absent) is answered. */
    boolean allows(String header) {
        if (header == null) {
            return true;
        }
        String name = hostOf(header.strip());
        if (name == null) {
            return false;
        }
        return allowed.contains(name) || anyAddress && isAddressLiteral(name);
    }

    /** The host part of a {@code Host} header, less its port and brackets, in lower case; null if malformed. */
    static String hostOf(String header) {
        String h = header;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return null;
            }
            String rest = h.substring(close + 1);
            if (!rest.isEmpty() && !rest.matches(":\\d{1,5}")) {
                return null;
            }
            return normalize(h.substring(1, close));
        }
        int colon = h.indexOf(':');
        if (colon >= 0) {
            if (!h.substring(colon + 1).matches("\\d{1,5}")) {
                return null;
            }
            h = h.substring(0, colon);
        }
        return h.isEmpty() ? null : normalize(h);
    }

    private static String normalize(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean isAddressLiteral(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.indexOf(':') >= 0 && name.matches("[0-9a-f:.]+");
    }
}
