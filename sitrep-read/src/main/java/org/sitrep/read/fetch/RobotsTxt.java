package org.sitrep.read.fetch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one host's {@code robots.txt}, read as RFC 9309 (the Robots Exclusion Protocol, as Google reads it)
 * says, plus the {@code Crawl-delay} extension.
 *
 * <ul>
 *   <li>Groups: one or more {@code User-agent} lines followed by rules. A crawler obeys every group naming its
 *       product token (compared without regard to case, on the leading run of letters, {@code _} and {@code -}),
 *       merged; else the {@code *} groups, merged; else nothing restricts it.</li>
 *   <li>{@code Allow}/{@code Disallow}: the rule with the longest matching pattern wins; on a tie {@code Allow}
 *       wins. In patterns {@code *} matches any run of characters and a final {@code $} anchors the end. An empty
 *       pattern is no rule. Non-ASCII characters are compared percent-encoded as UTF-8, and percent escapes without
 *       regard to the case of their hex digits.</li>
 *   <li>{@code /robots.txt} itself is always allowed.</li>
 *   <li>{@code Crawl-delay: seconds} (decimals allowed) in the obeyed groups; the largest if several.</li>
 *   <li>Only the first {@link #MAX_BYTES} bytes are read; unknown lines and lines before the first group are
 *       ignored.</li>
 * </ul>
 *
 * <p>Thread safety: immutable. Failure: parsing never fails; a file that is not a robots.txt at all simply has no
 * rules, so everything is allowed.
 */
public final class RobotsTxt {
    /** The most bytes of a robots.txt that are read (500 KiB, as RFC 9309 allows and Google does). */
    public static final int MAX_BYTES = 500 * 1024;

    private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), false);
    private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(), true);

    private record Rule(boolean allow, String pattern) {
    }

    private record Group(List<String> agents, List<Rule> rules, Optional<Double> crawlDelaySeconds) {
    }

    private final List<Group> groups;
    private final boolean disallowAll;

    private RobotsTxt(List<Group> groups, boolean disallowAll) {
        this.groups = groups;
        this.disallowAll = disallowAll;
    }

    /** No rules: everything is allowed (a missing robots.txt, or one that answered 4xx). */
    public static RobotsTxt allowingAll() {
        return ALLOW_ALL;
    }

    /** Nothing is allowed (a robots.txt that answered 5xx or could not be reached). */
    public static RobotsTxt disallowingAll() {
        return DISALLOW_ALL;
    }

    /** Reads the bytes of a robots.txt as UTF-8 (a leading byte-order mark is skipped); see {@link #parse(String)}. */
    public static RobotsTxt parse(byte[] bytes) {
        int n = Math.min(bytes.length, MAX_BYTES);
        return parse(new String(bytes, 0, n, StandardCharsets.UTF_8));
    }

    /** Reads the text of a robots.txt. Never fails. */
    public static RobotsTxt parse(String text) {
        if (text.length() > MAX_BYTES) {
            text = text.substring(0, MAX_BYTES);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Group> groups = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        Double delay = null;
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] kv = splitKeyValue(line);
            if (kv == null) {
                continue;
            }
            String key = kv[0];
            String value = kv[1];
            switch (key) {
                case "user-agent" -> {
                    if (inRules) {
                        groups.add(new Group(List.copyOf(agents), List.copyOf(rules), Optional.ofNullable(delay)));
                        agents.clear();
                        rules.clear();
                        delay = null;
                        inRules = false;
                    }
                    agents.add(agentOf(value));
                }
                case "allow", "disallow" -> {
                    if (agents.isEmpty()) {
                        continue; // a rule outside any group
                    }
                    inRules = true;
                    if (!value.isEmpty()) {
                        rules.add(new Rule(key.equals("allow"), normalize(value)));
                    }
                }
                case "crawl-delay" -> {
                    if (agents.isEmpty()) {
                        continue;
                    }
                    inRules = true;
                    try {
                        double seconds = Double.parseDouble(value);
                        if (seconds >= 0 && Double.isFinite(seconds)) {
                            delay = delay == null ? seconds : Math.max(delay, seconds);
                        }
                    } catch (NumberFormatException e) {
                        // not a number: no delay asked
                    }
                }
                default -> {
                    // sitemap and unknown lines belong to no group and do not end one
                }
            }
        }
        if (!agents.isEmpty()) {
            groups.add(new Group(List.copyOf(agents), List.copyOf(rules), Optional.ofNullable(delay)));
        }
        return new RobotsTxt(List.copyOf(groups), false);
    }

    /**
     * Whether a crawler may fetch a path.
     *
     * @param productToken the crawler's product token, such as {@code Sitrep} (the part of its user agent before
     *     {@code /}); see {@link #productTokenOf(String)}
     * @param pathAndQuery the raw (percent-encoded) path of the URL, with {@code ?query} if it has one; empty means
     *     {@code /}
     */
    public boolean isAllowed(String productToken, String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : normalize(pathAndQuery);
        if (path.equals("/robots.txt")) {
            return true;
        }
        if (disallowAll) {
            return false;
        }
        int bestLength = -1;
        boolean bestAllow = true;
        for (Group g : groupsFor(productToken)) {
            for (Rule r : g.rules()) {
                int length = r.pattern().length();
                if (length < bestLength || (length == bestLength && bestAllow)) {
                    continue;
                }
                if (matches(path, r.pattern())) {
                    bestAllow = length == bestLength ? (bestAllow || r.allow()) : r.allow();
                    bestLength = length;
                }
            }
        }
        return bestAllow;
    }

    /** The {@code Crawl-delay} the groups obeyed by this crawler ask for, if any. */
    public Optional<Duration> findCrawlDelay(String productToken) {
        return groupsFor(productToken).stream()
                .flatMap(g -> g.crawlDelaySeconds().stream())
                .max(Double::compare)
                .map(s -> Duration.ofNanos((long) Math.min(s * 1e9, (double) Long.MAX_VALUE)));
    }

    /**
     * The product token of a user agent: its leading run of letters, {@code _} and {@code -}
     * ({@code Sitrep/0.1 (+https://…)} gives {@code Sitrep}).
     */
    public static String productTokenOf(String userAgent) {
        String ua = userAgent.strip();
        int end = 0;
        while (end < ua.length() && isTokenChar(ua.charAt(end))) {
            end++;
        }
        return ua.substring(0, end);
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
    }

    private List<Group> groupsFor(String productToken) {
        String token = productTokenOf(productToken).toLowerCase(Locale.ROOT);
        List<Group> named = groups.stream().filter(g -> !token.isEmpty() && g.agents().contains(token)).toList();
        return named.isEmpty() ? groups.stream().filter(g -> g.agents().contains("*")).toList() : named;
    }

    private static String[] splitKeyValue(String line) {
        int colon = line.indexOf(':');
        String key;
        String value;
        if (colon >= 0) {
            key = line.substring(0, colon).strip();
            value = line.substring(colon + 1).strip();
        } else {
            // Google also reads "Disallow /path": a known key, white space, then the value
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2) {
                return null;
            }
            key = parts[0];
            value = parts[1].strip();
        }
        key = key.toLowerCase(Locale.ROOT);
        if (key.equals("useragent") || key.equals("user agent")) {
            key = "user-agent";
        }
        if (colon < 0 && !(key.equals("user-agent") || key.equals("allow") || key.equals("disallow"))) {
            return null;
        }
        return new String[] {key, value};
    }

    /** {@code *} for the wild card, else the leading run of [A-Za-z_-], lower-cased. */
    private static String agentOf(String value) {
        if (value.startsWith("*") && (value.length() == 1 || Character.isWhitespace(value.charAt(1)))) {
            return "*";
        }
        return productTokenOf(value).toLowerCase(Locale.ROOT);
    }

    /** Percent-encodes non-ASCII characters as UTF-8 and upper-cases the hex digits of existing escapes. */
    static String normalize(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                String escape = "%" + Character.toUpperCase(s.charAt(i + 1)) + Character.toUpperCase(s.charAt(i + 2));
                if (out == null && !escape.equals(s.substring(i, i + 3))) {
                    out = new StringBuilder(s.substring(0, i));
                }
                if (out != null) {
                    out.append(escape);
                }
                i += 2;
            } else if (c >= 0x80 || c <= 0x20) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                int cp = s.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Whether a pattern matches the start of a path ({@code *} any run, final {@code $} the end); linear in the
     * product of their lengths at worst, never backtracking exponentially.
     */
    static boolean matches(String path, String pattern) {
        int[] positions = new int[path.length() + 1];
        int count = 1;
        positions[0] = 0;
        for (int j = 0; j < pattern.length(); j++) {
            char c = pattern.charAt(j);
            if (c == '$' && j + 1 == pattern.length()) {
                return positions[count - 1] == path.length();
            }
            if (c == '*') {
                count = path.length() - positions[0] + 1;
                for (int i = 1; i < count; i++) {
                    positions[i] = positions[i - 1] + 1;
                }
            } else {
                int next = 0;
                for (int i = 0; i < count; i++) {
                    if (positions[i] < path.length() && path.charAt(positions[i]) == c) {
                        positions[next++] = positions[i] + 1;
                    }
                }
                if (next == 0) {
                    return false;
                }
                count = next;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return disallowAll ? "RobotsTxt[disallow all]" : "RobotsTxt[" + groups.size() + " groups]";
    }
}
