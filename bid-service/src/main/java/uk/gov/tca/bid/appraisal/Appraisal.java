package uk.gov.tca.bid.appraisal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.FundingRound;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The appraisal of a bid from its own cost and benefit lines: by year, costs, benefits, net and cumulative
 * net; payback (the first year the cumulative net is no longer negative, counted from Year 0); ROI
 * (ΣB−ΣC)/ΣC; return multiple ΣB/ΣC; NPV and benefit-cost ratio at the round's discount rate (Green Book:
 * Year 0 undiscounted); the same after optimism bias; and the sensitivity scenarios. Figures that are not
 * numbers or not placed in a year are left out, and said to be.
 */
@Schema(name = "Appraisal", description = "The appraisal of a bid from its own cost and benefit lines, in its round's "
        + "terms. Every amount is in pounds sterling (2 decimal places); ratios have 4 decimal places. Lines that are "
        + "not figures or not placed in a year are left out and listed in notes.")
public record Appraisal(
        @Schema(description = "The organisation whose part of the bid this appraises (GET …/appraisal?organisation=); "
                + "absent for the whole bid.", example = "GB-LAE-WOC") String organisationId,
        @Schema(description = "How the years are counted: FINANCIAL_YEAR (from the earliest financial year of the lines) "
                + "or RELATIVE_YEAR (Year 0, Year 1 … as the bid gives them, when any line has a relative year).",
                enumeration = {"FINANCIAL_YEAR", "RELATIVE_YEAR"}, example = "RELATIVE_YEAR")
        String timeline,
        @Schema(description = "Whether the bid's figures could be appraised: true when some cost and some benefit are "
                + "figures placed in a year. When false, cannotBeAppraised says why and no ratio, present value, NPV, "
                + "payback or scenario is given: a figure that could not be read is never shown as NPV £0 or ROI -100%.",
                example = "true") boolean appraisable,
        @Schema(description = "Why the figures cannot be appraised, in plain English, naming the lines; present only "
                + "when appraisable is false.", example = "no benefit is placed in a year: the benefit line \"Reduced "
                + "demand on children's services\" is not placed in a financial year (written \"over next 18 "
                + "months\")") String cannotBeAppraised,
        @Schema(description = "Year by year, from Year 0 to the last year with a figure.") List<Year> years,
        @Schema(description = "All costs placed in a year, in pounds sterling.", example = "8710800.00") BigDecimal totalCosts,
        @Schema(description = "All benefits placed in a year, in pounds sterling.", example = "15268540.00") BigDecimal totalBenefits,
        @Schema(description = "Benefits less costs, in pounds sterling.", example = "6557740.00") BigDecimal net,
        @Schema(description = "Return on investment, (ΣB − ΣC) / ΣC as a fraction (6.33 is 633%); absent when there are "
                + "no costs.", example = "0.7528") BigDecimal roi,
        @Schema(description = "Return multiple, ΣB / ΣC; absent when there are no costs.", example = "1.7528")
        BigDecimal returnMultiple,
        @Schema(description = "The first year, counted from Year 0, in which the cumulative net is no longer negative "
                + "once some cost has been spent; absent when the bid does not pay back.", example = "4")
        Integer paybackYear,
        @Schema(description = "The payback year as a label (\"Year 4\" or the financial year, 2017/18); absent with "
                + "paybackYear.", example = "Year 4") String paybackLabel,
        @Schema(description = "Simple payback: the one-off cost over a year's saving, in years, beside the payback "
                + "year above; absent when the bid cannot be appraised, has no one-off cost or no year's saving.")
        SimplePayback simplePayback,
        @Schema(description = "The round's real discount rate used, as a fraction.", example = "0.035")
        BigDecimal discountRate,
        @Schema(description = "Costs discounted to Year 0 (Year 0 undiscounted), in pounds sterling.",
                example = "7951740.82") BigDecimal presentValueCosts,
        @Schema(description = "Benefits discounted to Year 0, in pounds sterling.", example = "13193832.15")
        BigDecimal presentValueBenefits,
        @Schema(description = "Net present value, present value of benefits less that of costs, in pounds sterling.",
                example = "5242091.33") BigDecimal npv,
        @Schema(description = "Benefit-cost ratio, present value of benefits over that of costs; absent when there are no "
                + "costs.", example = "1.6592") BigDecimal benefitCostRatio,
        @Schema(description = "The appraisal again with the round's optimism bias: costs raised and benefits lowered by "
                + "the round's fractions.") Scenario optimismBiasAdjusted,
        @Schema(description = "Sensitivity scenarios: costs +20%, benefits -20%, both, both 50% worse, and the start "
                + "delayed one year.") List<Scenario> scenarios,
        @Schema(description = "How a line was read where it took a rule (apportioned by months, spread over a run of "
                + "years, counted each year of an ongoing figure, a running total), then what was left out of the appraisal "
                + "and why (a placeholder, a line in no year); each line named by its own words.", example = "[\"The cost line \\\"Deployment of peer support\\\" is not a "
                + "figure (written \\\"[blank in the published table]\\\") and is left out\"]")
        List<String> notes,
        @Schema(description = "Who pays and who benefits: for each organisation a shared line names (and each a benefit "
                + "falls to), its part of the costs and benefits placed in years; one entry without organisationId holds "
                + "what the bid does not attribute to any one organisation.")
        List<WhoPaysWhoBenefits.Part> byOrganisation) {

    /** One year of the profile. */
    @Schema(name = "AppraisalYear", description = "One year of the appraisal's profile; amounts in pounds sterling.")
    public record Year(
            @Schema(description = "The year counted from Year 0.", example = "4") int index,
            @Schema(description = "The year as a label: the financial year (2013/14) or \"Year 0\".", example = "Year 4")
            String label,
            @Schema(description = "Costs placed in the year.", example = "1018400.00") BigDecimal costs,
            @Schema(description = "Benefits placed in the year.", example = "3130730.00") BigDecimal benefits,
            @Schema(description = "Benefits less costs in the year.", example = "2112330.00") BigDecimal net,
            @Schema(description = "The net of this year and every year before it.", example = "1078860.00")
            BigDecimal cumulativeNet,
            @Schema(description = "The discount factor of the year at the round's rate, 1 / (1 + rate)^index, 6 decimal "
                    + "places.", example = "0.871442") BigDecimal discountFactor) {
    }

    /** The appraisal again with costs and benefits scaled, or benefits starting later. */
    @Schema(name = "AppraisalScenario", description = "The appraisal again with costs and benefits scaled, or benefits "
            + "starting later.")
    public record Scenario(
            @Schema(description = "The scenario's name.", example = "costs +20%") String name,
            @Schema(description = "What costs are multiplied by.", example = "1.2") BigDecimal costFactor,
            @Schema(description = "What benefits are multiplied by.", example = "1") BigDecimal benefitFactor,
            @Schema(description = "How many years later benefits start.", example = "0") int delayYears,
            @Schema(description = "Return on investment in the scenario, as a fraction; absent when there are no costs.",
                    example = "0.4607") BigDecimal roi,
            @Schema(description = "Return multiple in the scenario; absent when there are no costs.", example = "1.4607")
            BigDecimal returnMultiple,
            @Schema(description = "Net present value in the scenario, in pounds sterling.", example = "3651743.16")
            BigDecimal npv,
            @Schema(description = "Benefit-cost ratio in the scenario; absent when there are no costs.",
                    example = "1.3827") BigDecimal benefitCostRatio,
            @Schema(description = "Payback year in the scenario, from Year 0; absent when it does not pay back.",
                    example = "5") Integer paybackYear) {
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    public static Appraisal of(Bid bid, FundingRound round) {
        return of(bid, round, null);
    }

    /**
     * The appraisal of the whole bid ({@code organisation} null), or of one organisation's part of it: its shares of
     * shared lines and the benefits that fall to it alone — who pays and who benefits, in the same terms.
     */
    public static Appraisal of(Bid bid, FundingRound round, String organisation) {
        // the timeline and the horizon of an ongoing figure are the whole bid's, whoever's part is appraised
        List<Placement.Line> lines = PlacedFigures.linesOf(bid);
        Placement.Timeline timeline = Placement.Timeline.of(lines);
        List<Placement.Placed> placements = Placement.of(lines, timeline);
        if (organisation != null) {
            placements = WhoPaysWhoBenefits.partOf(placements, organisation);
        }
        TreeMap<Integer, BigDecimal[]> byYear = new TreeMap<>();
        List<String> unplacedCosts = new ArrayList<>();
        List<String> unplacedBenefits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int placedCosts = 0;
        int placedBenefits = 0;
        for (Placement.Placed p : placements) {
            boolean cost = p.line().side() == Placement.Side.COST;
            if (!p.placed()) {
                (cost ? unplacedCosts : unplacedBenefits).add(p.line().name() + " " + p.why());
                continue;
            }
            if (cost) {
                placedCosts++;
            } else {
                placedBenefits++;
            }
            for (Placement.Share share : p.shares()) {
                byYear.computeIfAbsent(share.index(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[cost ? 0 : 1] =
                        byYear.get(share.index())[cost ? 0 : 1].add(share.amount());
            }
            if (p.how() != null) {
                notes.add(LineNames.sentence(p.line().name() + " " + p.how()));
            }
        }
        unplacedCosts.forEach(n -> notes.add(LineNames.sentence(n) + " and is left out"));
        unplacedBenefits.forEach(n -> notes.add(LineNames.sentence(n) + " and is left out"));
        String cannot = Appraisability.reason(placedCosts, unplacedCosts, placedBenefits, unplacedBenefits);
        BigDecimal rate = round.discountRate;
        List<Year> years = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        int last = byYear.isEmpty() ? -1 : byYear.lastKey();
        for (int t = 0; t <= last; t++) {
            BigDecimal[] cb = byYear.getOrDefault(t, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal net = cb[1].subtract(cb[0]);
            cumulative = cumulative.add(net);
            years.add(new Year(t, timeline.label(t), money(cb[0]), money(cb[1]), money(net), money(cumulative),
                    BigDecimal.ONE.divide(BigDecimal.ONE.add(rate).pow(t, MC), MC).setScale(6, RoundingMode.HALF_UP)));
        }
        Scenario base = scenario("base", years, rate, BigDecimal.ONE, BigDecimal.ONE, 0);
        BigDecimal totalCosts = sum(years, 0);
        BigDecimal totalBenefits = sum(years, 1);
        Scenario optimism = scenario("optimism bias", years, rate, BigDecimal.ONE.add(round.optimismBiasCosts),
                BigDecimal.ONE.subtract(round.optimismBiasBenefits), 0);
        List<Scenario> scenarios = List.of(
                scenario("costs +20%", years, rate, new BigDecimal("1.2"), BigDecimal.ONE, 0),
                scenario("benefits -20%", years, rate, BigDecimal.ONE, new BigDecimal("0.8"), 0),
                scenario("costs +20% and benefits -20%", years, rate, new BigDecimal("1.2"), new BigDecimal("0.8"), 0),
                scenario("costs +50% and benefits -50%", years, rate, new BigDecimal("1.5"), new BigDecimal("0.5"), 0),
                scenario("start delayed one year", years, rate, BigDecimal.ONE, BigDecimal.ONE, 1));
        String timelineName = timeline.relative() ? "RELATIVE_YEAR" : "FINANCIAL_YEAR";
        if (cannot != null) {
            // the placed figures are facts and are shown; nothing is derived from a side that could not be read
            return new Appraisal(organisation, timelineName, false, cannot, years, money(totalCosts), money(totalBenefits),
                    money(totalBenefits.subtract(totalCosts)), null, null, null, null, null, rate, null, null, null, null, null,
                    List.of(), notes, WhoPaysWhoBenefits.of(placements));
        }
        return new Appraisal(organisation, timelineName, true, null, years, money(totalCosts), money(totalBenefits),
                money(totalBenefits.subtract(totalCosts)), base.roi(), base.returnMultiple(), base.paybackYear(),
                base.paybackYear() == null ? null : timeline.label(base.paybackYear()),
                SimplePayback.of(placements, years, timeline), rate,
                money(presentValue(years, rate, 0, BigDecimal.ONE, 0)), money(presentValue(years, rate, 1, BigDecimal.ONE, 0)),
                base.npv(), base.benefitCostRatio(), optimism, scenarios, notes, WhoPaysWhoBenefits.of(placements));
    }

    private static Scenario scenario(String name, List<Year> years, BigDecimal rate, BigDecimal costFactor,
            BigDecimal benefitFactor, int delay) {
        BigDecimal costs = sum(years, 0).multiply(costFactor, MC);
        BigDecimal benefits = sum(years, 1).multiply(benefitFactor, MC);
        BigDecimal pvCosts = presentValue(years, rate, 0, costFactor, 0);
        BigDecimal pvBenefits = presentValue(years, rate, 1, benefitFactor, delay);
        Integer payback = null;
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int t = 0; t < years.size() + delay; t++) {
            BigDecimal c = t < years.size() ? years.get(t).costs().multiply(costFactor, MC) : BigDecimal.ZERO;
            int b = t - delay;
            BigDecimal benefit = b >= 0 && b < years.size() ? years.get(b).benefits().multiply(benefitFactor, MC) : BigDecimal.ZERO;
            cumulative = cumulative.add(benefit).subtract(c);
            if (payback == null && cumulative.signum() >= 0 && costs.signum() > 0 && hasCostsBy(years, t)) {
                payback = t;
            }
        }
        return new Scenario(name, costFactor, benefitFactor, delay,
                costs.signum() == 0 ? null : ratio(benefits.subtract(costs).divide(costs, MC)),
                costs.signum() == 0 ? null : ratio(benefits.divide(costs, MC)),
                money(pvBenefits.subtract(pvCosts)),
                pvCosts.signum() == 0 ? null : ratio(pvBenefits.divide(pvCosts, MC)), payback);
    }

    /** Payback is reached only once some cost has been spent: a year before any cost is not a payback. */
    private static boolean hasCostsBy(List<Year> years, int t) {
        for (int i = 0; i <= Math.min(t, years.size() - 1); i++) {
            if (years.get(i).costs().signum() > 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal presentValue(List<Year> years, BigDecimal rate, int which, BigDecimal factor, int delay) {
        BigDecimal total = BigDecimal.ZERO;
        for (Year y : years) {
            BigDecimal amount = (which == 0 ? y.costs() : y.benefits()).multiply(factor, MC);
            total = total.add(amount.divide(BigDecimal.ONE.add(rate).pow(y.index() + delay, MC), MC));
        }
        return total;
    }

    private static BigDecimal sum(List<Year> years, int which) {
        return years.stream().map(y -> which == 0 ? y.costs() : y.benefits()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP);
    }
}
