package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page nested 100,000 boxes deep reads like the same page unnested: the article's paragraph, once, and no
 * error (the rules that look at every box walk the page once, never once per box, and none of them recurse). How
 * long it takes is measured by {@link DeepNestingBenchmark}, not here.
 */
class DeepNestingTest {
    private static final String PARAGRAPH =
            "The council met on Monday in Port-au-Prince and extended the mission by a year, officials said.";

    private static byte[] nested(String tag, int depth) {
        return ("<!DOCTYPE html><html><head><title>Deep</title></head><body>" + ("<" + tag + ">").repeat(depth)
                + "<p>" + PARAGRAPH + "</p>" + ("</" + tag + ">").repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"div", "section", "span", "blockquote", "em"})
    void readsTheParagraphOfAPageNestedAHundredThousandBoxesDeep(String tag) {
        ReadResult r = DocumentReader.builder().build().read("deep.html", nested(tag, 100_000));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).contains(PARAGRAPH);
            assertThat(d.text().indexOf(PARAGRAPH)).isEqualTo(d.text().lastIndexOf(PARAGRAPH));
        });
    }
}
