package org.sitrep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.annotate.entity.Titles;
import org.sitrep.store.StoredEntity;

/**
 * Which stored entities a subject query stands for. A subject is an entity: its id, its name and its aliases. A title
 * ("President", "Prime Minister") is never an alias at the level of the record: it names whoever holds it in one
 * document, so it is resolved there, by the entity stage, and a query that is only a title is answered with the
 * people who hold it. Entities that are one subject under two names ("UNAMID" read on its own in one document, as
 * the acronym of the full name in another) are taken together; two different people who share a surname are not,
 * and the query is then ambiguous.
 *
 * <p>Thread safety: stateless. Failure: {@link UnknownSubjectException} when no entity has the name (close matches
 * listed) or when it names several subjects (the candidates listed with their types and document counts).
 */
final class SubjectResolution {
    private SubjectResolution() {
    }

    /**
     * The subject a query names.
     *
     * @param primary the entity the report is about
     * @param ids its id first, then the ids of entities that are the same subject under another name
     */
    record Resolved(StoredEntity primary, List<String> ids) {
        Resolved {
            ids = List.copyOf(ids);
        }
    }

    /** The subject {@code query} names among {@code entities}. */
    static Resolved resolve(List<StoredEntity> entities, String query) {
        String q = query == null ? "" : query.strip();
        List<StoredEntity> exact = new ArrayList<>();
        List<StoredEntity> holders = new ArrayList<>();
        for (StoredEntity e : entities) {
            if (e.id().equalsIgnoreCase(q) || e.name().equalsIgnoreCase(q)) {
                exact.add(e);
            } else if (namesOf(e).stream().anyMatch(a -> a.equalsIgnoreCase(q))) {
                holders.add(e);
            }
        }
        if (exact.isEmpty() && holders.isEmpty()) {
            List<StoredEntity> titled = entities.stream()
                    .filter(e -> e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q) && Titles.isBareTitle(a)))
                    .sorted(BY_DOCUMENTS).toList();
            if (!titled.isEmpty()) {
                throw UnknownSubjectException.ambiguous(q, "is a title, not a name; ask for one of the people the sources give it to",
                        titled.stream().limit(8).map(SubjectResolution::describe).toList());
            }
            throw new UnknownSubjectException(q, closeMatches(entities, q));
        }
        List<List<StoredEntity>> clusters = clusters(holders);
        boolean people = holders.stream().allMatch(e -> org.sitrep.doc.Mention.PERSON.equals(e.type()));
        if (clusters.size() > 1 && people) {
            throw UnknownSubjectException.ambiguous(q, "names several people; ask for one of them",
                    clusters.stream().map(c -> c.get(0)).sorted(BY_DOCUMENTS).limit(8)
                            .map(SubjectResolution::describe).toList());
        }
        List<StoredEntity> all = new ArrayList<>(exact);
        clusters.forEach(all::addAll);
        StoredEntity primary = exact.isEmpty() ? all.stream().sorted(BY_DOCUMENTS).findFirst().orElseThrow()
                : exact.stream().sorted(BY_DOCUMENTS).findFirst().orElseThrow();
        if (!exact.isEmpty() && holders.size() == clusters.stream().mapToInt(List::size).sum() && !holders.isEmpty()
                && exact.stream().allMatch(e -> e.name().equalsIgnoreCase(q) && isShortForm(e, holders))) {
            // "Blair" stored on its own in one document and as Tony Blair's alias in others: the full name leads
            primary = holders.stream().sorted(BY_DOCUMENTS).findFirst().orElseThrow();
        }
        List<String> ids = new ArrayList<>();
        ids.add(primary.id());
        for (StoredEntity e : all) {
            if (!ids.contains(e.id())) {
                ids.add(e.id());
            }
        }
        return new Resolved(primary, ids);
    }

    /** Whether {@code e} is only a short form of one of {@code holders}: its name is one of their aliases. */
    private static boolean isShortForm(StoredEntity e, List<StoredEntity> holders) {
        return holders.stream().anyMatch(h -> namesOf(h).stream().anyMatch(a -> a.equalsIgnoreCase(e.name()))
                && h.name().length() > e.name().length());
    }

    /** The aliases of an entity that are names: every alias but titles ("President", "Prime Minister"). */
    static List<String> namesOf(StoredEntity e) {
        return e.aliases().stream().filter(a -> !Titles.isBareTitle(a)).toList();
    }

    /** The aliases of an entity that are titles, as the sources wrote them. */
    static List<String> titlesOf(StoredEntity e) {
        return e.aliases().stream().filter(Titles::isBareTitle).toList();
    }

    /** Groups entities that name each other: one's name is an alias of the other. */
    private static List<List<StoredEntity>> clusters(List<StoredEntity> entities) {
        int[] root = new int[entities.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                if (nameEachOther(entities.get(i), entities.get(j))) {
                    root[find(root, i)] = find(root, j);
                }
            }
        }
        Map<Integer, List<StoredEntity>> out = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            out.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(entities.get(i));
        }
        List<List<StoredEntity>> clusters = new ArrayList<>();
        for (List<StoredEntity> c : out.values()) {
            List<StoredEntity> sorted = new ArrayList<>(c);
            sorted.sort(BY_DOCUMENTS);
            clusters.add(sorted);
        }
        return clusters;
    }

    private static boolean nameEachOther(StoredEntity a, StoredEntity b) {
        return a.name().equalsIgnoreCase(b.name())
                || namesOf(a).stream().anyMatch(n -> n.equalsIgnoreCase(b.name()))
                || namesOf(b).stream().anyMatch(n -> n.equalsIgnoreCase(a.name()));
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** Most documents first, then by name. */
    private static final Comparator<StoredEntity> BY_DOCUMENTS = Comparator
            .comparingInt(StoredEntity::documents).reversed().thenComparing(StoredEntity::name);

    /** "Tony Blair (tony-blair, person, 12 documents)". */
    static String describe(StoredEntity e) {
        return e.name() + " (" + e.id() + ", " + e.type().toLowerCase(Locale.ROOT) + ", " + e.documents()
                + (e.documents() == 1 ? " document)" : " documents)");
    }

    /** Up to five entities whose names are close to {@code query}, best first. */
    private static List<String> closeMatches(List<StoredEntity> entities, String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {
        }
        List<Scored> close = new ArrayList<>();
        for (StoredEntity e : entities) {
            int best = Integer.MAX_VALUE;
            List<String> all = new ArrayList<>(namesOf(e));
            all.add(e.name());
            all.add(e.id());
            for (String n : all) {
                String ln = n.toLowerCase(Locale.ROOT);
                int d = ln.contains(lower) || (!ln.isEmpty() && lower.contains(ln)) ? 0 : distance(ln, lower);
                best = Math.min(best, d);
            }
            if (best <= Math.max(2, lower.length() / 3)) {
                close.add(new Scored(e.name() + " (" + e.id() + ")", best));
            }
        }
        close.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return close.stream().limit(5).map(Scored::name).toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
