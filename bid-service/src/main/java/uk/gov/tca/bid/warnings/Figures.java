package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.bid.money.WrittenPrecision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What the warning rules share: reading figures, ranges and periods, and writing pounds. */
final class Figures {

    private Figures() {
    }

    static void thousandsSuffix(Money money, String field, List<Warning> warnings) {
        if (money != null && money.asWritten() != null && AmountWarnings.K_ON_FULL_AMOUNT.matcher(money.asWritten()).find()) {
            warnings.add(new Warning("THOUSANDS_SUFFIX_ON_FULL_AMOUNT", "\"" + money.asWritten()
                    + "\" puts a 'k' after a figure written in full; it is read as "
                    + (money.amount() == null ? "no amount" : pounds(money.amount())) + ": confirm which is meant",
                    List.of(field)));
        }
    }

    record DatedAmount(Period period, Money amount) {
    }

    /** What a stated total adds up; empty when there is nothing to add. */
    static List<Money> partsOf(Bid bid, DeclaredTotal total) {
        return switch (total.of()) {
            case COST_LINES -> bid.content().costLines().stream().filter(c -> inYear(c.period(), total.financialYear()))
                    .map(CostLine::amount).toList();
            case BENEFIT_LINES -> bid.content().benefitLines().stream().filter(b -> inYear(b.period(), total.financialYear()))
                    .map(BenefitLine::amount).toList();
            case STATED_FIGURES -> total.figures();
        };
    }

    /** A figure as the low and high ends it may take: an exact figure is both ends; a range its min and max. */
    record Bounds(BigDecimal low, BigDecimal high) {

        static Bounds of(Money money) {
            if (money == null) {
                return null;
            }
            if (money.qualifier() == MoneyQualifier.RANGE && money.min() != null && money.max() != null) {
                return new Bounds(money.min(), money.max());
            }
            return money.readsAsNumber() ? new Bounds(money.amount(), money.amount()) : null;
        }

        /** The sum of the parts' ends, or null when there are none or one is not a number. */
        static Bounds sum(List<Money> parts) {
            if (parts.isEmpty()) {
                return null;
            }
            Bounds total = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);
            for (Money part : parts) {
                Bounds b = of(part);
                if (b == null) {
                    return null;
                }
                total = new Bounds(total.low.add(b.low), total.high.add(b.high));
            }
            return total;
        }

        /**
         * Whether computed ends agree with these stated ones at the precision the stated figure was written to
         * ("£240k" is to the thousand): each end differs by less than one unit of its last written place.
         */
        boolean agreesWith(Bounds computed, Money writtenAs) {
            return WrittenPrecision.agrees(writtenAs, low, computed.low) && WrittenPrecision.agrees(writtenAs, high, computed.high);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bounds b && low.compareTo(b.low) == 0 && high.compareTo(b.high) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(low.stripTrailingZeros(), high.stripTrailingZeros());
        }

        @Override
        public String toString() {
            return low.compareTo(high) == 0 ? pounds(low) : pounds(low) + "–" + pounds(high);
        }
    }

    static void basisConflict(Money money, String field, List<Warning> warnings) {
        if (money == null || money.asWritten() == null) {
            return;
        }
        java.util.regex.Matcher perAnnum = PeriodWarnings.PER_ANNUM_WORDS.matcher(money.asWritten());
        java.util.regex.Matcher overYears = PeriodWarnings.OVER_YEARS_WORDS.matcher(money.asWritten());
        if (perAnnum.find() && overYears.find()) {
            warnings.add(new Warning("BASIS_WRITTEN_BOTH_WAYS", "\"" + money.asWritten() + "\" is written both \""
                    + perAnnum.group().trim() + "\" and \"" + overYears.group().trim() + "\"; it is read as "
                    + (money.basis() == null ? "no basis" : money.basis()) + ": confirm which is meant",
                    List.of(field + ".basis")));
        }
    }

    static boolean inYear(Period period, String financialYear) {
        return financialYear == null || period != null && financialYear.equals(period.financialYear());
    }

    static boolean numeric(Money money) {
        return money != null && money.readsAsNumber();
    }

    static String pounds(BigDecimal amount) {
        return uk.gov.tca.bid.money.Pounds.of(amount);
    }
}
