package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Sentence;

class PipelineTest {

    static final class Splitter implements Annotator {
        @Override
        public String name() {
            return "splitter";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> produces() {
            return Set.of(Layers.SENTENCES);
        }

        @Override
        public Document annotate(Document doc) {
            List<Sentence> out = new ArrayList<>();
            int at = 0;
            String t = doc.text();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '.') {
                    out.add(new Sentence(at, i + 1));
                    at = i + 1;
                    while (at < t.length() && t.charAt(at) == ' ') {
                        at++;
                    }
                }
            }
            return doc.with(Layers.SENTENCES, out);
        }
    }

    static final class NeedsSentences implements Annotator {
        @Override
        public String name() {
            return "needy";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of(Layers.SENTENCES);
        }

        @Override
        public Set<Layer<?>> produces() {
            return Set.of(Layers.QUOTES);
        }

        @Override
        public Document annotate(Document doc) {
            return doc.with(Layers.QUOTES, List.of());
        }
    }

    @Test
    void buildFailsNamingTheMissingLayerAndItsProducer() {
        assertThatThrownBy(() -> Pipeline.builder().add(new NeedsSentences()).build())
                .isInstanceOf(PipelineConfigurationException.class)
                .hasMessageContaining("'needy'")
                .hasMessageContaining("'sentences'")
                .hasMessageContaining("CoreNlpAnnotator");
    }

    @Test
    void stagesRunInOrderAndListenersHearEachOne() {
        List<String> heard = new ArrayList<>();
        Pipeline p = Pipeline.builder().add(new Splitter()).add(new NeedsSentences())
                .listener(new PipelineListener() {
                    @Override
                    public void stageFinished(Annotator stage, Document doc, long nanos) {
                        heard.add(stage.name());
                    }
                }).build();
        Document out = p.process(Document.builder("One. Two.").build());
        assertThat(out.layer(Layers.SENTENCES)).containsExactly(new Sentence(0, 4), new Sentence(5, 9));
        assertThat(out.layer(Layers.QUOTES)).isEmpty();
        assertThat(heard).containsExactly("splitter", "needy");
    }

    @Test
    void givenLayersSatisfyRequirements() {
        Pipeline p = Pipeline.builder().given(Layers.SENTENCES).add(new NeedsSentences()).build();
        assertThat(p.stages()).hasSize(1);
    }
}
