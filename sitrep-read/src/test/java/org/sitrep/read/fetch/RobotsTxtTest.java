package org.sitrep.read.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void disallowedPrefixBlocksEverythingBelowIt() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /private\n");
        assertThat(r.isAllowed("Sitrep", "/private")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/private/a.html")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/privateer")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/public")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/")).isTrue();
    }

    @Test
    void longestMatchingRuleWinsWhicheverComesFirst() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nAllow: /news/public\nDisallow: /news\n");
        assertThat(r.isAllowed("Sitrep", "/news/public/1")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/news/other")).isFalse();
        RobotsTxt reversed = RobotsTxt.parse("User-agent: *\nDisallow: /news/private\nAllow: /news\n");
        assertThat(reversed.isAllowed("Sitrep", "/news/private/1")).isFalse();
        assertThat(reversed.isAllowed("Sitrep", "/news/x")).isTrue();
    }

    @Test
    void allowWinsATieOfEqualLength() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /page\nAllow: /page\n");
        assertThat(r.isAllowed("Sitrep", "/page")).isTrue();
    }

    @Test
    void starMatchesAnyRunAndDollarAnchorsTheEnd() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nAllow: /$\n"
                + "Disallow: /\n");
        assertThat(r.isAllowed("Sitrep", "/files/report.pdf")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/search?lang=en&q=haiti")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/anything")).isFalse();
        RobotsTxt pdf = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\n");
        assertThat(pdf.isAllowed("Sitrep", "/files/report.pdf?download=1")).isTrue();
        assertThat(pdf.isAllowed("Sitrep", "/files/report.pdf.html")).isTrue();
    }

    @Test
    void aGroupNamingOurTokenReplacesTheStarGroup() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: sitrep\nDisallow: /drafts\n");
        assertThat(r.isAllowed("Sitrep", "/news")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/drafts/1")).isFalse();
        assertThat(r.isAllowed("OtherBot", "/news")).isFalse();
    }

    @Test
    void userAgentIsMatchedOnItsProductTokenWithoutRegardToCase() {
        RobotsTxt r = RobotsTxt.parse("User-agent: SITREP/2.0\nDisallow: /x\n");
        assertThat(r.isAllowed(RobotsTxt.productTokenOf("Sitrep/0.1 (+https://example.org/bot)"), "/x")).isFalse();
        assertThat(r.isAllowed("SitrepBeta", "/x")).isTrue();
    }

    @Test
    void consecutiveUserAgentLinesShareOneGroupAndRepeatedGroupsMerge() {
        RobotsTxt r = RobotsTxt.parse("User-agent: a-bot\nUser-agent: Sitrep\nDisallow: /one\n\n"
                + "User-agent: other\nDisallow: /\n\nUser-agent: sitrep\nDisallow: /two\n");
        assertThat(r.isAllowed("Sitrep", "/one")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/two")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/three")).isTrue();
        assertThat(r.isAllowed("a-bot", "/one")).isFalse();
        assertThat(r.isAllowed("a-bot", "/two")).isTrue();
    }

    @Test
    void withoutAMatchingOrStarGroupEverythingIsAllowed() {
        RobotsTxt r = RobotsTxt.parse("User-agent: OtherBot\nDisallow: /\n");
        assertThat(r.isAllowed("Sitrep", "/anything")).isTrue();
    }

    @Test
    void emptyDisallowAndRulesOutsideAGroupAndCommentsAreNoRules() {
        RobotsTxt r = RobotsTxt.parse("Disallow: /before-any-group\n# Disallow: /commented\n"
                + "User-agent: * # everyone\nDisallow:\nDisallow: /tmp # temporary files\n");
        assertThat(r.isAllowed("Sitrep", "/before-any-group")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/commented")).isTrue();
        assertThat(r.isAllowed("Sitrep", "/tmp/a")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/index.html")).isTrue();
    }

    @Test
    void sitemapLinesDoNotEndAGroup() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nSitemap: https://example.org/sitemap.xml\nDisallow: /x\n");
        assertThat(r.isAllowed("Sitrep", "/x")).isFalse();
    }

    @Test
    void keysAreCaseInsensitiveAndCarriageReturnsAndByteOrderMarkAreTolerated() {
        byte[] bytes = "\uFEFFUSER-AGENT: *\r\nDISALLOW: /Secret\r\n".getBytes(StandardCharsets.UTF_8);
        RobotsTxt r = RobotsTxt.parse(bytes);
        assertThat(r.isAllowed("Sitrep", "/Secret")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/secret")).isTrue(); // paths are case-sensitive
    }

    @Test
    void nonAsciiAndPercentEscapesCompareAlike() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /café\nDisallow: /a%2fb\n");
        assertThat(r.isAllowed("Sitrep", "/caf%C3%A9/menu")).isFalse();
        assertThat(r.isAllowed("Sitrep", "/a%2Fb")).isFalse();
    }

    @Test
    void robotsTxtItselfIsAlwaysAllowed() {
        assertThat(RobotsTxt.disallowingAll().isAllowed("Sitrep", "/robots.txt")).isTrue();
        assertThat(RobotsTxt.disallowingAll().isAllowed("Sitrep", "/")).isFalse();
        assertThat(RobotsTxt.allowingAll().isAllowed("Sitrep", "/anything")).isTrue();
    }

    @Test
    void crawlDelayOfTheObeyedGroupIsFound() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nCrawl-delay: 10\n\nUser-agent: Sitrep\nCrawl-delay: 2.5\n"
                + "Disallow: /x\n");
        assertThat(r.findCrawlDelay("Sitrep")).contains(Duration.ofMillis(2500));
        assertThat(r.findCrawlDelay("Other")).contains(Duration.ofSeconds(10));
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: soon\n").findCrawlDelay("Sitrep")).isEmpty();
        assertThat(RobotsTxt.parse("User-agent: *\nCrawl-delay: -3\n").findCrawlDelay("Sitrep")).isEmpty();
    }

    @Test
    void garbageAndEmptyFilesAllowEverything() {
        assertThat(RobotsTxt.parse("").isAllowed("Sitrep", "/")).isTrue();
        assertThat(RobotsTxt.parse("<html><body>Not found</body></html>").isAllowed("Sitrep", "/x")).isTrue();
        assertThat(RobotsTxt.parse("\u0000\uFFFD::::\n:\n").isAllowed("Sitrep", "/x")).isTrue();
    }

    @Test
    void manyWildcardsOnALongPathStayCheap() {
        String pattern = "/" + "*a".repeat(200) + "$";
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: " + pattern + "\n");
        String path = "/" + "a".repeat(5000) + "b";
        assertThat(r.isAllowed("Sitrep", path)).isTrue();
    }

    @Test
    void productTokenIsTheLeadingWordOfTheUserAgent() {
        assertThat(RobotsTxt.productTokenOf("Sitrep/0.1 (+https://example.org)")).isEqualTo("Sitrep");
        assertThat(RobotsTxt.productTokenOf("my_bot-2")).isEqualTo("my_bot-");
    }
}
