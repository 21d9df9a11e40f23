package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;

/** Missions named or described as news does, in sentences we wrote for the purpose. */
class EntityAnnotatorMissionsTest {
    private final EntityAnnotator annotator = new EntityAnnotator();

    /** A document whose recognizer found {@code mentions} ("Mali=LOCATION") at each occurrence. */
    private Document annotate(String text, String... mentions) {
        List<Mention> out = new ArrayList<>();
        for (String spec : mentions) {
            int eq = spec.lastIndexOf('=');
            String name = spec.substring(0, eq);
            int from = 0;
            int at;
            while ((at = text.indexOf(name, from)) >= 0) {
                int s = at;
                if (out.stream().noneMatch(m -> m.start() < s + name.length() && s < m.end())) {
                    out.add(new Mention(at, at + name.length(), spec.substring(eq + 1)));
                }
                from = at + 1;
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        Document doc = Document.builder(text).build()
                .with(Layers.SENTENCES, EntityAnnotatorTest.sentencesOf(text)).with(Layers.MENTIONS, out);
        return annotator.annotate(doc);
    }

    private static Entity named(Document d, String name) {
        return d.layer(Layers.ENTITIES).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aUnForceToldOfWithItsPlaceIsOneMissionWithEverySpelling() {
        Document d = annotate("Three UN peacekeepers were hurt when their truck hit a mine in northern Mali.\n"
                + "The 900-strong U.N. peacekeeping force operating in Mali will stay a year.\n", "Mali=LOCATION");
        Entity m = named(d, "UN peacekeepers in Mali");
        assertThat(m.type()).isEqualTo(Mention.ORGANIZATION);
        assertThat(m.aliases()).contains("United Nations peacekeepers in Mali",
                "U.N. peacekeeping force operating in Mali", "UN peacekeeping force operating in Mali");
        assertThat(m.mentions()).hasSize(2);
        assertThat(EntityAnnotator.isDescribedMission(m.name())).isTrue();
    }

    @Test
    void aCountrysTroopsInAPlaceAndAnUnplacedDeploymentAreDescribedMissions() {
        Document d = annotate("About 500 Italian troops in Lebanon went home.\n"
                + "The Italian deployment was the largest.\n", "Italian=MISC", "Lebanon=LOCATION");
        Entity m = named(d, "Italian troops in Lebanon");
        assertThat(m.aliases()).containsExactly("Italian deployment");
    }

    @Test
    void troopsWithNoPlaceAndWordsThatAreNoMakerDescribeNoMission() {
        Document d = annotate("The troops went home.\nItalian troops rested.\n", "Italian=MISC");
        assertThat(d.layer(Layers.ENTITIES)).noneMatch(e -> EntityAnnotator.isDescribedMission(e.name()));
    }

    @Test
    void aForceTakenForAPlaceIsAMissionAndKnownAsGivesItsAlias() {
        Document d = annotate("Some 300 troops serve in the Eastland Force, known as EFOR, this year.\n",
                "Eastland Force=LOCATION");
        Entity m = named(d, "Eastland Force");
        assertThat(m.type()).isEqualTo(Mention.ORGANIZATION);
        assertThat(m.aliases()).contains("EFOR");
    }

    @Test
    void aNameIsCutAtAnInnerLowerCaseWordAndAnOperationIsNamed() {
        Document d = annotate("The Ruritanian Ministry of Defence says Operation Lighthouse has begun.\n",
                "Ruritanian Ministry of Defence says Operation Lighthouse=ORGANIZATION");
        assertThat(d.layer(Layers.ENTITIES)).extracting(Entity::name)
                .contains("Ruritanian Ministry of Defence", "Operation Lighthouse");
    }
}
