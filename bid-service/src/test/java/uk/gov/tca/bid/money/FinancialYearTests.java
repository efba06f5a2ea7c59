package uk.gov.tca.bid.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One reading of a financial year, however a council spells it. */
class FinancialYearTests {

    @ParameterizedTest
    @ValueSource(strings = {"2016/17", "2016-17", "2016\u201317", "2016\u201417", "16/17", "16-17", "FY2016/17",
            "FY 2016-17", "fy16/17", "2016/2017", "2016 to 2017", "2016 - 17", " 2016/17 "})
    void everyUsualSpellingIsOneYear(String written) {
        assertThat(FinancialYear.parse(written)).hasValueSatisfying(y -> {
            assertThat(y.startYear()).isEqualTo(2016);
            assertThat(y).hasToString("2016/17");
        });
        assertThat(FinancialYear.normalise(written)).isEqualTo("2016/17");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013/15", "2016/18", "17/16", "2016", "16", "2016/17/18", "sixteen seventeen", "2016 to 2018",
            "2016/1", "FY", "", "2016/17 and 2017/18", "1850/51"})
    void whatIsNotOneYearIsNotRead(String written) {
        assertThat(FinancialYear.parse(written)).isEmpty();
        assertThat(FinancialYear.normalise(written)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void theSpellingIsKeptOnlyWhenItDiffers() {
        assertThat(FinancialYear.asWrittenIfDifferent("FY16-17")).isEqualTo("FY16-17");
        assertThat(FinancialYear.asWrittenIfDifferent("2016/17")).isNull();
        assertThat(FinancialYear.asWrittenIfDifferent("2013/15")).isNull();
        assertThat(FinancialYear.asWrittenIfDifferent(null)).isNull();
    }

    @org.junit.jupiter.api.Test
    void yearsAreFoundInWordsInTheSameSpellings() {
        assertThat(FinancialYear.findIn("from FY2014/15 to 2016\u201317, then 2017 to 2018 and 18/19 (not 2019/21)"))
                .extracting(FinancialYear::toString).containsExactly("2014/15", "2016/17", "2017/18", "2018/19");
        // a sum of money or a percentage is not a year
        assertThat(FinancialYear.findIn("£2016/17 per unit, 16-17%")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aCenturyTurnsOver() {
        assertThat(FinancialYear.parse("1999/00")).hasValue(new FinancialYear(1999));
        assertThat(FinancialYear.parse("1999/2000")).hasValue(new FinancialYear(1999));
        assertThat(FinancialYear.parse("2099-00")).hasValue(new FinancialYear(2099));
    }
}
