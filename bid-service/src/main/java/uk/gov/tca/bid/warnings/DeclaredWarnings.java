package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.appraisal.Appraisal;
import uk.gov.tca.bid.appraisal.PlacedFigures;
import uk.gov.tca.bid.content.DeclaredMetric;
import uk.gov.tca.bid.content.DeclaredScenario;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a bid states of itself — totals, metrics, sensitivity rows — against what its own lines give (V2). */
final class DeclaredWarnings {

    private DeclaredWarnings() {
    }

    /**
     * V2: a total the bid states is the sum of what it totals (Northamptonshire's 5.3m over items of 5.06m); a
     * range total is compared end by end (Swindon's "£7m-£10m" over parts reaching £9m). Where one total's
     * parts add up to another total and the other way round, the totals were swapped (High Peak).
     */
    static final WarningRule DECLARED_TOTALS_ADD_UP = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        List<Figures.Bounds> stated = bid.content().declaredTotals().stream().map(t -> Figures.Bounds.of(t.amount())).toList();
        if (bid.content().declaredTotals().isEmpty()) {
            return warnings;
        }
        PlacedFigures placed = PlacedFigures.of(bid);
        List<Figures.Bounds> added = bid.content().declaredTotals().stream()
                .map(t -> Figures.Bounds.sum(Figures.partsOf(bid, t, placed))).toList();
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            DeclaredTotal total = bid.content().declaredTotals().get(i);
            if (stated.get(i) == null || added.get(i) == null || stated.get(i).agreesWith(added.get(i), total.amount())) {
                continue;
            }
            String swappedWith = null;
            for (int j = 0; j < bid.content().declaredTotals().size(); j++) {
                Money other = bid.content().declaredTotals().get(j).amount();
                if (j != i && stated.get(j) != null && added.get(j) != null && stated.get(j).agreesWith(added.get(i), other)
                        && stated.get(i).agreesWith(added.get(j), total.amount())) {
                    swappedWith = bid.content().declaredTotals().get(j).label() != null ? bid.content().declaredTotals().get(j).label()
                            : "declaredTotals[" + j + "]";
                }
            }
            warnings.add(new Warning("DECLARED_TOTAL_DIFFERS", "The bid states "
                    + (total.label() != null ? "\"" + total.label() + "\" as " : "a total of ")
                    + (total.amount().asWritten() != null ? "\"" + total.amount().asWritten() + "\" (" : "(")
                    + stated.get(i) + ") but what it totals adds up to " + added.get(i)
                    + (swappedWith == null ? "" : ", the total stated for \"" + swappedWith + "\": the totals look swapped"),
                    List.of("declaredTotals[" + i + "]")));
        }
        return warnings;
    };

    /** A payback, ROI or ratio the bid states should be what its own lines give. */
    static final WarningRule DECLARED_METRICS_MATCH_THE_APPRAISAL = (bid, round) -> {
        if (bid.content().declaredMetrics().isEmpty() || bid.content().costLines().isEmpty() && bid.content().benefitLines().isEmpty()) {
            return List.of();
        }
        Appraisal appraisal = Appraisal.of(bid, round);
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().declaredMetrics().size(); i++) {
            DeclaredMetric m = bid.content().declaredMetrics().get(i);
            if (m.value() == null || m.scope() != null && !m.scope().isBlank()) {
                continue; // a figure for a wider scope ("whole public sector") is not the bid's own lines
            }
            if (m.type() == DeclaredMetric.Type.PAYBACK_YEARS) {
                String why = paybackDiffers(m, appraisal);
                if (why != null) {
                    warnings.add(new Warning("DECLARED_METRIC_DIFFERS", why, List.of("declaredMetrics[" + i + "]")));
                }
                continue;
            }
            BigDecimal computed = switch (m.type()) {
                case ROI_PERCENT_NET -> appraisal.roi() == null ? null : appraisal.roi().movePointRight(2);
                case RETURN_MULTIPLE -> appraisal.returnMultiple();
                case BENEFIT_COST_RATIO -> appraisal.benefitCostRatio();
                default -> null;
            };
            BigDecimal tolerance = m.type() == DeclaredMetric.Type.ROI_PERCENT_NET ? new BigDecimal("0.5")
                    : new BigDecimal("0.05");
            if (computed != null && computed.subtract(m.value()).abs().compareTo(tolerance) > 0) {
                warnings.add(new Warning("DECLARED_METRIC_DIFFERS", "The bid states " + m.type() + " "
                        + (m.asWritten() != null ? "\"" + m.asWritten() + "\"" : m.value().toPlainString())
                        + " but its own cost and benefit lines give " + computed.stripTrailingZeros().toPlainString(),
                        List.of("declaredMetrics[" + i + "]")));
            }
        }
        return warnings;
    };

    /**
     * A payback "in years" is read two ways: the one-off cost over a year's saving (simple payback) or the year the
     * cumulative net turns (payback year). Either agrees when within one unit of the last place the bid wrote ("3
     * years" agrees with 3.4, "2.5 years" does not with 2.7); a payback neither reading gives is named with both.
     */
    private static String paybackDiffers(DeclaredMetric declared, Appraisal appraisal) {
        if (!appraisal.appraisable()) {
            return null;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, declared.value().stripTrailingZeros().scale()));
        BigDecimal simple = appraisal.simplePayback() == null ? null : appraisal.simplePayback().years();
        BigDecimal year = appraisal.paybackYear() == null ? null : BigDecimal.valueOf(appraisal.paybackYear());
        if (simple == null && year == null || agrees(declared.value(), simple, unit) || agrees(declared.value(), year, unit)) {
            return null;
        }
        List<String> readings = new ArrayList<>();
        if (simple != null) {
            readings.add("a simple payback of " + simple.stripTrailingZeros().toPlainString() + " years (one-off cost "
                    + Figures.pounds(appraisal.simplePayback().oneOffCost()) + " over a year's saving of "
                    + Figures.pounds(appraisal.simplePayback().annualSaving()) + " in " + appraisal.simplePayback().savingYear()
                    + ")");
        }
        readings.add(year == null ? "no payback year" : "a cumulative net that turns in " + appraisal.paybackLabel());
        return "The bid states a payback of " + (declared.asWritten() != null ? "\"" + declared.asWritten() + "\""
                : declared.value().stripTrailingZeros().toPlainString() + " years") + " but its own cost and benefit lines "
                + "give " + String.join(" and ", readings);
    }

    private static boolean agrees(BigDecimal declared, BigDecimal computed, BigDecimal unit) {
        return computed != null && declared.subtract(computed).abs().compareTo(unit) < 0;
    }

    /**
     * Declared sensitivity rows follow from the declared base case by the usual rules (costs +20% divides the
     * benefit-cost ratio by 1.2 …). Cheshire's "costs/benefits 50% worse: 99%" does not (144% would), unless it
     * also assumes the delayed start — the bid does not say so, and the warning asks.
     */
    static final WarningRule DECLARED_SCENARIOS_FOLLOW_FROM_THE_BASE = (bid, round) -> {
        DeclaredScenario base = bid.content().declaredScenarios().stream()
                .filter(d -> d.kind() == DeclaredScenario.Kind.BASE && d.roiPercent() != null).findFirst().orElse(null);
        if (base == null) {
            return List.of();
        }
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().declaredScenarios().size(); i++) {
            DeclaredScenario d = bid.content().declaredScenarios().get(i);
            if (d.kind() == null || !d.kind().followsFromBase() || d.kind() == DeclaredScenario.Kind.BASE
                    || d.roiPercent() == null) {
                continue;
            }
            BigDecimal expected = d.kind().roiFromBase(base.roiPercent());
            // Declared rows are whole percentages of a rounded base: allow a point and a half.
            if (expected.subtract(d.roiPercent()).abs().compareTo(new BigDecimal("1.5")) > 0) {
                warnings.add(new Warning("DECLARED_SCENARIO_INCONSISTENT", "\"" + d.name() + "\" states "
                        + d.roiPercent().stripTrailingZeros().toPlainString() + "% but a base case of "
                        + base.roiPercent().stripTrailingZeros().toPlainString() + "% gives "
                        + expected.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "% for it",
                        List.of("declaredScenarios[" + i + "].roiPercent")));
            }
        }
        return warnings;
    };
}
