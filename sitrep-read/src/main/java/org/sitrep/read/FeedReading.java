package org.sitrep.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome: each item becomes a {@link Document}.
 *
 * <ul>
 *   <li>Source: the item's link (resolved against the feed's link when relative), else its id when that is a web
 *       address, else {@code name#n} (the item's place in the feed, from 1).</li>
 *   <li>Text: the item's title, a blank line, and its body. The body is its full content ({@code content:encoded},
 *       Atom {@code content}) or else its description or summary; HTML goes through {@link HtmlArticleExtractor}
 *       (falling back to the fragment's plain text when the extractor keeps nothing of a short summary), plain text
 *       is kept as it is.</li>
 *   <li>Published: the item's publication date ({@code pubDate}, {@code dc:date}, Atom {@code published}), else
 *       its update date with less confidence, basis {@link Published.Basis#METADATA}. The day is the one written
 *       in the feed (the publisher's own calendar day, not shifted to UTC); only when the written form is unusual is
 *       Rome's parsed instant taken, as a UTC day, with less confidence. Without a feed date, the date the HTML
 *       extractor finds (say, in the link's path) is kept. A date given to the reader overrides all of these.</li>
 * </ul>
 *
 * <p>Thread safety: immutable; one instance may serve several threads (every call builds its own parser).
 *
 * <p>XML: parsed by the JDK's own parser (whatever other parser is on the class path), with document types allowed
 * (old RSS 0.91 feeds carry one) but nothing external fetched, and entity expansion held to
 * {@value #MAX_ENTITY_EXPANSIONS} references and {@value #MAX_ENTITY_CHARACTERS} characters in all, so a "billion
 * laughs" feed fails in milliseconds.
 *
 * <p>Failure: never throws for bad input. Text that is not well-formed XML, XML that is no feed, a feed with no
 * items, a feed whose entities expand past the limits: one error naming the input. An item with neither title nor text: one warning naming {@code name#n}, and
 * the other items are still read; when no item has either, one error more names the feed.
 */
final class FeedReading {
    static final double PUBLISHED_CONFIDENCE = 0.9;
    static final double UPDATED_CONFIDENCE = 0.6;
    static final double INSTANT_CONFIDENCE = 0.5;

    /** The most entity references a feed may expand (the JDK's {@code jdk.xml.entityExpansionLimit}). */
    static final int MAX_ENTITY_EXPANSIONS = 1_000;
    /** The most characters all of a feed's entities may expand to (the JDK's {@code jdk.xml.totalEntitySizeLimit}). */
    static final int MAX_ENTITY_CHARACTERS = 1_000_000;
    private static final String JDK_PROPERTIES = "http://www.oracle.com/xml/jaxp/properties/";

    private static final Set<String> ITEM_NAMES = Set.of("item", "entry");
    private static final List<String> PUBLISHED_NAMES = List.of("pubDate", "date", "published", "issued", "created");
    private static final List<String> UPDATED_NAMES = List.of("updated", "modified");

    private final HtmlArticleExtractor html;
    private final Optional<Published> given;

    FeedReading(HtmlArticleExtractor html, Optional<Published> given) {
        this.html = Objects.requireNonNull(html, "html");
        this.given = Objects.requireNonNull(given, "given");
    }

    /** Whether a document whose root element is named {@code root} is a feed (RSS, RDF site summary, Atom). */
    static boolean isFeedRoot(String root) {
        String r = root.toLowerCase(Locale.ROOT);
        return r.equals("rss") || r.equals("feed") || r.equals("rdf:rdf") || r.endsWith(":feed");
    }

    /** Reads the feed held in {@code xml}; {@code name} names the input in documents and diagnostics. */
    ReadResult read(String name, String xml) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        org.jdom2.Document tree;
        SyndFeed feed;
        if (XmlProlog.of(xml).endsInsideDoctype()) {
            diagnostics.add(Diagnostic.error(name, "not a readable feed: not well-formed XML (it ends inside its "
                    + "DOCTYPE)"));
            return new ReadResult(documents, diagnostics);
        }
        try {
            tree = saxBuilder().build(new XmlFixerReader(new StringReader(xml)));
        } catch (JDOMParseException e) {
            String cause = firstLine(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (cause.startsWith("JAXP0001")) {
                diagnostics.add(Diagnostic.error(name, "not a readable feed: its entities expand past the limit of "
                        + MAX_ENTITY_EXPANSIONS + " references or " + MAX_ENTITY_CHARACTERS
                        + " characters (line " + e.getLineNumber() + "); refused"));
                return new ReadResult(documents, diagnostics);
            }
            diagnostics.add(Diagnostic.error(name, "not a readable feed: not well-formed XML (line "
                    + e.getLineNumber() + ": " + firstLine(e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage()) + ")"));
            return new ReadResult(documents, diagnostics);
        } catch (JDOMException | IOException e) {
            diagnostics.add(Diagnostic.error(name, "not a readable feed: " + firstLine(e.getMessage())));
            return new ReadResult(documents, diagnostics);
        } catch (IllegalArgumentException e) {
            // JDOM refuses, while building, names and text the XML parser let through (an attribute ":about"):
            // IllegalNameException, IllegalDataException and IllegalAddException are IllegalArgumentExceptions
            diagnostics.add(Diagnostic.error(name, "not a readable feed: not well-formed XML ("
                    + firstLine(e.getMessage()) + ")"));
            return new ReadResult(documents, diagnostics);
        }
        try {
            feed = new SyndFeedInput().build(tree);
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(name, "XML, but not an RSS or Atom feed (its root element is <"
                    + tree.getRootElement().getQualifiedName() + ">)"));
            return new ReadResult(documents, diagnostics);
        } catch (FeedException | RuntimeException e) {
            diagnostics.add(Diagnostic.error(name, "not a readable feed: " + firstLine(e.getMessage())));
            return new ReadResult(documents, diagnostics);
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            diagnostics.add(Diagnostic.error(name, "the feed has no items"));
            return new ReadResult(documents, diagnostics);
        }
        List<Element> items = itemElements(tree.getRootElement());
        boolean sameItems = items.size() == entries.size();
        for (int i = 0; i < entries.size(); i++) {
            String where = name + "#" + (i + 1);
            Optional<Element> item = sameItems ? Optional.of(items.get(i)) : Optional.empty();
            item(where, feed, entries.get(i), item).ifPresentOrElse(documents::add,
                    () -> diagnostics.add(Diagnostic.warning(where, "the item has neither title nor text; skipped")));
        }
        if (documents.isEmpty()) {
            // warnings alone would let the feed pass unread and uncounted as a failure
            diagnostics.add(Diagnostic.error(name, "no item of the " + entries.size() + " has a title or text"));
        }
        return new ReadResult(documents, diagnostics);
    }

    private Optional<Document> item(String where, SyndFeed feed, SyndEntry entry, Optional<Element> element) {
        String source = findLink(feed, entry).orElse(where);
        Optional<String> title = Optional.ofNullable(entry.getTitle()).map(FeedReading::plainTitle)
                .filter(t -> !t.isEmpty());
        Optional<SyndContent> body = bodyOf(entry);
        Published found = Published.UNKNOWN;
        StringBuilder text = new StringBuilder();
        title.ifPresent(text::append);
        if (body.isPresent()) {
            String value = body.get().getValue();
            String bodyText;
            if (isHtml(body.get())) {
                HtmlArticleExtractor.Article article;
                try {
                    article = html.extract(page(title, value), source);
                } catch (RuntimeException e) {
                    // one odd item must not end the reading of the feed: keep the fragment's plain text
                    article = new HtmlArticleExtractor.Article(title, "", Published.UNKNOWN, HtmlPageText.EMPTY);
                }
                String extracted = article.text();
                if (title.isPresent() && extracted.startsWith(title.get())) {
                    extracted = extracted.substring(title.get().length());
                }
                bodyText = extracted.isBlank() ? plainTextOf(value) : extracted.strip();
                found = article.published();
            } else {
                bodyText = value.strip();
            }
            if (!bodyText.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(bodyText);
            }
        }
        if (text.length() == 0) {
            return Optional.empty();
        }
        Published published = given.or(() -> itemDate(entry, element)).orElse(found);
        return Optional.of(Document.builder(text.toString())
                .source(source)
                .title(title.orElse(null))
                .published(published)
                .build());
    }

    // ---- links, titles, bodies -----------------------------------------------------------------------------------

    private static Optional<String> findLink(SyndFeed feed, SyndEntry entry) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                candidates.add(l.getHref());
            }
        }
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return Optional.of(resolve(feed.getLink(), c.strip()));
            }
        }
        String uri = entry.getUri();
        if (uri != null && uri.strip().matches("(?i)https?://\\S+")) {
            return Optional.of(uri.strip());
        }
        return Optional.empty();
    }

    private static String resolve(String base, String link) {
        if (base == null || base.isBlank() || link.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            return link;
        }
        try {
            return URI.create(base.strip()).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static String plainTitle(String raw) {
        String t = raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0 ? Jsoup.parse(raw).text() : raw;
        return t.replaceAll("\\s+", " ").strip();
    }

    /** The full content if it has any text, else the description (RSS) or summary (Atom). */
    private static Optional<SyndContent> bodyOf(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                return Optional.of(c);
            }
        }
        SyndContent d = entry.getDescription();
        return d != null && d.getValue() != null && !d.getValue().isBlank() ? Optional.of(d) : Optional.empty();
    }

    /** HTML unless the feed says plain text; RSS says nothing, and its descriptions are HTML by custom. */
    private static boolean isHtml(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return false;
        }
        return type.contains("html") || c.getValue().indexOf('<') >= 0 || c.getValue().indexOf('&') >= 0;
    }

    /** A page around an item's HTML, so that the extractor sees the item's title and its body as an article. */
    private static String page(Optional<String> title, String fragment) {
        String head = title.map(t -> "<title>" + Entities.escape(t) + "</title>").orElse("");
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body><article>" + fragment
                + "</article></body></html>";
    }

    /** The fragment's text, block by block, for a summary too short or too linked for the article extractor. */
    private static String plainTextOf(String fragment) {
        org.jsoup.nodes.Document d = Jsoup.parse(fragment);
        d.select("script, style, template").remove();
        d.select("br").after("\n");
        d.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr").after("\n\n");
        StringBuilder out = new StringBuilder();
        for (String block : d.body().wholeText().split("\\n\\s*\\n")) {
            String b = block.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n").strip();
            if (!b.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(b);
            }
        }
        return out.toString();
    }

    // ---- dates ---------------------------------------------------------------------------------------------------

    private static Optional<Published> itemDate(SyndEntry entry, Optional<Element> item) {
        return dateOf(item, PUBLISHED_NAMES, entry.getPublishedDate(), PUBLISHED_CONFIDENCE)
                .or(() -> dateOf(item, UPDATED_NAMES, entry.getUpdatedDate(), UPDATED_CONFIDENCE));
    }

    /**
     * The day written in the item's first date element among {@code names}; else the UTC day of Rome's instant,
     * which may be a day off the publisher's own, so with less confidence.
     */
    private static Optional<Published> dateOf(Optional<Element> item, List<String> names, Date instant,
            double confidence) {
        Optional<String> raw = item.flatMap(e -> firstChildText(e, names));
        if (raw.isPresent()) {
            Optional<String> day = PublicationDates.findIsoDate(raw.get())
                    .or(() -> PublicationDates.findFirstDay(raw.get(), false));
            if (day.isPresent()) {
                return Optional.of(new Published(day.get(), Published.Basis.METADATA, confidence));
            }
        }
        if (instant == null) {
            return Optional.empty();
        }
        java.time.LocalDate date = instant.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        if (date.getYear() < 1 || date.getYear() > 9999) {
            return Optional.empty(); // Rome read digits as a year no date can be written with ("-190732550-01-13")
        }
        return Optional.of(new Published(date.toString(), Published.Basis.METADATA,
                Math.min(confidence, INSTANT_CONFIDENCE)));
    }

    private static Optional<String> firstChildText(Element item, List<String> names) {
        for (String n : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(n) && !child.getTextTrim().isEmpty()) {
                    return Optional.of(child.getTextTrim());
                }
            }
        }
        return Optional.empty();
    }

    /** The item or entry elements, in document order, under the root or its {@code channel}, as Rome reads them. */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (ITEM_NAMES.contains(child.getName())) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                for (Element c : child.getChildren()) {
                    if (ITEM_NAMES.contains(c.getName())) {
                        items.add(c);
                    }
                }
            }
        }
        return items;
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unreadable";
        }
        int eol = s.indexOf('\n');
        return (eol < 0 ? s : s.substring(0, eol)).strip();
    }

    /**
     * A JDOM builder over the JDK's own SAX parser: namespaces on, no validation, document types allowed but no
     * external DTD or entity ever loaded (an external entity resolves to nothing), and entity expansion held to
     * {@link #MAX_ENTITY_EXPANSIONS} references and {@link #MAX_ENTITY_CHARACTERS} characters.
     */
    static SAXBuilder saxBuilder() {
        SAXBuilder builder = new SAXBuilder(new JdkReaders());
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(true);
        return builder;
    }

    /** Makes each parse its own JDK SAX reader with the limits above. */
    private static final class JdkReaders implements XMLReaderJDOMFactory {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setValidating(false);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                XMLReader reader = factory.newSAXParser().getXMLReader();
                reader.setProperty(JDK_PROPERTIES + "entityExpansionLimit", String.valueOf(MAX_ENTITY_EXPANSIONS));
                reader.setProperty(JDK_PROPERTIES + "totalEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARACTERS));
                reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                return reader;
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("the JDK's XML parser cannot be configured safely: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    }
}
