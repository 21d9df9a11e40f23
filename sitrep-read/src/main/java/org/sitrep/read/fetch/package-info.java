/**
 * Fetching pages and feeds over HTTP(S), politely: {@link org.sitrep.read.fetch.Fetcher} (user agent, robots.txt,
 * per-host pacing, redirects, timeouts, size limit, conditional GET), {@link org.sitrep.read.fetch.RobotsTxt}
 * (RFC 9309 rules) and {@link org.sitrep.read.fetch.ConditionalCache} (validators kept between runs).
 */
package org.sitrep.read.fetch;
