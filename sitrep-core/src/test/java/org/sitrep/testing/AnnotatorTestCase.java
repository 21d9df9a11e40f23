package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layer;
import org.sitrep.doc.Span;
import org.sitrep.pipeline.Annotator;

/**
 * The base every stage's test extends, after Lucene's BaseTokenStreamTestCase: whatever the text, a stage's spans lie
 * inside it, come sorted, and come out the same on every run; empty and odd Unicode input never break it.
 *
 * <p>A subclass names its annotator and says how to give a text the layers the annotator requires.
 */
public abstract class AnnotatorTestCase {

    /** The stage under test. */
    protected abstract Annotator annotator();

    /** A document over {@code text} carrying every layer the annotator requires. */
    protected abstract Document prepare(String text);

    /** Texts a stage of this kind should handle; subclasses may add their own. */
    protected List<String> sampleTexts() {
        return List.of(
                "",
                " ",
                "\n\n\n",
                "President William Ruto said on Thursday, November 7, that Kenya would send 2,500 officers by January.",
                "“We are open to it,” he said. ‘Quoted’ «guillemets» and „low quotes“.",
                "Emoji 🇰🇪🇭🇹 and combining e\u0301 and zero\u200Bwidth and RTL \u05E9\u05DC\u05D5\u05DD and CJK 日本語.",
                "\uD83D\uDE00 surrogate pair at the start, lone high at the end \uD83D",
                "ALL CAPS HEADLINE 2024-11-07\r\nWindows line endings\r\n",
                "x".repeat(5000));
    }

    protected final Document run(String text) {
        return annotator().annotate(prepare(text));
    }

    @Test
    void declaresWhatItProduces() {
        assertThat(annotator().name()).isNotBlank().isLowerCase();
        assertThat(annotator().produces()).isNotEmpty();
    }

    @Test
    void producesEveryDeclaredLayerWithSpansInsideTheTextAndSorted() {
        for (String text : sampleTexts()) {
            Document out = run(text);
            for (Layer<?> layer : annotator().produces()) {
                assertThat(out.has(layer)).as("layer %s on %s", layer, abbreviate(text)).isTrue();
                List<?> values = out.layer(layer);
                int previousStart = -1;
                int previousEnd = -1;
                for (Object v : values) {
                    if (v instanceof Span s) {
                        assertThat(s.start()).as("%s start in %s", v, abbreviate(text)).isBetween(0, text.length());
                        assertThat(s.end()).as("%s end in %s", v, abbreviate(text)).isBetween(s.start(), text.length());
                        assertThat(s.start() > previousStart || (s.start() == previousStart && s.end() >= previousEnd))
                                .as("%s sorted", layer).isTrue();
                        previousStart = s.start();
                        previousEnd = s.end();
                    }
                }
            }
        }
    }

    @Test
    void isDeterministic() {
        for (String text : sampleTexts()) {
            Document a = run(text);
            Document b = run(text);
            for (Layer<?> layer : annotator().produces()) {
                assertThat(b.layer(layer)).as("layer %s on %s", layer, abbreviate(text)).isEqualTo(a.layer(layer));
            }
        }
    }

    @Test
    void keepsTheTextAndEarlierLayers() {
        String text = sampleTexts().get(3);
        Document in = prepare(text);
        Document out = annotator().annotate(in);
        assertThat(out.text()).isEqualTo(in.text());
        assertThat(out.id()).isEqualTo(in.id());
        for (Layer<?> layer : in.layerKeys()) {
            if (!annotator().produces().contains(layer)) {
                assertThat(out.layer(layer)).as("layer %s kept", layer).isEqualTo(in.layer(layer));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
