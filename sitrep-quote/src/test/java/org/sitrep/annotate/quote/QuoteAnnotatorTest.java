package org.sitrep.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Mention;
import org.sitrep.doc.Quote;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

class QuoteAnnotatorTest extends AnnotatorTestCase {
    private static final QuoteAnnotator STAGE = new QuoteAnnotator();

    @Override
    protected Annotator annotator() {
        return STAGE;
    }

    @Override
    protected Document prepare(String text) {
        return HandLayers.of(text).entity("william-ruto", Mention.PERSON, "William Ruto", "Ruto").build();
    }

    private static List<Quote> quotes(HandLayers layers) {
        return STAGE.annotate(layers.build()).layer(Layers.QUOTES);
    }

    private static String text(Document d, Quote q) {
        return d.text().substring(q.start(), q.end());
    }

    private static HandLayers ruto(String text) {
        return HandLayers.of(text).entity("william-ruto", Mention.PERSON, "William Ruto", "Ruto");
    }

    private static HandLayers rutoAndOdinga(String text) {
        return ruto(text).entity("raila-odinga", Mention.PERSON, "Raila Odinga");
    }

    @Test
    void attributesASplitQuoteToOneSpeaker() {
        String t = "“We are ready,” Ruto said, “and we will go.”";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).hasSize(2);
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(Quote.DIRECT);
            assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
        });
        assertThat(t.substring(qs.get(0).start(), qs.get(0).end())).isEqualTo("“We are ready,”");
        assertThat(t.substring(qs.get(1).start(), qs.get(1).end())).isEqualTo("“and we will go.”");
        assertThat(t.substring(qs.get(1).cue().start(), qs.get(1).cue().end())).isEqualTo("said");
    }

    @Test
    void readsNoSpeechInAPageWhoseSourceNamesAnotherLanguage() {
        Document english = ruto("“We are ready,” Ruto said.").build();
        Document german = english.newBuilder().language("de").build();

        assertThat(STAGE.annotate(english).layer(Layers.QUOTES)).hasSize(1);
        assertThat(STAGE.annotate(german).layer(Layers.QUOTES)).isEmpty();
    }

    @Test
    void resolvesHeToThePersonWhoSpokeLast() {
        String t = "Ruto spoke on Monday.\n“The mission will go on,” he said.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.source().start(), q.source().end())).isEqualTo("he");
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("William Ruto", "william-ruto"));
    }

    @Test
    void resolvesAPronounAfterTwoNamedPeopleToTheSubject() {
        String t = "Ruto met Antony Blinken in Nairobi. “We agreed on the plan,” he said.";
        HandLayers l = ruto(t).entity("antony-blinken", Mention.PERSON, "Antony Blinken", "Blinken");
        Quote q = quotes(l).get(0);
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void resolvesSheOnlyToAWoman() {
        String t = "John Smith met Mary Jones on Monday. “The talks went well,” she said.";
        HandLayers l = HandLayers.of(t).entity("john-smith", Mention.PERSON, "John Smith")
                .entity("mary-jones", Mention.PERSON, "Mary Jones");
        assertThat(quotes(l).get(0).speaker().entityId()).isEqualTo("mary-jones");
    }

    @Test
    void resolvesShePastAManToAWomanKnownByHerTitle() {
        String t = "Mrs Brown met voters on Monday. Mr Smith spoke later. “The talks went well,” she said.";
        HandLayers l = HandLayers.of(t).entity("brown", Mention.PERSON, "Brown")
                .entity("smith", Mention.PERSON, "Smith");
        assertThat(quotes(l).get(0).speaker().entityId()).isEqualTo("brown");
    }

    @Test
    void resolvesHeToTheSpeakerBeforeEvenWhenTheRecognizerTypedHisNameAnOrganization() {
        // CoreNLP's recognizer types "Vincent Cable" an organization; "he" is still Cable, not the man he accused
        String t = "Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices.\n\n"
                + "He said: “This week the chancellor offered the economics of complacency.”";
        HandLayers l = HandLayers.of(t).entity("vincent-cable", Mention.ORGANIZATION, "Vincent Cable")
                .entity("liberal-democrats", Mention.ORGANIZATION, "Liberal Democrats")
                .entity("gordon-brown", Mention.PERSON, "Brown");
        Quote q = quotes(l).stream().filter(x -> x.kind().equals(Quote.DIRECT)).findFirst().orElseThrow();
        assertThat(q.speaker().entityId()).isEqualTo("vincent-cable");
    }

    @Test
    void readsNoSpeechInAVerbWhoseThatIsTheDeterminerOfANoun() {
        String t = "Ruto has led Kenya since 2022. He reached that milestone last June, when he overtook his rival.";
        assertThat(quotes(ruto(t))).isEmpty();
    }

    @Test
    void readsAnActInsideWhatAStanceRejectsAsPartOfIt() {
        // "pressured" is what the allegations say, not something Ruto reported
        String t = "Ruto rejected allegations he pressured the minister to falsify the accounts.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> t.substring(q.cue().start(), q.cue().end())).containsExactly("rejected");
    }

    @Test
    void readsAPleaInCourtAsNoSpeech() {
        assertThat(quotes(ruto("Ruto has already pleaded guilty to fraud and is assisting prosecutors."))).isEmpty();
        assertThat(quotes(ruto("Ruto pleaded not guilty to all charges."))).isEmpty();
    }

    @Test
    void readsAnAmountAddedAsNoSpeechButAClauseAfterAddedAsSpeech() {
        assertThat(quotes(ruto("Despite the protests, Ruto added 1.28p per litre."))).isEmpty();

        String t = "Ruto added 200 officers had arrived.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("200 officers had arrived");
    }

    @Test
    void resolvesHeNeverToThePersonTheReportedWordsAreAbout() {
        String t = "Raila Odinga spoke in Kisumu on Monday.\n\nRuto has failed to tackle these problems, he claimed.";
        HandLayers l = rutoAndOdinga(t);
        Quote q = quotes(l).get(0);
        assertThat(t.substring(q.start(), q.end())).startsWith("Ruto has failed");
        assertThat(q.speaker().entityId()).isEqualTo("raila-odinga");
    }

    @Test
    void givesAQuotationNotToTheNextSentencesCueWhenThatCueReportsSomethingOfItsOwn() {
        // the splitter left the closing mark at the head of the next sentence
        String t = "Raila Odinga went on: \"The president does not like being told the truth and is a bully.\""
                + " Ruto retorted voters remembered the record of a government.";
        HandLayers l = rutoAndOdinga(t).closingMarksOpenTheNextSentence();
        Quote q = quotes(l).stream().filter(x -> x.kind().equals(Quote.DIRECT)).findFirst().orElseThrow();
        assertThat(q.speaker().entityId()).isEqualTo("raila-odinga");
        assertThat(t.substring(q.start(), q.end())).startsWith("\"The president");
    }

    @Test
    void resolvesHeAfterAClosingMarkNeverToThePersonTheQuotedWordsAreAbout() {
        String t = "Raila Odinga spoke in Kisumu.\n\nRuto's government was “bossy and wasteful,” he added.";
        HandLayers l = rutoAndOdinga(t);
        Quote q = quotes(l).get(0);
        assertThat(q.speaker().entityId()).isEqualTo("raila-odinga");
    }

    @Test
    void readsACapitalizedPronounAfterACommaAsTheStartOfASentenceTheSplitterMissed() {
        String t = "Ruto spoke first.\n\nThe star witness is Raila Odinga, one of six officials indicted, He said the"
                + " plan had failed.";
        HandLayers l = rutoAndOdinga(t);
        assertThat(quotes(l).get(0).speaker().entityId()).isEqualTo("raila-odinga");
    }

    @Test
    void keepsTheSubjectOfReportedSpeechThatATimeAHearerOrThereCouldBeTakenFor() {
        assertThat(contentOf(ruto("Ruto said January's figures were decent numbers.").time("January", "2025-01")))
                .isEqualTo("January's figures were decent numbers");
        assertThat(contentOf(ruto("Ruto said 2005 should be the year of the mission.").time("2005", "2005")))
                .isEqualTo("2005 should be the year of the mission");
        assertThat(contentOf(ruto("Ruto warned growth would be just 1% next year."))).startsWith("growth would be");
        assertThat(contentOf(ruto("Ruto told MPs a new plan was part of the deal.")))
                .isEqualTo("a new plan was part of the deal");
        assertThat(contentOf(ruto("Ruto suggests there should be more police in Haiti.")))
                .isEqualTo("there should be more police in Haiti");
        assertThat(contentOf(ruto("Ruto told reporters that the officers would arrive.")))
                .isEqualTo("that the officers would arrive");
    }

    private static String contentOf(HandLayers l) {
        Document d = l.build();
        Quote q = STAGE.annotate(d).layer(Layers.QUOTES).get(0);
        return d.text().substring(q.start(), q.end());
    }

    @Test
    void resolvesTheTitleToThePersonNamedWithItInLowerCase() {
        String t = "Opposition leader Raila Odinga spoke in Kisumu. Later the leader said the talks had failed.";
        HandLayers l = rutoAndOdinga(t);
        assertThat(quotes(l).get(0).speaker().entityId()).isEqualTo("raila-odinga");
    }

    @Test
    void resolvesHeNeverToThePersonAnotherSpeakersWordsName() {
        // Ruto is named inside what the leader argued: he is talked about, so "he" is not him
        String t = "The opposition leader argued there were many people whom he says feel let down by Ruto."
                + " In the foreword to the manifesto, he promises to restore order.";
        Quote q = quotes(ruto(t)).stream().filter(x -> t.substring(x.start(), x.end()).startsWith("to restore"))
                .findFirst().orElseThrow();
        assertThat(q.speaker()).as("left unresolved rather than given to Ruto").isNull();
    }

    @Test
    void readsAccordingToAsIndirectSpeech() {
        String t = "According to Ruto, the officers will arrive in January.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.INDIRECT);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the officers will arrive in January");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("According to");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void keepsTheOpeningWordsOfReportedSpeechThatTheSpeechClauseInterrupts() {
        String t = "Police reform, Ruto often says, is the first task of the mission.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.INDIRECT);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("is the first task of the mission");
        assertThat(q.lead()).isNotNull();
        assertThat(t.substring(q.lead().start(), q.lead().end())).isEqualTo("Police reform");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void takesTheOpeningWordsAfterADatelineAndAfterTheWritersClause() {
        String dateline = "NAIROBI — The first contingent, Ruto said, would leave within weeks.";
        Quote q = quotes(ruto(dateline)).get(0);
        assertThat(dateline.substring(q.lead().start(), q.lead().end())).isEqualTo("The first contingent");

        String but = "Kenya had long resisted such missions, but the gangs had grown so strong, Ruto said, that"
                + " the police could no longer cope.";
        Quote r = quotes(ruto(but)).get(0);
        assertThat(but.substring(r.lead().start(), r.lead().end())).isEqualTo("the gangs had grown so strong");
    }

    @Test
    void aPhraseAboutTheSpeakerOrAnUninterruptedClauseHasNoOpeningWords() {
        String speaking = "Speaking in Nairobi, Ruto said, the officers would arrive in January.";
        assertThat(quotes(ruto(speaking))).allSatisfy(q -> assertThat(q.lead()).isNull());
        String plain = "Ruto said the officers would arrive in January.";
        assertThat(quotes(ruto(plain))).singleElement().satisfies(q -> assertThat(q.lead()).isNull());
        String direct = "“We are ready,” Ruto said, “and we will go.”";
        assertThat(quotes(ruto(direct))).allSatisfy(q -> assertThat(q.lead()).isNull());
    }

    @Test
    void aRelativeClauseAfterTheSpeechClauseIsNotWhatWasSaid() {
        String t = "The plan would cost too much, Ruto said in an interview, which was broadcast on Monday.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("The plan would cost too much");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");

        String claims = "The court will soon rule on a case challenging Kenya's claims, which Ruto has vowed to ignore.";
        assertThat(quotes(ruto(claims))).noneSatisfy(x -> assertThat(claims.substring(x.start(), x.end()))
                .startsWith("which"));
    }

    @Test
    void aSplitQuotationGoesOnAfterTheOccasionOrAConnective() {
        String t = "“We are ready,” Ruto said at a rally in Mombasa on Monday, “but the mission needs money.”";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> t.substring(q.start(), q.end()))
                .containsExactly("“We are ready,”", "“but the mission needs money.”");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker().entityId()).isEqualTo("william-ruto"));

        String but = "“We are ready to send the first officers this month,” Ruto said, but “the mission needs money.”";
        List<Quote> rs = quotes(ruto(but));
        assertThat(rs).extracting(q -> but.substring(q.start(), q.end())).containsExactly(
                "“We are ready to send the first officers this month,”", "but “the mission needs money.”");
        assertThat(rs.get(1).kind()).isEqualTo(Quote.MIXED);
    }

    @Test
    void aShortQuotationRightAfterDirectSpeechGoesOnWithIt() {
        String t = "“Will the mission fail?” Ruto asked. “Not at all.”";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> t.substring(q.start(), q.end()))
                .containsExactly("“Will the mission fail?”", "“Not at all.”");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker().entityId()).isEqualTo("william-ruto"));

        String title = "Ruto spoke at length on Monday about the mission. “Hope Rising.”";
        assertThat(quotes(ruto(title))).as("a short title after narrative is no one's words").isEmpty();
    }

    @Test
    void aSpeakerWithAPartyInParenthesesAndAnAppositiveIsTheSource() {
        String t = "Sen. Jon Tester (D-Mont.) said the bank had broken the law. “We will not stop,” Rep. Jim Jordan"
                + " (R-Ohio), an oversight panel member, said in a phone interview.";
        HandLayers l = HandLayers.of(t).entity("jon-tester", Mention.PERSON, "Jon Tester")
                .entity("jim-jordan", Mention.PERSON, "Jim Jordan");
        Quote q = quotes(l).stream().filter(x -> Quote.DIRECT.equals(x.kind())).findFirst().orElseThrow();
        assertThat(q.speaker().entityId()).as("not the senator of the sentence before").isEqualTo("jim-jordan");
    }

    @Test
    void aSpeakerWithALongTitleAfterTheQuotationIsTheSource() {
        String t = "“The plan will work,” Ruto said. “It has the virtue of being paid for,” Leonard E. Burman, director"
                + " of the centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse"
                + " University, said of the plan.";
        HandLayers l = ruto(t).entity("leonard-burman", Mention.PERSON, "Leonard E. Burman");
        Quote q = quotes(l).stream().filter(x -> t.substring(x.start(), x.end()).startsWith("“It has"))
                .findFirst().orElseThrow();
        assertThat(q.speaker().entityId()).as("not carried over from Ruto").isEqualTo("leonard-burman");
    }

    @Test
    void keepsAnAnonymousSourceAsWritten() {
        String t = "The deployment was delayed again, officials said.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("officials", null));
        assertThat(t.substring(q.start(), q.end())).isEqualTo("The deployment was delayed again");
    }

    @Test
    void keepsAGroupSourceUnnamed() {
        String t = "Proponents of a UN mission argued it would bring steady funding.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("Proponents of a UN mission", null));
        assertThat(t.substring(q.start(), q.end())).isEqualTo("it would bring steady funding");
    }

    @Test
    void doesNotTakeAScareQuoteForAStatement() {
        String t = "The council approved a so-called “peace plan” for the region on Monday.";
        assertThat(quotes(ruto(t))).isEmpty();
    }

    @Test
    void doesNotTakeAQuotedTitleForAStatement() {
        String t = "Ruto watched the film “Hotel Rwanda” with students.";
        assertThat(quotes(ruto(t))).isEmpty();
    }

    @Test
    void takesTheChannelFromPostedOnX() {
        String t = "“The call was productive,” Ruto posted on X.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.channel()).isEqualTo("X");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void takesTheOccasionFromAtAnAssembly() {
        String t = "“Kenya will send more officers,” Ruto declared at the United Nations General Assembly.";
        assertThat(quotes(ruto(t)).get(0).channel()).isEqualTo("the United Nations General Assembly");
    }

    @Test
    void datesAStatementByTheTimeOfItsSpeechClause() {
        String t = "On Tuesday, Ruto said that 400 officers had arrived by January.";
        HandLayers l = ruto(t).time("Tuesday", "2024-11-05").time("January", "2025-01").published("2024-11-07");
        Quote q = quotes(l).get(0);
        assertThat(q.date()).isEqualTo("2024-11-05");
        assertThat(t.substring(q.start(), q.end())).isEqualTo("that 400 officers had arrived by January");
    }

    @Test
    void datesAStatementByThePublicationDateWhenNoneIsStated() {
        String t = "Ruto said the officers would arrive in January.";
        HandLayers l = ruto(t).time("January", "2025-01").published("2024-11-07");
        assertThat(quotes(l).get(0).date()).isEqualTo("2024-11-07");
    }

    @Test
    void leavesTheDateNullWhenNothingIsKnown() {
        assertThat(quotes(ruto("Ruto said the officers would arrive.")).get(0).date()).isNull();
    }

    @Test
    void carriesAQuoteOverParagraphsWhenTheNextOpensWithAMark() {
        String t = "Ruto spoke at length.\n“We will stay the course,” he said. “The mission is working.\n"
                + "“It will continue until the job is done.”\nThe talks ended.";
        Document d = ruto(t).build();
        List<Quote> qs = STAGE.annotate(d).layer(Layers.QUOTES);
        assertThat(qs).extracting(q -> text(d, q)).containsExactly("“We will stay the course,”",
                "“The mission is working.\n“It will continue until the job is done.”");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker().entityId()).isEqualTo("william-ruto"));
    }

    @Test
    void givesAQuoteParagraphWithNoCueToTheLastSpeaker() {
        String t = "“We are ready to go,” Ruto said.\n“Our officers have trained for months for this.”";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).hasSize(2);
        assertThat(qs.get(1).speaker().entityId()).isEqualTo("william-ruto");
        assertThat(qs.get(1).cue()).isNull();
    }

    @Test
    void takesACueFromTheNextSentence() {
        String t = "“We will not leave Haiti behind.” Ruto said this in Nairobi on Monday.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).anySatisfy(q -> {
            assertThat(text(ruto(t).build(), q)).isEqualTo("“We will not leave Haiti behind.”");
            assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
        });
    }

    @Test
    void resolvesASpeakerNamedOnlyByTitle() {
        String t = "President William Ruto arrived in Port-au-Prince on Saturday.\n"
                + "The president said the officers had done well.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
        assertThat(t.substring(q.source().start(), q.source().end())).isEqualTo("The president");
    }

    @Test
    void marksIndirectSpeechWithAQuotedFragmentAsMixed() {
        String t = "Ruto said the mission was “a clear success” so far.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.MIXED);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the mission was “a clear success” so far");
    }

    @Test
    void readsVoicedSupportForAsAStatement() {
        String t = "During a visit to Haiti, Ruto voiced support for a UN peacekeeping force.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("voiced support for");
        assertThat(t.substring(q.start(), q.end())).isEqualTo("a UN peacekeeping force");
        assertThat(q.channel()).isEqualTo("a visit to Haiti");
    }

    @Test
    void readsAsXNotedAsAStatementAboutTheMainClause() {
        String t = "The full deployment is expected by January, as Ruto noted.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("The full deployment is expected by January");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsToldReportersThat() {
        String t = "Ruto told reporters that the officers would leave on Friday.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("that the officers would leave on Friday");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("told");
    }

    @Test
    void leavesThePlaceOfTheSayingOutOfWhatWasSaid() {
        String t = "Ruto said during a rally in Mombasa that the officers would leave next week.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("that the officers would leave next week");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("said");
    }

    @Test
    void leavesTheTimeOfTheSayingOutOfWhatWasSaid() {
        String t = "Ruto said on Friday, June 21, 2024, that the officers would leave next week.";
        Quote q = quotes(ruto(t).time("Friday, June 21, 2024", "2024-06-21").time("next week", "2024-W26")).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("that the officers would leave next week");
        assertThat(q.date()).isEqualTo("2024-06-21");
    }

    @Test
    void readsAStatementIntroducedBeforeTheQuote() {
        String t = "Ruto spoke on Monday. He further stated, “Kenya will lead the mission.”";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.DIRECT);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("“Kenya will lead the mission.”");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void takesTheNameBeforeARelativeClauseAsTheSource() {
        String t = "Ruto, who leads the talks, says the officers are ready.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the officers are ready");
    }

    @Test
    void takesAQuotedShowTitleBeforeTheSpeakerForATitle() {
        String t = "On “Morning Edition,” Ruto said the officers would stay another year.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.INDIRECT);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the officers would stay another year");
    }

    @Test
    void givesAQuotationAfterAColonToTheSentenceThatIntroducesIt() {
        String t = "Ruto released the following statement:\n“Kenya stands with the people of Haiti today.”";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(q.kind()).isEqualTo(Quote.DIRECT);
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void doesNotReportSpeechQuotedInsideAQuotation() {
        String t = "“I said that we would win,” Ruto told reporters.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).kind()).isEqualTo(Quote.DIRECT);
    }

    @Test
    void attributesAnInvertedSplitQuoteToOneSpeaker() {
        String t = "“It is a hard choice,” said Ruto, “because both paths carry risks.”";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).hasSize(2);
        assertThat(qs).allSatisfy(q -> {
            assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
            assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("said");
        });
    }

    private static Quote only(String t) {
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).hasSize(1);
        return qs.get(0);
    }

    @Test
    void readsABeliefWithoutThat() {
        String t = "Ruto believes the mission will succeed.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the mission will succeed");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("believes");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsSupportForSomethingAsAnAttitude() {
        String t = "Ruto supports a second vote on the deployment.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("a second vote on the deployment");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsAnAppealWithItsHearerAndInfinitive() {
        String t = "Ruto urged lawmakers to approve the funds.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("lawmakers to approve the funds");
    }

    @Test
    void readsAHeadlineSpeakerBeforeAColon() {
        String t = "Ruto: Kenya Will Stay in Haiti\nThe talks ended on Monday.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("Kenya Will Stay in Haiti");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo(":");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void doesNotTakeAPlaceBeforeAColonForASpeaker() {
        String t = "Nairobi: The talks ended on Monday after a long night.";
        HandLayers l = HandLayers.of(t).entity("nairobi", Mention.LOCATION, "Nairobi");
        assertThat(STAGE.annotate(l.build()).layer(Layers.QUOTES)).isEmpty();
    }

    @Test
    void takesASubjectWithAnAppositiveBeforeTheVerb() {
        String t = "Mary Wanjiru, 44, a teacher from Nairobi, said she would vote for the plan.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("she would vote for the plan");
        assertThat(t.substring(q.source().start(), q.source().end()))
                .isEqualTo("Mary Wanjiru, 44, a teacher from Nairobi,");
    }

    @Test
    void readsAGerundClauseAfterSaid() {
        String t = "Ruto said sending more officers would help.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("sending more officers would help");
    }

    @Test
    void readsReportedSpeechWhoseVerbIsFollowedByItS() {
        String t = "Ruto said it\u2019s the best plan they have.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("it\u2019s the best plan they have");
    }

    @Test
    void readsTheTypewritersDoubledMarksAsAQuotation() {
        String t = "''We are ready to go,'' Ruto said.";
        Quote q = only(t);
        assertThat(q.kind()).isEqualTo(Quote.DIRECT);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("''We are ready to go,''");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsIndirectSpeechRightAfterAQuotationThatClosedTheSentenceBefore() {
        String t = "Ruto spoke to the press. \u201CThe mission is working.\u201D Ruto says he is not worried.";
        Document d = ruto(t).build();
        List<Quote> qs = STAGE.annotate(d).layer(Layers.QUOTES);
        assertThat(qs).extracting(q -> text(d, q)).contains("he is not worried");
    }

    @Test
    void reportsNoAttributionNestedInsideAnother() {
        String t = "Ruto said the ministers believe the plan will work.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the ministers believe the plan will work");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsAPollThatShowsAFinding() {
        String t = "A new poll shows most voters want the officers to stay.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("most voters want the officers to stay");
        assertThat(t.substring(q.source().start(), q.source().end())).isEqualTo("A new poll");
        assertThat(q.speaker()).as("a poll is a source, not a speaker").isNull();
    }

    @Test
    void readsANounOfSayingWithItsOwnerAsTheSource() {
        String t = "Critics rejected Ruto\u2019s claim that the officers were ready.";
        Quote q = quotes(ruto(t)).stream().filter(x -> text(ruto(t).build(), x).startsWith("that")).findFirst()
                .orElseThrow();
        assertThat(t.substring(q.start(), q.end())).isEqualTo("that the officers were ready");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("claim");
        assertThat(q.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsSupportForAPolicyAfterAPossessive() {
        String t = "His support for the mission never wavered.";
        Quote q = only(t);
        assertThat(t.substring(q.start(), q.end())).isEqualTo("the mission");
        assertThat(t.substring(q.cue().start(), q.cue().end())).isEqualTo("support for");
        assertThat(t.substring(q.source().start(), q.source().end())).isEqualTo("His");
    }

    private static String span(String t, org.sitrep.doc.Span s) {
        return t.substring(s.start(), s.end());
    }

    private static Quote quoteStarting(String t, List<Quote> qs, String prefix) {
        return qs.stream().filter(q -> t.substring(q.start(), q.end()).startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void continuesAQuotationWhoseOpeningMarkEndsTheSentenceBefore() {
        // straight marks: the sentence splitter leaves the opening mark of the second quotation behind
        String t = "\"We will win,\" said Ruto. \"The people are with us and the votes are there.\"";
        List<Quote> qs = quotes(ruto(t));
        Quote second = quoteStarting(t, qs, "\"The people");
        assertThat(span(t, second)).isEqualTo("\"The people are with us and the votes are there.\"");
        assertThat(second.speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void findsTheSubjectBeforeAPartyAndStateInParentheses() {
        String t = "Sen. John Smith (R-Iowa) said the bill would fail in the Senate.";
        HandLayers l = HandLayers.of(t).entity("john-smith", Mention.PERSON, "John Smith");
        Quote q = quotes(l).get(0);
        assertThat(span(t, q)).isEqualTo("the bill would fail in the Senate");
        assertThat(q.speaker().entityId()).isEqualTo("john-smith");
    }

    @Test
    void readsAQuantifierAsAGroupThatSpeaks() {
        String t = "Several said they would vote against the bill.";
        Quote q = only(t);
        assertThat(span(t, q)).isEqualTo("they would vote against the bill");
        assertThat(span(t, q.source())).isEqualTo("Several");
        assertThat(q.speaker().entityId()).isNull();
    }

    @Test
    void readsARoleFollowedByTheNameInAppositionAsTheSubject() {
        String t = "His campaign manager, Jeff Weaver, said the senator will win in Nevada.";
        HandLayers l = HandLayers.of(t).entity("jeff-weaver", Mention.PERSON, "Jeff Weaver");
        Quote q = quotes(l).get(0);
        assertThat(span(t, q)).isEqualTo("the senator will win in Nevada");
        assertThat(span(t, q.source())).contains("Jeff Weaver");
    }

    @Test
    void readsANameAndColonBeforeAQuotationAfterADash() {
        String t = "TURNOUT WAS HIGH IN IOWA - John Smith: \u201CThe caucus broke its record and the parties took note.\u201D";
        HandLayers l = HandLayers.of(t).entity("john-smith", Mention.PERSON, "John Smith");
        Quote q = quotes(l).get(0);
        assertThat(span(t, q)).startsWith("\u201CThe caucus broke");
        assertThat(q.speaker().entityId()).isEqualTo("john-smith");
        assertThat(span(t, q.cue())).isEqualTo(":");
    }

    @Test
    void readsAHeadlineWhoseSpeakerIsAnUnknownName() {
        String t = "Sanders: Clinton Email Story Has Moved";
        Quote q = only(t);
        assertThat(span(t, q)).isEqualTo("Clinton Email Story Has Moved");
        assertThat(span(t, q.source())).isEqualTo("Sanders");
    }

    @Test
    void attributesAQuotationSignedWithADashAndAName() {
        String t = "\u201CHe represents our greatest shame and we must vote.\u201D \u2015 Mary Jones\n\nAnother line follows here.";
        HandLayers l = HandLayers.of(t).entity("mary-jones", Mention.PERSON, "Mary Jones");
        Quote q = quotes(l).get(0);
        assertThat(span(t, q)).isEqualTo("\u201CHe represents our greatest shame and we must vote.\u201D");
        assertThat(q.speaker().entityId()).isEqualTo("mary-jones");
    }

    @Test
    void letsAStrongCueAfterTheClauseTakeItOverAWeakCueInside() {
        String t = "White union members favored the senator by 20 points, according to the poll.";
        Quote q = quoteStarting(t, only2(t), "White");
        assertThat(span(t, q)).isEqualTo("White union members favored the senator by 20 points");
        assertThat(span(t, q.source())).isEqualTo("the poll");
    }

    private static List<Quote> only2(String t) {
        return quotes(ruto(t));
    }

    // ------------------------------------------------------------------ quotes fit to republish (issue 14)

    @Test
    void endsAQuoteWhoseParagraphsRanTogetherAtTheNextOpeningMark() {
        String t = "He said: \"This is a three-way race. In the cities, the contest is between two parties. "
                + "\"In the rural seats the main contenders are two others.\" The party accuses Mr Smith of making a "
                + "\"soft\" speech to delegates.";
        List<Quote> qs = quotes(HandLayers.of(t));
        assertThat(qs).extracting(q -> span(t, q)).noneMatch(s -> s.contains("accuses"))
                .noneMatch(s -> s.startsWith("\" ")).noneMatch(s -> s.endsWith("a \""));
        assertThat(qs).extracting(q -> span(t, q)).contains(
                "\"This is a three-way race. In the cities, the contest is between two parties.",
                "\"In the rural seats the main contenders are two others.\"");
    }

    @Test
    void opensNoQuoteAtAMarkThatCanOnlyClose() {
        String t = "The minister spoke at length about the budget\" and the vote. Then came \"a very long day for "
                + "all of us in the chamber,\" Ruto said.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q))
                .containsExactly("\"a very long day for all of us in the chamber,\"");
    }

    @Test
    void leavesTheSpeakerNullWhenAPronounCannotBeResolved() {
        String t = "The talks ended late.\n\u201CWe will not back down,\u201D it said.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(span(t, q)).isEqualTo("\u201CWe will not back down,\u201D");
        assertThat(span(t, q.source())).isEqualTo("it");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void leavesTheSpeakerNullForAnUnresolvedHe() {
        String t = "The hall was full.\n\u201CThe vote is lost,\u201D he said.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(span(t, q.source())).isEqualTo("he");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void leavesTheSpeakerNullWhenTheSourceOwnerIsAPronoun() {
        String t = "Its members said the strike would go ahead.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(span(t, q)).isEqualTo("the strike would go ahead");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void leavesTheSpeakerNullForACommonNounThatNamesNoOne() {
        String t = "\u201CTurnout will be low in the north,\u201D the survey said.\nThe plan will work, the document says.";
        List<Quote> qs = quotes(HandLayers.of(t));
        assertThat(qs).extracting(q -> span(t, q.source())).containsExactly("the survey", "the document");
        assertThat(qs).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void keepsANamedGroupAsTheSpeaker() {
        String t = "Diplomats said the talks had stalled.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("Diplomats", null));
    }

    @Test
    void keepsAnOrganizationNamedByItsKindAsTheSpeaker() {
        String t = "The commission said the rules should change.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("The commission", null));
    }

    @Test
    void keepsAPluralGroupNamedByItsKindAsTheSpeaker() {
        String t = "Local campaigners said the railway line would reopen.";
        Quote q = quotes(HandLayers.of(t)).get(0);
        assertThat(q.speaker()).isEqualTo(new Quote.Speaker("Local campaigners", null));
    }

    @Test
    void leavesTheSpeakerNullForADate() {
        String t = "The figures published last week showed that most workers want the change.";
        List<Quote> qs = quotes(HandLayers.of(t).time("last week", "2024-W10"));
        assertThat(qs).isNotEmpty().allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void endsIndirectContentBeforeASecondVerbOfSaying() {
        String t = "Ruto said the review would go ahead and warned against any delay.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(span(t, q)).isEqualTo("the review would go ahead");
    }

    @Test
    void endsIndirectContentBeforeTheWritersAsideAfterBut() {
        String t = "Ruto said the officers had arrived, but the mission still lacks money.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(span(t, q)).isEqualTo("the officers had arrived");
    }

    @Test
    void endsIndirectContentBeforeTheOccasionOfTheSaying() {
        String t = "Ruto said the mission would go on in a statement on Friday.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(span(t, q)).isEqualTo("the mission would go on");
    }

    @Test
    void startsIndirectContentAtThatAfterThePlaceOfTheSaying() {
        String t = "Ruto said at a rally in Nairobi that the officers would stay.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(span(t, q)).isEqualTo("that the officers would stay");
    }

    @Test
    void endsIndirectContentBeforeASecondSpeechClauseJoinedToIt() {
        String t = "Ruto said the officers had reached Port-au-Prince, and Odinga warned that the gangs would test them.";
        assertThat(quotes(rutoAndOdinga(t))).extracting(q -> span(t, q)).containsExactly(
                "the officers had reached Port-au-Prince", "that the gangs would test them");

        String claiming = "Ruto insisted that the mission had made progress, claiming that the gangs were in retreat.";
        List<Quote> qs = quotes(ruto(claiming));
        assertThat(qs).extracting(q -> span(claiming, q)).containsExactly(
                "that the mission had made progress", "that the gangs were in retreat");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker().entityId()).isEqualTo("william-ruto"));

        String other = "Ruto said the mission needed more money, while Raila Odinga said the mission should end.";
        List<Quote> rs = quotes(rutoAndOdinga(other));
        assertThat(rs).extracting(q -> span(other, q)).containsExactly(
                "the mission needed more money", "the mission should end");
        assertThat(rs).extracting(q -> q.speaker().entityId()).containsExactly("william-ruto", "raila-odinga");
    }

    @Test
    void keepsIndirectContentWholeWhenTheSecondClauseIsPartOfIt() {
        String condition = "Ruto said that if the council delayed the vote, the leaders would demand a new mission.";
        assertThat(quotes(ruto(condition))).extracting(q -> span(condition, q)).containsExactly(
                "that if the council delayed the vote, the leaders would demand a new mission");

        String pair = "Ruto said the United States and its allies would support the mission.";
        assertThat(quotes(ruto(pair))).extracting(q -> span(pair, q)).containsExactly(
                "the United States and its allies would support the mission");
    }

    @Test
    void givesTheWholeSentenceToASpeechClauseThatClosesIt() {
        String t = "Ruto plans to visit Port-au-Prince on Sunday, according to a government spokesman.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q)).containsExactly("Ruto plans to visit Port-au-Prince on Sunday");
        assertThat(t.substring(qs.get(0).source().start(), qs.get(0).source().end()))
                .isEqualTo("a government spokesman");

        String denies = "Raila Odinga has suggested that Ruto is delaying the vote, something Ruto denies.";
        assertThat(quotes(rutoAndOdinga(denies))).extracting(q -> span(denies, q)).contains(
                "that Ruto is delaying the vote");

        String said = "The council wants the mission to report every month, diplomats said.";
        assertThat(quotes(ruto(said))).extracting(q -> span(said, q)).containsExactly(
                "The council wants the mission to report every month");
    }

    @Test
    void endsContentWithTheQuotationItOpened() {
        String t = "Ruto says Haiti mission is a 'shared duty.'";
        assertThat(quotes(ruto(t))).extracting(q -> span(t, q)).containsExactly("Haiti mission is a 'shared duty.'");

        String curly = "Ruto: Gangs Will ‘Not Win This War.’";
        assertThat(quotes(ruto(curly))).extracting(q -> span(curly, q)).containsExactly("Gangs Will ‘Not Win This War.’");
    }

    @Test
    void findsTheSubjectOfAProgressiveCue() {
        String t = "Ruto spoke in Nairobi on Monday. He’s claiming that the gangs are in retreat.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q)).containsExactly("that the gangs are in retreat");
        assertThat(t.substring(qs.get(0).source().start(), qs.get(0).source().end())).isEqualTo("He");
    }

    @Test
    void closesAStraightMarkWithACurlyOne() {
        String t = "The mission kept its \"field” reports apart from the “daily briefs.” The rest were deleted.\n\n"
                + "“We will not leave before the job is done,” Ruto said in a phone interview.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q)).containsExactly("“We will not leave before the job is done,”");
        assertThat(qs.get(0).speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void aClauseAfterTheSpeechClauseAndAConnectiveIsNotWhatWasSaid() {
        String t = "“Are we winning?” Ruto asked, but the officers were already leaving.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q)).containsExactly("“Are we winning?”");

        // after reported speech the clause goes on with what was said
        String reported = "The mission had faced delays, Ruto said, but the officers were now ready to deploy.";
        assertThat(quotes(ruto(reported))).extracting(q -> span(reported, q))
                .contains("but the officers were now ready to deploy");
    }

    @Test
    void endsTheContentOfARelativeClauseAtTheMainClause() {
        String t = "Among voters who said security mattered most, a majority backed the mission.";
        assertThat(quotes(ruto(t))).extracting(q -> span(t, q)).contains("security mattered most")
                .noneMatch(x -> x.contains("majority"));

        String who = "The senators, who warned the force was too small, approved the plan on Monday.";
        assertThat(quotes(ruto(who))).extracting(q -> span(who, q)).contains("the force was too small")
                .noneMatch(x -> x.contains("approved"));
    }

    @Test
    void aParticipleSharesTheSourceOfTheMainClauseNotOfAClauseInsideItsContent() {
        String t = "Raila Odinga rejected claims that Ruto was considering a larger force, saying the mission was"
                + " large enough.";
        Quote q = quoteStarting(t, quotes(rutoAndOdinga(t)), "the mission");
        assertThat(span(t, q)).isEqualTo("the mission was large enough");
        assertThat(q.speaker().entityId()).isEqualTo("raila-odinga");
    }

    @Test
    void aSpeechClauseWithItsHearerClosesTheSentence() {
        String t = "The decision to extend the mission was a sensible one, since the officers were talking about"
                + " training at the time, Ruto told the BBC.";
        List<Quote> qs = quotes(ruto(t));
        assertThat(qs).extracting(q -> span(t, q)).containsExactly("The decision to extend the mission was a sensible"
                + " one, since the officers were talking about training at the time");
        assertThat(qs.get(0).speaker().entityId()).isEqualTo("william-ruto");
    }

    @Test
    void readsPastTheSourcesAppositiveAfterAccordingTo() {
        String t = "According to the Daily Nation, Kenya's largest newspaper, the officers will leave in May.";
        assertThat(quotes(ruto(t))).extracting(q -> span(t, q)).containsExactly("the officers will leave in May");
    }

    @Test
    void aSourceDescribedByItsTieIsThePeopleNotTheOneTheyAreTiedTo() {
        String t = "Sources close to Ruto said the officers would stay.";
        Quote q = quotes(ruto(t)).get(0);
        assertThat(span(t, q.source())).isEqualTo("Sources close to Ruto");
        assertThat(q.speaker() == null ? null : q.speaker().entityId()).isNotEqualTo("william-ruto");

        String after = "The officers will stay, people familiar with the talks said.";
        Quote r = quotes(ruto(after)).get(0);
        assertThat(span(after, r)).isEqualTo("The officers will stay");
        assertThat(span(after, r.source())).isEqualTo("people familiar with the talks");

        String pronoun = "Those close to him say the officers will stay.";
        assertThat(span(pronoun, quotes(ruto(pronoun)).get(0).source())).isEqualTo("Those close to him");
    }
}
