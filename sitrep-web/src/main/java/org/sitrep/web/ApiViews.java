package org.sitrep.web;

import java.util.List;
import java.util.Map;
import org.sitrep.doc.Published;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EntityHoldings;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;

/** The JSON shapes of the API, one record per kind of item; field names are the record components. */
final class ApiViews {
    private ApiViews() {
    }

    /** One slice of a list: the items, where the slice starts, its size limit and whether more follow. */
    record Listing<T>(List<T> items, int offset, int limit, boolean hasMore) {
    }

    /** An error: a message a person can act on, and the HTTP status. */
    record ApiError(String error, int status) {
    }

    record DocumentView(String id, String source, String title, String published, String publishedBasis,
            int length, String href) {
        static DocumentView of(DocumentSummary d) {
            Published p = d.published();
            return new DocumentView(d.id(), d.source(), d.title(), p == null ? null : p.value(),
                    p == null ? null : p.basis().jsonName(), d.length(), "/documents/" + d.id());
        }
    }

    record EntityView(String id, String name, String type, List<String> aliases, int documents, String href) {
        static EntityView of(StoredEntity e) {
            return new EntityView(e.id(), e.name(), e.type(), e.aliases(), e.documents(), "/entities/" + e.id());
        }
    }

    /** A subject with how much the record holds on it: facts about it, quotes it gave, the sources holding them. */
    record SubjectView(String id, String name, String type, List<String> aliases, long facts, long quotes,
            long sources, String href, String report) {
        static SubjectView of(StoredEntity e, EntityHoldings h) {
            return new SubjectView(e.id(), e.name(), e.type(), e.aliases(), h.facts(), h.quotes(), h.documents(),
                    "/subjects/" + e.id(), "/api/subjects/" + e.id() + "/report");
        }
    }

    record QuoteView(String documentId, int start, int end, String kind, String speaker, String speakerId,
            String text, String date, String channel, String source, String title, String published,
            String evidence, String href) {
        static QuoteView of(StoredQuote q) {
            var quote = q.quote();
            var p = q.provenance();
            return new QuoteView(p.documentId(), quote.start(), quote.end(), quote.kind(),
                    quote.speaker() == null ? null : quote.speaker().name(),
                    quote.speaker() == null ? null : quote.speaker().entityId(), q.text(), quote.date(),
                    quote.channel(), p.source(), p.title(), p.published() == null ? null : p.published().value(),
                    p.evidence(), "/documents/" + p.documentId() + "#q-" + quote.start());
        }
    }

    record FactView(String documentId, int start, int end, String kind, String subject, String predicate,
            String value, String asOf, Map<String, String> qualifiers, String extractor, double confidence,
            String source, String title, String published, String evidence, String href) {
        static FactView of(StoredFact sf) {
            var f = sf.fact();
            var p = sf.provenance();
            return new FactView(p.documentId(), f.start(), f.end(), f.kind(), f.subject(), f.predicate(), f.value(),
                    f.asOf(), f.qualifiers(), f.extractor(), f.confidence(), p.source(), p.title(),
                    p.published() == null ? null : p.published().value(), p.evidence(),
                    "/documents/" + p.documentId() + "#s-" + f.start());
        }
    }

    /** What an ingest did with one document. */
    record IngestedView(String id, String source, String title, boolean added, String href) {
    }

    /** A problem an ingest met, as the reader or the pipeline reported it. */
    record DiagnosticView(String input, String severity, String message) {
    }

    record IngestView(List<IngestedView> documents, List<DiagnosticView> diagnostics) {
    }
}
