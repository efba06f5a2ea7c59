package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyRulesTests {

    private static Money money(String amount, MoneyQualifier qualifier, String asWritten) {
        return new Money(amount == null ? null : new BigDecimal(amount), null, null, asWritten, MoneyScale.POUNDS,
                qualifier, null);
    }

    @Test
    void anExactFigureNeedsAnAmount() {
        assertThat(MoneyRules.check("m", money("1800000", MoneyQualifier.EXACT, "£1.8million"))).isEmpty();
        assertThat(MoneyRules.check("m", money(null, MoneyQualifier.EXACT, "£1.8million")))
                .extracting(RuleViolation::field).containsExactly("m.amount");
    }

    @Test
    void placeholdersRedactionsAndWordsAreNeverNumbers() {
        assertThat(MoneyRules.check("m", money(null, MoneyQualifier.PLACEHOLDER, "xxxx"))).isEmpty();
        assertThat(MoneyRules.check("m", money(null, MoneyQualifier.REDACTED, "£**k"))).isEmpty();
        assertThat(MoneyRules.check("m", money(null, MoneyQualifier.NON_NUMERIC, "Cost Neutral"))).isEmpty();
        assertThat(MoneyRules.check("m", money("0", MoneyQualifier.REDACTED, "■"))).hasSize(1);
        assertThat(MoneyRules.check("m", money(null, MoneyQualifier.PLACEHOLDER, " "))).hasSize(1);
    }

    @Test
    void moneyIsPoundsAndPenceNeverNegativeNeverAbsurd() {
        assertThat(MoneyRules.check("m", money("140920.00", MoneyQualifier.EXACT, "£140.920"))).isEmpty();
        assertThat(MoneyRules.check("m", money("-1", MoneyQualifier.EXACT, null))).hasSize(1);
        assertThat(MoneyRules.check("m", money("0.001", MoneyQualifier.EXACT, null))).hasSize(1);
        assertThat(MoneyRules.check("m", money("1000000000000", MoneyQualifier.EXACT, null))).hasSize(1);
    }

    @Test
    void aRangeHasOrderedEnds() {
        Money range = new Money(null, new BigDecimal("8000000"), new BigDecimal("10000000"), "£8-£10m",
                MoneyScale.MILLIONS, MoneyQualifier.RANGE, null);
        assertThat(MoneyRules.check("m", range)).isEmpty();
        Money backwards = new Money(null, new BigDecimal("10000000"), new BigDecimal("8000000"), "£10-£8m",
                MoneyScale.MILLIONS, MoneyQualifier.RANGE, null);
        assertThat(MoneyRules.check("m", backwards)).extracting(RuleViolation::field).containsExactly("m.min");
    }
}
