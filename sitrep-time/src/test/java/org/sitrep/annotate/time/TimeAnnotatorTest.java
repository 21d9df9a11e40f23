package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Boilerplate;
import org.sitrep.doc.Document;
import org.sitrep.doc.Layers;
import org.sitrep.doc.Published;
import org.sitrep.doc.Sentence;
import org.sitrep.doc.Timex;
import org.sitrep.pipeline.Annotator;
import org.sitrep.testing.AnnotatorTestCase;

class TimeAnnotatorTest extends AnnotatorTestCase {
    private static final TimeAnnotator TIME = new TimeAnnotator();

    @Override
    protected Annotator annotator() {
        return TIME;
    }

    /** One sentence per line. */
    @Override
    protected Document prepare(String text) {
        return withLines(Document.builder(text).build());
    }

    static Document withLines(Document doc) {
        return doc.with(Layers.SENTENCES, TimeAnnotator.linesOf(doc.text(), 0, doc.text().length()));
    }

    private static Document on(String published, String text) {
        Document.Builder b = Document.builder(text);
        if (published != null) {
            b.published(Published.given(published));
        }
        return TIME.annotate(withLines(b.build()));
    }

    private static Timex timex(Document doc, String surface) {
        return find(doc, surface).orElseThrow(() -> new AssertionError(
                "no timex '" + surface + "' in " + describe(doc)));
    }

    private static Optional<Timex> find(Document doc, String surface) {
        return doc.layer(Layers.TIMES).stream().filter(t -> doc.textOf(t).equals(surface)).findFirst();
    }

    static String describe(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Timex t : doc.layer(Layers.TIMES)) {
            sb.append('[').append(doc.textOf(t)).append(' ').append(t.type()).append(' ').append(t.value())
                    .append(t.mod() == null ? "" : " " + t.mod()).append(t.deadline() ? " deadline" : "").append("] ");
        }
        return sb.toString();
    }

    // ---- dates

    @Test
    void weekdayWithMonthAndDayTakesTheYearTheWeekdayAgreesWith() {
        Document d = on("2024-11-08", "The two leaders spoke on Thursday, November 7.");
        assertThat(timex(d, "Thursday, November 7").value()).isEqualTo("2024-11-07");
    }

    @Test
    void monthDayYearIsExplicit() {
        Document d = on("2024-11-08", "The mandate runs through October 2, 2025.");
        Timex t = timex(d, "October 2, 2025");
        assertThat(t.value()).isEqualTo("2025-10-02");
        assertThat(t.type()).isEqualTo(Timex.DATE);
    }

    @Test
    void monthAndYearGiveAMonth() {
        assertThat(timex(on("2024-11-08", "He visited Haiti in September 2024."), "September 2024").value())
                .isEqualTo("2024-09");
    }

    @Test
    void lastYearIsTheYearBeforeTheDct() {
        assertThat(timex(on("2024-11-08", "Prices rose last year."), "last year").value()).isEqualTo("2023");
    }

    @Test
    void nextMonthIsTheMonthAfterTheDct() {
        assertThat(timex(on("2024-11-08", "The troops will arrive next month."), "next month").value())
                .isEqualTo("2024-12");
    }

    @Test
    void byJanuaryIsADeadlineInTheComingJanuary() {
        Timex t = timex(on("2024-11-08", "All officers will be deployed by January."), "January");
        assertThat(t.value()).isEqualTo("2025-01");
        assertThat(t.deadline()).isTrue();
    }

    @Test
    void byJanuaryInARemarkMadeInSeptemberMeansTheNextJanuary() {
        Document d = on("2024-11-08", "In September 2024, he said the force would be complete by January.");
        assertThat(timex(d, "January").value()).isEqualTo("2025-01");
    }

    @Test
    void earlierThisWeekIsThisWeekFromTheStart() {
        Timex t = timex(on("2024-11-08", "The council met earlier this week."), "earlier this week");
        assertThat(t.value()).isEqualTo("2024-W45");
        assertThat(t.mod()).isEqualTo("START");
    }

    @Test
    void twoDaysLaterCountsFromTheLastDateTheTextSet() {
        Document d = on("2024-11-08", "The vote took place on March 3, 2023.\nTwo days later the council resigned.");
        assertThat(timex(d, "Two days later").value()).isEqualTo("2023-03-05");
    }

    @Test
    void aMonthDayAfterSinceLiesInThePast() {
        Document d = on("1999-05-06", "Police have been searching for him since shortly after the Oct. 23 shooting.");
        assertThat(timex(d, "Oct. 23").value()).isEqualTo("1998-10-23");
    }

    @Test
    void succeedIsNotAPastTenseSoTheNextFebruaryIsMeant() {
        Document d = on("1989-10-26", "Mr. Smith will succeed the chairman Feb. 1.");
        assertThat(timex(d, "Feb. 1").value()).isEqualTo("1990-02-01");
    }

    @Test
    void aParticipleAfterAnArticleDoesNotMakeTheClausePast() {
        Document d = on("1989-10-26", "The dividend will be paid on a still unspecified date in January.");
        assertThat(timex(d, "January").value()).isEqualTo("1990-01");
    }

    @Test
    void throughAMonthInAPastClauseIsTheNearestSuchMonth() {
        Document d = on("1989-10-27", "Sales this year through August were flat.");
        assertThat(timex(d, "August").value()).isEqualTo("1989-08");
    }

    @Test
    void aSentenceOpeningNowWithACommaIsATurnInTheTellingNotATime() {
        Document d = on("1999-03-12", "Now, he says, the alliance has a new mission.\nNow the alliance is larger.");
        assertThat(d.layer(Layers.TIMES)).singleElement()
                .satisfies(t -> assertThat(d.textOf(t)).isEqualTo("Now"))
                .satisfies(t -> assertThat(t.start()).isGreaterThan(10));
    }

    @Test
    void thanExpectedDoesNotPointAhead() {
        Document d = on("1989-10-30", "The announcement Friday of a loss showed a deeper cut than expected.");
        assertThat(timex(d, "Friday").value()).isEqualTo("1989-10-27");
    }

    @Test
    void aWeekdayInAClauseWithoutTenseIsTheNearestOne() {
        Document d = on("1998-05-01", "The two leaders meet separately Monday with the envoy.");
        assertThat(timex(d, "Monday").value()).isEqualTo("1998-05-04");
    }

    @Test
    void theFollowingMonthCountsFromTheMonthTheTextNamed() {
        Document d = on("1989-10-27", "In March, the company received an offer.\nThe following month, it put itself up for sale.");
        assertThat(timex(d, "The following month").value()).isEqualTo("1989-04");
    }

    @Test
    void quarterlyAndAnnuallyDescribePayoutsAndRatesNotTimes() {
        Document d = on("1989-10-26", "The company raised its quarterly dividend and expects sales to rise 8% annually.");
        assertThat(find(d, "quarterly")).isEmpty();
        assertThat(find(d, "annually")).isEmpty();
        assertThat(find(on("1989-10-26", "Daily volume rose."), "Daily")).isPresent();
    }

    @Test
    void aRateAfterAnAmountIsNotATimex() {
        Document d = on("1989-10-26", "The cuts should save $500 million a year and four flights a week.");
        assertThat(find(d, "a year")).isEmpty();
        assertThat(find(d, "a week")).isEmpty();
    }

    @Test
    void aHalfAfterAUnitGoesIntoTheNextSmallerUnit() {
        Document d = on("1998-01-14", "The line went silent for a minute and a half.");
        assertThat(timex(d, "a minute and a half").value()).isEqualTo("PT1M30S");
    }

    @Test
    void aTwoWordNumberCountsBothWords() {
        Document d = on("1998-01-08", "Rain fell over the last twenty four hours.");
        assertThat(timex(d, "the last twenty four hours").value()).isEqualTo("PT24H");
    }

    @Test
    void theNearTermIsTheFuture() {
        Document d = on("1989-10-26", "Analysts see no gains in the near term.");
        assertThat(timex(d, "the near term").value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void aDecadeInWordsIsADecade() {
        assertThat(timex(on("1998-01-08", "Membership fell through the nineties."), "the nineties").value())
                .isEqualTo("199");
    }

    @Test
    void sinceYearEndIsTheLastYearEndBeforeTheDct() {
        Document d = on("1989-10-30", "The index is up 20% since year-end.");
        assertThat(timex(d, "year-end").value()).isEqualTo("1988-12-31");
    }

    @Test
    void theForeseeableFutureAndTheFutureOfSomethingAreNotTimexes() {
        Document d = on("1989-10-26", "Troops stay for the foreseeable future, which matters to the future of peace.");
        assertThat(d.layer(Layers.TIMES)).isEmpty();
        assertThat(timex(on("1989-10-26", "Prices will rise in the future."), "the future").value())
                .isEqualTo("FUTURE_REF");
    }

    @Test
    void theNinetiesAreADecade() {
        assertThat(timex(on("2024-11-08", "Gangs grew in the 1990s."), "the 1990s").value()).isEqualTo("199");
    }

    @Test
    void midYearCarriesTheMidMod() {
        Timex t = timex(on("2024-11-08", "Elections are planned for mid-2025."), "mid-2025");
        assertThat(t.value()).isEqualTo("2025");
        assertThat(t.mod()).isEqualTo("MID");
    }

    @Test
    void lateAndEarlyMonthsCarryEndAndStartMods() {
        Document d = on("2024-11-08", "Talks began in early September and ended in late October.");
        assertThat(timex(d, "early September").mod()).isEqualTo("START");
        assertThat(timex(d, "late October").mod()).isEqualTo("END");
        assertThat(timex(d, "late October").value()).isEqualTo("2024-10");
    }

    @Test
    void aRangeFromMonthToMonthGivesBothEnds() {
        Document d = on("2024-11-08", "The rains lasted from June to September.");
        assertThat(timex(d, "June").value()).isEqualTo("2024-06");
        assertThat(timex(d, "September").value()).isEqualTo("2024-09");
    }

    @Test
    void aBareWeekdayInThePastIsTheMostRecentOne() {
        assertThat(timex(on("2024-11-08", "The minister resigned Tuesday."), "Tuesday").value())
                .isEqualTo("2024-11-05");
    }

    @Test
    void yesterdayAndTodayCountFromTheDct() {
        Document d = on("2024-11-08", "Officials said yesterday that talks resume today.");
        assertThat(timex(d, "yesterday").value()).isEqualTo("2024-11-07");
        assertThat(timex(d, "today").value()).isEqualTo("2024-11-08");
    }

    @Test
    void aQuarterInThePastIsThisYearsOrLast() {
        assertThat(timex(on("1989-11-02", "Profit fell in the third quarter."), "the third quarter").value())
                .isEqualTo("1989-Q3");
    }

    @Test
    void nowAndRecentlyAreReferenceValues() {
        Document d = on("2024-11-08", "The mission is now larger than it was recently.");
        assertThat(timex(d, "now").value()).isEqualTo("PRESENT_REF");
        assertThat(timex(d, "recently").value()).isEqualTo("PAST_REF");
    }

    @Test
    void seasonsUseTimeMlSeasonCodes() {
        assertThat(timex(on("2024-11-08", "The force arrived last summer."), "last summer").value())
                .isEqualTo("2024-SU");
    }

    @Test
    void clockTimesLieOnTheDayTheTextIsAbout() {
        Document d = on("1998-08-07", "The blast came at 10:35 a.m. on Friday.");
        Timex t = timex(d, "10:35 a.m.");
        assertThat(t.type()).isEqualTo(Timex.TIME);
        assertThat(t.value()).endsWith("T10:35");
    }

    // ---- durations and sets

    @Test
    void anAdditionalYearIsADurationOfOneYear() {
        Timex t = timex(on("2024-11-08", "The council extended the mission for an additional year."),
                "an additional year");
        assertThat(t.type()).isEqualTo(Timex.DURATION);
        assertThat(t.value()).isEqualTo("P1Y");
    }

    @Test
    void thePastThreeYearsIsAThreeYearDuration() {
        Timex t = timex(on("2024-11-08", "Violence has grown over the past three years."), "the past three years");
        assertThat(t.type()).isEqualTo(Timex.DURATION);
        assertThat(t.value()).isEqualTo("P3Y");
    }

    @Test
    void hoursGoAfterTheTimeDesignator() {
        assertThat(timex(on("2024-11-08", "The meeting lasted three hours."), "three hours").value())
                .isEqualTo("PT3H");
    }

    @Test
    void aboutMarksAnApproximateDurationOutsideItsExtent() {
        Timex t = timex(on("2024-11-08", "They waited about two weeks."), "two weeks");
        assertThat(t.value()).isEqualTo("P2W");
        assertThat(t.mod()).isEqualTo("APPROX");
    }

    @Test
    void everyMondayIsASetOnMondays() {
        Timex t = timex(on("2024-11-08", "Patrols leave every Monday."), "every Monday");
        assertThat(t.type()).isEqualTo(Timex.SET);
        assertThat(t.value()).isEqualTo("XXXX-WXX-1");
    }

    // ---- bad input

    @Test
    void february30thHasNoValueAndLowConfidence() {
        Timex t = timex(on("2024-11-08", "The report is dated February 30, 2024."), "February 30, 2024");
        assertThat(t.value()).isNull();
        assertThat(t.confidence()).isLessThan(0.5);
    }

    @Test
    void aNumberWithAThousandsSeparatorIsNotAYear() {
        Document d = on("2024-11-08", "Kenya pledged 2,500 officers and 1,990 vehicles.");
        assertThat(d.layer(Layers.TIMES)).isEmpty();
    }

    @Test
    void aTwoDigitYearIsNormalizedWithLowConfidence() {
        Timex t = timex(on("2024-11-08", "He graduated in '98."), "'98");
        assertThat(t.value()).isEqualTo("1998");
        assertThat(t.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aModalMayIsNotAMonth() {
        Document d = on("2024-11-08", "The mission may end soon.");
        assertThat(find(d, "may")).isEmpty();
    }

    @Test
    void withoutAnyDateDeicticExpressionsHaveNoValue() {
        Document d = on(null, "Officials met yesterday.");
        assertThat(d.published().isKnown()).isFalse();
        assertThat(timex(d, "yesterday").value()).isNull();
    }

    // ---- publication date

    @Test
    void theWeekdayAndThePastAndFutureYearsFixThePublicationMonth() {
        Document d = on(null, "The leaders spoke on Thursday, November 7.\n"
                + "In a visit in September 2024, he voiced support.\n"
                + "The council extended the mission through October 2, 2025.");
        assertThat(d.published().basis()).isEqualTo(Published.Basis.INFERRED);
        assertThat(d.published().value()).isEqualTo("2024-11");
        assertThat(timex(d, "Thursday, November 7").value()).isEqualTo("2024-11-07");
        assertThat(d.published().confidence()).as("both a past and a future year bound it").isEqualTo(0.75);
    }

    @Test
    void aTermExtendedThroughADateEndsAheadOfTheTellingEvenInAPastClause() {
        Document d = on(null, "The leaders spoke on Thursday, November 7.\n"
                + "In September 2024, he voiced support.\n"
                + "In a vote, the council renewed the mandate for a year, through October 2, 2025.");
        assertThat(d.published().value()).isEqualTo("2024-11");
        assertThat(d.published().confidence()).isEqualTo(0.75);
    }

    @Test
    void aGivenDateIsNeverOverridden() {
        Document d = on("2030-01-15", "The leaders spoke on Thursday, November 7.\nIn September 2024, he spoke.");
        assertThat(d.published()).isEqualTo(Published.given("2030-01-15"));
    }

    @Test
    void aDateLineLeftOutOfTheBodyStillDatesTheArticleButYieldsNoExpression() {
        String text = "Port Reopens\n\n3 March 2021\n\nThe port reopened after a week of closures, officials said.";
        int line = text.indexOf("3 March");
        Document doc = Document.builder(text).build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(line, line + 14, Boilerplate.DATELINE)));
        List<Sentence> body = new ArrayList<>();
        for (Sentence s : withLines(doc).layer(Layers.SENTENCES)) {
            if (!doc.isBoilerplate(s)) {
                body.add(s);
            }
        }
        Document d = TIME.annotate(doc.with(Layers.SENTENCES, body));
        assertThat(d.published().value()).isEqualTo("2021-03-03");
        assertThat(d.published().basis()).isEqualTo(Published.Basis.DATELINE);
        assertThat(d.layer(Layers.TIMES)).noneMatch(t -> t.start() >= line && t.end() <= line + 14);
    }

    @Test
    void eachLineOfADatelineSpanIsReadOnItsOwn() {
        String text = "Ein Buch über Hawaii.\n\nLetzte Änderung: 31.10.2023 - 14:49:39\n\nErschienen am: 01.11.2023\n";
        for (int i = 0; i < 15; i++) {
            text = "Der Roman erzählt von einer Reise und von der Suche nach dem Anderen, Absatz " + i + ".\n" + text;
        }
        int from = text.indexOf("Letzte");
        Document doc = Document.builder(text).language("de").build()
                .with(Layers.BOILERPLATE, List.of(new Boilerplate(from, text.length(), Boilerplate.DATELINE)));
        List<Sentence> body = new ArrayList<>();
        for (Sentence s : withLines(doc).layer(Layers.SENTENCES)) {
            if (!doc.isBoilerplate(s)) {
                body.add(s);
            }
        }
        Document d = TIME.annotate(doc.with(Layers.SENTENCES, body));
        assertThat(d.published().value()).as("the published line's own date, not the one before it")
                .isEqualTo("2023-11-01");
    }

    @Test
    void noInferenceLeavesThePublicationDateUnknown() {
        Document d = on(null, "The leaders spoke on Thursday.");
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void aWeekdayWithoutAnyYearInTheTextFixesNothing() {
        Document d = on(null, "The leaders spoke on Thursday, November 7.");
        assertThat(d.published()).isEqualTo(Published.UNKNOWN);
    }

    // ---- the seed

    @Test
    void theSeedComesOutWithAnInferredMonthAndEveryDateRight() throws IOException {
        String shared = System.getProperty("sitrep.shared", "../shared");
        Path seed = Path.of(shared, "seed", "000_a05b5a41c47db5fd.txt");
        Assumptions.assumeTrue(Files.isReadable(seed), "shared seed " + seed + " absent, skipping");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Document d = TIME.annotate(withLines(Document.builder(text).build()));
        assertThat(d.published().value()).isEqualTo("2024-11");
        assertThat(d.published().basis()).isEqualTo(Published.Basis.INFERRED);
        assertThat(timex(d, "Thursday, November 7").value()).isEqualTo("2024-11-07");
        assertThat(timex(d, "September 2024").value()).isEqualTo("2024-09");
        assertThat(timex(d, "October 2, 2025").value()).isEqualTo("2025-10-02");
        assertThat(timex(d, "an additional year").value()).isEqualTo("P1Y");
        assertThat(timex(d, "an additional year").type()).isEqualTo(Timex.DURATION);
        List<Timex> januaries = d.layer(Layers.TIMES).stream().filter(t -> d.textOf(t).equals("January")).toList();
        assertThat(januaries).hasSize(2).allSatisfy(t -> {
            assertThat(t.value()).isEqualTo("2025-01");
            assertThat(t.deadline()).isTrue();
        });
    }

    // ---- tense cues, spelled-out years, fractions (added in the second round)

    @Test
    void aPassiveFutureIsNotReadAsPast() {
        Timex t = timex(on("2024-10-20", "The increased dividend will be paid Dec. 14."), "Dec. 14");
        assertThat(t.value()).isEqualTo("2024-12-14");
    }

    @Test
    void nextToIsAPlaceNotAFuture() {
        Document d = on("2024-11-09", "Two people were hurt next to the embassy on Friday.");
        assertThat(timex(d, "Friday").value()).isEqualTo("2024-11-08");
    }

    @Test
    void untilInThePastPerfectLooksBack() {
        Document d = on("2024-11-08", "Until Thursday, the police had not called him a suspect.");
        assertThat(timex(d, "Thursday").value()).isEqualTo("2024-11-07");
    }

    @Test
    void aFutureSeenFromThePastPerfectIsOver() {
        Document d = on("2024-11-11", "The offer had been due to expire Friday evening.");
        assertThat(timex(d, "Friday evening").value()).isEqualTo("2024-11-08TEV");
    }

    @Test
    void payableDatesLieAhead() {
        Document d = on("2024-11-02", "The reduced dividend is payable Jan. 2 to holders.");
        assertThat(timex(d, "Jan. 2").value()).isEqualTo("2025-01-02");
    }

    @Test
    void aBareYearInTheSentenceDoesNotAnchorAMonthAndDay() {
        Document d = on("1989-10-30", "Under a program approved in 1987, it had bought shares through Sept. 29.");
        assertThat(timex(d, "Sept. 29").value()).isEqualTo("1989-09-29");
    }

    @Test
    void aHalfGoesIntoTheNextSmallerUnit() {
        Document d = on("2024-11-08", "She spent 5 1/2 hours there after 2 1/2 years away.");
        assertThat(timex(d, "5 1/2 hours").value()).isEqualTo("PT5H30M");
        assertThat(timex(d, "2 1/2 years").value()).isEqualTo("P2Y6M");
    }

    @Test
    void yearsSaidInWordsAreDates() {
        Document d = on("1998-02-27", "January nineteen ninety-seven was cold, and the year two thousand is near.");
        assertThat(timex(d, "January nineteen ninety-seven").value()).isEqualTo("1997-01");
        assertThat(timex(d, "the year two thousand").value()).isEqualTo("2000");
    }

    @Test
    void twoThousandYearsIsAnAmountNotAYear() {
        Document d = on("1998-02-27", "They kept the secret for two thousand years.");
        assertThat(d.layer(Layers.TIMES)).noneMatch(t -> "2000".equals(t.value()));
    }

    @Test
    void theYearEndedADateIsTwelveMonths() {
        Timex t = timex(on("2024-11-02", "Revenue rose in the year ended June 30."), "the year");
        assertThat(t.type()).isEqualTo(Timex.DURATION);
        assertThat(t.value()).isEqualTo("P1Y");
    }

    @Test
    void theFullYearIsTheYearUnderReport() {
        Timex t = timex(on("2024-11-02", "Sales for the full year were $6 billion."), "the full year");
        assertThat(t.type()).isEqualTo(Timex.DATE);
        assertThat(t.value()).isEqualTo("2024");
    }

    @Test
    void theComingYearsAreAVagueStretchAhead() {
        Timex t = timex(on("2024-11-02", "It will buy new equipment in the coming years."), "coming years");
        assertThat(t.type()).isEqualTo(Timex.DURATION);
        assertThat(t.value()).isEqualTo("PXY");
    }

    @Test
    void theNextMorningIsTheDayAfterTheReference() {
        Document d = on("2024-11-08", "He was arrested on Nov. 4.\nHe appeared in court the next morning.");
        assertThat(timex(d, "the next morning").value()).isEqualTo("2024-11-05");
    }

    @Test
    void aClockBeforeADateIsOnThatDate() {
        Document d = on("2024-11-02", "The offer runs until 5 p.m. EST Nov. 9.");
        assertThat(timex(d, "5 p.m. EST Nov. 9").value()).isEqualTo("2024-11-09T17:00");
    }

    @Test
    void theQuarterEndedADateIsTheQuarterItCloses() {
        Document d = on("2024-11-02", "Profit rose in the quarter ended Sept. 30.");
        assertThat(timex(d, "the quarter").value()).isEqualTo("2024-Q3");
    }

    // ---- issue #3: normalization fixes

    @Test
    void aPartOfTheDayJoinedToAWeekdayIsWrittenAfterTheDay() {
        Document d = on("2024-11-09", "The talks began Friday morning.\nThe crowd gathered Wednesday night.");
        assertThat(timex(d, "Friday morning").value()).isEqualTo("2024-11-08TMO");
        assertThat(timex(d, "Wednesday night").value()).isEqualTo("2024-11-06TNI");
    }

    @Test
    void aPartOfTheDayBeforeYesterdayCarriesItsCodeAndMod() {
        Timex t = timex(on("2024-11-09", "Shares rose at mid-afternoon yesterday."), "mid-afternoon yesterday");
        assertThat(t.type()).isEqualTo(Timex.TIME);
        assertThat(t.value()).isEqualTo("2024-11-08TAF");
        assertThat(t.mod()).isEqualTo("MID");
    }

    @Test
    void aClockHourInThePartOfTheDayIsAClockTimeNotAPartOfTheDay() {
        Document d = on("2024-11-09", "The convoy left on Nov. 4 at 4 in the morning and returned at 9 in the evening.");
        assertThat(timex(d, "4 in the morning").value()).isEqualTo("2024-11-04T04:00");
        assertThat(timex(d, "9 in the evening").value()).isEqualTo("2024-11-04T21:00");
    }

    @Test
    void theDayBeforeADateIsThatDateMovedBack() {
        Document d = on("2024-11-08", "The day before last Tuesday's hearing, the lawyers met.");
        Timex t = timex(d, "day before last Tuesday");
        assertThat(t.value()).isEqualTo("2024-11-04");
        assertThat(find(d, "last Tuesday")).isEmpty();
    }

    @Test
    void aCountOfDaysAfterADateIsThatDateMovedAhead() {
        Document d = on("2024-11-20", "Two days after Nov. 7, the convoy left.");
        assertThat(timex(d, "Two days after Nov. 7").value()).isEqualTo("2024-11-09");
        assertThat(find(d, "Two days")).isEmpty();
    }

    @Test
    void theLastHalfOfAYearIsItsSecondHalf() {
        Document d = on("1989-10-26", "Earnings will be lower for the last half of 1989.");
        assertThat(timex(d, "the last half of 1989").value()).isEqualTo("1989-H2");
    }

    @Test
    void theFirstTwoQuartersOfAYearAreItsFirstHalf() {
        Document d = on("1989-10-26", "Demand will stay weak through the first two quarters of 1990.");
        Timex t = timex(d, "the first two quarters of 1990");
        assertThat(t.type()).isEqualTo(Timex.DATE);
        assertThat(t.value()).isEqualTo("1990-H1");
    }

    @Test
    void theFirstHalfOfSomethingElseIsNoTimex() {
        Document d = on("1989-10-26", "He scored twice in the first half of the game.");
        assertThat(d.layer(Layers.TIMES)).isEmpty();
    }

    @Test
    void eachNamedMonthIsASetOfThatMonth() {
        Timex t = timex(on("1998-03-22", "The marchers parade each July through the town."), "each July");
        assertThat(t.type()).isEqualTo(Timex.SET);
        assertThat(t.value()).isEqualTo("XXXX-07");
    }

    @Test
    void aWeekdayInThePluralRecurs() {
        Document d = on("1998-02-13", "Flights leave on Tuesday nights and on Fridays.");
        assertThat(timex(d, "Tuesday nights").value()).isEqualTo("XXXX-WXX-2TNI");
        assertThat(timex(d, "Fridays").type()).isEqualTo(Timex.SET);
        assertThat(timex(d, "Fridays").value()).isEqualTo("XXXX-WXX-5");
    }

    @Test
    void theThenCurrentPriceLiesInThePast() {
        Document d = on("1989-10-26", "Holders could buy shares at half the then current market price.");
        assertThat(timex(d, "then current").value()).isEqualTo("PAST_REF");
    }

    @Test
    void aWeekOrSoAgoIsADayAboutAWeekBack() {
        Timex t = timex(on("2024-11-08", "A week or so ago, the general picked a date."), "A week or so ago");
        assertThat(t.type()).isEqualTo(Timex.DATE);
        assertThat(t.value()).isEqualTo("2024-11-01");
        assertThat(t.mod()).isEqualTo("APPROX");
    }

    @Test
    void anHourLaterIsADurationOfAnHour() {
        Document d = on("2024-11-08", "He was shot at home. Just over an hour later, he died.");
        Timex t = timex(d, "Just over an hour");
        assertThat(t.type()).isEqualTo(Timex.DURATION);
        assertThat(t.value()).isEqualTo("PT1H");
        assertThat(t.mod()).isEqualTo("MORE_THAN");
    }

    @Test
    void aMonthInAnAgreedPurchaseLiesAheadOfTheAgreement() {
        Document d = on("2024-10-30", "The rival, which agreed to purchase the pump line for $22 million in February, "
                + "declined comment.");
        assertThat(timex(d, "February").value()).isEqualTo("2025-02");
    }

    @Test
    void aDateWithDotsIsReadDayFirst() {
        Document d = on("2024-11-21", "The agency said on 07.11.2024 that version 1.2.3 was final.");
        assertThat(timex(d, "07.11.2024").value()).isEqualTo("2024-11-07");
        assertThat(d.layer(Layers.TIMES)).hasSize(1);
    }

    @Test
    void aHalfWrittenWithHIsThatHalfOfTheYear() {
        Document d = on("2024-11-21", "Sales in H1 2024 beat forecasts.");
        assertThat(timex(d, "H1 2024").value()).isEqualTo("2024-H1");
    }

    @Test
    void aYearAgoTodayIsADayEvenWhenQuartersAreDiscussed() {
        Document d = on("2024-11-21", "Revenue in the third quarter rose 4%.\nA year ago today, the first officers landed.");
        assertThat(timex(d, "A year ago today").value()).isEqualTo("2023-11-21");
    }

    @Test
    void aWeekdayOnTheCalendarLiesAheadEvenInThePossessive() {
        Document d = on("2013-03-20", "The vote is set for Thursday's session.\n"
                + "Lawyers would look for ways around Tuesday's ruling.");
        assertThat(timex(d, "Thursday").value()).isEqualTo("2013-03-21");
        assertThat(timex(d, "Tuesday").value()).isEqualTo("2013-03-19");
    }

    @Test
    void aDateOnWhichSomethingTakesEffectOrBeginsLiesAhead() {
        Document d = on("2013-03-20", "The law takes effect Jan. 1.\nThe fiscal year begins July 1.");
        assertThat(timex(d, "Jan. 1").value()).isEqualTo("2014-01-01");
        assertThat(timex(d, "July 1").value()).isEqualTo("2013-07-01");
    }

    @Test
    void theEndOfTheMonthAfterAStoryToldInYearsIsTheMonthOfTheTelling() {
        Document d = on("2013-03-20", "He has served since 2009.\nThe agreement expires at the end of the month.");
        assertThat(timex(d, "the end of the month").value()).isEqualTo("2013-03");
        assertThat(timex(d, "the end of the month").mod()).isEqualTo("END");
    }

    @Test
    void aSlashDateIsReadDayFirstWhereThePageIsNotAmericanEnglish() {
        String text = "The council met on 07/11/2024 and again on 08/11/2024.";
        Document kenyan = TIME.annotate(withLines(Document.builder(text).language("en-KE")
                .published(Published.given("2024-11-28")).build()));
        Document unknown = TIME.annotate(withLines(Document.builder(text)
                .published(Published.given("2024-11-28")).build()));
        Document american = TIME.annotate(withLines(Document.builder(text).language("en-US")
                .published(Published.given("2024-11-28")).build()));
        assertThat(timex(kenyan, "07/11/2024").value()).isEqualTo("2024-11-07");
        assertThat(timex(unknown, "07/11/2024").value()).as("wire copy writes the month first").isEqualTo("2024-07-11");
        assertThat(timex(american, "07/11/2024").value()).isEqualTo("2024-07-11");
    }

    @Test
    void aDateThatCanBeReadOneWayOnlySetsTheOrderWhateverTheLanguage() {
        String text = "The council met on 07/11/2024 and again on 25/11/2024.";
        for (String language : new String[] {null, "en-KE", "en-US"}) {
            Document.Builder b = Document.builder(text).published(Published.given("2024-11-28"));
            if (language != null) {
                b.language(language);
            }
            Document d = TIME.annotate(withLines(b.build()));
            assertThat(timex(d, "25/11/2024").value()).as("25 cannot be a month").isEqualTo("2024-11-25");
            assertThat(timex(d, "07/11/2024").value()).as(String.valueOf(language)).isEqualTo("2024-11-07");
        }
    }

    @Test
    void anImpossibleIsoDateGivesNoYear() {
        Document d = on("2024-11-21", "The deal was logged as 2024-13-45 in the register.");
        assertThat(d.layer(Layers.TIMES)).allSatisfy(t -> assertThat(t.value()).isNull());
    }

    @Test
    void independenceDayIsTheDayOfTheCountryTheSentenceNames() {
        Document d = on("2025-01-03", "Haitians marked Independence Day with a march in the capital.\n"
                + "Kenyans will celebrate Independence Day next December.\n"
                + "Schools closed for Independence Day.");
        List<Timex> days = d.layer(Layers.TIMES).stream()
                .filter(t -> d.textOf(t).equals("Independence Day")).toList();
        assertThat(days).extracting(Timex::value).containsExactly("2025-01-01", "2025-12-12", null);
    }

    @Test
    void whatSomeoneExpectsOrHopesForLiesAhead() {
        Document d = on("2013-03-18", "Analysts expect a decision within weeks, possibly before Christmas.\n"
                + "The council hopes to vote in December.");
        assertThat(timex(d, "Christmas").value()).isEqualTo("2013-12-25");
        assertThat(timex(d, "December").value()).isEqualTo("2013-12");
    }

    @Test
    void aMonthInAWhenClauseToldInThePresentLiesAhead() {
        Document d = on("2024-03-29", "The lawyers had argued that he should stay until the case is heard in May.");
        assertThat(timex(d, "May").value()).isEqualTo("2024-05");
    }

    @Test
    void thePreviousWeekdayCountsBackFromTheDayTheTextIsAbout() {
        Document d = on("2024-11-11", "Stocks closed on Nov. 8, down 4% from the previous Friday.");
        assertThat(timex(d, "the previous Friday").value()).isEqualTo("2024-11-01");
    }

    @Test
    void highNoonIsNoClockTime() {
        Document d = on("2024-11-11", "For the people of Poland, high noon comes today.");
        assertThat(find(d, "noon")).isEmpty();
    }

    @Test
    void aShowTitleInQuotesIsNoTimex() {
        Document d = on("2024-11-11", "He said on ABC's \"This Week\" and on CBS's \"60 Minutes\" that talks go on.");
        assertThat(d.layer(Layers.TIMES)).isEmpty();
    }

    @Test
    void aClockBeforeOnAWeekdayIsOnThatWeekday() {
        Document d = on("2024-11-07", "Gunmen attacked the police station at 10 a.m. on Tuesday, officials said.\n"
                + "Shortly after midnight on Sunday, the gangs withdrew.\n"
                + "The president will speak at 8 p.m. local time on Monday.");
        assertThat(timex(d, "10 a.m.").value()).isEqualTo("2024-11-05T10:00");
        assertThat(timex(d, "Tuesday").value()).isEqualTo("2024-11-05");
        assertThat(timex(d, "midnight").value()).isEqualTo(timex(d, "Sunday").value() + "T24:00");
        assertThat(timex(d, "8 p.m.").value()).isEqualTo("2024-11-11T20:00");
    }

    @Test
    void aClockInLocalTimeBeforeAWeekdayIsOnThatWeekday() {
        Document d = on("2024-11-07", "Police said the attack happened around 3:30 a.m. local time Saturday.");
        assertThat(timex(d, "3:30 a.m.").value()).isEqualTo("2024-11-02T03:30");
        assertThat(timex(d, "Saturday").value()).isEqualTo("2024-11-02");
    }

    @Test
    void aClockWithNoWeekdayAfterItStaysOnTheDayTheTextIsAbout() {
        Document d = on("2024-11-07", "The attack began on Monday. By 3 p.m., dozens of homes were burning.");
        assertThat(timex(d, "3 p.m.").value()).isEqualTo("2024-11-04T15:00");
    }

    @Test
    void aMonthAfterBetweenIsAMonth() {
        Document d = on("2024-11-07", "Fighting intensified between March and May.");
        assertThat(timex(d, "March").value()).isEqualTo("2024-03");
        assertThat(timex(d, "May").value()).isEqualTo("2024-05");
    }

    @Test
    void aFiscalYearWrittenFyIsThatYear() {
        Document d = on("2024-11-07", "The budget for FY2024 was cut; FY 2025 looks better than fiscal 2023.");
        assertThat(timex(d, "FY2024").value()).isEqualTo("2024");
        assertThat(timex(d, "FY 2025").value()).isEqualTo("2025");
        assertThat(timex(d, "fiscal 2023").value()).isEqualTo("2023");
    }

    @Test
    void aDateWrittenYearFirstWithSlashesIsThatDay() {
        Document d = on("2024-11-10", "The ship docked on 2024/11/07.");
        assertThat(timex(d, "2024/11/07").value()).isEqualTo("2024-11-07");
    }

    @Test
    void aDashedDateIsReadOnlyWhenOneFieldCannotBeAMonth() {
        Document d = on("2024-11-10", "The form was dated 11-07-2024.\nThe protest was set for 25-11-2024.\n"
                + "The memo is dated 12-31-2024.");
        assertThat(timex(d, "11-07-2024").value()).isNull();
        assertThat(find(d, "2024")).isEmpty();
        assertThat(timex(d, "25-11-2024").value()).isEqualTo("2024-11-25");
        assertThat(timex(d, "12-31-2024").value()).isEqualTo("2024-12-31");
    }

    @Test
    void aYearRangeWithATwoDigitEndIsTwoYears() {
        Document d = on("2024-11-10", "The 2012-13 season was the club's best.\nThe code 2015-04 was rejected.");
        assertThat(timex(d, "2012").value()).isEqualTo("2012");
        assertThat(timex(d, "13").value()).isEqualTo("2013");
        assertThat(find(d, "04")).isEmpty();
    }

    @Test
    void anOrdinalDayAloneIsThatDayOfTheMonthTheTextIsAbout() {
        Document d = on("2024-11-07", "The 3rd Battalion arrived on the 5th, officials said.\n"
                + "The talks will resume on the 2nd.\nThe vote was held on the 21st floor.");
        assertThat(timex(d, "the 5th").value()).isEqualTo("2024-11-05");
        assertThat(timex(d, "the 2nd").value()).isEqualTo("2024-12-02");
        assertThat(find(d, "the 21st")).isEmpty();
        assertThat(find(d, "the 3rd")).isEmpty();
    }

    @Test
    void anOrdinalDayAfterANamedMonthIsInThatMonth() {
        Document d = on("2024-11-07", "Talks opened on March 3 and closed on the 9th.");
        assertThat(timex(d, "the 9th").value()).isEqualTo("2024-03-09");
    }

    @Test
    void overnightAsAnAdverbIsTheNightOfTheDayTheTextIsAbout() {
        Document d = on("2024-11-07", "Gangs attacked the port on Tuesday.\nThe convoy came under fire overnight.\n"
                + "He stayed overnight with relatives.");
        assertThat(timex(d, "overnight").value()).isEqualTo("2024-11-05TNI");
        assertThat(timex(d, "overnight").type()).isEqualTo(Timex.TIME);
        assertThat(d.layer(Layers.TIMES).stream().filter(t -> d.textOf(t).equals("overnight"))).hasSize(1);
    }

    @Test
    void easterAndTheDaysAroundItFollowTheComputus() {
        Document d = on("2024-11-07", "Celebrations were held on Easter Sunday.\n"
                + "The ceasefire will hold until Good Friday.\nEaster Monday was quiet.\nEaster Island is remote.");
        assertThat(timex(d, "Easter Sunday").value()).isEqualTo("2024-03-31");
        assertThat(timex(d, "Good Friday").value()).isEqualTo("2025-04-18");
        assertThat(timex(d, "Easter Monday").value()).isEqualTo("2024-04-01");
        assertThat(find(d, "Easter")).isEmpty();
    }

    @Test
    void easterWeekIsTheIsoWeekEndingOnEasterSunday() {
        Document d = on("2000-04-17", "Protesters prayed as Easter week began.");
        assertThat(timex(d, "Easter week").value()).isEqualTo("2000-W16");
    }

    @Test
    void easterSundayMatchesKnownDates() {
        assertThat(PeriodRules.easterSunday(2024)).hasToString("2024-03-31");
        assertThat(PeriodRules.easterSunday(2025)).hasToString("2025-04-20");
        assertThat(PeriodRules.easterSunday(2019)).hasToString("2019-04-21");
        assertThat(PeriodRules.easterSunday(2000)).hasToString("2000-04-23");
    }

    @Test
    void numbersThatOnlyLookLikeDatesAreNoDates() {
        Document d = on("2024-11-07", "About 2,500 officers were promised.\nVersion 1.5.3 of the app was released.\n"
                + "The hotline runs 24/7.\nThe 9/11 attacks changed US policy.");
        assertThat(d.layer(Layers.TIMES)).isEmpty();
    }

    @Test
    void aClockWithADotBeforeTheMinutesIsAClockTime() {
        Document d = on("2024-11-07", "The blast happened at 11.30pm on Tuesday.\nShares rose 1.30 points.");
        assertThat(timex(d, "11.30pm").value()).isEqualTo("2024-11-05T23:30");
        assertThat(find(d, "1.30")).isEmpty();
    }

    @Test
    void tuesAndThursWithoutADotAreWeekdays() {
        Document d = on("2024-11-07", "Talks resumed on Tues, sources said.\nThe ministry said on Thurs that it would act.");
        assertThat(timex(d, "Tues").value()).isEqualTo("2024-11-05");
        assertThat(timex(d, "Thurs").value()).isEqualTo("2024-11-07");
    }

    @Test
    void noLaterThanADateIsADeadline() {
        Document d = on("2024-11-07", "Parties must register no later than March 31.");
        assertThat(timex(d, "March 31").deadline()).isTrue();
        assertThat(timex(d, "March 31").mod()).isEqualTo("ON_OR_BEFORE");
        assertThat(timex(d, "March 31").value()).isEqualTo("2025-03-31");
    }

    @Test
    void aDayJoinedToADateIsInTheSameMonth() {
        Document d = on("2024-11-07", "Flights resume on May 6 and 7, the airline said.\n"
                + "Gangs killed 10 people on March 3 and 25 on March 5.\n"
                + "Police held 12 suspects on April 2 and 14 in the second raid.");
        assertThat(timex(d, "7").value()).isEqualTo("2024-05-07");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t))
                .containsExactly("May 6", "7", "March 3", "March 5", "April 2");
    }

    @Test
    void anImpossibleJoinedDayHasNoValue() {
        Document d = on("2024-11-07", "Flights resume on Feb. 28 or 30, officials said.");
        assertThat(timex(d, "30").value()).isNull();
    }

    @Test
    void theMarchBeforeANounIsTheMonth() {
        Document d = on("2024-11-07", "Ministers discussed the March budget on Monday.\n"
                + "Police dispersed the March before it reached the palace.\n"
                + "Organisers said the March will go ahead.");
        assertThat(timex(d, "March").value()).isEqualTo("2024-03");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t)).containsExactly("March", "Monday");
    }

    @Test
    void yearEndInWordsIsTheEndOfTheYear() {
        Document d = on("2024-11-07", "The deal should close by year end.\nThe rules must be in place by year's end.");
        assertThat(timex(d, "year end").value()).isEqualTo("2024");
        assertThat(timex(d, "year end").mod()).isEqualTo("END");
        assertThat(timex(d, "year's end").value()).isEqualTo("2024");
    }

    @Test
    void thisQuarterIsTheQuarterUnderDiscussionElseTheCurrentOne() {
        assertThat(timex(on("2024-11-07", "This quarter's loss includes charges."), "This quarter").value())
                .isEqualTo("2024-Q4");
        Document d = on("2024-11-07", "Profit rose in the third quarter.\nThis quarter's loss includes charges.");
        assertThat(timex(d, "This quarter").value()).isEqualTo("2024-Q3");
    }

    @Test
    void theYearAgoThirdQuarterIsThatQuarterOfTheYearBefore() {
        Document d = on("2024-11-07", "Profit doubled from the year-earlier third quarter.");
        assertThat(timex(d, "the year-earlier third quarter").value()).isEqualTo("2023-Q3");
        assertThat(d.layer(Layers.TIMES)).hasSize(1);
    }

    @Test
    void aSpelledYearBeforeANameEndingInSIsAYear() {
        Document d = on("1998-01-08", "In nineteen ninety-four Douglas moved to Nairobi.\nIt cost nineteen seventy-five dollars.");
        assertThat(timex(d, "nineteen ninety-four").value()).isEqualTo("1994");
        assertThat(d.layer(Layers.TIMES)).hasSize(1);
    }

    @Test
    void longCompoundsAreDurations() {
        Document d = on("2024-11-07", "The committee held a weeklong hearing.\nThe year-long inquiry ended.\n"
                + "The decades-long dispute goes on.");
        assertThat(timex(d, "weeklong").value()).isEqualTo("P1W");
        assertThat(timex(d, "year-long").value()).isEqualTo("P1Y");
        assertThat(timex(d, "decades-long").value()).isEqualTo("PXY");
    }

    @Test
    void aDailyNewspaperIsNoRecurrence() {
        Document d = on("2024-11-07", "The ruling party daily Le Matin printed the speech.\n"
                + "The country's largest daily, the Nation, reported it.\nThe state-run daily said so.\n"
                + "The ferry runs daily Monday to Friday.\nPolice now patrol the capital daily.");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t)).containsExactly("daily", "Monday", "Friday",
                "now", "daily");
        assertThat(d.layer(Layers.TIMES).get(0).start()).isGreaterThan(d.text().indexOf("ferry"));
    }

    @Test
    void todayInANameIsNoDate() {
        Document d = on("2024-11-07", "USA Today reported the figures.\nShe told Haiti Today that the vote was delayed.\n"
                + "Ruto Visits Haiti Today Amid Protests\nKenya Police Arrive In Haiti Today\nToday, the council votes.");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t)).containsExactly("Today", "Today", "Today");
        assertThat(d.layer(Layers.TIMES)).allMatch(t -> "2024-11-07".equals(t.value()));
    }

    @Test
    void aLaterDateIsTheFuture() {
        Document d = on("2024-11-07", "The shares will be offered at a later date.");
        assertThat(timex(d, "a later date").value()).isEqualTo("FUTURE_REF");
    }

    @Test
    void earlyOrLateBeforeAWeekdayIsItsStartOrEnd() {
        Document d = on("2024-11-07", "Officials met late Monday.\nThe blast hit early Tuesday.\n"
                + "Crowds gathered early Friday morning.");
        assertThat(timex(d, "late Monday").mod()).isEqualTo("END");
        assertThat(timex(d, "late Monday").value()).isEqualTo("2024-11-04");
        assertThat(timex(d, "early Tuesday").mod()).isEqualTo("START");
        assertThat(timex(d, "Friday morning").value()).isEqualTo("2024-11-01TMO");
    }

    @Test
    void electionDayIsTheAmericanOneUnlessAnotherCountryIsNamed() {
        Document d = on("2024-10-20", "Campaigning will go on until Election Day.\n"
                + "Kenya's Election Day passed calmly.");
        assertThat(d.layer(Layers.TIMES)).extracting(Timex::value).containsExactly("2024-11-05", null);
    }

    @Test
    void theYearBeforeAYearIsThatYear() {
        Document d = on("2013-03-22", "The year 2012 was the warmest on record.");
        assertThat(timex(d, "The year 2012").value()).isEqualTo("2012");
        assertThat(d.layer(Layers.TIMES)).hasSize(1);
    }

    @Test
    void aDayAfterAnEventIsAnOffsetNotARate() {
        Document d = on("2013-03-22", "The decision comes a day after the council voted.\nHe earns $200 a day.");
        assertThat(timex(d, "a day").value()).isEqualTo("P1D");
        assertThat(d.layer(Layers.TIMES)).hasSize(1);
    }

    @Test
    void theBodyReadsSlashedDatesInTheOrderItsOwnDatesShow() {
        // no language declared: "23/10/2024" can only be day first, so "02/03/2024" is 2 March
        Document d = on("2024-11-07", "The first hearing was on 23/10/2024.\nThe second was on 02/03/2024.");
        assertThat(timex(d, "02/03/2024").value()).isEqualTo("2024-03-02");
        Document us = on("2024-11-07", "The first hearing was on 10/23/2024.\nThe second was on 02/03/2024.");
        assertThat(timex(us, "02/03/2024").value()).isEqualTo("2024-02-03");
    }

    @Test
    void aClockBeforeOnAndADateIsOnThatDate() {
        Document d = on("2024-11-07", "The mandate ended at midnight on October 2.\nVoting opens at 9am on 12 November.");
        assertThat(timex(d, "midnight").value()).isEqualTo("2024-10-02T24:00");
        assertThat(timex(d, "October 2").value()).isEqualTo("2024-10-02");
        assertThat(timex(d, "9am").value()).isEqualTo("2024-11-12T09:00");
    }

    @Test
    void aClockRestatedInGmtIsLeftToTheLocalTimeAndIsNoYear() {
        Document d = on("2024-11-07", "The vote is due at 3pm local time (1900 GMT) on Monday.\n"
                + "The convoy left at 0600 GMT.");
        assertThat(timex(d, "3pm").value()).isEqualTo("2024-11-11T15:00");
        assertThat(find(d, "1900")).isEmpty();
        assertThat(find(d, "1900 GMT")).isEmpty();
        assertThat(timex(d, "0600 GMT").type()).isEqualTo(Timex.TIME);
    }

    @Test
    void aPastFormAfterAModalIsNoPast() {
        Document d = on("2013-03-21", "The storm will hit late Friday.\nThe storm is expected to hit Friday.\n"
                + "The storm hit Friday.");
        assertThat(timex(d, "late Friday").value()).isEqualTo("2013-03-22");
        assertThat(d.layer(Layers.TIMES)).extracting(Timex::value)
                .containsExactly("2013-03-22", "2013-03-22", "2013-03-15");
    }

    @Test
    void somethingPutOffUntilADateLooksAhead() {
        Document d = on("2013-03-30", "The vote was postponed until after the elections in May.\n"
                + "The hearing was adjourned to June 4.");
        assertThat(timex(d, "May").value()).isEqualTo("2013-05");
        assertThat(timex(d, "June 4").value()).isEqualTo("2013-06-04");
    }

    @Test
    void aYearFarFromThePublicationKeepsItsValueWithLowConfidence() {
        Document d = on("2024-11-07", "The treaty expires in 2087.\nThe city was founded in 1648.\nThe plan runs to 2050.");
        assertThat(timex(d, "2087").value()).isEqualTo("2087");
        assertThat(timex(d, "2087").confidence()).isLessThan(0.5);
        assertThat(timex(d, "1648").confidence()).isGreaterThan(0.5);
        assertThat(timex(d, "2050").confidence()).isGreaterThan(0.5);
    }

    @Test
    void aDayBeforeAnIntentInThePastIsWhenTheIntentWasFormed() {
        Document d = on("2024-11-07", "On Monday, the ministry planned to open two schools.\n"
                + "The council vote on Friday, expected to renew the mandate, will be watched.");
        assertThat(d.layer(Layers.TIMES)).extracting(Timex::value).containsExactly("2024-11-04", "2024-11-08");
    }

    @Test
    void theBaseOfAComparisonIsCountedFromTheReport() {
        Document d = on("2013-03-22", "The plant opened in 2009.\nOutput rose 5% from $2.5 million a year earlier.\n"
                + "The plant opened in 2009.\nA year earlier, the site was bought.\n"
                + "He came to Nairobi in 2009 after fleeing from Haiti two years earlier.");
        assertThat(d.layer(Layers.TIMES)).extracting(Timex::value)
                .containsExactly("2009", "2012", "2009", "2008", "2009", "2007");
    }

    @Test
    void theFirstOrLastWeekOfAMonthIsItsStartOrEnd() {
        Document d = on("2024-11-07", "The talks began in the first week of March.\nThe vote is due in the last week of June.\n"
                + "The first week of the trial ended.");
        assertThat(timex(d, "the first week of March").value()).isEqualTo("2024-03");
        assertThat(timex(d, "the first week of March").mod()).isEqualTo("START");
        assertThat(timex(d, "the last week of June").mod()).isEqualTo("END");
        assertThat(d.layer(Layers.TIMES)).hasSize(2);
    }

    @Test
    void aRateIsNoDurationWhateverFollows() {
        Document d = on("2024-11-07", "Haiti will receive $50 million a year from the fund.\n"
                + "Kenya Airways will fly three times a week after the airport reopens.\n"
                + "The ruling comes a day after the vote.");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t)).containsExactly("a day");
    }

    @Test
    void endsAsANounIsNoCueOfTheFuture() {
        Document d = on("2024-11-07", "Families struggled to make ends meet in March.\nThe mandate ends on October 2.");
        assertThat(d.layer(Layers.TIMES)).extracting(Timex::value).containsExactly("2024-03", "2024-10-02");
    }

    @Test
    void hoursOfWorkAreNoClockTime() {
        Document d = on("2024-11-07", "Volunteers logged 1200 hrs of service.\nThe convoy left at 0600 GMT.");
        assertThat(d.layer(Layers.TIMES)).extracting(t -> d.textOf(t)).containsExactly("0600 GMT");
    }

    /** The time stage over {@code text} whose stretch starting at {@code leftOut} the reader left out as a dateline. */
    private static Document withDatelineAt(String text, String leftOut, String language) {
        int from = text.indexOf(leftOut);
        Document.Builder b = Document.builder(text);
        if (language != null) {
            b.language(language);
        }
        Document doc = b.build().with(Layers.BOILERPLATE,
                List.of(new Boilerplate(from, from + leftOut.length(), Boilerplate.DATELINE)));
        List<Sentence> body = new ArrayList<>();
        for (Sentence s : withLines(doc).layer(Layers.SENTENCES)) {
            if (!doc.isBoilerplate(s)) {
                body.add(s);
            }
        }
        return TIME.annotate(doc.with(Layers.SENTENCES, body));
    }

    @Test
    void aDatedBylineTheReaderLeftOutDatesTheArticleFarDownTheText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append("The port reopened after a week of closures and ships left again, paragraph ").append(i)
                    .append(".\n");
        }
        text.append("By Mary Otieno 4 March 2021 09:15\n");
        Document d = withDatelineAt(text.toString(), "By Mary Otieno 4 March 2021 09:15", null);
        assertThat(d.published().value()).isEqualTo("2021-03-04");
        assertThat(d.published().basis()).isEqualTo(Published.Basis.DATELINE);
    }

    @Test
    void aTopDateOfATextInAnotherLanguageIsNotBoundByItsBody() {
        // the tense cues are English ("Lied" looks like a past form to them): a German body date cannot be known to
        // lie in the past, so it does not rule the top date out
        String text = "Neue Fähre für den Hafen\nVerfasst von Jana K. am 04.03.2021 09:15\n"
                + "Das Lied der Fährleute erklingt am 1.6.2021 zum ersten Mal.\n";
        Document d = withDatelineAt(text, "Verfasst von Jana K. am 04.03.2021 09:15", "de");
        assertThat(d.published().value()).isEqualTo("2021-03-04");
    }

    @Test
    void aTopDateOfAnUntaggedEnglishTextIsBoundByItsBody() {
        Document d = on(null, "Archive\nMarch 3, 2019\nPolice dissolved two gangs on June 5, 2020.");
        assertThat(d.published().value()).isNotEqualTo("2019-03-03");
    }
}
