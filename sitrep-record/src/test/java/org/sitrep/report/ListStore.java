package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Quote;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Span;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.Provenance;
import org.sitrep.store.PutResult;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;

/** A list-backed store for report tests: keeps documents in memory and answers queries by scanning them. */
final class ListStore implements Store {
    private final Map<String, Document> documents = new LinkedHashMap<>();

    @Override
    public synchronized PutResult put(Document doc) {
        boolean added = documents.putIfAbsent(doc.id(), doc) == null;
        return new PutResult(doc.id(), added);
    }

    @Override
    public synchronized boolean contains(String documentId) {
        return documents.containsKey(documentId);
    }

    @Override
    public synchronized Optional<Document> findDocument(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public synchronized List<DocumentSummary> documents(Page page) {
        return documents.values().stream()
                .map(d -> new DocumentSummary(d.id(), d.source(), d.findTitle().orElse(null), d.published(),
                        d.text().length()))
                .skip(page.offset()).limit(page.limit()).toList();
    }

    @Override
    public synchronized long documentCount() {
        return documents.size();
    }

    @Override
    public synchronized List<StoredEntity> entities() {
        Map<String, StoredEntity> out = new LinkedHashMap<>();
        for (Document d : documents.values()) {
            for (Entity e : d.findLayer(Layers.ENTITIES).orElse(List.of())) {
                StoredEntity old = out.get(e.id());
                TreeSet<String> aliases = new TreeSet<>(e.aliases());
                if (old != null) {
                    aliases.addAll(old.aliases());
                }
                aliases.remove(e.name());
                out.put(e.id(), new StoredEntity(e.id(), e.name(), e.type(), List.copyOf(aliases),
                        old == null ? 1 : old.documents() + 1));
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public synchronized List<StoredQuote> quotes(QuoteQuery query) {
        List<StoredQuote> out = new ArrayList<>();
        for (Document d : documents.values()) {
            for (Quote q : d.findLayer(Layers.QUOTES).orElse(List.of())) {
                out.add(new StoredQuote(q, d.textOf(q), provenance(d, q), q.lead() == null ? null : d.textOf(q.lead())));
            }
        }
        return out;
    }

    @Override
    public synchronized List<StoredFact> facts(FactQuery query) {
        List<StoredFact> out = new ArrayList<>();
        for (Document d : documents.values()) {
            for (Fact f : d.findLayer(Layers.FACTS).orElse(List.of())) {
                if ((query.subject() == null || query.subject().equals(f.subject()))
                        && (query.kind() == null || query.kind().equals(f.kind()))) {
                    out.add(new StoredFact(f, provenance(d, f)));
                }
            }
        }
        out.sort(Comparator.comparing((StoredFact sf) -> sf.fact().asOf(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static Provenance provenance(Document d, Span s) {
        String evidence = d.textOf(s);
        for (Sentence sentence : d.findLayer(Layers.SENTENCES).orElse(List.of())) {
            if (sentence.encloses(s)) {
                evidence = d.textOf(sentence);
            }
        }
        return new Provenance(d.id(), d.source(), d.findTitle().orElse(null), d.published(), evidence);
    }

    @Override
    public void close() {
    }
}
