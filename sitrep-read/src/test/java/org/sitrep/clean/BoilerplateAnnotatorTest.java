package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

class BoilerplateAnnotatorTest extends AnnotatorTestCase {
    private final BoilerplateAnnotator annotator = new BoilerplateAnnotator();

    @Override
    protected Annotator annotator() {
        return annotator;
    }

    @Override
    protected Document prepare(String text) {
        return Document.builder(text).build();
    }

    @Override
    protected List<String> sampleTexts() {
        List<String> texts = new ArrayList<>(super.sampleTexts());
        texts.add("Related\n");
        texts.add("Read more:\n\n\n- a\n-\n- \uD83D\n");
        texts.add("Title\nBody line.\nTitle");
        texts.add("Share\r\nFacebook Twitter WhatsApp\r\n");
        return texts;
    }

    private List<String> boilerplateOf(Document doc) {
        Document out = annotator.annotate(doc);
        return out.layer(Layers.BOILERPLATE).stream()
                .map(b -> b.kind() + ":" + out.textOf(b))
                .toList();
    }

    private List<String> boilerplateOf(String text) {
        return boilerplateOf(Document.builder(text).build());
    }

    @Test
    void marksAnAlsoReadHeadingAndItsBulletedItemsUpToTheNextParagraph() {
        String text = "Police arrive in the capital\n"
                + "The first officers landed on Tuesday, the ministry said.\n"
                + "ALSO READ:\n"
                + "- Floods Hit the Coast Again\n"
                + "- Why Prices Keep Rising\n"
                + "The officers will patrol the port, officials said.\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "link-list:ALSO READ:\n- Floods Hit the Coast Again\n- Why Prices Keep Rising\n");
    }

    @Test
    void takesShortHeadlineLinesWithoutBulletsAsItemsAndStopsAtProse() {
        String text = "Storm nears the islands\n"
                + "Winds reached 120 km/h overnight.\n\n"
                + "Related stories\n\n"
                + "Storm Season Starts Early\n\n"
                + "How Islands Prepare for Hurricanes\n\n"
                + "Residents were told to stay indoors until Friday.\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "link-list:Related stories\n\nStorm Season Starts Early\n\nHow Islands Prepare for Hurricanes\n");
    }

    @Test
    void marksAHeadingWithItsItemOnTheSameLine() {
        String text = "Talks resume\nThe talks resumed on Monday.\nREAD MORE: Talks Stall Over Funding\n"
                + "Both sides said progress was made.";
        assertThat(boilerplateOf(text)).containsExactly("link-list:READ MORE: Talks Stall Over Funding\n");
    }

    @Test
    void aTeaserOnTheHeadingsLineDoesNotTakeTheSubheadingAfterIt() {
        String text = "Streets renamed\nThe council voted on Monday.\nRead more: Germany Returns Artefacts\n"
                + "Freedom fighters replace colonial leaders\nThe renaming took effect in December.\n";
        assertThat(boilerplateOf(text)).containsExactly("link-list:Read more: Germany Returns Artefacts\n");
    }

    @Test
    void leavesProseThatOnlyStartsLikeAHeading() {
        String text = "Budget passes\n"
                + "Related talks were held in Nairobi on Monday.\n"
                + "Read more about the plan in the ministry's report.\n"
                + "More from the minister is expected on Friday.\n"
                + "Trending upward, prices rose 4% in March.\n"
                + "Subscribers to the service complained of delays.\n"
                + "Follow the money, the auditor said.\n";
        assertThat(boilerplateOf(text)).isEmpty();
    }

    @Test
    void marksTheTitleRepeatedAsTheLastLineIgnoringCaseSpacesAndQuotes() {
        String text = "Inside the Minister’s Talks with Donors\n"
                + "The minister met donors on Friday.\n"
                + "They agreed on a plan.\n"
                + "INSIDE THE  MINISTER'S TALKS WITH DONORS\n\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "repeated-title:INSIDE THE  MINISTER'S TALKS WITH DONORS\n");
    }

    @Test
    void marksTheDocumentTitleRepeatedAtTheEndWhenTheTextDoesNotStartWithIt() {
        Document doc = Document.builder("The minister met donors on Friday.\nDonors Pledge Aid")
                .title("Donors pledge aid").build();
        assertThat(boilerplateOf(doc)).containsExactly("repeated-title:Donors Pledge Aid");
    }

    @Test
    void findsTheRepeatedTitleBeforeTrailingShareLines() {
        String text = "Donors Pledge Aid\nThe minister met donors on Friday.\nDonors Pledge Aid\nShare this article\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "repeated-title:Donors Pledge Aid\n", "share:Share this article\n");
    }

    @Test
    void doesNotTakeAOneLineTextForItsOwnRepeatedTitle() {
        assertThat(boilerplateOf("Donors Pledge Aid")).isEmpty();
        assertThat(boilerplateOf("\n\nDonors Pledge Aid\n\n")).isEmpty();
    }

    @Test
    void marksShareFollowSubscribeAndCookieLines() {
        String text = "Port reopens\n"
                + "Share on Facebook\n"
                + "The port reopened on Monday after a week.\n"
                + "Follow us on Twitter\n"
                + "Subscribe to our newsletter\n"
                + "Sign up for breaking news alerts\n"
                + "Click here to join our WhatsApp channel.\n"
                + "Facebook | Twitter | WhatsApp | Email\n"
                + "We use cookies to improve your experience.\n"
                + "Ships were waiting offshore.\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "share:Share on Facebook\n",
                "share:Follow us on Twitter\n",
                "share:Subscribe to our newsletter\n",
                "share:Sign up for breaking news alerts\n",
                "share:Click here to join our WhatsApp channel.\n",
                "share:Facebook | Twitter | WhatsApp | Email\n",
                "share:We use cookies to improve your experience.\n");
    }

    @Test
    void marksAPaywallPitchFromItsOpeningToItsCloseButNotALoneMention() {
        String text = "Clinic reopens\n"
                + "The clinic in Cap-Haitien reopened on Monday.\n"
                + "To view the full story, please subscribe to The Harbour Post.\n"
                + "Members get every local story and our weekly letter.\n"
                + "First-time subscribers also receive a tote bag.\n"
                + "If you're already a subscriber, log in to read on.\n";
        assertThat(boilerplateOf(text)).containsExactly("ads:To view the full story, please subscribe to The Harbour"
                + " Post.\nMembers get every local story and our weekly letter.\nFirst-time subscribers also receive"
                + " a tote bag.\nIf you're already a subscriber, log in to read on.\n");

        String mention = "Paper adds paywall\n"
                + "Readers now see: to read the full story, subscribe.\n"
                + "First-time subscribers pay half for a year, the publisher said.\n";
        assertThat(boilerplateOf(mention)).noneMatch(b -> b.contains("First-time"));
    }

    @Test
    void keepsWindowsLineEndsInsideTheSpans() {
        String text = "Talks\r\nThey met.\r\nYou may also like\r\n• Rain Returns\r\n• Schools Reopen\r\nThey left.\r\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "link-list:You may also like\r\n• Rain Returns\r\n• Schools Reopen\r\n");
    }

    @Test
    void keepsWhatTheReaderMarkedAndReadsOnlyTheRest() {
        String text = "Talks\nMenu Home World\nThey met.\nShare on Facebook\nThey left.\n";
        Document doc = Document.builder(text)
                .layer(Layers.BOILERPLATE, List.of(new Boilerplate(6, 22, Boilerplate.NAVIGATION)))
                .build();
        List<Boilerplate> marked = annotator.annotate(doc).layer(Layers.BOILERPLATE);
        assertThat(marked).extracting(b -> b.kind() + ":" + text.substring(b.start(), b.end()))
                .containsExactly("navigation:Menu Home World\n", "share:Share on Facebook\n");
    }

    @Test
    void leavesBulletedListsThatNoHeadingIntroducesToTheArticle() {
        String text = "Demands\nThe union listed its demands:\n- higher pay\n- safer patrols\nTalks go on.\n";
        assertThat(boilerplateOf(text)).isEmpty();
    }
    @Test
    void marksClosingCallsToActAndNoticesButNotProseAboutTheSameThings() {
        String text = "Port reopens\n"
                + "The port reopened on Monday after a week, and the harbour app was downloaded by many.\n"
                + "Copyright rules for ships were discussed at the meeting.\n"
                + "For the latest stories and breaking news updates download the Daily Example apps for iOS.\n"
                + "Follow The Daily Example on Twitter and Instagram @example and send us a message at 555-0100.\n"
                + "We want to hear what you think about this article.\n"
                + "To view the full story, please subscribe to The Daily Example.\n"
                + "© 2024, Example News. This article is the copyrighted property of Example News.\n"
                + "Written permission must be obtained before reprint in online or print media.\n";
        assertThat(boilerplateOf(text)).containsExactly(
                "share:For the latest stories and breaking news updates download the Daily Example apps for iOS.\n",
                "share:Follow The Daily Example on Twitter and Instagram @example and send us a message at 555-0100.\n",
                "share:We want to hear what you think about this article.\n",
                "share:To view the full story, please subscribe to The Daily Example.\n",
                "ads:© 2024, Example News. This article is the copyrighted property of Example News.\n",
                "ads:Written permission must be obtained before reprint in online or print media.\n");
    }
}
