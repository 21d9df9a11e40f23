package org.sitrep.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublishedTest {
    @Test
    void aCalendarDateIsAYearAMonthOrADayThatExists() {
        assertThat(Published.isCalendarDate("2024")).isTrue();
        assertThat(Published.isCalendarDate("2024-02")).isTrue();
        assertThat(Published.isCalendarDate("2024-02-29")).isTrue();
        assertThat(Published.isCalendarDate("2023-02-29")).isFalse();
        assertThat(Published.isCalendarDate("0112-24-08")).isFalse();
        assertThat(Published.isCalendarDate("2024-13")).isFalse();
        assertThat(Published.isCalendarDate("0000")).isFalse();
        assertThat(Published.isCalendarDate("2024-1-5")).isFalse();
        assertThat(Published.isCalendarDate(null)).isFalse();
    }

    @Test
    void aPublicationDateTheCalendarDoesNotHaveIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new Published("2024-06-31", Published.Basis.METADATA, 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-06-31");
    }
}
