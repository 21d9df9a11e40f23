package org.sitrep.annotate.entity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small curated list of subjects (missions and their acronyms, key bodies, countries, key people with their titles
 * at dates) with stable ids, read from the JSON resource {@code org/sitrep/annotate/entity/registry.json}.
 *
 * <p>The registry gives known names their id, type and aliases: "MSS", "Kenya-led mission" and "Multinational
 * Security Support Mission" all resolve to {@code mss}. Names it does not hold still become entities, with the
 * {@linkplain EntityIds#slugOf slug} of their longest name as id.
 *
 * <p>Thread safety: immutable; {@link #standard()} is loaded once per JVM and shared.
 *
 * <p>Failure: {@link #standard()} throws {@link IllegalStateException} if the bundled resource is missing or not
 * valid JSON (a packaging error); {@link #read} throws {@link UncheckedIOException} for an unreadable stream and
 * {@link IllegalArgumentException} for an entry without id, name or type, or with a duplicate id.
 */
public final class EntityRegistry {
    /** The bundled resource path. */
    public static final String RESOURCE = "/org/sitrep/annotate/entity/registry.json";

    /**
     * A title an entry held over a period, e.g. "U.S. Secretary of State" from 2021-01-26 until 2025-01-20.
     *
     * @param title as usually written before a name
     * @param from ISO date it began, inclusive, or null when not known
     * @param until ISO date it ended, inclusive, or null while it still holds
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DatedTitle(@JsonProperty("title") String title, @JsonProperty("from") String from,
            @JsonProperty("until") String until) {
        /**
         * Whether the title held on {@code date} (an ISO date, month or year, compared by its prefix); an unknown
         * date (null) gives true.
         */
        public boolean holdsOn(String date) {
            if (date == null || date.isBlank()) {
                return true;
            }
            boolean afterStart = from == null || date.compareTo(from.substring(0, Math.min(from.length(), date.length()))) >= 0;
            boolean beforeEnd = until == null || date.compareTo(until.substring(0, Math.min(until.length(), date.length()))) <= 0;
            return afterStart && beforeEnd;
        }
    }

    /**
     * One subject.
     *
     * @param id stable id, e.g. {@code mss}, {@code william-ruto}
     * @param name canonical name
     * @param type a {@link org.sitrep.doc.Mention} type
     * @param aliases other names, matched exactly
     * @param titles titles with the dates they held, for people
     * @param demonyms for countries, the adjectives and nouns of their people ("Kenyan", "Haitian")
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(@JsonProperty("id") String id, @JsonProperty("name") String name,
            @JsonProperty("type") String type, @JsonProperty("aliases") List<String> aliases,
            @JsonProperty("titles") List<DatedTitle> titles, @JsonProperty("demonyms") List<String> demonyms) {
        public Entry {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            titles = titles == null ? List.of() : List.copyOf(titles);
            demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        }

        /** The name first, then the aliases. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }

        /** The titles that held on {@code date} (every title when the date is null). */
        public List<String> titlesOn(String date) {
            return titles.stream().filter(t -> t.holdsOn(date)).map(DatedTitle::title).distinct().toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(@JsonProperty("entities") List<Entry> entities) {
    }

    private static final class Standard {
        static final EntityRegistry INSTANCE = load();

        private static EntityRegistry load() {
            try (InputStream in = EntityRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("entity registry " + RESOURCE + " is missing from the class path");
                }
                return read(in);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                throw new IllegalStateException("entity registry " + RESOURCE + " could not be read: " + e.getMessage(), e);
            }
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final Map<String, Entry> byName;
    private final Map<String, Entry> byDemonym;

    private EntityRegistry(List<Entry> entries) {
        Map<String, Entry> ids = new LinkedHashMap<>();
        Map<String, Entry> names = new LinkedHashMap<>();
        Map<String, Entry> demonyms = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.id() == null || e.name() == null || e.type() == null) {
                throw new IllegalArgumentException("registry entry without id, name or type: " + e);
            }
            if (ids.put(e.id(), e) != null) {
                throw new IllegalArgumentException("registry id '" + e.id() + "' appears twice");
            }
            for (String n : e.names()) {
                names.putIfAbsent(keyOf(n), e);
            }
            for (String d : e.demonyms()) {
                demonyms.putIfAbsent(keyOf(d), e);
            }
        }
        this.entries = List.copyOf(entries);
        this.byId = Collections.unmodifiableMap(ids);
        this.byName = Collections.unmodifiableMap(names);
        this.byDemonym = Collections.unmodifiableMap(demonyms);
    }

    /** The bundled registry, loaded once per JVM. */
    public static EntityRegistry standard() {
        return Standard.INSTANCE;
    }

    /** A registry read from a JSON stream of the bundled resource's form ({@code {"entities": [...]}}). */
    public static EntityRegistry read(InputStream json) {
        try {
            ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
            File file = mapper.readValue(json, File.class);
            return new EntityRegistry(file.entities() == null ? List.of() : file.entities());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registry of the given entries (for tests and for callers with their own subjects). */
    public static EntityRegistry of(List<Entry> entries) {
        return new EntityRegistry(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entry one of whose names is {@code name}, compared without case, a leading "the", or differences in
     * spacing and apostrophes ("the U.N. Security Council", "mss").
     */
    public Optional<Entry> findByName(String name) {
        return Optional.ofNullable(byName.get(keyOf(name)));
    }

    /** The country whose people {@code demonym} names ("Kenyan", "haitian"), compared without case. */
    public Optional<Entry> findByDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(keyOf(demonym)));
    }

    /** Every demonym the registry knows, lower-case. */
    public java.util.Set<String> demonyms() {
        return byDemonym.keySet();
    }

    /** The comparison key of a name: trimmed, without a leading "the", spaces collapsed, lower-case. */
    static String keyOf(String name) {
        String k = name.strip().replace('’', '\'').replaceAll("\\s+", " ");
        if (k.regionMatches(true, 0, "the ", 0, 4)) {
            k = k.substring(4);
        }
        return k.toLowerCase(Locale.ROOT);
    }
}
