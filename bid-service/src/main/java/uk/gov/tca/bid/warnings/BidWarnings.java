package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.appraisal.Appraisal;
import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.DeclaredMetric;
import uk.gov.tca.bid.content.DeclaredScenario;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.round.FundingRound;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The checks a bid's own figures are held to (domain-notes §9, V1–V7). Real bids break them — Cheshire's
 * cost lines total £418,420 against £420,000 sought — and are still real bids: each rule names what it saw,
 * keeps the figures as written, and warns; none rejects.
 */
public final class BidWarnings {

    /** A rule: the warnings it raises for a bid in its round. */
    public interface Rule extends BiFunction<Bid, FundingRound, List<Warning>> {
    }

    /** V1: the cost lines the award pays for should add up to the amount sought (Cherwell's own instruction). */
    public static final Rule AWARD_LINES_MATCH_AMOUNT_SOUGHT = (bid, round) -> {
        if (!numeric(bid.amountSought())) {
            return List.of();
        }
        List<CostLine> award = bid.content().costLines().stream().filter(c -> c.fundedBy() == CostLine.FundedBy.AWARD).toList();
        if (award.isEmpty() || award.stream().anyMatch(c -> !numeric(c.amount()))) {
            return List.of();
        }
        BigDecimal total = award.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(bid.amountSought().amount()) == 0) {
            return List.of();
        }
        return List.of(new Warning("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT",
                "The cost lines funded by the award total " + pounds(total) + " but the bid seeks "
                        + pounds(bid.amountSought().amount()),
                List.of("amountSought", "costLines")));
    };

    /** V3: the award should not be more than the whole cost of the work. */
    public static final Rule AWARD_NOT_MORE_THAN_TOTAL_COST = (bid, round) -> {
        if (!numeric(bid.amountSought()) || bid.content().costLines().isEmpty()
                || bid.content().costLines().stream().anyMatch(c -> !numeric(c.amount()))) {
            return List.of();
        }
        BigDecimal total = bid.content().costLines().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return bid.amountSought().amount().compareTo(total) > 0
                ? List.of(new Warning("AWARD_MORE_THAN_TOTAL_COST", "The bid seeks " + pounds(bid.amountSought().amount())
                        + ", more than its costs in total (" + pounds(total) + ")", List.of("amountSought", "costLines")))
                : List.of();
    };

    /** The award sought should be within the cap of the award type asked for. */
    public static final Rule AWARD_WITHIN_CAP = (bid, round) -> {
        if (!numeric(bid.amountSought()) || bid.awardType() == null) {
            return List.of();
        }
        return round.awardTypes.stream()
                .filter(a -> a.code().equals(bid.awardType()) && a.cap() != null
                        && bid.amountSought().amount().compareTo(a.cap()) > 0)
                .map(a -> new Warning("AWARD_OVER_CAP", "The bid seeks " + pounds(bid.amountSought().amount()) + ", over the "
                        + a.name() + " cap of " + pounds(a.cap()), List.of("amountSought", "awardType")))
                .toList();
    };

    /** A bid that states no amount, or a placeholder, cannot be weighed against the budget. */
    public static final Rule AMOUNT_SOUGHT_IS_STATED = (bid, round) -> numeric(bid.amountSought()) ? List.of()
            : List.of(new Warning("NO_AMOUNT_SOUGHT", bid.amountSought() == null ? "The bid states no amount sought"
                    : "The amount sought is not a figure: \"" + bid.amountSought().asWritten() + "\"", List.of("amountSought")));

    private static final Pattern K_ON_FULL_AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?\\s*[kK]\\b");

    /** "£366,932k": a thousands suffix on a figure already written in full; the amount is the bid's to confirm. */
    public static final Rule NO_THOUSANDS_SUFFIX_ON_A_FULL_AMOUNT = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        check(bid.amountSought(), "amountSought", warnings);
        check(bid.fallbackAmount(), "fallbackAmount", warnings);
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            check(bid.content().costLines().get(i).amount(), "costLines[" + i + "].amount", warnings);
        }
        return warnings;
    };

    /** V7: costs should fall in the financial years the round funds, whether given as a year or in words. */
    public static final Rule PERIODS_WITHIN_ROUND = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            Period period = bid.content().costLines().get(i).period();
            if (period == null || round.eligibleYears.isEmpty()) {
                continue;
            }
            List<String> outside = period.financialYears().stream().filter(y -> !round.eligibleYears.contains(y)).toList();
            if (!outside.isEmpty()) {
                warnings.add(new Warning("PERIOD_OUTSIDE_ROUND", "A cost falls in " + String.join(", ", outside)
                        + (period.financialYear() == null ? " (written \"" + period.asWritten() + "\")" : "")
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
    public static final Rule PER_ANNUM_TOTAL_IS_NOT_A_YEAR = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            DeclaredTotal total = bid.content().declaredTotals().get(i);
            if (!numeric(total.amount()) || total.amount().basis() != MoneyBasis.PER_ANNUM || total.financialYear() != null) {
                continue;
            }
            java.util.Map<String, BigDecimal> byYear = new java.util.TreeMap<>();
            List<DatedAmount> lines = total.of() == DeclaredTotal.Of.COST_LINES
                    ? bid.content().costLines().stream().map(c -> new DatedAmount(c.period(), c.amount())).toList()
                    : bid.content().benefitLines().stream().map(b -> new DatedAmount(b.period(), b.amount())).toList();
            boolean allDated = !lines.isEmpty();
            for (DatedAmount line : lines) {
                if (line.period() == null || line.period().financialYear() == null || !numeric(line.amount())) {
                    allDated = false;
                    break;
                }
                byYear.merge(line.period().financialYear(), line.amount().amount(), BigDecimal::add);
            }
            if (!allDated || byYear.size() < 2) {
                continue;
            }
            BigDecimal sum = byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean aYearMatches = byYear.values().stream().anyMatch(y -> y.compareTo(total.amount().amount()) == 0);
            if (sum.compareTo(total.amount().amount()) == 0 && !aYearMatches) {
                warnings.add(new Warning("PER_ANNUM_IS_A_PERIOD_TOTAL", "\"" + Objects.requireNonNullElse(
                        total.amount().asWritten(), pounds(total.amount().amount())) + "\" is labelled per annum, but it is "
                        + byYear.size() + " years' lines together (" + String.join(", ", byYear.entrySet().stream()
                                .map(e -> e.getKey() + " " + pounds(e.getValue())).toList()) + ")",
                        List.of("declaredTotals[" + i + "].amount.basis")));
            }
        }
        return warnings;
    };

    private static final Pattern PER_ANNUM_WORDS = Pattern.compile(
            "(?i)(per\\s+annum|\\bp\\.?\\s?a\\b\\.?|\\bp/a\\b|a\\s+year\\b|annual)");
    private static final Pattern OVER_YEARS_WORDS = Pattern.compile(
            "(?i)(over\\s+(the\\s+next\\s+|a\\s+)?(\\d+|two|three|four|five|six|seven|eight|nine|ten)[\\s-]+years?)");

    /**
     * Worcestershire's "£20m over 10 years" that the same bid elsewhere calls "£20 million per annum": one
     * figure written both ways cannot be both, and the difference is tenfold.
     */
    public static final Rule ONE_BASIS_PER_FIGURE = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        basisConflict(bid.amountSought(), "amountSought", warnings);
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            basisConflict(bid.content().costLines().get(i).amount(), "costLines[" + i + "].amount", warnings);
        }
        for (int i = 0; i < bid.content().benefitLines().size(); i++) {
            basisConflict(bid.content().benefitLines().get(i).amount(), "benefitLines[" + i + "].amount", warnings);
        }
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            basisConflict(bid.content().declaredTotals().get(i).amount(), "declaredTotals[" + i + "].amount", warnings);
        }
        return warnings;
    };

    /** V5: where the award is split between grant recipients, their shares make up the amount sought. */
    public static final Rule SHARES_MAKE_UP_THE_AWARD = (bid, round) -> {
        List<Participant> recipients = bid.participants().stream().filter(p -> p.plays(ParticipantRole.GRANT_RECIPIENT))
                .toList();
        if (recipients.isEmpty() || !numeric(bid.amountSought()) || recipients.stream().anyMatch(p -> !numeric(p.share()))) {
            return List.of();
        }
        BigDecimal shares = recipients.stream().map(p -> p.share().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return shares.compareTo(bid.amountSought().amount()) == 0 ? List.of()
                : List.of(new Warning("SHARES_DIFFER_FROM_AMOUNT_SOUGHT", "The grant recipients' shares total "
                        + pounds(shares) + " but the bid seeks " + pounds(bid.amountSought().amount()),
                        List.of("participants", "amountSought")));
    };

    /**
     * V5: the lead answers for the award unless the bid names accountable bodies; two or more accountable
     * bodies answer jointly and severally (Babergh and Mid Suffolk), and the bid must say so of each.
     */
    public static final Rule JOINT_ACCOUNTABILITY_IS_STATED = (bid, round) -> {
        List<Participant> accountable = bid.participants().stream()
                .filter(p -> p.plays(ParticipantRole.ACCOUNTABLE_BODY)).toList();
        return accountable.size() > 1 && accountable.stream().anyMatch(p -> !p.jointAndSeveral())
                ? List.of(new Warning("JOINT_ACCOUNTABILITY_NOT_STATED", accountable.size()
                        + " participants are accountable bodies but not all are marked jointly and severally",
                        List.of("participants")))
                : List.of();
    };

    /**
     * V2: a total the bid states is the sum of what it totals (Northamptonshire's 5.3m over items of 5.06m); a
     * range total is compared end by end (Swindon's "£7m-£10m" over parts reaching £9m). Where one total's
     * parts add up to another total and the other way round, the totals were swapped (High Peak).
     */
    public static final Rule DECLARED_TOTALS_ADD_UP = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        List<Bounds> stated = bid.content().declaredTotals().stream().map(t -> Bounds.of(t.amount())).toList();
        List<Bounds> added = bid.content().declaredTotals().stream().map(t -> Bounds.sum(partsOf(bid, t))).toList();
        for (int i = 0; i < bid.content().declaredTotals().size(); i++) {
            DeclaredTotal total = bid.content().declaredTotals().get(i);
            if (stated.get(i) == null || added.get(i) == null || stated.get(i).equals(added.get(i))) {
                continue;
            }
            String swappedWith = null;
            for (int j = 0; j < bid.content().declaredTotals().size(); j++) {
                if (j != i && added.get(i).equals(stated.get(j)) && stated.get(i).equals(added.get(j))) {
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

    /** V6: a resolution dated after the bid cannot have passed when the bid was written: it was planned. */
    public static final Rule RESOLUTIONS_PASSED_BEFORE_THE_BID = (bid, round) -> {
        java.time.LocalDate dated = bid.content().dated() != null ? bid.content().dated()
                : bid.submittedAt() != null ? bid.submittedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().resolutions().size(); i++) {
            Resolution r = bid.content().resolutions().get(i);
            if (dated != null && r.date() != null && r.status() == Resolution.Status.PASSED && r.date().isAfter(dated)) {
                warnings.add(new Warning("RESOLUTION_AFTER_BID", "A resolution of " + r.organisationId() + " dated "
                        + r.date() + " is marked passed, but the bid is dated " + dated + ": it was planned",
                        List.of("resolutions[" + i + "].status")));
            }
        }
        return warnings;
    };

    /** A payback, ROI or ratio the bid states should be what its own lines give. */
    public static final Rule DECLARED_METRICS_MATCH_THE_APPRAISAL = (bid, round) -> {
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
            BigDecimal computed = switch (m.type()) {
                case ROI_PERCENT_NET -> appraisal.roi() == null ? null : appraisal.roi().movePointRight(2);
                case RETURN_MULTIPLE -> appraisal.returnMultiple();
                case BENEFIT_COST_RATIO -> appraisal.benefitCostRatio();
                case PAYBACK_YEARS -> appraisal.paybackYear() == null ? null : BigDecimal.valueOf(appraisal.paybackYear());
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
     * Declared sensitivity rows follow from the declared base case by the usual rules (costs +20% divides the
     * benefit-cost ratio by 1.2 …). Cheshire's "costs/benefits 50% worse: 99%" does not (144% would), unless it
     * also assumes the delayed start — the bid does not say so, and the warning asks.
     */
    public static final Rule DECLARED_SCENARIOS_FOLLOW_FROM_THE_BASE = (bid, round) -> {
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

    public static final List<Rule> ALL = List.of(AMOUNT_SOUGHT_IS_STATED, AWARD_LINES_MATCH_AMOUNT_SOUGHT,
            AWARD_NOT_MORE_THAN_TOTAL_COST, AWARD_WITHIN_CAP, NO_THOUSANDS_SUFFIX_ON_A_FULL_AMOUNT, PERIODS_WITHIN_ROUND, PER_ANNUM_TOTAL_IS_NOT_A_YEAR,
            ONE_BASIS_PER_FIGURE,
            SHARES_MAKE_UP_THE_AWARD, JOINT_ACCOUNTABILITY_IS_STATED, DECLARED_TOTALS_ADD_UP, RESOLUTIONS_PASSED_BEFORE_THE_BID,
            DECLARED_METRICS_MATCH_THE_APPRAISAL, DECLARED_SCENARIOS_FOLLOW_FROM_THE_BASE);

    private BidWarnings() {
    }

    public static List<Warning> of(Bid bid, FundingRound round) {
        List<Warning> warnings = new ArrayList<>();
        ALL.forEach(rule -> warnings.addAll(rule.apply(bid, round)));
        return warnings;
    }

    private static void check(Money money, String field, List<Warning> warnings) {
        if (money != null && money.asWritten() != null && K_ON_FULL_AMOUNT.matcher(money.asWritten()).find()) {
            warnings.add(new Warning("THOUSANDS_SUFFIX_ON_FULL_AMOUNT", "\"" + money.asWritten()
                    + "\" puts a 'k' after a figure written in full; it is read as "
                    + (money.amount() == null ? "no amount" : pounds(money.amount())) + ": confirm which is meant",
                    List.of(field)));
        }
    }

    private record DatedAmount(Period period, Money amount) {
    }

    /** What a stated total adds up; empty when there is nothing to add. */
    private static List<Money> partsOf(Bid bid, DeclaredTotal total) {
        return switch (total.of()) {
            case COST_LINES -> bid.content().costLines().stream().filter(c -> inYear(c.period(), total.financialYear()))
                    .map(CostLine::amount).toList();
            case BENEFIT_LINES -> bid.content().benefitLines().stream().filter(b -> inYear(b.period(), total.financialYear()))
                    .map(BenefitLine::amount).toList();
            case STATED_FIGURES -> total.figures();
        };
    }

    /** A figure as the low and high ends it may take: an exact figure is both ends; a range its min and max. */
    private record Bounds(BigDecimal low, BigDecimal high) {

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

    private static void basisConflict(Money money, String field, List<Warning> warnings) {
        if (money == null || money.asWritten() == null) {
            return;
        }
        java.util.regex.Matcher perAnnum = PER_ANNUM_WORDS.matcher(money.asWritten());
        java.util.regex.Matcher overYears = OVER_YEARS_WORDS.matcher(money.asWritten());
        if (perAnnum.find() && overYears.find()) {
            warnings.add(new Warning("BASIS_WRITTEN_BOTH_WAYS", "\"" + money.asWritten() + "\" is written both \""
                    + perAnnum.group().trim() + "\" and \"" + overYears.group().trim() + "\"; it is read as "
                    + (money.basis() == null ? "no basis" : money.basis()) + ": confirm which is meant",
                    List.of(field + ".basis")));
        }
    }

    private static boolean inYear(Period period, String financialYear) {
        return financialYear == null || period != null && financialYear.equals(period.financialYear());
    }

    private static boolean numeric(Money money) {
        return money != null && money.readsAsNumber();
    }

    static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(Objects.requireNonNull(amount));
    }
}
