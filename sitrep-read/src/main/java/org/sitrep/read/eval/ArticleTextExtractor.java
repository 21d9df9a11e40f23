package org.sitrep.read.eval;

/**
 * One system under evaluation: takes the raw bytes of an HTML page and gives the main article text it finds.
 *
 * <p>Thread safety: implementations in this package are immutable and may serve several threads.
 *
 * <p>Failure: an implementation may throw on a page it cannot read; {@link ExtractionEvaluation} then counts the page
 * as a failure (as if nothing had been extracted) and names it in the result's problems.
 */
public interface ArticleTextExtractor {

    /** A short name for reports, with a version where there is one, e.g. {@code Readability4J 1.0.8}. */
    String name();

    /**
     * The article text of one page.
     *
     * @param url the page's address (the base for relative links; never fetched)
     * @param html the page's bytes as served, in whatever encoding it declares (not gzipped)
     * @return what was extracted: its text (empty when nothing was found) and, where the system finds one, the
     *     publication date
     */
    Extraction extract(String url, byte[] html);

    /**
     * What an extractor gave for one page.
     *
     * @param text the main text, paragraphs separated by line breaks; empty when nothing was found
     * @param published the publication date found ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), or
     *     {@code null} when none was found or the system does not look for one
     */
    record Extraction(String text, String published) {
        public Extraction {
            text = text == null ? "" : text;
        }

        /** Nothing extracted. */
        public static Extraction empty() {
            return new Extraction("", null);
        }
    }
}
