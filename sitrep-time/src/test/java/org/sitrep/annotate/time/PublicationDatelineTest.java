package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.doc.Document;
import org.sitrep.doc.Published;

/** The publication day read from a dateline when the page gives none, through the time stage. */
class PublicationDatelineTest {
    private static final TimeAnnotator TIME = new TimeAnnotator();

    private static Published publishedOf(String text) {
        return TIME.annotate(TimeAnnotatorTest.withLines(Document.builder(text).build())).published();
    }


    private static void assertDateline(Published p, String day) {
        assertThat(p.basis()).isEqualTo(Published.Basis.DATELINE);
        assertThat(p.value()).isEqualTo(day);
        assertThat(p.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void anEnglishDatelineOpeningTheStoryGivesTheDay() {
        assertDateline(publishedOf("Kenya sends more police\nNAIROBI, Nov. 7, 2024 — Kenya sent 300 more officers"
                + " to Haiti on Thursday, officials said."), "2024-11-07");
    }

    @Test
    void aGermanPublishedLineGivesTheDay() {
        assertDateline(publishedOf("Neue Brücke eröffnet\nVeröffentlicht 23. Juli 2017\nDie Stadt hat die Brücke"
                + " nach zwei Jahren Bauzeit freigegeben."), "2017-07-23");
    }

    @Test
    void aNumericDateAndTimeLineIsReadDayFirst() {
        assertDateline(publishedOf("Stadtrat tagt\n11.10.2021 | 14:32\nDer Stadtrat hat am Montag getagt."),
                "2021-10-11");
    }

    @Test
    void aBareEnglishDateUnderTheHeadlineGivesTheDay() {
        assertDateline(publishedOf("A new release\nJanuary 22, 2014\nWe released the new version today."),
                "2014-01-22");
    }

    @Test
    void aSpanishDatelineIsRead() {
        assertDateline(publishedOf("Lluvias en Lima\n21 de abril de 2020\nLas lluvias afectaron a la ciudad."),
                "2020-04-21");
    }

    @Test
    void thePublishedDateWinsOverTheUpdatedOne() {
        assertDateline(publishedOf("Les prix montent\nMis à jour le 5 mars 2021\nPublié le 3 mars 2021\n"
                + "Les prix ont augmenté."), "2021-03-03");
    }

    @Test
    void anUpdatedDateServesWhenItIsTheOnlyOne() {
        assertDateline(publishedOf("Les prix montent\nMis à jour le 3 mars 2021\nLes prix ont augmenté."),
                "2021-03-03");
    }

    @Test
    void aDateInsideASentenceOfTheStoryIsNoDateline() {
        Published p = publishedOf("Neue Regeln\nDie neue Verordnung gilt ab dem 13. Januar 2022 auch für Friseure und"
                + " für alle anderen körpernahen Dienstleistungen im ganzen Land.");
        assertThat(p.basis()).isNotEqualTo(Published.Basis.DATELINE);
    }

    @Test
    void theDateOfAnEventOrDeadlineIsNoDateline() {
        assertThat(publishedOf("Gewinnspiel\nEinsendeschluss: 03.11.2019\nJetzt mitmachen.").basis())
                .isNotEqualTo(Published.Basis.DATELINE);
        assertThat(publishedOf("Aktion\nAktionszeitraum 21.10.2019 – 27.10.2019\nJetzt kaufen.").basis())
                .isNotEqualTo(Published.Basis.DATELINE);
    }

    @Test
    void aShortSentenceEndingAfterTheDateIsNoDateline() {
        assertThat(publishedOf("Windows\nBei Windows 8 ist es sogar seit dem 9. Juni 2015 so.").basis())
                .isNotEqualTo(Published.Basis.DATELINE);
    }

    @Test
    void anImpossibleDateIsNoDateline() {
        assertThat(publishedOf("Report\nFebruary 30, 2021\nThe council met.")).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void aTopDateBeforeAPastEventOfTheBodyIsNotThePublication() {
        Published p = publishedOf("Archive\nMarch 3, 2019\nThe council was dissolved on June 5, 2020, officials said.");
        assertThat(p.value()).isNotEqualTo("2019-03-03");
    }

    @Test
    void aPublishedLineFarDownTheTextGivesTheDay() {
        StringBuilder sb = new StringBuilder("Ein Bericht\n");
        for (int i = 0; i < 20; i++) {
            sb.append("Dies ist ein langer Absatz des Berichts, der nichts über das Datum sagt, Nummer ").append(i)
                    .append(".\n");
        }
        sb.append("Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht.\n");
        assertDateline(publishedOf(sb.toString()), "2019-11-27");
    }

    @Test
    void anAmericanSlashedDateIsReadMonthFirstInAnEnglishTextThatWritesMonthsFirst() {
        assertDateline(publishedOf("Gardening notes\n04/05/2020\nThe roses that were planted on March 2, 2020 "
                + "have grown well and the garden is full of them."), "2020-04-05");
    }

    @Test
    void aGermanSlashedDateIsReadDayFirst() {
        assertDateline(publishedOf("Gartennotizen\n04/05/2020\nDie Rosen sind gut gewachsen und der Garten ist voll."),
                "2020-05-04");
    }

    @Test
    void aDateHeadingTheFirstParagraphGivesTheDay() {
        assertDateline(publishedOf("Arbeitsmarkt im Januar\n01.02.2022 Der Arbeitsmarkt ist gut in das neue Jahr"
                + " gestartet, und die Zahl der Arbeitslosen ist weniger stark gestiegen als sonst im Winter."),
                "2022-02-01");
    }

    @Test
    void aDateInAListOfSourcesFarDownIsNotThePublication() {
        StringBuilder sb = new StringBuilder("Ein Bericht\n");
        for (int i = 0; i < 20; i++) {
            sb.append("Dies ist ein langer Absatz des Berichts, der nichts über das Datum sagt, Nummer ").append(i)
                    .append(".\n");
        }
        sb.append("Quelle: Statistisches Amt (Stand: 5. Februar 2020)\n");
        assertThat(publishedOf(sb.toString()).basis()).isNotEqualTo(Published.Basis.DATELINE);
    }

    private static Published publishedOf(String title, String text) {
        return TIME.annotate(TimeAnnotatorTest.withLines(Document.builder(text).title(title).build())).published();
    }

    @Test
    void aDateLineWithItsRightWeekdayStandsAgainstALaterDateOfThePage() {
        assertDateline(publishedOf("Ferry service resumes\nTuesday, March 3, 2015\nThe ferry service resumed after a"
                + " week of storms, the harbour master said.\nThis copy of the page was checked on June 9, 2021."),
                "2015-03-03");
    }

    @Test
    void aDateLineWithTheWrongWeekdayStillYieldsToALaterPastDate() {
        Published p = publishedOf("Ferry service resumes\nMonday, March 3, 2015\nThe ferry service resumed after a"
                + " week of storms, the harbour master said.\nThis copy of the page was checked on June 9, 2021.");
        assertThat(p.value()).isNotEqualTo("2015-03-03");
    }

    @Test
    void aWireDatelineWinsOverAReprintsHeaderDate() {
        assertDateline(publishedOf("Monday, May 4, 2020\nBridge reopens to traffic\nLISBON, May 3, 2020 - The old"
                + " bridge reopened to cars on Sunday after two years of repairs, the city said."), "2020-05-03");
    }

    @Test
    void aWireDatelineWithARegionIsRead() {
        assertDateline(publishedOf("Market hall burns\nMERIDA, Yucatan, Sept. 14, 2019 — A fire destroyed the"
                + " covered market overnight, firefighters said."), "2019-09-14");
    }

    @Test
    void aBylineDateBelowTheHeadlineWinsOverTheSitesDateAboveIt() {
        String text = "Friday, June 12, 2020\nHarbour Weekly\nMinister tours the new container terminal\n"
                + "Jane Roe\nPort Correspondent\nJune 11, 2020\nThe minister toured the terminal and met the crews.";
        assertDateline(publishedOf("Minister tours the new container terminal", text), "2020-06-11");
        // without the headline nothing tells the two apart, and the first date line is taken
        assertDateline(publishedOf(text), "2020-06-12");
    }

    @Test
    void aDateTheTextCallsTodayGivesTheDay() {
        assertDateline(publishedOf("Budget signed\nThe council debated the budget for many hours, with long"
                + " speeches about the roads, the schools and the parks of the town.\nToday, March 9, 2022, the"
                + " mayor signed the budget that the council had passed in the night."), "2022-03-09");
    }

    @Test
    void theLatestPastDateWhoseWeekdayTheTextNamesDatesTheStory() {
        Published p = publishedOf("Assembly extends the mission\nThe assembly voted on Wednesday, April 8, 2015 to"
                + " extend the observer mission by a year, after a debate of several days.\nDelegates said on"
                + " Wednesday that the observers had done well since they arrived on March 2, 2014.");
        assertThat(p.basis()).isEqualTo(Published.Basis.INFERRED);
        assertThat(p.value()).isEqualTo("2015-04-08");
        assertThat(p.confidence()).isBetween(0.3, 0.7);
    }

    @Test
    void aPastDateWithoutItsWeekdayDatesNoStoryToTheDay() {
        Published p = publishedOf("Assembly extends the mission\nThe assembly voted on April 8, 2015 to extend the"
                + " observer mission by a year, after a debate of several days.\nDelegates said that the observers"
                + " had done well since they arrived on March 2, 2014.");
        assertThat(p.value()).isNotEqualTo("2015-04-08");
    }
}
