package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Sentence;

/** Missions found by how news names them, with no list of missions: sentences we wrote for the purpose. */
class MissionNamesTest {
    private final EntityAnnotator annotator = new EntityAnnotator();

    private static Document doc(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                sentences.add(new Sentence(start, i + 1));
                start = i + 2;
            }
        }
        return Document.builder(text).build().with(Layers.SENTENCES, sentences).with(Layers.MENTIONS, List.of());
    }

    private static List<String> names(Document doc) {
        return doc.layer(Layers.ENTITIES).stream().map(Entity::name).toList();
    }

    @Test
    void aMissionNamedWithWhereItServesIsOneNameAndItsAcronymAnAlias() {
        Document out = annotator.annotate(doc("The United Nations Mission in Fictonia (UNMIF) opened a base. "
                + "UNMIF patrols began in March."));
        Entity mission = out.layer(Layers.ENTITIES).stream()
                .filter(e -> e.name().equals("United Nations Mission in Fictonia")).findFirst().orElseThrow();
        assertThat(mission.aliases()).contains("UNMIF");
        assertThat(mission.mentions()).hasSize(3);
    }

    @Test
    void aRegionalForceIsNamedWithoutTheWordsBeforeIt() {
        Document out = annotator.annotate(doc("Meanwhile the Coastal Stabilisation Force grew to two battalions."));
        assertThat(names(out)).contains("Coastal Stabilisation Force");
    }

    @Test
    void aStatesOwnServiceIsNoMissionName() {
        Document out = annotator.annotate(doc("Planes of the Northland Air Force flew over the Northland Defence "
                + "Forces parade."));
        assertThat(names(out)).noneMatch(n -> n.endsWith("Air Force") || n.endsWith("Defence Forces"));
    }

    @Test
    void lowerCaseWordsAreNoMissionName() {
        Document out = annotator.annotate(doc("The joint peacekeeping force arrived."));
        assertThat(names(out)).isEmpty();
    }
}
