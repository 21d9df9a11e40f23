package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractionLinesTest {
    @Test
    void tellsLinesThatAreOnlyADateOrATime() {
        assertThat(ExtractionLines.isDateOnly("11 Jan 2019")).isTrue();
        assertThat(ExtractionLines.isDateOnly("23.10.2018")).isTrue();
        assertThat(ExtractionLines.isDateOnly("3:59 PM")).isTrue();
        assertThat(ExtractionLines.isDateOnly("Dienstag, 4. Juni 2019")).isTrue();
        assertThat(ExtractionLines.isDateOnly("September 17, 2019 at 10:30 am")).isTrue();
        assertThat(ExtractionLines.isDateOnly("December 29th 2019")).isTrue();
    }

    @Test
    void doesNotTakeNumbersPhonesOrWordsForADate() {
        assertThat(ExtractionLines.isDateOnly("+81 158-23-2012")).isFalse();
        assertThat(ExtractionLines.isDateOnly("1 2 3")).isFalse();
        assertThat(ExtractionLines.isDateOnly("Page 2 of 3")).isFalse();
        assertThat(ExtractionLines.isDateOnly("May")).isFalse();
        assertThat(ExtractionLines.isDateOnly("The vote is on 3 May 2021")).isFalse();
        assertThat(ExtractionLines.isDateOnly("")).isFalse();
        assertThat(ExtractionLines.isDateOnly(null)).isFalse();
    }

    @Test
    void tellsPictureCreditsInSeveralLanguages() {
        assertThat(ExtractionLines.isCredit("(Credit: Clayton Aldern / Grist)")).isTrue();
        assertThat(ExtractionLines.isCredit("Crédits photos : Bestimage")).isTrue();
        assertThat(ExtractionLines.isCredit("Foto: dpa")).isTrue();
        assertThat(ExtractionLines.isCredit("Photo credit: Jane Doe")).isTrue();
        assertThat(ExtractionLines.isCredit("Photographers say the light was perfect that morning.")).isFalse();
        assertThat(ExtractionLines.isCredit("Credit card fees rose again: banks blame inflation and say that "
                + "nothing can be done about it for now, a spokesman told reporters.")).isFalse();
    }

    @Test
    void tellsLinesOfFieldsAboutTheArticleButNotSentencesWithAColon() {
        assertThat(ExtractionLines.isFieldLine("Category : Press Releases")).isTrue();
        assertThat(ExtractionLines.isFieldLine("News date : 04/21/2022 Category : Press Releases")).isTrue();
        assertThat(ExtractionLines.isFieldLine("Release Date:")).isTrue();
        assertThat(ExtractionLines.isFieldLine("Kategorie: News, Politik")).isTrue();
        assertThat(ExtractionLines.isFieldLine("Publikacja: 04.05.2021")).isTrue();
        assertThat(ExtractionLines.isFieldLine("The mayor said: the quay opens in March.")).isFalse();
        assertThat(ExtractionLines.isFieldLine("Updated figures show that the port, which reopened in March, "
                + "handled more ships: 1,200 in all.")).isFalse();
        assertThat(ExtractionLines.isFieldLine("Tags")).isFalse();
        assertThat(ExtractionLines.isFieldLine("")).isFalse();
        assertThat(ExtractionLines.isFieldLine(null)).isFalse();
    }

    @Test
    void tellsFieldLinesThatDateTheArticleFromOtherFields() {
        assertThat(ExtractionLines.isDateFieldLine("Published: 4 May 2021")).isTrue();
        assertThat(ExtractionLines.isDateFieldLine("Publikacja: 04.05.2021")).isTrue();
        assertThat(ExtractionLines.isDateFieldLine("Category : Press Releases")).isFalse();
        assertThat(ExtractionLines.isDateFieldLine("Release Date:")).as("a label with no date").isFalse();
        assertThat(ExtractionLines.isDateFieldLine("Updated: see the notes below")).isFalse();
        assertThat(ExtractionLines.isDateFieldLine(null)).isFalse();
    }

    @Test
    void tellsBylinesThatDateTheArticle() {
        assertThat(ExtractionLines.isDatedByline("Veröffentlicht am 13. März 2019 von Michael Veeser", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Posted on August 2, 2019 by Daniel Lemire", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Geschrieben von Cooper am 25.08.2015 22:30", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Publié le 15 septembre 2009 par Florence", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Posted by Daniel Lemire", false)).as("no date").isFalse();
        assertThat(ExtractionLines.isDatedByline("HansEhrlich 17.10.2019, 13:56 Uhr", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("October 22, 2019 report", false)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Kenya deploys 400 more police officers to Haiti, March 5, 2024", false))
                .as("a headline with a date, no marker").isFalse();
        assertThat(ExtractionLines.isDatedByline("UN vote on Haiti mission delayed by gangs, March 5, 2024", false))
                .as("by before a common noun").isFalse();
        assertThat(ExtractionLines.isDatedByline("Ruto visits Haiti, March 5, 2024", true)).as("a linked headline")
                .isFalse();
        assertThat(ExtractionLines.isDatedByline("Gang leader killed by Kenyan police, March 5, 2024", true))
                .as("a linked headline with by and a name").isFalse();
        assertThat(ExtractionLines.isDatedByline("Posted on January 20, 2020 by Jake Goulding", true)).isTrue();
        assertThat(ExtractionLines.isDatedByline("Published in Nature Communications 2019", false)).as("no full date")
                .isFalse();
        assertThat(ExtractionLines.isDatedByline(null, false)).isFalse();
    }
}
