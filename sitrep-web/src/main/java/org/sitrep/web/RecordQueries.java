package org.sitrep.web;

import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.EntityHoldings;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Page;
import org.sitrep.store.QuoteQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEntity;
import org.sitrep.store.StoredFact;
import org.sitrep.store.StoredQuote;
import org.sitrep.store.TextSearch;
import org.sitrep.store.sqlite.SearchSnippet;
import org.sitrep.store.sqlite.SqliteStore;

/**
 * The lists the API and the pages show, filtered by subject, speaker and date range and sliced, over a
 * {@link Store}. Filters the store answers itself (a fact's subject, a quote's speaker, dates) go to the store as
 * parameters; the others are applied to what it returns.
 *
 * <p>What each filter means: for facts, {@code subject} is the fact's subject and {@code speaker} the person or
 * actor it was stated through (its {@code via}, {@code actor}, {@code committedBy} or {@code by} qualifier); for
 * quotes, {@code subject} keeps quotes about the subject (by the subject or one of its actors, named in the
 * qualifiers of its facts, in a document holding such facts, or naming the subject by a name as written, never a
 * title) and
 * {@code speaker} the speaker's id or name; for documents, {@code subject} keeps documents naming the subject (by
 * name or alias) or holding facts about it,
 * {@code speaker} documents holding a quote by the speaker, and dates apply to the publication date.
 *
 * <p>Thread safety: holds the store, which is thread-safe, and the subjects counted for its latest version (a
 * volatile reference to an immutable record), so it is safe for use from several threads.
 *
 * <p>Failure: an unknown subject throws {@link NotFoundResponse}; store errors pass through as
 * {@link org.sitrep.store.StoreException}.
 */
final class RecordQueries {
    private static final int SCAN = 1000;
    private static final int ALL = 10_000;
    /** The fewest sources a subject on the home page is held by: one source is a passing mention. */
    static final int MIN_SOURCES = 2;
    private static final List<String> SPEAKER_QUALIFIERS = List.of("via", "actor", "committedBy", "by");
    /** The qualifiers naming the actors of a subject, as the situation report reads them. */
    private static final List<String> ACTOR_QUALIFIERS =
            List.of("actor", "via", "participants", "committedBy", "decidedBy", "ledBy", "by");

    private final Store store;
    private volatile Holdings holdings;

    RecordQueries(Store store) {
        this.store = store;
    }

    Store store() {
        return store;
    }

    /** The entity with this id, name or alias (any case), from the store's index. */
    Optional<StoredEntity> findEntity(String nameOrAlias) {
        return store.findEntity(nameOrAlias);
    }

    StoredEntity expectEntity(String nameOrAlias) {
        return findEntity(nameOrAlias).orElseThrow(() -> new NotFoundResponse(
                "no entity has the id, name or alias '" + nameOrAlias + "'"));
    }

    /**
     * The subjects the record holds enough on, most first: every entity that facts are about or that gave quotes,
     * ranked by its facts, quotes and sources together (then by id), less those held by a single source (a passing
     * mention, such as a county named once or a first name read alone) and those of type {@code MISC}
     * (nationalities and other words that name no one: "European", "Scottish"). Counted by the store's index.
     */
    List<Subject> subjects() {
        return holdings().subjects();
    }

    /** What the record holds on {@code e}, and whether it is listed among the subjects. */
    Subject subject(StoredEntity e) {
        return new Subject(e, holdings().byEntity().getOrDefault(e.id(), new EntityHoldings(0, 0, 0)));
    }

    /** The holdings and ranked subjects of the store's current version, counted once per version. */
    private Holdings holdings() {
        long version = store.version();
        Holdings kept = holdings;
        if (kept != null && kept.version() == version) {
            return kept;
        }
        Map<String, StoredEntity> entities = new HashMap<>();
        store.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, EntityHoldings> byEntity = store.holdingsByEntity();
        List<Subject> out = new ArrayList<>();
        byEntity.forEach((id, h) -> {
            StoredEntity e = entities.get(id);
            if (e != null && isSubject(e, h)) {
                out.add(new Subject(e, h));
            }
        });
        out.sort(Comparator.comparingLong((Subject s) -> -s.weight()).thenComparing(s -> s.entity().id()));
        // two requests may count the same version at once; either result is right, the last one is kept
        Holdings fresh = new Holdings(version, byEntity, List.copyOf(out));
        holdings = fresh;
        return fresh;
    }

    /** The counts of one store version and the subjects ranked from them. */
    private record Holdings(long version, Map<String, EntityHoldings> byEntity, List<Subject> subjects) {
    }

    /** Whether the record holds enough on {@code e} to list it among the subjects (see {@link #subjects()}). */
    static boolean isSubject(StoredEntity e, EntityHoldings h) {
        return h.documents() >= MIN_SOURCES && !"MISC".equalsIgnoreCase(e.type());
    }

    /**
     * An entity and how much the record holds on it.
     *
     * @param entity the entity
     * @param holdings its facts, quotes and sources
     */
    record Subject(StoredEntity entity, EntityHoldings holdings) {
        /** Facts, quotes and sources together: how the home page ranks subjects. */
        long weight() {
            return holdings.facts() + holdings.quotes() + holdings.documents();
        }

        boolean listed() {
            return isSubject(entity, holdings);
        }

        ApiViews.SubjectView view() {
            return ApiViews.SubjectView.of(entity, holdings);
        }
    }

    ApiViews.Listing<StoredEntity> entities(String type, String query, int offset, int limit) {
        String q = query == null ? null : query.toLowerCase(Locale.ROOT);
        List<StoredEntity> all = store.entities().stream()
                .filter(e -> type == null || e.type().equalsIgnoreCase(type))
                .filter(e -> q == null || e.name().toLowerCase(Locale.ROOT).contains(q) || e.id().contains(q)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q)))
                .toList();
        return slice(all, offset, limit);
    }

    ApiViews.Listing<StoredFact> facts(Filters f, String kind) {
        String subject = f.subject() == null ? null : expectEntity(f.subject()).id();
        Set<String> speakers = speakerKeys(f.speaker());
        if (speakers == null) {
            List<StoredFact> rows = store.facts(new FactQuery(subject, kind, f.from(), f.to(),
                    new Page(f.offset(), Math.min(ALL, f.limit() + 1))));
            return trimmed(rows, f);
        }
        List<StoredFact> all = collect(page -> store.facts(new FactQuery(subject, kind, f.from(), f.to(), page)),
                sf -> SPEAKER_QUALIFIERS.stream().map(k -> sf.fact().qualifiers().get(k))
                        .anyMatch(v -> v != null && List.of(v.split(",")).stream().map(String::strip)
                                .anyMatch(speakers::contains)));
        return slice(all, f.offset(), f.limit());
    }

    ApiViews.Listing<StoredQuote> quotes(Filters f) {
        String speaker = f.speaker() == null ? null : findEntity(f.speaker()).map(StoredEntity::id)
                .orElse(f.speaker());
        if (f.subject() == null) {
            List<StoredQuote> rows = store.quotes(new QuoteQuery(speaker, f.from(), f.to(),
                    new Page(f.offset(), Math.min(ALL, f.limit() + 1))));
            return trimmed(rows, f);
        }
        StoredEntity subject = expectEntity(f.subject());
        Pattern names = namesOf(subject);
        Set<String> actors = new HashSet<>();
        Set<String> documents = new HashSet<>();
        actors.add(subject.id());
        collect(page -> store.facts(new FactQuery(subject.id(), null, null, null, page)), x -> true).forEach(sf -> {
            documents.add(sf.provenance().documentId());
            for (String key : ACTOR_QUALIFIERS) {
                sf.fact().findQualifier(key).ifPresent(v -> List.of(v.split(",")).forEach(a -> actors.add(a.strip())));
            }
        });
        List<StoredQuote> all = collect(page -> store.quotes(new QuoteQuery(speaker, f.from(), f.to(), page)),
                q -> (q.quote().speaker() != null && actors.contains(q.quote().speaker().entityId())
                        && documents.contains(q.provenance().documentId())) || names.matcher(q.text()).find());
        return slice(all, f.offset(), f.limit());
    }

    /** Documents, newest first; with {@code query}, those matching it by full-text search, best first. */
    ApiViews.Listing<DocumentSummary> documents(Filters f, String query) {
        if (query == null && f.subject() == null && f.speaker() == null && !f.hasDateRange()) {
            List<DocumentSummary> rows = store.documents(new Page(f.offset(), Math.min(ALL, f.limit() + 1)));
            return trimmed(rows, f);
        }
        List<DocumentSummary> candidates;
        if (query != null) {
            candidates = search(query, new Page(0, ALL));
        } else {
            candidates = collect(store::documents, d -> true);
        }
        Set<String> keep = null;
        if (f.subject() != null) {
            keep = documentsAbout(expectEntity(f.subject()));
        }
        if (f.speaker() != null) {
            String speaker = findEntity(f.speaker()).map(StoredEntity::id).orElse(f.speaker());
            Set<String> bySpeaker = new HashSet<>();
            collect(page -> store.quotes(new QuoteQuery(speaker, null, null, page)), q -> true)
                    .forEach(q -> bySpeaker.add(q.provenance().documentId()));
            if (keep == null) {
                keep = bySpeaker;
            } else {
                keep.retainAll(bySpeaker);
            }
        }
        Set<String> wanted = keep;
        List<DocumentSummary> out = candidates.stream()
                .filter(d -> wanted == null || wanted.contains(d.id()))
                .filter(d -> f.admitsDate(d.published() == null ? null : d.published().value()))
                .toList();
        return slice(out, f.offset(), f.limit());
    }

    /** Full-text search, best match first; empty when the store has no full-text index. */
    List<DocumentSummary> search(String query, Page page) {
        if (store instanceof TextSearch index) {
            return index.searchDocuments(query, page);
        }
        return List.of();
    }

    /** The passages around the words of {@code query} in these documents, by id; none without a full-text index. */
    Map<String, SearchSnippet> snippets(String query, List<String> documentIds) {
        if (store instanceof SqliteStore sqlite) {
            return sqlite.snippets(query, documentIds);
        }
        return Map.of();
    }

    boolean canSearch() {
        return store instanceof TextSearch;
    }

    private Set<String> documentsAbout(StoredEntity subject) {
        Set<String> ids = new LinkedHashSet<>();
        collect(page -> store.facts(new FactQuery(subject.id(), null, null, null, page)), x -> true)
                .forEach(sf -> ids.add(sf.provenance().documentId()));
        for (String n : names(subject)) {
            search(n, new Page(0, ALL)).forEach(d -> ids.add(d.id()));
        }
        return ids;
    }

    /**
     * The entity's name and aliases as whole words, as written: a proper name in another case ("labour market" for
     * Labour) and a bare title ("President", "prime minister") never name it, as in the situation report.
     */
    static Pattern namesOf(StoredEntity e) {
        StringBuilder re = new StringBuilder();
        for (String n : names(e)) {
            if (n.length() > 2 && !n.equals(n.toLowerCase(Locale.ROOT))) {
                re.append(re.length() == 0 ? "" : "|").append(Pattern.quote(n));
            }
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + (re.length() == 0 ? "(?!)" : re) + ")(?![\\p{L}\\p{N}])");
    }

    /** The entity's name and the aliases that are names, not bare titles. */
    private static List<String> names(StoredEntity e) {
        List<String> names = new ArrayList<>();
        for (String a : e.aliases()) {
            if (!org.sitrep.annotate.entity.Titles.isBareTitle(a)) {
                names.add(a);
            }
        }
        names.add(e.name());
        return names;
    }

    private Set<String> speakerKeys(String speaker) {
        if (speaker == null) {
            return null;
        }
        Set<String> keys = new HashSet<>();
        keys.add(speaker);
        findEntity(speaker).ifPresent(e -> keys.add(e.id()));
        return keys;
    }

    private static <T> List<T> collect(java.util.function.Function<Page, List<T>> fetch, Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        for (int offset = 0;; offset += SCAN) {
            List<T> rows = fetch.apply(new Page(offset, SCAN));
            rows.stream().filter(keep).forEach(out::add);
            if (rows.size() < SCAN) {
                return out;
            }
        }
    }

    private static <T> ApiViews.Listing<T> trimmed(List<T> rowsPlusOne, Filters f) {
        boolean more = rowsPlusOne.size() > f.limit();
        return new ApiViews.Listing<>(more ? rowsPlusOne.subList(0, f.limit()) : rowsPlusOne, f.offset(), f.limit(),
                more);
    }

    private static <T> ApiViews.Listing<T> slice(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new ApiViews.Listing<>(List.copyOf(all.subList(from, to)), offset, limit, to < all.size());
    }
}
