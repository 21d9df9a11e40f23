package org.sitrep.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-11", "2024-11-08", "2024-02-29", " 2024-12-31 "})
    void acceptsCalendarDatesOfYearMonthOrDayPrecision(String value) {
        assertThat(DateInput.expect("--as-of", value)).isEqualTo(value.strip());
        assertThat(DateInput.find(value)).contains(value.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-45", "2024-13-01", "2024-99-99", "2023-02-29", "2024-04-31", "2024-00", "2024-11-00"})
    void refusesDatesThatDoNotExistNamingTheOptionAndTheValue(String value) {
        assertThatThrownBy(() -> DateInput.expect("--as-of", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--as-of is not a calendar date: '" + value + "' (")
                .hasMessageNotContaining("\n");
        assertThat(DateInput.find(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "24-11-08", "2024/11/08", "2024-1-8", "", "2024-11-08T10:00"})
    void refusesOtherShapesNamingTheParameter(String value) {
        assertThatThrownBy(() -> DateInput.expect("parameter 'from'", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter 'from' must be a date YYYY-MM-DD, YYYY-MM or YYYY, was '" + value + "'");
    }

    @Test
    void saysWhatIsWrongWithAnImpossibleMonth() {
        assertThatThrownBy(() -> DateInput.expect("--from", "2024-13-01")).hasMessageContaining("MonthOfYear");
    }
}
