package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.appraisal.PlacedFigures;
import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.bid.money.WrittenPrecision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * What a stated total adds up, each part as the appraisal places it (all its years, or what falls in the total's
     * year); a line the appraisal cannot place is taken as written, in the year it names. Empty when there is nothing
     * to add; a null part is one that cannot be told (not a number, or a placed line's share of a financial year in a
     * bid that counts Year 0, 1 …), and then the total is not checked.
     */
    static List<Bounds> partsOf(Bid bid, DeclaredTotal total, PlacedFigures placed) {
        Optional<FinancialYear> year = FinancialYear.parse(total.financialYear());
        List<Bounds> parts = new ArrayList<>();
        switch (total.of()) {
            case COST_LINES -> {
                for (int i = 0; i < bid.content().costLines().size(); i++) {
                    CostLine c = bid.content().costLines().get(i);
                    part(placed.costLinePlaced(i), year.isEmpty() ? placed.costLine(i)
                            : placed.costLineIn(i, year.get()), year.isPresent() && !placed.inFinancialYears(),
                            c.amount(), c.period(), total.financialYear(), parts);
                }
            }
            case BENEFIT_LINES -> {
                for (int i = 0; i < bid.content().benefitLines().size(); i++) {
                    BenefitLine b = bid.content().benefitLines().get(i);
                    part(placed.benefitLinePlaced(i), year.isEmpty() ? placed.benefitLine(i)
                            : placed.benefitLineIn(i, year.get()), year.isPresent() && !placed.inFinancialYears(),
                            b.amount(), b.period(), total.financialYear(), parts);
                }
            }
            case STATED_FIGURES -> total.figures().forEach(f -> parts.add(Bounds.of(f)));
        }
        return parts;
    }

    private static void part(boolean isPlaced, Optional<BigDecimal> placedPart, boolean yearUntold, Money written,
            Period period, String financialYear, List<Bounds> parts) {
        if (!isPlaced) {
            if (inYear(period, financialYear)) {
                parts.add(Bounds.of(written));
            }
        } else if (yearUntold) {
            parts.add(null);
        } else {
            placedPart.ifPresent(p -> parts.add(new Bounds(p, p)));
        }
    }

    /** The whole of cost line {@code i} as the appraisal counts it, else as written; null when not a number. */
    static BigDecimal costLineTotal(Bid bid, int i, PlacedFigures placed) {
        Money written = bid.content().costLines().get(i).amount();
        return placed.costLine(i).orElse(numeric(written) ? written.amount() : null);
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
        static Bounds sum(List<Bounds> parts) {
            if (parts.isEmpty()) {
                return null;
            }
            Bounds total = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);
            for (Bounds b : parts) {
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
