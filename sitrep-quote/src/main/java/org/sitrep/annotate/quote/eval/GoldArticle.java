package org.sitrep.annotate.quote.eval;

import java.util.List;

/**
 * One PolNeAR article with the attributions of its first annotation file.
 *
 * @param name file name of the text, without {@code .txt}
 * @param text the article text every offset refers to
 * @param published the publication date from {@code metadata.tsv}, or null
 * @param attributions gold attributions, in file order
 */
public record GoldArticle(String name, String text, String published, List<GoldAttribution> attributions) {
    public GoldArticle {
        attributions = List.copyOf(attributions);
    }
}
