package org.sitrep.read.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The peer run beside Sitrep: Readability4J (a Java port of Mozilla's Readability.js, from Maven Central), in its
 * extended form. The page is parsed by jsoup, which finds the encoding itself (byte-order mark, then the declared
 * charset, else UTF-8), so the peer gets no help from our reader; the text is the article's
 * {@code textContent}.
 *
 * <p>Thread safety: stateless; each call builds its own parser.
 *
 * <p>Failure: throws when the peer throws on a page (the evaluation counts the page as a failure of the peer).
 */
public final class Readability4JArticleExtractor implements ArticleTextExtractor {
    /** The version in {@code sitrep-read/pom.xml}. */
    static final String VERSION = "1.0.8";

    @Override
    public String name() {
        return "Readability4J " + VERSION;
    }

    @Override
    public Extraction extract(String url, byte[] html) {
        String base = url == null ? "" : url;
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Article article = new Readability4JExtended(base, page).parse();
        String text = article.getTextContent();
        return new Extraction(text == null ? "" : text, null);
    }
}
