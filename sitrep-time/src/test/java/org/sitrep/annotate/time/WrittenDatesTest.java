package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.time.WrittenDates.Order;

class WrittenDatesTest {

    private static List<LocalDate> dates(String text, Order order) {
        return WrittenDates.findAll(text, 0, text.length(), order).stream().map(WrittenDates.Found::date).toList();
    }

    private static LocalDate only(String text) {
        List<LocalDate> found = dates(text, Order.DAY_FIRST);
        assertThat(found).as("dates in '%s'", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void anEnglishDatelineReadsMonthDayYear() {
        assertThat(only("NAIROBI, Nov. 7, 2024 — The president spoke.")).isEqualTo(LocalDate.of(2024, 11, 7));
    }

    @Test
    void aGermanDateWithAnOrdinalDotReadsDayMonthYear() {
        assertThat(only("Veröffentlicht 23. Juli 2017")).isEqualTo(LocalDate.of(2017, 7, 23));
    }

    @Test
    void aSpanishDateWithDeReadsDayMonthYear() {
        assertThat(only("Madrid, 21 de abril de 2020")).isEqualTo(LocalDate.of(2020, 4, 21));
    }

    @Test
    void aFrenchAccentedMonthIsRead() {
        assertThat(only("Mis à jour le 3 février 2021")).isEqualTo(LocalDate.of(2021, 2, 3));
    }

    @Test
    void italianPortugueseAndDutchMonthsAreRead() {
        assertThat(only("Pubblicato il 19 febbraio 2020")).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(only("Publicado em 5 de março de 2019")).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(only("Geplaatst op 12 maart 2018")).isEqualTo(LocalDate.of(2018, 3, 12));
    }

    @Test
    void aDottedDateIsAlwaysDayFirst() {
        assertThat(dates("11.10.2021 | 14:32", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2021, 10, 11));
    }

    @Test
    void anIsoDateIsYearMonthDay() {
        assertThat(only("2021-10-16 | Botschaft")).isEqualTo(LocalDate.of(2021, 10, 16));
    }

    @Test
    void aSlashedDateFollowsTheOrderGiven() {
        assertThat(dates("04/05/2020", Order.DAY_FIRST)).containsExactly(LocalDate.of(2020, 5, 4));
        assertThat(dates("04/05/2020", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2020, 4, 5));
    }

    @Test
    void aFieldAboveTwelveSettlesTheOrderWhateverWasGiven() {
        assertThat(dates("01/23/2020", Order.DAY_FIRST)).containsExactly(LocalDate.of(2020, 1, 23));
        assertThat(dates("23/01/2020", Order.MONTH_FIRST)).containsExactly(LocalDate.of(2020, 1, 23));
    }

    @Test
    void oneUnambiguousDateSetsTheOrderOfTheText() {
        assertThat(WrittenDates.orderOf("Posted 01/23/2020. Updated 02/03/2020.", Optional.empty(), false)).isEqualTo(Order.MONTH_FIRST);
        assertThat(WrittenDates.orderOf("Posted 23/01/2020. Updated 02/03/2020.", Optional.empty(), true)).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void anEnglishTextReadsSlashesTheWayItWritesMonthNames() {
        assertThat(WrittenDates.orderOf("It rained on November 7, 2024 and on 02/03/2020.", Optional.empty(), true))
                .isEqualTo(Order.MONTH_FIRST);
        assertThat(WrittenDates.orderOf("It rained on 7 November 2024 and on 02/03/2020.", Optional.empty(), true))
                .isEqualTo(Order.DAY_FIRST);
        assertThat(WrittenDates.orderOf("Es regnete am 02/03/2020.", Optional.empty(), false)).isEqualTo(Order.DAY_FIRST);
    }

    @Test
    void theDeclaredLanguageDecidesWhereTheTextShowsNoOrder() {
        String text = "It rained on November 7, 2024 and on 02/03/2020.";
        assertThat(WrittenDates.orderOf(text, Optional.of("en-ke"), true)).isEqualTo(Order.DAY_FIRST);
        assertThat(WrittenDates.orderOf(text, Optional.of("fr"), true)).isEqualTo(Order.DAY_FIRST);
        assertThat(WrittenDates.orderOf("It rained on 7 November 2024 and on 02/03/2020.", Optional.of("en-us"), true))
                .isEqualTo(Order.MONTH_FIRST);
        assertThat(WrittenDates.orderOf(text, Optional.of("en"), true)).isEqualTo(Order.MONTH_FIRST);
        assertThat(WrittenDates.orderOf("Posted 01/23/2020. Updated 02/03/2020.", Optional.of("en-gb"), true))
                .isEqualTo(Order.MONTH_FIRST);
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThat(dates("30.02.2021 and February 30, 2021 and 2021-13-01 and 31/04/2020", Order.DAY_FIRST))
                .isEmpty();
    }

    @Test
    void numbersThatOnlyLookLikeDatesAreNotDates() {
        assertThat(dates("Version 2.5.10 costs 1,500.2020 units; 2,500 people; 1.2.3.2020", Order.DAY_FIRST))
                .isEmpty();
    }

    @Test
    void aTwoDigitYearIsReadInTheNearestCentury() {
        assertThat(dates("19.10.19, 18:56", Order.DAY_FIRST)).containsExactly(LocalDate.of(2019, 10, 19));
        assertThat(dates("26.10.98", Order.DAY_FIRST)).containsExactly(LocalDate.of(1998, 10, 26));
    }

    @Test
    void oddTextNeverThrows() {
        assertThat(dates("", Order.DAY_FIRST)).isEmpty();
        assertThat(dates("\u0000 99.99.9999 //// 31. 12. \uD83D\uDE00 2020", Order.DAY_FIRST)).isEmpty();
    }

    @Test
    void thinSpacesMayPartADottedDate() {
        assertThat(only("Von Tennis Bund 4.\u20092.\u20092022.")).isEqualTo(LocalDate.of(2022, 2, 4));
    }

    @Test
    void aYearRunningIntoATimeIsStillAYear() {
        assertThat(only("miércoles, 4 de mayo de 202207:59 hs")).isEqualTo(LocalDate.of(2022, 5, 4));
    }
}
