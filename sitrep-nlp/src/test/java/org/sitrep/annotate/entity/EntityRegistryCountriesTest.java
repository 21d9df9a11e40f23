package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Mention;

/** The countries of the bundled registry: their names, aliases and demonyms. */
class EntityRegistryCountriesTest {
    private final EntityRegistry registry = EntityRegistry.standard();

    private String idByDemonym(String demonym) {
        return registry.findByDemonym(demonym).map(EntityRegistry.Entry::id).orElse(null);
    }

    private String idByName(String name) {
        return registry.findByName(name).map(EntityRegistry.Entry::id).orElse(null);
    }

    @Test
    void noTwoEntriesShareADemonym() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (EntityRegistry.Entry e : registry.entries()) {
            for (String d : e.demonyms()) {
                String before = owner.putIfAbsent(EntityRegistry.keyOf(d), e.id());
                if (before != null) {
                    shared.add(d + " (" + before + ", " + e.id() + ")");
                }
            }
        }
        assertThat(shared).isEmpty();
        for (EntityRegistry.Entry e : registry.entries()) {
            if (!e.demonyms().isEmpty()) {
                assertThat(e.type()).as(e.id()).isEqualTo(Mention.LOCATION);
            }
        }
    }

    @Test
    void noCountryAliasIsAnotherEntrysName() {
        Map<String, String> nameOwner = new HashMap<>();
        for (EntityRegistry.Entry e : registry.entries()) {
            nameOwner.put(EntityRegistry.keyOf(e.name()), e.id());
        }
        List<String> clashes = new ArrayList<>();
        for (EntityRegistry.Entry e : registry.entries()) {
            if (!Mention.LOCATION.equals(e.type())) {
                continue;
            }
            for (String alias : e.aliases()) {
                String other = nameOwner.get(EntityRegistry.keyOf(alias));
                if (other != null && !other.equals(e.id())) {
                    clashes.add(alias + " (" + e.id() + ", named by " + other + ")");
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void findsCountriesByDemonym() {
        assertThat(idByDemonym("Lebanese")).isEqualTo("lebanon");
        assertThat(idByDemonym("Dutch")).isEqualTo("netherlands");
        assertThat(idByDemonym("malians")).isEqualTo("mali");
        assertThat(idByDemonym("Filipino")).isEqualTo("philippines");
        assertThat(idByDemonym("East Timorese")).isEqualTo("timor-leste");
        assertThat(idByDemonym("Solomon Islanders")).isEqualTo("solomon-islands");
        assertThat(idByDemonym("Kosovar")).isEqualTo("kosovo");
        assertThat(idByDemonym("Sudanese")).isEqualTo("sudan");
        assertThat(idByDemonym("South Sudanese")).isEqualTo("south-sudan");
        assertThat(idByDemonym("Korean")).isNull();
        assertThat(idByDemonym("Kenyan")).isEqualTo("kenya");
    }

    @Test
    void findsCountriesByTheirOtherNames() {
        assertThat(idByName("East Timor")).isEqualTo("timor-leste");
        assertThat(idByName("Britain")).isEqualTo("united-kingdom");
        assertThat(idByName("DR Congo")).isEqualTo("democratic-republic-of-the-congo");
        assertThat(idByName("Congo-Kinshasa")).isEqualTo("democratic-republic-of-the-congo");
        assertThat(idByName("The Bahamas")).isEqualTo("bahamas");
        assertThat(idByName("Ivory Coast")).isEqualTo(idByName("Côte d’Ivoire"));
        assertThat(idByName("Bosnia")).isEqualTo("bosnia-and-herzegovina");
        assertThat(idByName("Holy See")).isEqualTo("vatican-city");
        assertThat(idByName("Congo")).isNull();
    }

    @Test
    void holdsEveryCountryNewsNames() {
        for (String name : List.of("Lebanon", "Mali", "Chad", "Portugal", "Netherlands", "Poland", "Belgium", "Ireland",
                "Malaysia", "New Zealand", "Timor-Leste", "Afghanistan", "Iraq", "Nepal", "Solomon Islands",
                "Central African Republic", "Bosnia and Herzegovina", "Kosovo", "Switzerland", "Austria", "Algeria",
                "Palestine", "Taiwan", "Western Sahara")) {
            assertThat(registry.findByName(name)).as(name).hasValueSatisfying(
                    e -> assertThat(e.type()).isEqualTo(Mention.LOCATION));
        }
        long countries = registry.entries().stream()
                .filter(e -> Mention.LOCATION.equals(e.type()) && !e.demonyms().isEmpty()).count();
        assertThat(countries).isGreaterThanOrEqualTo(190);
    }
}
