package org.sitrep.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Token;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

class CoreNlpAnnotatorTest extends AnnotatorTestCase {
    private final CoreNlpAnnotator annotator = new CoreNlpAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(String text) {
        return Document.builder(text).build();
    }

    private static List<String> mentionsOf(Document doc, String type) {
        return doc.layer(Layers.MENTIONS).stream().filter(m -> m.type().equals(type)).map(doc::textOf).toList();
    }

    @Test
    void aStateInitialismInParenthesesDoesNotEndTheSentence() {
        String text = "Sen. Lindsey Graham (R-S.C.) said the plan would fail. Rep. Jim Clyburn (D-S.C.), a veteran,"
                + " disagreed. The vote was close (it passed 51-49.) Then the Senate went home.";
        Document doc = annotator.annotate(prepare(text));
        assertThat(doc.layer(Layers.SENTENCES)).extracting(doc::textOf).containsExactly(
                "Sen. Lindsey Graham (R-S.C.) said the plan would fail.",
                "Rep. Jim Clyburn (D-S.C.), a veteran, disagreed.",
                "The vote was close (it passed 51-49.)",
                "Then the Senate went home.");
    }

    @Test
    void aQuotationOpenedWithTwoApostrophesStartsASentence() {
        String text = "He said the museum told a fuller story than schools did. ''We are part of the fabric,'' he"
                + " said. ''It belongs to everyone.''";
        Document doc = annotator.annotate(prepare(text));
        assertThat(doc.layer(Layers.SENTENCES)).extracting(doc::textOf).containsExactly(
                "He said the museum told a fuller story than schools did.",
                "''We are part of the fabric,'' he said.",
                "''It belongs to everyone.''");
    }

    @Test
    void findsPeopleCountriesAndOrganizationsWithTheirOffsets() {
        String text = "Kenyan President William Ruto met Antony Blinken in Nairobi on Monday.\n"
                + "The United Nations Security Council approved the mission led by Kenya.";
        Document out = run(text);

        assertThat(mentionsOf(out, Mention.PERSON)).contains("William Ruto", "Antony Blinken");
        assertThat(mentionsOf(out, Mention.LOCATION)).contains("Nairobi", "Kenya");
        assertThat(mentionsOf(out, Mention.ORGANIZATION)).contains("United Nations Security Council");
        Mention ruto = out.layer(Layers.MENTIONS).stream()
                .filter(m -> out.textOf(m).equals("William Ruto")).findFirst().orElseThrow();
        assertThat(ruto.start()).isEqualTo(text.indexOf("William Ruto"));
        assertThat(ruto.end()).isEqualTo(text.indexOf("William Ruto") + "William Ruto".length());
    }

    @Test
    void aPageInAnotherLanguageGetsTheSameMentionsButNoTags() {
        String text = "Le président William Ruto a rencontré Antony Blinken à Nairobi.";
        Document english = annotator.annotate(Document.builder(text).build());
        Document french = annotator.annotate(Document.builder(text).language("fr").build());

        assertThat(french.layer(Layers.MENTIONS)).isEqualTo(english.layer(Layers.MENTIONS));
        assertThat(mentionsOf(french, Mention.PERSON)).contains("William Ruto", "Antony Blinken");
        assertThat(french.layer(Layers.TOKENS)).extracting(Token::start)
                .isEqualTo(english.layer(Layers.TOKENS).stream().map(Token::start).toList());
        assertThat(french.layer(Layers.TOKENS)).extracting(Token::pos).containsOnlyNulls();
        assertThat(english.layer(Layers.TOKENS)).extracting(Token::pos).doesNotContainNull();
    }

    @Test
    void tagsTokensWithPartOfSpeechAtTheirOffsets() {
        Document out = run("Police arrested two men.");

        List<Token> tokens = out.layer(Layers.TOKENS);
        assertThat(tokens).extracting(out::textOf).containsExactly("Police", "arrested", "two", "men", ".");
        assertThat(tokens).extracting(Token::pos).containsExactly("NNS", "VBD", "CD", "NNS", ".");
    }

    @Test
    void splitsSentencesAtEveryNewlineEvenWithoutPunctuation() {
        String text = "Haiti gang violence rises\nThe mission arrived in June. It has 400 officers.\n\n  \nEnd";
        Document out = run(text);

        assertThat(out.layer(Layers.SENTENCES)).extracting(out::textOf).containsExactly(
                "Haiti gang violence rises", "The mission arrived in June.", "It has 400 officers.", "End");
        for (Sentence s : out.layer(Layers.SENTENCES)) {
            assertThat(out.textOf(s)).doesNotContain("\n").isEqualTo(out.textOf(s).strip());
        }
    }

    @Test
    void skipsBoilerplateSegmentsAndKeepsOffsetsOfTheRest() {
        String text = "Share on Facebook Barack Obama\nJoe Biden spoke in Washington.\nRead more: Emmanuel Macron";
        int boilerEnd = text.indexOf('\n') + 1;
        int tailStart = text.lastIndexOf('\n');
        Document doc = Document.builder(text).build().with(Layers.BOILERPLATE, List.of(
                new Boilerplate(0, boilerEnd, Boilerplate.SHARE),
                new Boilerplate(tailStart, text.length(), Boilerplate.LINK_LIST)));

        Document out = annotator.annotate(doc);

        assertThat(out.layer(Layers.SENTENCES)).extracting(out::textOf).containsExactly("Joe Biden spoke in Washington.");
        assertThat(out.layer(Layers.TOKENS)).allSatisfy(t -> assertThat(out.isBoilerplate(t)).isFalse());
        assertThat(out.layer(Layers.MENTIONS)).extracting(out::textOf).containsExactly("Joe Biden", "Washington");
    }

    @Test
    void keepsAdjacentMentionsOfDifferentTypesApart() {
        Document out = run("Kenya's William Ruto spoke.");

        assertThat(out.layer(Layers.MENTIONS)).extracting(out::textOf, Mention::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Kenya", Mention.LOCATION),
                        org.assertj.core.groups.Tuple.tuple("William Ruto", Mention.PERSON));
    }

    @Test
    void givesTheSameLayersFromFourThreadsAsFromOne() throws Exception {
        List<String> texts = List.of(
                "Kenyan police officers arrived in Port-au-Prince on Tuesday.",
                "Haitian Prime Minister Garry Conille thanked Kenya and the United Nations.",
                "Gangs control most of the capital, the UN said.\nThe mission has about 400 officers.",
                "Secretary of State Antony Blinken visited Haiti in September.");
        List<Document> expected = texts.stream().map(this::run).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> run(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                Document got = futures.get(i).get();
                Document want = expected.get(i % texts.size());
                assertThat(got.layer(Layers.TOKENS)).isEqualTo(want.layer(Layers.TOKENS));
                assertThat(got.layer(Layers.SENTENCES)).isEqualTo(want.layer(Layers.SENTENCES));
                assertThat(got.layer(Layers.MENTIONS)).isEqualTo(want.layer(Layers.MENTIONS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
