package org.sitrep.read.eval;

import org.sitrep.clean.BoilerplateAnnotator;
import org.sitrep.doc.Document;
import org.sitrep.read.DocumentReader;
import org.sitrep.read.ReadResult;

/**
 * Sitrep's own extraction as the pipeline runs it: {@link DocumentReader} takes the article out of the page, then
 * {@link BoilerplateAnnotator} marks what is left of navigation, link lists and share lines; the text is
 * {@link Document#body()} (the body segments, without the title line).
 *
 * <p>Thread safety: immutable; the reader and the annotator are thread-safe.
 *
 * <p>Failure: a page the reader cannot read gives an empty extraction (the reader never throws for bad input).
 */
public final class SitrepArticleExtractor implements ArticleTextExtractor {
    private final DocumentReader reader;
    private final BoilerplateAnnotator cleaner = new BoilerplateAnnotator();

    /** With the default reader. */
    public SitrepArticleExtractor() {
        this(DocumentReader.builder().build());
    }

    /** With a reader configured by the caller. */
    public SitrepArticleExtractor(DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "sitrep";
    }

    @Override
    public Extraction extract(String url, byte[] html) {
        ReadResult r = reader.read(nameFor(url), html);
        if (r.documents().isEmpty()) {
            return Extraction.empty();
        }
        Document doc = cleaner.annotate(r.documents().get(0));
        String published = doc.published() == null ? null : doc.published().value();
        return new Extraction(doc.body(), published);
    }

    /** A name the reader takes for HTML, whatever the address looks like. */
    private static String nameFor(String url) {
        String base = url == null || url.isBlank() ? "page" : url.strip();
        return base + (base.endsWith(".html") ? "" : ".html");
    }
}
