package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Fact;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;

/**
 * How the report dates what it shows: a fact whose only date is its source's publication date is "reported on"
 * that day in text, Markdown and JSON; sources that disagree show every value with its sources. The articles, their
 * figures and sources are made up, their facts written by hand.
 */
class ReportDatesTest {

    private ListStore store;

    @BeforeEach
    void fillTheStore() {
        store = new ListStore();
        store.put(article("wire-x", "2025-01-10", "On January 8 the MSS had 640 officers. Canada backs a UN "
                + "peacekeeping operation.",
                fact(Fact.STRENGTH, "strength", "640", "2025-01-08", "sentence", "unit", "officer"),
                fact(Fact.POSITION, "position", "support", "2025-01-10", "published", "actor", "canada",
                        "proposal", "un-peacekeeping")));
        store.put(article("paper-p", "2025-02-04", "The MSS has 700 officers in the country.",
                fact(Fact.STRENGTH, "strength", "700", "2025-02-04", "published", "unit", "officer")));
        store.put(article("paper-q", "2025-02-26", "The MSS has 950 officers deployed.",
                fact(Fact.STRENGTH, "strength", "950", "2025-02-26", "published", "unit", "officer")));
    }

    private static Fact fact(String kind, String predicate, String value, String asOf, String basis,
            String... qualifiers) {
        Map<String, String> q = new java.util.HashMap<>();
        q.put("asOfBasis", basis);
        for (int i = 0; i < qualifiers.length; i += 2) {
            q.put(qualifiers[i], qualifiers[i + 1]);
        }
        return new Fact(0, 5, kind, "mss", predicate, value, asOf, q, "test/hand", 0.8);
    }

    private static Document article(String source, String published, String text, Fact... facts) {
        return Document.builder(text).source(source).title("About the MSS in " + source)
                .published(Published.given(published))
                .layer(Layers.SENTENCES, List.of(new Sentence(0, text.length())))
                .layer(Layers.ENTITIES, List.of(entity(text, "mss", "Multinational Security Support Mission",
                        Mention.ORGANIZATION, "MSS"), entity(text, "canada", "Canada", Mention.LOCATION, "Canada")))
                .layer(Layers.FACTS, List.of(facts)).build();
    }

    private static Entity entity(String text, String id, String name, String type, String word) {
        List<TextSpan> spans = new ArrayList<>();
        int at = text.indexOf(word);
        if (at >= 0) {
            spans.add(new TextSpan(at, at + word.length()));
        }
        return new Entity(id, name, type, List.of(word), spans);
    }

    private SituationReport.Item timelineItem(SituationReport r, String value) {
        return r.timeline().stream().filter(i -> i.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void aFigureDatedOnlyByItsPublicationIsReportedOnThatDayAndAStatedOneIsAsOfItsDate() {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(timelineItem(r, "700").dateBasis()).isEqualTo(SituationReport.REPORTED);
        assertThat(timelineItem(r, "640").dateBasis()).isEqualTo(SituationReport.STATED);
        assertThat(r.positions()).singleElement().extracting(SituationReport.Position::dateBasis)
                .isEqualTo(SituationReport.REPORTED);

        String text = new TextRenderer().render(r);
        assertThat(text).contains("reported on 2025-02-04 strength: strength 700 officers [paper-p, 2025-02-04]")
                .contains("2025-01-08 strength: strength 640 officers [wire-x, 2025-01-10]")
                .contains("Strength (contested): strength 950 officers, reported on 2025-02-26")
                .doesNotContain("as of 2025-02-04").doesNotContain("as of 2025-02-26");
        assertThat(text).contains("reported on 2025-01-10 position: Canada supports a UN peacekeeping operation")
                .contains("- a UN peacekeeping operation: Canada support, reported on 2025-01-10 [wire-x, 2025-01-10]");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));

        String md = new MarkdownRenderer().render(r);
        assertThat(md).contains("| reported on 2025-02-04 | strength | strength 700 officers |")
                .contains("| 2025-01-08 | strength | strength 640 officers |")
                .contains("| Strength (contested) | strength 950 officers | reported on 2025-02-26 |")
                .contains("| support | reported on 2025-01-10 |");
    }

    @Test
    void theJsonSaysWhichDatesAreOnlyPublicationDates() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(SituationReport.from(store, "MSS")));
        Map<String, String> basisByValue = new java.util.HashMap<>();
        json.get("timeline").forEach(i -> basisByValue.put(i.get("value").asText(), i.get("dateBasis").asText()));
        assertThat(basisByValue).containsEntry("700", "reported").containsEntry("950", "reported")
                .containsEntry("640", "stated");
        assertThat(json.get("positions").get(0).get("dateBasis").asText()).isEqualTo("reported");
        assertThat(json.get("timeline").get(0).has("date")).isTrue();
    }

    @Test
    void sourcesReportingDifferentFiguresInOneMonthAreAConflictShowingBothWithTheirSources() throws Exception {
        SituationReport r = SituationReport.from(store, "MSS");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.slot()).isEqualTo("mss strength personnel");
            assertThat(c.asOf()).isEqualTo("2025-02");
            assertThat(c.dateBasis()).isEqualTo(SituationReport.REPORTED);
            assertThat(c.claims()).extracting(SituationReport.Item::value).containsExactly("700", "950");
        });

        assertThat(new TextRenderer().render(r)).contains("- mss strength personnel, reported in 2025-02:")
                .contains("· strength 700 officers, reported on 2025-02-04 [paper-p, 2025-02-04]")
                .contains("· strength 950 officers, reported on 2025-02-26 [paper-q, 2025-02-26]");
        assertThat(new MarkdownRenderer().render(r))
                .contains("| what | period | value | date | sources |")
                .contains("| mss strength personnel | reported in 2025-02 | 700 | reported on 2025-02-04 | "
                        + "[paper-p, 2025-02-04] |")
                .contains("| mss strength personnel | reported in 2025-02 | 950 | reported on 2025-02-26 | "
                        + "[paper-q, 2025-02-26] |");

        JsonNode conflict = new ObjectMapper().readTree(new JsonRenderer().render(r)).get("conflicts").get(0);
        assertThat(conflict.get("asOf").asText()).isEqualTo("2025-02");
        assertThat(conflict.get("dateBasis").asText()).isEqualTo("reported");
        List<String> sides = new ArrayList<>();
        conflict.get("claims").forEach(c -> sides.add(c.get("value").asText() + " from "
                + c.get("sources").get(0).get("source").asText() + " " + c.get("dateBasis").asText()));
        assertThat(sides).containsExactly("700 from paper-p reported", "950 from paper-q reported");
    }

    @Test
    void aConflictBetweenDatesTheTextStatesIsAsOfThoseDates() {
        ListStore stated = new ListStore();
        stated.put(article("wire-x", "2025-01-10", "On January 8 the MSS had 640 officers.",
                fact(Fact.STRENGTH, "strength", "640", "2025-01-08", "sentence", "unit", "officer")));
        stated.put(article("wire-y", "2025-01-30", "In January the MSS had 820 officers.",
                fact(Fact.STRENGTH, "strength", "820", "2025-01", "sentence", "unit", "officer")));
        SituationReport r = SituationReport.from(stated, "MSS");
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.asOf()).isEqualTo("2025-01");
            assertThat(c.dateBasis()).isEqualTo(SituationReport.STATED);
        });
        assertThat(new TextRenderer().render(r)).contains("- mss strength personnel, as of 2025-01:")
                .contains("· strength 820 officers, as of 2025-01 [wire-y, 2025-01-30]")
                .contains("· strength 640 officers, as of 2025-01-08 [wire-x, 2025-01-10]")
                .doesNotContain("reported on");
    }
}
