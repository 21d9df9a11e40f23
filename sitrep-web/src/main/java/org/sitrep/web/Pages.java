package org.sitrep.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.doc.Document;
import org.sitrep.report.ReportSections;
import org.sitrep.report.SituationReport;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredQuote;
import org.sitrep.store.sqlite.SearchSnippet;

/** The models the page templates render, one record per page, and how each is put together. */
final class Pages {
    /** The most subjects the home page lists; the API lists them all. */
    static final int HOME_SUBJECTS = 100;

    private Pages() {
    }

    record Home(List<ApiViews.SubjectView> subjects, List<ApiViews.DocumentView> latest, long documentCount) {
    }

    /** The home page: the subjects the record holds most on, and the latest documents. */
    static Home home(RecordQueries queries) {
        List<ApiViews.SubjectView> subjects = queries.subjects().stream().limit(HOME_SUBJECTS)
                .map(RecordQueries.Subject::view).toList();
        List<ApiViews.DocumentView> latest = queries.store().documents(org.sitrep.store.Page.first(20)).stream()
                .map(ApiViews.DocumentView::of).toList();
        return new Home(subjects, latest, queries.store().documentCount());
    }

    record Search(String query, List<SearchResult> results, boolean searchable, int offset, int limit,
            boolean hasMore) {
        String nextHref() {
            return "/search?q=" + java.net.URLEncoder.encode(query == null ? "" : query,
                    java.nio.charset.StandardCharsets.UTF_8) + "&offset=" + (offset + limit);
        }
    }

    /**
     * One document found by search, with the passage around the matched words (parts of plain text, the matched
     * ones to highlight; empty when the store makes no passages).
     */
    record SearchResult(ApiViews.DocumentView document, List<SearchSnippet.Part> snippet) {
    }

    /** The search page for {@code query} (none: the empty form), the slice of results {@code f} asks for. */
    static Search search(RecordQueries queries, String query, Filters f) {
        if (query == null) {
            return new Search(null, List.of(), queries.canSearch(), f.offset(), f.limit(), false);
        }
        List<DocumentSummary> found = queries.search(query, new org.sitrep.store.Page(f.offset(),
                Math.min(10_000, f.limit() + 1)));
        boolean more = found.size() > f.limit();
        List<DocumentSummary> shown = found.stream().limit(f.limit()).toList();
        Map<String, SearchSnippet> passages = queries.snippets(query, shown.stream().map(DocumentSummary::id).toList());
        List<SearchResult> results = shown.stream().map(d -> new SearchResult(ApiViews.DocumentView.of(d),
                passages.containsKey(d.id()) ? passages.get(d.id()).parts() : List.of())).toList();
        return new Search(query, results, queries.canSearch(), f.offset(), f.limit(), more);
    }

    record EntityPage(StoredEntity entity, List<ApiViews.QuoteView> quotes, boolean isSubject) {
    }

    record DocumentPage(DocumentSummary summary, ArticleMarkup markup, String publishedBasis) {
    }

    record SubjectPage(SituationReport report, StrengthChart chart, List<QuoteLink> quotes,
            List<PositionTable> positions) {
        /** Whether the record holds nothing on the subject: no fact, no quote. */
        public boolean isEmpty() {
            return ReportSections.isEmpty(report);
        }

        public boolean hasCurrentState() {
            return ReportSections.hasCurrentState(report);
        }

        public boolean isMission() {
            return SituationReport.MISSION.equals(report.subject().type());
        }

        public String timelineHeading() {
            return ReportSections.findPartaking(report).map(p -> "W" + p.substring(1)).orElse("Timeline");
        }

        public String quotesHeading() {
            return ReportSections.findSpeakers(report).orElse("Quotes");
        }
    }

    record ErrorPage(int status, String message) {
    }

    /** A quote of the report with the link to its sentence on the document page. */
    record QuoteLink(SituationReport.QuoteItem quote, String href) {
    }

    /** Actors' stances on one proposal, one column per date. */
    record PositionTable(String proposal, List<String> dates, List<PositionRow> rows) {
    }

    record PositionRow(String actor, String actorName, List<String> cells) {
    }

    static SubjectPage subject(SituationReport report, RecordQueries queries) {
        Set<String> docs = new java.util.HashSet<>();
        report.quotes().forEach(q -> docs.add(q.sources().get(0).documentId()));
        Map<String, List<Map.Entry<Integer, String>>> quotesOf = new HashMap<>();
        for (String id : docs) {
            // the quotes of the report's own documents only, by start
            queries.store().findDocument(id).ifPresent(doc -> doc.findLayer(org.sitrep.doc.Layers.QUOTES)
                    .ifPresent(layer -> layer.stream().sorted(java.util.Comparator.comparingInt(
                            org.sitrep.doc.Quote::start)).forEach(q -> quotesOf.computeIfAbsent(id,
                                    k -> new ArrayList<>()).add(Map.entry(q.start(), doc.textOf(q))))));
        }
        List<QuoteLink> quotes = new ArrayList<>();
        for (SituationReport.QuoteItem q : report.quotes()) {
            String doc = q.sources().get(0).documentId();
            Integer start = quotesOf.getOrDefault(doc, List.of()).stream().filter(e -> e.getValue().contains(q.text()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            quotes.add(new QuoteLink(q, "/documents/" + doc + (start == null ? "" : "#q-" + start)));
        }
        return new SubjectPage(report, StrengthChart.of(report), quotes, positions(report));
    }

    static List<PositionTable> positions(SituationReport report) {
        Map<String, List<SituationReport.Position>> byProposal = new LinkedHashMap<>();
        for (SituationReport.Position p : report.positions()) {
            byProposal.computeIfAbsent(p.proposalName(), k -> new ArrayList<>()).add(p);
        }
        List<PositionTable> out = new ArrayList<>();
        for (Map.Entry<String, List<SituationReport.Position>> e : byProposal.entrySet()) {
            TreeSet<String> dates = new TreeSet<>(Comparator.naturalOrder());
            boolean undated = false;
            for (SituationReport.Position p : e.getValue()) {
                if (p.date() == null) {
                    undated = true;
                } else {
                    dates.add(p.date());
                }
            }
            List<String> columns = new ArrayList<>(dates);
            if (undated) {
                columns.add("undated");
            }
            Map<String, PositionRow> rows = new LinkedHashMap<>();
            for (SituationReport.Position p : e.getValue()) {
                PositionRow row = rows.computeIfAbsent(p.actor(), a -> new PositionRow(a, p.actorName(),
                        new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""))));
                int col = columns.indexOf(p.date() == null ? "undated" : p.date());
                String cell = p.stance() + (p.viaName() == null ? "" : " (via " + p.viaName() + ")");
                String old = row.cells().get(col);
                row.cells().set(col, old.isEmpty() ? cell : old + "; " + cell);
            }
            out.add(new PositionTable(e.getKey(), columns, List.copyOf(rows.values())));
        }
        return out;
    }

    static DocumentPage document(Document doc) {
        DocumentSummary s = new DocumentSummary(doc.id(), doc.source(), doc.findTitle().orElse(null),
                doc.published(), doc.text().length());
        return new DocumentPage(s, ArticleMarkup.of(doc), doc.published().basis().jsonName());
    }
}
