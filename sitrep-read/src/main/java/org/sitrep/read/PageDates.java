package org.sitrep.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;
import org.sitrep.doc.Published;

/**
 * The publication date of an HTML page, read from the page itself: a date in its URL, its meta tags and JSON-LD,
 * its date markup ({@code <time>}, {@code datePublished} microdata, hAtom), a date line, and the dates its visible
 * text shows or labels as the publication's (see {@link #findPublished}). The dates are read from strings by
 * {@link PublicationDates}.
 *
 * <p>Thread safety: stateless; may be used from any thread (each call reads its own page).
 *
 * <p>Failure: never throws for bad markup or dates that cannot be read; a page that gives no date gives
 * {@link Published#UNKNOWN}.
 */
final class PageDates {
    private static final double METADATA_CONFIDENCE = 0.9;

    /**
     * The page's publication date, from the surest source that gives a whole day: a date in the URL's path, the
     * publication meta tags, JSON-LD {@code datePublished}, {@code datePublished} and {@code <time pubdate>} markup,
     * other {@code <time>} markup, the looser date meta tags ({@code date}, {@code dc.date}: often the last change);
     * then, failing those, a date labelled as the publication's ({@code Veröffentlicht am …}), a date line (an
     * element whose class or id names a date), modification dates, and dates of month or year precision (a month in
     * the URL claims no day).
     *
     * <p>Where the metadata give a day, the page's own words may still overrule it: a publication date the visible
     * text labels as such, when it labels only one day; else, when the metadata disagree among themselves, the
     * metadata day that the reader is shown near the heading.
     *
     * <p>A date is kept as its writer wrote it, in the writer's time zone. A timestamp written in UTC gives only the
     * instant: when the page also writes the same moment locally (a local timestamp), or the day alone (in its URL,
     * a meta tag, a visible date), and that day is the one before or after the UTC day that the hour allows, the
     * local day is taken.
     */
    static Published findPublished(org.jsoup.nodes.Document page, HtmlPageMetadata metadata,
            String location) {
        List<String> urls = new ArrayList<>();
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            urls.add(canonical.attr("href"));
        }
        metadata.find("og:url").ifPresent(urls::add);
        urls.add(location);
        Seen seen = new Seen(page);
        List<java.util.function.Supplier<Optional<Found>>> sources = List.of(
                once(() -> urls.stream().map(PublicationDates::findIsoDateInUrl).flatMap(Optional::stream)
                        .findFirst().map(d -> new Found(d, d))),
                once(() -> firstMeta(metadata, PUBLISHED_KEYS)),
                once(() -> jsonLd(metadata, "datePublished")),
                once(() -> markedUp(page, PUBLISHED_MARKUP)),
                once(() -> markedUp(page, TIME_MARKUP)),
                once(() -> firstMeta(metadata, DATE_KEYS)),
                once(() -> jsonLd(metadata, "dateCreated")),
                once(() -> jsonLd(metadata, "uploadDate")));
        Optional<String> partial = Optional.empty();
        for (var source : sources) {
            Optional<Found> d = source.get();
            if (d.isPresent() && d.get().day().length() == 10) {
                List<java.util.function.Supplier<Optional<Found>>> local = new ArrayList<>();
                local.add(sources.get(0));
                for (String key : PUBLISHED_KEYS) {
                    local.add(once(() -> firstMeta(metadata, List.of(key))));
                }
                for (String key : DATE_KEYS) {
                    local.add(once(() -> firstMeta(metadata, List.of(key))));
                }
                local.add(sources.get(2));
                local.add(sources.get(3));
                local.add(sources.get(4));
                // a publication date the page labels as such, once, is the page's own word for it
                Optional<String> labelled = seen.onlyLabelledDay();
                if (labelled.isPresent()) {
                    return new Published(labelled.get(), Published.Basis.DATELINE, DATE_LINE_CONFIDENCE);
                }
                Optional<String> shown = seen.labelledDay().or(seen::visibleDay);
                if (shown.isPresent() && !shown.get().equals(d.get().day())) {
                    // the page's metadata disagree; the day its reader is shown picks among them
                    for (var alternative : local) {
                        Optional<Found> other = alternative.get();
                        if (other.isPresent() && other.get().day().equals(shown.get())) {
                            return new Published(shown.get(), Published.Basis.METADATA, METADATA_CONFIDENCE);
                        }
                    }
                }
                local.add(() -> seen.visibleDay().map(day -> new Found(day, day)));
                return new Published(localDay(d.get(), local), Published.Basis.METADATA, METADATA_CONFIDENCE);
            }
            if (partial.isEmpty()) {
                partial = d.map(Found::day);
            }
        }
        if (partial.isEmpty()) {
            // a month in the URL's path does not claim a day, but a date line or visible date outside it is not
            // the publication's (an update, a comment, another article)
            partial = urls.stream().map(PublicationDates::findIsoMonthInUrl).flatMap(Optional::stream).findFirst();
        }
        Optional<String> line = seen.labelledDay().or(() -> dateLine(page, seen.monthFirst));
        if (line.isPresent() && (partial.isEmpty() || line.get().startsWith(partial.get()))) {
            return new Published(line.get(), Published.Basis.DATELINE, DATE_LINE_CONFIDENCE);
        }
        // a modification date stands for the publication's only when nothing else dates the page
        Optional<Found> modified = firstMeta(metadata, MODIFIED_KEYS).or(() -> jsonLd(metadata, "dateModified"));
        if (partial.isEmpty() && modified.isPresent() && modified.get().day().length() == 10) {
            return new Published(modified.get().day(), Published.Basis.METADATA, METADATA_CONFIDENCE);
        }
        if (partial.isEmpty()) {
            partial = modified.map(Found::day);
        }
        if (partial.isPresent()) {
            String within = partial.get();
            return seen.visibleDay().filter(d -> d.startsWith(within))
                    .map(d -> new Published(d, Published.Basis.DATELINE, VISIBLE_DATE_CONFIDENCE))
                    .orElse(new Published(within, Published.Basis.METADATA, METADATA_CONFIDENCE));
        }
        return seen.visibleDay().map(d -> new Published(d, Published.Basis.DATELINE, VISIBLE_DATE_CONFIDENCE))
                .orElse(Published.UNKNOWN);
    }

    /**
     * {@code source}, evaluated on its first call only, so that the lookups that ask a date source again read the
     * same result without searching the page again. Not thread-safe: one per page lookup, used by one thread.
     */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> source) {
        return new java.util.function.Supplier<>() {
            private T value;
            private boolean known;

            @Override
            public T get() {
                if (!known) {
                    value = source.get();
                    known = true;
                }
                return value;
            }
        };
    }

    /** A day found in the page, and the string it was read from (to tell a UTC timestamp). */
    private record Found(String day, String raw) {
    }

    /**
     * The writer's own day for {@code chosen}: its day, unless it is a UTC timestamp and one of {@code local} (in
     * order) gives, written locally, the day before (possible when the UTC hour is before noon) or the day after
     * (possible from 10:00 UTC on, as time zones reach UTC+14).
     */
    private static String localDay(Found chosen, List<java.util.function.Supplier<Optional<Found>>> local) {
        java.util.OptionalInt hour = PublicationDates.findUtcHour(chosen.raw());
        Optional<PublicationDates.Stamp> utc = PublicationDates.findStamp(chosen.raw());
        if (hour.isEmpty() || utc.isEmpty()) {
            return chosen.day();
        }
        java.time.LocalDate utcDay = java.time.LocalDate.parse(chosen.day());
        String before = hour.getAsInt() < 12 ? utcDay.minusDays(1).toString() : "";
        String after = hour.getAsInt() >= 10 ? utcDay.plusDays(1).toString() : "";
        for (var source : local) {
            Optional<Found> f = source.get();
            if (f.isEmpty() || f.get().day().length() != 10
                    || PublicationDates.findUtcHour(f.get().raw()).isPresent()) {
                continue;
            }
            Optional<PublicationDates.Stamp> stamp = PublicationDates.findStamp(f.get().raw());
            if (stamp.isPresent() && !stamp.get().canBeSameInstantAs(utc.get())) {
                continue; // another moment: not this one written on another clock
            }
            String d = f.get().day();
            if (d.equals(chosen.day()) || d.equals(before) || d.equals(after)) {
                return d;
            }
        }
        return chosen.day();
    }

    private static final double DATE_LINE_CONFIDENCE = 0.7;
    private static final double VISIBLE_DATE_CONFIDENCE = 0.5;

    /** How far after the start of the page's main heading a visible date is looked for, and how far before it. */
    private static final int AFTER_HEADING_CHARS = 2000;
    private static final int BEFORE_HEADING_CHARS = 400;
    private static final Set<String> UNSEEN = Set.of("script", "style", "noscript", "template", "footer", "nav",
            "aside", "select", "option", "head", "svg");

    /**
     * What a reader sees of one page, read once and kept for the date lookups that ask for it: the visible text
     * (blocks on lines of their own, without navigation and comments) with and without the footers and side columns,
     * where the first {@code <h1>} starts in it, and the days its labels name.
     *
     * <p>Thread safety: not thread-safe; one per page, used by one thread.
     */
    private static final class Seen {
        private final org.jsoup.nodes.Document page;
        private final boolean monthFirst;
        private String withAsides;
        private String withoutAsides;
        private int headingAt = -1;
        private List<String> labelled;
        private Optional<String> visible;

        Seen(org.jsoup.nodes.Document page) {
            this.page = page;
            this.monthFirst = isAmerican(page);
        }

        /**
         * The first day the visible text (without side matter) shows after the heading, else before it, else in
         * the page's first lines.
         */
        Optional<String> visibleDay() {
            if (visible == null) {
                read();
                String all = withoutAsides;
                if (headingAt < 0) {
                    visible = PublicationDates.findFirstDay(all.substring(0, Math.min(all.length(),
                            AFTER_HEADING_CHARS)), monthFirst);
                } else {
                    int at = headingAt;
                    visible = PublicationDates.findFirstDay(
                            all.substring(at, Math.min(all.length(), at + AFTER_HEADING_CHARS)), monthFirst)
                            .or(() -> PublicationDates.findFirstDay(
                                    all.substring(Math.max(0, at - BEFORE_HEADING_CHARS), at), monthFirst));
                }
            }
            return visible;
        }

        /**
         * A day that the page's visible text labels as the publication's ({@code Veröffentlicht am 3. Mai 2021},
         * {@code Published: March 3, 2021}), the first such; navigation and comments are not read, but footers and
         * side columns are (an info box beside the article says when it appeared).
         */
        Optional<String> labelledDay() {
            return PublicationDates.findFirstOf(labelled());
        }

        /** The one day that the page's visible text labels as the publication's; empty if none, or several. */
        Optional<String> onlyLabelledDay() {
            return PublicationDates.findOnlyOf(labelled());
        }

        private List<String> labelled() {
            if (labelled == null) {
                read();
                labelled = PublicationDates.labelledDays(withAsides, monthFirst, 20);
            }
            return labelled;
        }

        /** Reads both visible texts in one walk of the page. */
        private void read() {
            if (withAsides != null) {
                return;
            }
            Element body = page.body();
            if (body == null) {
                withAsides = "";
                withoutAsides = "";
                return;
            }
            Element h1 = body.selectFirst("h1");
            StringBuilder with = new StringBuilder();
            StringBuilder without = new StringBuilder();
            body.traverse(new NodeVisitor() {
                /** How many unseen elements the walk is inside, with and without side matter. */
                private int unseenWith;
                private int unseenWithout;

                @Override
                public void head(Node node, int depth) {
                    if (node == h1) {
                        headingAt = without.length();
                    }
                    if (node instanceof TextNode t) {
                        if (unseenWith == 0 || unseenWithout == 0) {
                            String s = t.text();
                            if (unseenWith == 0) {
                                with.append(s).append(' ');
                            }
                            if (unseenWithout == 0) {
                                without.append(s).append(' ');
                            }
                        }
                    } else if (node instanceof Element e) {
                        int unseen = unseenBy(e);
                        unseenWith += unseen >> 1;
                        unseenWithout += unseen & 1;
                        if (HtmlTextBlocks.BLOCK_TAGS.contains(e.normalName())) {
                            with.append('\n');
                            without.append('\n');
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        int unseen = unseenBy(e);
                        unseenWith -= unseen >> 1;
                        unseenWithout -= unseen & 1;
                    }
                }
            });
            withAsides = with.toString();
            withoutAsides = without.toString();
        }
    }

    /**
     * Whether an element's text is not read for a visible date, by its tag, or as a comment, footer or side column:
     * bit 1 when it is unseen even with the side matter read, bit 0 when it is unseen without it.
     */
    private static int unseenBy(Element e) {
        String tag = e.normalName();
        if (UNSEEN.contains(tag)) {
            return ASIDES.contains(tag) ? 1 : 3;
        }
        if (e.attributesSize() == 0) {
            return 0;
        }
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (marks.contains("comment")) {
            return 3;
        }
        return marks.contains("footer") || marks.contains("sidebar") ? 1 : 0;
    }

    /** The unseen tags that hold the page's side matter rather than its machinery. */
    private static final Set<String> ASIDES = Set.of("footer", "aside");

    private static boolean isAmerican(org.jsoup.nodes.Document page) {
        Element html = page.selectFirst("html");
        return html != null && html.attr("lang").toLowerCase(Locale.ROOT).replace('_', '-').startsWith("en-us");
    }

    /** Meta tags that name the publication itself, surest first. */
    private static final List<String> PUBLISHED_KEYS = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datePublished", "publishdate", "publish-date", "publish_date",
            "publication_date", "publication-date", "citation_publication_date", "citation_date",
            "citation_online_date", "bepress_citation_date", "prism.publicationDate", "dc.date.issued",
            "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
            "original-publish-date", "cxenseparse:recs:publishtime", "pub_date", "og:pubdate");

    /** Meta tags that give a date of the page less plainly its publication's. */
    private static final List<String> DATE_KEYS = List.of("pubdate", "dc.date.created", "dcterms.created",
            "dc.date", "dc:date", "dcterms.date", "date", "dateCreated", "created", "timestamp");
    private static final String PUBLISHED_MARKUP = "[itemprop=datePublished], [property=schema:datePublished], "
            + "time[pubdate], abbr.published[title], .published[title]";
    private static final String TIME_MARKUP = "time[datetime]:not([itemprop=dateModified]), "
            + "[property=schema:dateCreated][content], [itemprop=dateCreated], .updated[title], "
            + "time:not([itemprop=dateModified])";
    private static final List<String> MODIFIED_KEYS = List.of("article:modified_time", "og:updated_time",
            "dateModified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised");

    private static Optional<Found> firstMeta(HtmlPageMetadata metadata, List<String> keys) {
        Optional<Found> partial = Optional.empty();
        for (String key : keys) {
            Optional<String> raw = metadata.find(key);
            Optional<Found> d = raw.flatMap(PublicationDates::findIsoDate).map(day -> new Found(day, raw.get()));
            if (d.isPresent() && d.get().day().length() == 10) {
                return d;
            }
            if (partial.isEmpty()) {
                partial = d;
            }
        }
        return partial;
    }

    private static Optional<Found> jsonLd(HtmlPageMetadata metadata, String key) {
        for (JsonNode tree : metadata.jsonLd()) {
            Optional<Found> d = HtmlPageMetadata.findInJsonLd(tree, 12, object -> findDate(object, key));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A date in publication markup: {@code datePublished} microdata, {@code <time>}, hAtom's {@code published}. */
    private static Optional<Found> markedUp(org.jsoup.nodes.Document page, String selector) {
        for (Element e : page.select(selector)) {
            for (String attr : List.of("datetime", "content", "title")) {
                String raw = e.attr(attr);
                Optional<String> d = PublicationDates.findIsoDate(raw);
                if (d.isPresent()) {
                    return Optional.of(new Found(d.get(), raw));
                }
            }
            Optional<String> d = PublicationDates.findDayInText(HtmlTextBlocks.squash(e.text()), false);
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), d.get()));
            }
        }
        return Optional.empty();
    }

    /** A footer, comment thread, navigation or aside: where a date line is not the article's date. */
    private static final Evaluator OUTSIDE_ARTICLE = QueryParser.parse(
            "footer, .comment, .comments, #comments, nav, aside");
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:date|dates|datum|time|timestamp|published|publish|pubdate|posted|post-date|postdate"
                    + "|entry-date|byline|dateline|meta|info|fecha|data)(?:$|[\\s_-])|date|datum|publish|posted");

    /**
     * A day written in a short element whose class or id names a date ({@code <span class="post-date">26/10/2018}),
     * in page order. American pages ({@code lang="en-US"}) write month first ({@code monthFirst}).
     */
    private static Optional<String> dateLine(org.jsoup.nodes.Document page, boolean monthFirst) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        for (Element e : body.getAllElements()) {
            String marks = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (marks.isBlank() || !DATE_LINE_WORDS.matcher(marks).find()) {
                continue;
            }
            if (e.closest(OUTSIDE_ARTICLE) != null) {
                continue;
            }
            String text = HtmlTextBlocks.squash(e.text());
            if (text.isEmpty() || text.length() > 200) {
                continue;
            }
            Optional<String> d = PublicationDates.findDayInText(text, monthFirst);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The day that a JSON-LD object's {@code key} holds as an ISO date; empty when it holds none. */
    private static Optional<Found> findDate(JsonNode object, String key) {
        JsonNode d = object.get(key);
        if (d != null && d.isTextual()) {
            Optional<String> iso = PublicationDates.findIsoDate(d.asText());
            if (iso.isPresent()) {
                return Optional.of(new Found(iso.get(), d.asText()));
            }
        }
        return Optional.empty();
    }

    private PageDates() {
    }
}
