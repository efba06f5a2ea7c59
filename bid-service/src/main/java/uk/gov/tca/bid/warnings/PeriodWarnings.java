package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.money.WrittenPrecision;

import uk.gov.tca.bid.money.Money;

import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** When a bid's figures fall, and over what period each is written (V7). */
final class PeriodWarnings {

    private PeriodWarnings() {
    }

    /** V7: costs should fall in the financial years the round funds, whether given as a year or in words. */
    static final WarningRule PERIODS_WITHIN_ROUND = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            Period period = bid.content().costLines().get(i).period();
            if (period == null || round.eligibleYears.isEmpty()) {
                continue;
            }
            List<String> outside = period.financialYears().stream().filter(y -> !round.eligibleYears.contains(y)).toList();
            if (!outside.isEmpty()) {
                warnings.add(new Warning("PERIOD_OUTSIDE_ROUND", "A cost falls in " + String.join(", ", outside)
                        + (period.financialYear() == null && period.asWritten() != null ? " (written \"" + period.asWritten() + "\")" : "")
                        + ", outside the round's years " + String.join(", ", round.eligibleYears),
                        List.of("costLines[" + i + "].period")));
            }
        }
        return warnings;
    };

    /**
     * Cherwell's "Total Costs £366,932 pa.": a total labelled per annum that is in fact the lines of two or
     * more years together, each year being less. The figure is kept; the label is what is in doubt.
     */
    static final WarningRule PER_ANNUM_TOTAL_IS_NOT_A_YEAR = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            DeclaredTotal total = bid.content().declaredTotals().get(i);
            if (!Figures.numeric(total.amount()) || total.amount().basis() != MoneyBasis.PER_ANNUM || total.financialYear() != null) {
                continue;
            }
            java.util.Map<String, BigDecimal> byYear = new java.util.TreeMap<>();
            List<Figures.DatedAmount> lines = total.of() == DeclaredTotal.Of.COST_LINES
                    ? bid.content().costLines().stream().map(c -> new Figures.DatedAmount(c.period(), c.amount())).toList()
                    : bid.content().benefitLines().stream().map(b -> new Figures.DatedAmount(b.period(), b.amount())).toList();
            boolean allDated = !lines.isEmpty();
            for (Figures.DatedAmount line : lines) {
                if (line.period() == null || line.period().financialYear() == null || !Figures.numeric(line.amount())) {
                    allDated = false;
                    break;
                }
                byYear.merge(line.period().financialYear(), line.amount().amount(), BigDecimal::add);
            }
            if (!allDated || byYear.size() < 2) {
                continue;
            }
            BigDecimal sum = byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Money stated = total.amount();
            boolean aYearMatches = byYear.values().stream().anyMatch(y -> WrittenPrecision.agrees(stated, stated.amount(), y));
            if (WrittenPrecision.agrees(stated, stated.amount(), sum) && !aYearMatches) {
                warnings.add(new Warning("PER_ANNUM_IS_A_PERIOD_TOTAL", "\"" + Objects.requireNonNullElse(
                        total.amount().asWritten(), Figures.pounds(total.amount().amount())) + "\" is labelled per annum, but it is "
                        + byYear.size() + " years' lines together (" + String.join(", ", byYear.entrySet().stream()
                                .map(e -> e.getKey() + " " + Figures.pounds(e.getValue())).toList()) + ")",
                        List.of("declaredTotals[" + i + "].amount.basis")));
            }
        }
        return warnings;
    };

    static final Pattern PER_ANNUM_WORDS = Pattern.compile(
            "(?i)(per\\s+annum|\\bp\\.?\\s?a\\b\\.?|\\bp/a\\b|a\\s+year\\b|annual)");

    static final Pattern OVER_YEARS_WORDS = Pattern.compile(
            "(?i)(over\\s+(the\\s+next\\s+|a\\s+)?(\\d+|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+years?)");

    /**
     * Worcestershire's "£20m over 10 years" that the same bid elsewhere calls "£20 million per annum": one
     * figure written both ways cannot be both, and the difference is tenfold.
     */
    static final WarningRule ONE_BASIS_PER_FIGURE = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        Figures.basisConflict(bid.amountSought(), "amountSought", warnings);
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            Figures.basisConflict(bid.content().costLines().get(i).amount(), "costLines[" + i + "].amount", warnings);
        }
        for (int i = 0; i < bid.content().benefitLines().size(); i++) {
            Figures.basisConflict(bid.content().benefitLines().get(i).amount(), "benefitLines[" + i + "].amount", warnings);
        }
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            Figures.basisConflict(bid.content().declaredTotals().get(i).amount(), "declaredTotals[" + i + "].amount", warnings);
        }
        return warnings;
    };
}
