package org.sitrep.read;

import java.util.List;

/**
 * Class and id words that mark page furniture even inside compounds that pages glue together without a break
 * ({@code jp-relatedposts}, {@code sharedaddy}, {@code commentlist}, {@code newsletterSignup}), as Mozilla's
 * Readability matches its "unlikely candidate" words as substrings.
 *
 * <p>Thread safety: stateless; may be used from any thread.
 *
 * <p>Failure: never throws.
 */
final class ExtractionWords {
    /** Stems long and specific enough to mean furniture wherever they occur in a lower-case class or id word. */
    private static final List<String> UNLIKELY_STEMS = List.of("related", "comment", "sidebar", "sharing",
            "sharedaddy", "social", "newsletter", "sponsor", "breadcrumb", "pagination", "disqus", "outbrain",
            "taboola", "recommend", "subscri", "cookie", "advert", "shoutbox", "skyscraper");

    private ExtractionWords() {
    }

    /** Whether the lower-case word {@code w} holds one of the stems of page furniture. */
    static boolean hasUnlikelyStem(String w) {
        if (w.length() < 6) {
            return false;
        }
        for (String stem : UNLIKELY_STEMS) {
            if (w.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
