package org.sitrep.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Entity;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.TextSpan;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

/**
 * Unit tests over sentences we write, with sentences and mentions made by hand: sentences end at a newline or after
 * ". "; mentions are given as "text=TYPE" pairs, each marking every occurrence of the text. In
 * {@link #prepare(String)} (used by the base class), runs of capitalized words become MISC mentions.
 */
class EntityAnnotatorTest extends AnnotatorTestCase {
    private final EntityAnnotator annotator = new EntityAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*").matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.start(), m.end(), Mention.MISC));
        }
        return Document.builder(text).build()
                .with(Layers.SENTENCES, sentencesOf(text))
                .with(Layers.MENTIONS, mentions);
    }

    static List<Sentence> sentencesOf(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+?(?:(?<=[\\p{Ll}\\d])\\.(?= )|$|(?=\\n))", Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            if (e > s) {
                out.add(new Sentence(s, e));
            }
        }
        return out;
    }

    /**
     * A document with hand-made sentences and the given mentions ("William Ruto=PERSON") at every occurrence that
     * does not overlap one marked before (so list longer names first).
     */
    private static Document doc(String text, String... mentions) {
        List<Mention> out = new ArrayList<>();
        for (String spec : mentions) {
            int eq = spec.lastIndexOf('=');
            String name = spec.substring(0, eq);
            String type = spec.substring(eq + 1);
            int from = 0;
            int at;
            while ((at = text.indexOf(name, from)) >= 0) {
                Mention m = new Mention(at, at + name.length(), type);
                if (out.stream().noneMatch(o -> o.overlaps(m))) {
                    out.add(m);
                }
                from = at + name.length();
            }
        }
        return Document.builder(text).build()
                .with(Layers.SENTENCES, sentencesOf(text))
                .with(Layers.MENTIONS, out);
    }

    private static Entity entity(Document doc, String id) {
        return doc.layer(Layers.ENTITIES).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id + " in " + doc.layer(Layers.ENTITIES)));
    }

    private static List<String> mentionTexts(Document doc, Entity e) {
        return e.mentions().stream().map(doc::textOf).toList();
    }

    private static List<String> ids(Document doc) {
        return doc.layer(Layers.ENTITIES).stream().map(Entity::id).toList();
    }

    @Test
    void anOrganizationSpanWithTwoLowerCaseWordsInARowIsCutOnceIntoItsNames() {
        // found by the pipeline fuzzer: the second of two such words cut again from no start, and threw
        String text = "Australian Department of Defence states plainly Operation Astute ended.";
        Document out = annotator.annotate(doc(text,
                "Australian Department of Defence states plainly Operation Astute=ORGANIZATION"));

        assertThat(out.layer(Layers.ENTITIES).stream().flatMap(e -> mentionTexts(out, e).stream()))
                .containsExactlyInAnyOrder("Australian Department of Defence", "Operation Astute");
    }

    @Test
    void joinsAPersonsShorterNamesAndIgnoresMiddleInitials() {
        Document out = annotator.annotate(doc(
                "Jane Q. Doakes met reporters. Jane Doakes said little. Later Doakes left.",
                "Jane Q. Doakes=PERSON", "Jane Doakes=PERSON", "Doakes=PERSON"));

        Entity jane = entity(out, "jane-doakes");
        assertThat(jane.name()).isEqualTo("Jane Doakes");
        assertThat(jane.type()).isEqualTo(Mention.PERSON);
        assertThat(mentionTexts(out, jane)).containsExactly("Jane Q. Doakes", "Jane Doakes", "Doakes");
        assertThat(jane.aliases()).contains("Jane Q. Doakes", "Doakes");
        assertThat(ids(out)).containsExactly("jane-doakes");
    }

    @Test
    void namesAnEntityAsTheBodyWritesItNotAsAHeadlineInCapitals() {
        Document out = annotator.annotate(doc("DOAKES WINS VOTE. The senator Doakes said little.", "DOAKES=PERSON",
                "Doakes=PERSON"));

        assertThat(entity(out, "doakes").name()).isEqualTo("Doakes");
    }

    @Test
    void aTitleCoordinatedBeforeANameUsedAsAModifierIsNotThatNamesTitle() {
        Document out = annotator.annotate(doc("\"He is a victim,\" said former Senator and Doakes confidant Mary Roe.",
                "Mary Roe=PERSON", "Doakes=PERSON"));

        assertThat(entity(out, "doakes").aliases()).noneMatch(a -> a.contains("Senator"));
    }

    @Test
    void leavesCourtesyTitlesAndLeadingTitlesOutOfNames() {
        Document out = annotator.annotate(doc(
                "Party Treasurer Lord Amos Okello spoke. Meanwhile Green Party members met. Mr Okello left.",
                "Party Treasurer Lord Amos Okello=PERSON", "Meanwhile Green Party=ORGANIZATION", "Mr Okello=PERSON"));

        assertThat(mentionTexts(out, entity(out, "amos-okello"))).containsExactly("Amos Okello", "Okello");
        assertThat(ids(out)).containsExactly("amos-okello", "green-party");
    }

    @Test
    void aCurrencySymbolTaggedAsANameIsNotAnEntity() {
        Document out = annotator.annotate(doc("Canada would give C$80 million to the fund.",
                "Canada=LOCATION", "C$=MISC"));

        assertThat(ids(out)).containsExactly("canada");
    }

    @Test
    void leavesTrailingLowerCaseWordsOutOfNames() {
        Document out = annotator.annotate(doc(
                "The Coastal Water Board unanimously voted to raise prices.",
                "Coastal Water Board unanimously=ORGANIZATION"));

        assertThat(ids(out)).containsExactly("coastal-water-board");
        assertThat(mentionTexts(out, entity(out, "coastal-water-board"))).containsExactly("Coastal Water Board");
    }

    @Test
    void givesASurnameToTheNearestPrecedingPersonWhoBearsIt() {
        Document out = annotator.annotate(doc(
                "Anna Mwangi spoke first. Peter Mwangi spoke next. Mwangi then sat down.",
                "Anna Mwangi=PERSON", "Peter Mwangi=PERSON", "Mwangi=PERSON"));

        assertThat(mentionTexts(out, entity(out, "peter-mwangi"))).containsExactly("Peter Mwangi", "Mwangi");
        assertThat(mentionTexts(out, entity(out, "anna-mwangi"))).containsExactly("Anna Mwangi");
    }

    @Test
    void neverMakesOnePersonOfTwoWhoShareASurname() {
        Document out = annotator.annotate(doc(
                "Anna Mwangi spoke first. Mwangi said little. Later Peter Mwangi spoke. Mwangi then sat down.",
                "Anna Mwangi=PERSON", "Peter Mwangi=PERSON", "Mwangi=PERSON"));

        assertThat(ids(out)).contains("anna-mwangi", "peter-mwangi");
        assertThat(entity(out, "anna-mwangi").aliases()).doesNotContain("Peter Mwangi");
        assertThat(entity(out, "peter-mwangi").aliases()).doesNotContain("Anna Mwangi");
    }

    @Test
    void givesMrAndMrsOfOneSurnameEachToThePersonOfTheirGender() {
        // the nearest full name before each is the other spouse's: only the gender tells them apart
        Document out = annotator.annotate(doc("Mary Otieno and her husband John Otieno arrived. Mrs Otieno spoke"
                + " first. Mr Otieno spoke next. Later John Otieno and Mary Otieno left. Mrs Otieno waved.",
                "Mary Otieno=PERSON", "John Otieno=PERSON", "Otieno=PERSON"));

        assertThat(mentionTexts(out, entity(out, "mary-otieno")))
                .containsExactly("Mary Otieno", "Otieno", "Mary Otieno", "Otieno");
        assertThat(mentionTexts(out, entity(out, "john-otieno"))).containsExactly("John Otieno", "Otieno",
                "John Otieno");
    }

    @Test
    void namesAWomanKnownOnlyAsMrsBySurnameApartFromTheManOfThatSurname() {
        Document out = annotator.annotate(doc("Tory leader Michael Howard spoke in Leeds. Mr Howard said little."
                + " Mrs Howard has joined the campaign. Mrs Howard said she enjoyed it.",
                "Michael Howard=PERSON", "Howard=PERSON"));

        assertThat(ids(out)).containsExactlyInAnyOrder("michael-howard", "mrs-howard");
        assertThat(entity(out, "mrs-howard").name()).isEqualTo("Mrs Howard");
        assertThat(mentionTexts(out, entity(out, "mrs-howard"))).containsExactly("Howard", "Howard");
        assertThat(mentionTexts(out, entity(out, "michael-howard"))).containsExactly("Michael Howard", "Howard");
    }

    @Test
    void letsATitleJoinAFirstNameTheListsGiveTheOtherGenderWhenNoOneElseBearsTheName() {
        // CoreNLP's lists give "Robin" to women only; Lord Butler is Robin Butler all the same
        Document out = annotator.annotate(doc("Former civil service chief Robin Butler criticised the cabinet."
                + " Lord Butler said ministers had too much freedom.", "Robin Butler=PERSON", "Butler=PERSON"));

        assertThat(ids(out)).containsExactly("robin-butler");
        assertThat(mentionTexts(out, entity(out, "robin-butler"))).containsExactly("Robin Butler", "Butler");
    }

    @Test
    void joinsANameWrittenWithoutATitleToTheSameNameWrittenWithOne() {
        Document out = annotator.annotate(doc("Boothroyd calls for a Lords speaker\n\nFormer Speaker Betty Boothroyd"
                + " spoke on Monday. Lady Boothroyd said the role was unacceptable.", "Betty Boothroyd=PERSON",
                "Boothroyd=PERSON"));

        assertThat(ids(out)).containsExactly("betty-boothroyd");
    }

    @Test
    void keepsOneSurnameOnePersonWhenNoTitleOrFirstNameSaysOtherwise() {
        Document out = annotator.annotate(doc("Tory leader Michael Howard spoke in Leeds. Mr Howard said little."
                + " Howard then left.", "Michael Howard=PERSON", "Howard=PERSON"));

        assertThat(ids(out)).containsExactly("michael-howard");
    }

    @Test
    void makesAParenthesizedAcronymAnAliasAndFindsItsLaterBareUses() {
        Document out = annotator.annotate(doc(
                "The Coastal Water Authority (CWA) raised prices. Critics said the CWA was slow.",
                "Coastal Water Authority=ORGANIZATION"));

        Entity cwa = entity(out, "coastal-water-authority");
        assertThat(cwa.aliases()).contains("CWA");
        assertThat(mentionTexts(out, cwa)).containsExactly("Coastal Water Authority", "CWA", "CWA");
    }

    @Test
    void joinsAnAcronymToTheNameWithThoseInitials() {
        Document out = annotator.annotate(doc(
                "The Lake Basin Development Authority met. The LBDA agreed.",
                "Lake Basin Development Authority=ORGANIZATION", "LBDA=ORGANIZATION"));

        assertThat(mentionTexts(out, entity(out, "lake-basin-development-authority")))
                .containsExactly("Lake Basin Development Authority", "LBDA");
    }

    @Test
    void resolvesRegistryNamesAndAddsThoseTheRecognizerMissed() {
        Document out = annotator.annotate(doc(
                "Kenya leads the Multinational Security Support Mission (MSS) in Haiti. The MSS has grown.\n"
                        + "The U.S. and the UN Security Council backed it.",
                "Kenya=LOCATION", "Multinational Security Support Mission=ORGANIZATION", "Haiti=LOCATION"));

        Entity mss = entity(out, "mss");
        assertThat(mss.name()).isEqualTo("Multinational Security Support Mission");
        assertThat(mentionTexts(out, mss)).containsExactly("Multinational Security Support Mission", "MSS", "MSS");
        assertThat(mss.aliases()).contains("MSS");
        assertThat(mentionTexts(out, entity(out, "united-states"))).containsExactly("U.S.");
        assertThat(entity(out, "united-nations-security-council").name()).isEqualTo("United Nations Security Council");
        assertThat(ids(out)).doesNotContain("united-nations", "un-security-council");
        assertThat(entity(out, "kenya").type()).isEqualTo(Mention.LOCATION);
    }

    @Test
    void repairsNamesTheRecognizerTaggedInParts() {
        Document out = annotator.annotate(doc(
                "The Transitional Presidential Council met the Haitian National Police chief.",
                "Transitional=MISC", "Presidential Council=ORGANIZATION", "Haitian=MISC", "National Police=ORGANIZATION"));

        assertThat(ids(out)).containsExactly("transitional-presidential-council", "haitian-national-police");
    }

    @Test
    void joinsAnUnknownModifierAndOrganizationThatTheRecognizerSplit() {
        Document out = annotator.annotate(doc("The Zambian Wildlife Board said so.",
                "Zambian=MISC", "Wildlife Board=ORGANIZATION"));

        Entity board = entity(out, "zambian-wildlife-board");
        assertThat(board.type()).isEqualTo(Mention.ORGANIZATION);
    }

    @Test
    void splitsAnLedPrefixIntoItsOwnMention() {
        Document out = annotator.annotate(doc("The Kenya-led Ocean Patrol sailed.",
                "Kenya-led Ocean Patrol=MISC"));

        assertThat(mentionTexts(out, entity(out, "kenya"))).containsExactly("Kenya");
        assertThat(mentionTexts(out, entity(out, "ocean-patrol"))).containsExactly("Ocean Patrol");
    }

    @Test
    void keepsTitlesWrittenBeforeOrAfterANameAsAliasesForTheQuoteStage() {
        Document out = annotator.annotate(doc(
                "President Amara Kone met Foreign Minister Luis Ortega. Sam Reed, the Chief Justice, joined."
                        + " The president spoke.",
                "Amara Kone=PERSON", "Luis Ortega=PERSON", "Sam Reed=PERSON"));

        Entity kone = entity(out, "amara-kone");
        assertThat(Titles.titlesOf(kone)).containsExactly("President");
        assertThat(Titles.titlesOf(entity(out, "luis-ortega"))).containsExactly("Foreign Minister");
        assertThat(Titles.titlesOf(entity(out, "sam-reed"))).containsExactly("Chief Justice");
        int presidentAt = out.text().indexOf("The president");
        assertThat(Titles.findHolder(out.layer(Layers.ENTITIES), "The president", presidentAt)).contains(kone);
        assertThat(Titles.findHolder(out.layer(Layers.ENTITIES), "the minister", presidentAt)).map(Entity::id)
                .contains("luis-ortega");
        assertThat(Titles.findHolder(out.layer(Layers.ENTITIES), "the prime minister", presidentAt)).isEmpty();
    }

    @Test
    void readsMultiWordTitlesWithACountryBeforeThem() {
        Document out = annotator.annotate(doc(
                "U.S. Secretary of State Antony Blinken called. The secretary said more.",
                "U.S.=LOCATION", "Antony Blinken=PERSON"));

        Entity blinken = entity(out, "antony-blinken");
        assertThat(Titles.titlesOf(blinken)).contains("U.S. Secretary of State");
        assertThat(Titles.findHolder(out.layer(Layers.ENTITIES), "the secretary", out.text().indexOf("The secretary")))
                .contains(blinken);
    }

    @Test
    void addsTheRegistryTitlesValidAtThePublicationDate() {
        Document before = doc("Antony Blinken spoke.", "Antony Blinken=PERSON")
                .withPublished(org.sitrep.doc.Published.given("2024-11-07"));
        Document after = doc("Antony Blinken spoke.", "Antony Blinken=PERSON")
                .withPublished(org.sitrep.doc.Published.given("2025-03-01"));

        assertThat(Titles.titlesOf(entity(annotator.annotate(before), "antony-blinken")))
                .contains("U.S. Secretary of State");
        assertThat(Titles.titlesOf(entity(annotator.annotate(after), "antony-blinken")))
                .doesNotContain("U.S. Secretary of State");
    }

    @Test
    void ignoresMentionsOutsideSentences() {
        String text = "Kenya spoke.\nALSO READ: Mozambique votes";
        Document d = Document.builder(text).build()
                .with(Layers.SENTENCES, List.of(new Sentence(0, 12)))
                .with(Layers.MENTIONS, List.of(new Mention(0, 5, Mention.LOCATION),
                        new Mention(text.indexOf("Mozambique"), text.indexOf("Mozambique") + 10, Mention.LOCATION)));

        assertThat(ids(annotator.annotate(d))).containsExactly("kenya");
    }

    @Test
    void doesNotReadUsInsideACurrencyOrAShoutedHeadline() {
        Document out = annotator.annotate(doc("It cost US$ 5 million.\nLET US GO TO THE BEACH NOW"));

        assertThat(ids(out)).doesNotContain("united-states");
    }

    @Test
    void makesStableSlugsFromNames() {
        assertThat(EntityIds.slugOf("António Guterres")).isEqualTo("antonio-guterres");
        assertThat(EntityIds.slugOf("U.S. Agency for Int'l Development")).isEqualTo("us-agency-for-intl-development");
        assertThat(EntityIds.slugOf("Port-au-Prince")).isEqualTo("port-au-prince");
        assertThat(EntityIds.slugOf("!!!")).isEqualTo("entity");
    }

    @Test
    void findsRegistryEntriesByAnyOfTheirNames() {
        EntityRegistry registry = EntityRegistry.standard();
        assertThat(registry.findByName("the U.N. Security Council")).map(EntityRegistry.Entry::id)
                .contains("united-nations-security-council");
        assertThat(registry.findByName("MSS")).map(EntityRegistry.Entry::id).contains("mss");
        assertThat(registry.findByName("USA")).map(EntityRegistry.Entry::id).contains("united-states");
        assertThat(registry.findByName("Gatwiri")).isEmpty();
    }

    @Test
    void hasAnEntityForEveryMentionedName() {
        Document out = annotator.annotate(doc("Nobody here. Zorblat Industries spoke.", "Zorblat Industries=ORGANIZATION"));

        Optional<Entity> z = out.layer(Layers.ENTITIES).stream().findFirst();
        assertThat(z).map(Entity::id).contains("zorblat-industries");
        assertThat(z.get().mentions()).containsExactly(new TextSpan(13, 31));
        assertThat(Map.of("k", z.get().type())).containsEntry("k", Mention.ORGANIZATION);
    }
}
