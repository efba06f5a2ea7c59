package uk.gov.tca.bid.appraisal;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidBuilder;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.MoneyScale;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.bid.round.FundingRound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The appraisal checked against the seeds (domain-notes §3.2). */
class AppraisalTests {

    private static FundingRound greenBook() {
        FundingRound round = new FundingRound();
        round.discountRate = new BigDecimal("0.035");
        round.optimismBiasCosts = new BigDecimal("0.15");
        round.optimismBiasBenefits = new BigDecimal("0.10");
        round.eligibleYears = List.of();
        round.awardTypes = List.of();
        return round;
    }

    private static Money thousands(String k) {
        return new Money(new BigDecimal(k).multiply(new BigDecimal(1000)), null, null, "£ " + k, MoneyScale.THOUSANDS,
                MoneyQualifier.EXACT, null);
    }

    private static Period year(int relative) {
        return new Period(null, relative, null, null, "Year " + relative);
    }

    /** Cheshire's direct financial benefit to partners, Years 0–6, "in K £" (004:1212–1217). */
    private static BidBuilder cheshirePartnerTable() {
        String[] benefits = {"0", "453.05", "1624.02", "2545.06", "3130.73", "3593.06", "3922.62"};
        String[] costs = {"1027.10", "1916.70", "1693.40", "1018.40", "1018.40", "1018.40", "1018.40"};
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>();
        bid.benefitLines = new ArrayList<>();
        for (int t = 0; t <= 6; t++) {
            bid.costLines.add(new CostLine("Partner costs", year(t), thousands(costs[t]), null, null));
            bid.benefitLines.add(new BenefitLine("Direct financial benefit to partners",
                    BenefitLine.BenefitType.CASHABLE_SAVING, null, year(t), thousands(benefits[t])));
        }
        return bid;
    }

    @Test
    void cheshiresPartnerTableGivesRoi75Point3AndPaybackInYear4() {
        Appraisal appraisal = Appraisal.of(cheshirePartnerTable().build(), greenBook());
        assertThat(appraisal.totalCosts()).isEqualByComparingTo("8710800.00");
        assertThat(appraisal.totalBenefits()).isEqualByComparingTo("15268540.00");
        assertThat(appraisal.roi()).isEqualByComparingTo("0.7528");
        assertThat(appraisal.returnMultiple()).isEqualByComparingTo("1.7528");
        assertThat(appraisal.paybackYear()).isEqualTo(4);
        assertThat(appraisal.paybackLabel()).isEqualTo("Year 4");
        assertThat(appraisal.years()).extracting(Appraisal.Year::cumulativeNet).containsExactly(
                new BigDecimal("-1027100.00"), new BigDecimal("-2490750.00"), new BigDecimal("-2560130.00"),
                new BigDecimal("-1033470.00"), new BigDecimal("1078860.00"), new BigDecimal("3653520.00"),
                new BigDecimal("6557740.00"));
    }

    @Test
    void discountingAtTheGreenBookRateLeavesYearZeroAlone() {
        Appraisal appraisal = Appraisal.of(cheshirePartnerTable().build(), greenBook());
        assertThat(appraisal.years().get(0).discountFactor()).isEqualByComparingTo("1");
        assertThat(appraisal.years().get(1).discountFactor()).isEqualByComparingTo("0.966184");
        assertThat(appraisal.npv()).isLessThan(appraisal.net()).isPositive();
        assertThat(appraisal.benefitCostRatio()).isLessThan(appraisal.returnMultiple()).isGreaterThan(BigDecimal.ONE);
        assertThat(appraisal.optimismBiasAdjusted().npv()).isLessThan(appraisal.npv());
    }

    @Test
    void theScenarioRulesReproduceCheshiresDeclaredRows() {
        // A base case with B/C = 7.33 (ROI 633%), as Cheshire declares it.
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(List.of(new CostLine("Investment", year(0), thousands("1000"), null, null)));
        bid.benefitLines = new ArrayList<>(List.of(new BenefitLine("Benefits", BenefitLine.BenefitType.FISCAL_BENEFIT_OTHER_AGENCY,
                null, year(1), thousands("7330"))));
        Appraisal appraisal = Appraisal.of(bid.build(), greenBook());
        assertThat(appraisal.roi()).isEqualByComparingTo("6.3300");
        assertThat(appraisal.scenarios()).extracting(Appraisal.Scenario::name).containsExactly("costs +20%",
                "benefits -20%", "costs +20% and benefits -20%", "costs +50% and benefits -50%", "start delayed one year");
        assertThat(appraisal.scenarios().get(0).roi()).isEqualByComparingTo("5.1083");
        assertThat(appraisal.scenarios().get(1).roi()).isEqualByComparingTo("4.8640");
        assertThat(appraisal.scenarios().get(2).roi()).isEqualByComparingTo("3.8867");
        assertThat(appraisal.scenarios().get(4).paybackYear()).isEqualTo(2);
        assertThat(appraisal.paybackYear()).isEqualTo(1);
    }

    @Test
    void financialYearsAreTheTimelineWhenNoRelativeYearIsGiven() {
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(List.of(
                new CostLine("Transition", new Period("2013/14", null, null, null, null), thousands("300"), null, null),
                new CostLine("Transition", new Period("2014/15", null, null, null, null), thousands("500"), null, null)));
        bid.benefitLines = new ArrayList<>(List.of(new BenefitLine("Ongoing annual savings",
                BenefitLine.BenefitType.CASHABLE_SAVING, null, new Period("2015/16", null, null, null, null), thousands("2440"))));
        Appraisal appraisal = Appraisal.of(bid.build(), greenBook());
        assertThat(appraisal.years()).extracting(Appraisal.Year::label).containsExactly("2013/14", "2014/15", "2015/16");
        assertThat(appraisal.paybackLabel()).isEqualTo("2015/16");
    }

    @Test
    void figuresThatAreNotNumbersOrNotPlacedAreLeftOutAndSaidToBe() {
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(List.of(
                new CostLine("Deployment of peer support", new Period("2014/15", null, null, null, null),
                        new Money(null, null, null, "[blank]", null, MoneyQualifier.PLACEHOLDER, null), null, null),
                new CostLine("Year not stated", new Period(null, null, null, null, "over next 18 months"), thousands("50"),
                        null, null),
                new CostLine(" ", null, thousands("10"), null, null)));
        bid.benefitLines = new ArrayList<>();
        Appraisal appraisal = Appraisal.of(bid.build(), greenBook());
        assertThat(appraisal.notes()).containsExactly(
                "The cost line \"Deployment of peer support\" is not a figure (written \"[blank]\") and is left out",
                "The cost line \"Year not stated\" is not placed in a financial year (written \"over next 18 months\") "
                        + "and is left out",
                "The 3rd cost line is not placed in a financial year and is left out");
        assertThat(appraisal.appraisable()).isFalse();
        assertThat(appraisal.cannotBeAppraised()).startsWith("no cost is a figure placed in a year: the cost line "
                + "\"Deployment of peer support\" is not a figure").endsWith("; the bid gives no benefit lines");
        assertThat(appraisal.roi()).isNull();
        assertThat(appraisal.npv()).isNull();
        assertThat(appraisal.paybackYear()).isNull();
    }

    @Test
    void costsWithoutABenefitThatCanBeReadAreNotAReturnOfMinusOneHundredPercent() {
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(List.of(
                new CostLine("Transition", new Period("2013/14", null, null, null, null), thousands("300"), null, null)));
        bid.benefitLines = new ArrayList<>(List.of(new BenefitLine("Reduced demand on children's services",
                BenefitLine.BenefitType.CASHABLE_SAVING, null, new Period(null, null, null, null, "in future years"),
                thousands("900"))));
        Appraisal appraisal = Appraisal.of(bid.build(), greenBook());
        assertThat(appraisal.appraisable()).isFalse();
        assertThat(appraisal.cannotBeAppraised()).isEqualTo("no benefit is a figure placed in a year: the benefit line "
                + "\"Reduced demand on children's services\" is not placed in a financial year (written \"in future years\")");
        // what could be placed is shown; nothing is derived from it
        assertThat(appraisal.totalCosts()).isEqualByComparingTo("300000");
        assertThat(appraisal.years()).hasSize(1);
        assertThat(appraisal.roi()).isNull();
        assertThat(appraisal.returnMultiple()).isNull();
        assertThat(appraisal.npv()).isNull();
        assertThat(appraisal.presentValueCosts()).isNull();
        assertThat(appraisal.benefitCostRatio()).isNull();
        assertThat(appraisal.paybackYear()).isNull();
        assertThat(appraisal.optimismBiasAdjusted()).isNull();
        assertThat(appraisal.scenarios()).isEmpty();
    }

    @Test
    void aBidWithCostsAndBenefitsInYearsIsAppraised() {
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(List.of(
                new CostLine("Transition", new Period("2013/14", null, null, null, null), thousands("300"), null, null)));
        bid.benefitLines = new ArrayList<>(List.of(new BenefitLine("Savings", BenefitLine.BenefitType.CASHABLE_SAVING, null,
                new Period("2014-15", null, null, null, null), thousands("400"))));
        Appraisal appraisal = Appraisal.of(bid.build(), greenBook());
        assertThat(appraisal.appraisable()).isTrue();
        assertThat(appraisal.cannotBeAppraised()).isNull();
        assertThat(appraisal.roi()).isNotNull();
        assertThat(appraisal.npv()).isNotNull();
        assertThat(appraisal.paybackLabel()).isEqualTo("2014/15");
    }

    // --- figures as councils write them: runs of years, ongoing figures, dates, running totals, simple payback

    private static Money perAnnum(String pounds, String written) {
        return new Money(new BigDecimal(pounds), null, null, written, MoneyScale.POUNDS, MoneyQualifier.EXACT,
                MoneyBasis.PER_ANNUM);
    }

    private static Money basis(String pounds, String written, MoneyBasis basis) {
        return new Money(new BigDecimal(pounds), null, null, written, MoneyScale.POUNDS, MoneyQualifier.EXACT, basis);
    }

    private static Appraisal appraise(List<CostLine> costs, List<BenefitLine> benefits) {
        BidBuilder bid = BidBuilder.aBid();
        bid.costLines = new ArrayList<>(costs);
        bid.benefitLines = new ArrayList<>(benefits);
        return Appraisal.of(bid.build(), greenBook());
    }

    private static BenefitLine saving(String words, Period period, Money amount) {
        return new BenefitLine(words, BenefitLine.BenefitType.CASHABLE_SAVING, null, period, amount);
    }

    @Test
    void aFigurePerAnnumOverARunFallsInEveryYearAndATotalOverARunIsSpreadEvenly() {
        Appraisal appraisal = appraise(
                List.of(new CostLine("Programme team", Period.run("2014-15", null, "16/17", null, "2014/15 to 2016/17"),
                        basis("100000", "£100k over three years", MoneyBasis.TOTAL_FOR_PERIOD), null, null)),
                List.of(saving("Reduced agency spend", Period.run("FY2015/16", null, null, 3, "£50k a year for 3 years"),
                        perAnnum("50000", "£50k a year"))));
        assertThat(appraisal.years()).extracting(Appraisal.Year::label)
                .containsExactly("2014/15", "2015/16", "2016/17", "2017/18");
        // the total is split to the penny and the last year takes what rounding left
        assertThat(appraisal.years()).extracting(Appraisal.Year::costs).containsExactly(new BigDecimal("33333.33"),
                new BigDecimal("33333.33"), new BigDecimal("33333.34"), new BigDecimal("0.00"));
        assertThat(appraisal.years()).extracting(Appraisal.Year::benefits).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("50000.00"), new BigDecimal("50000.00"), new BigDecimal("50000.00"));
        assertThat(appraisal.totalCosts()).isEqualByComparingTo("100000");
        assertThat(appraisal.totalBenefits()).isEqualByComparingTo("150000");
        assertThat(appraisal.notes()).containsExactly(
                "The cost line \"Programme team\" is the total over the 3 years 2014/15 to 2016/17, spread evenly as the "
                        + "bid gives no split",
                "The benefit line \"Reduced agency spend\" is counted in each of the 3 years 2015/16 to 2017/18, as a "
                        + "figure per annum");
    }

    @Test
    void aFigurePerAnnumThatGoesOnIsCountedToTheLastYearOfTheProfileAndSaysSo() {
        Appraisal appraisal = appraise(
                List.of(new CostLine("Set-up", new Period("2015/16", null, null, null, null), basis("120000", "£120k",
                        MoneyBasis.ONE_OFF), null, null),
                        new CostLine("Licences", new Period("2018/19", null, null, null, null), basis("10000", "£10k",
                                MoneyBasis.ONE_OFF), null, null)),
                List.of(saving("Fewer placements", Period.ongoingFrom("2016/17", null, "£40k a year from 2016/17"),
                        perAnnum("40000", "£40k a year"))));
        assertThat(appraisal.years()).extracting(Appraisal.Year::benefits).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("40000.00"), new BigDecimal("40000.00"), new BigDecimal("40000.00"));
        assertThat(appraisal.notes()).contains("The benefit line \"Fewer placements\" goes on each year with no end "
                + "stated and is counted in each year from 2016/17 to 2018/19, the last year of the profile");
    }

    @Test
    void aFigureGivenByDatesIsApportionedToFinancialYearsByMonths() {
        // October 2013 to September 2014: six months in each year; a part month counts by its days
        Appraisal appraisal = appraise(
                List.of(new CostLine("Pilot", new Period(null, null, java.time.LocalDate.of(2013, 10, 1),
                        java.time.LocalDate.of(2014, 9, 30), "October 13 to September 14"), basis("90000", "£90,000",
                        MoneyBasis.TOTAL_FOR_PERIOD), null, null)),
                List.of(saving("Staff savings", new Period(null, null, java.time.LocalDate.of(2014, 1, 16),
                        java.time.LocalDate.of(2014, 6, 30), "from mid-January 2014"), perAnnum("120000", "£120k a year"))));
        assertThat(appraisal.years()).extracting(Appraisal.Year::label).containsExactly("2013/14", "2014/15");
        assertThat(appraisal.years()).extracting(Appraisal.Year::costs)
                .containsExactly(new BigDecimal("45000.00"), new BigDecimal("45000.00"));
        // 16 of 31 days of January, February and March: 2.516 months at £10,000 a month; April to June: £30,000
        assertThat(appraisal.years()).extracting(Appraisal.Year::benefits)
                .containsExactly(new BigDecimal("25161.29"), new BigDecimal("30000.00"));
        assertThat(appraisal.notes()).containsExactly(
                "The cost line \"Pilot\" is apportioned by months from 1 October 2013 to 30 September 2014: 6 months to "
                        + "2013/14, 6 months to 2014/15",
                "The benefit line \"Staff savings\" is apportioned by months from 16 January 2014 to 30 June 2014 at a "
                        + "twelfth of the annual figure a month: 2.5 months to 2013/14, 3 months to 2014/15");
    }

    @Test
    void cumulativeFiguresWithTheSameWordsAreARunningTotal() {
        Appraisal appraisal = appraise(
                List.of(new CostLine("Investment", new Period("2014/15", null, null, null, null), basis("300000", "£300k",
                        MoneyBasis.ONE_OFF), null, null)),
                List.of(saving("Cumulative savings", new Period("2015/16", null, null, null, null),
                                basis("100000", "£100k", MoneyBasis.CUMULATIVE)),
                        saving("Cumulative savings ", new Period("2017/18", null, null, null, null),
                                basis("450000", "£450k", MoneyBasis.CUMULATIVE)),
                        saving("cumulative savings", new Period("2016/17", null, null, null, null),
                                basis("250000", "£250k", MoneyBasis.CUMULATIVE))));
        assertThat(appraisal.years()).extracting(Appraisal.Year::benefits).containsExactly(new BigDecimal("0.00"),
                new BigDecimal("100000.00"), new BigDecimal("150000.00"), new BigDecimal("200000.00"));
        assertThat(appraisal.totalBenefits()).isEqualByComparingTo("450000");
        assertThat(appraisal.notes()).contains("The benefit line \"cumulative savings\" is a running total: 2016/17 is "
                + "given its rise of £150,000 over the total to 2015/16");
    }

    @Test
    void simplePaybackIsTheOneOffCostOverAYearsSavingNetOfRunningCosts() {
        Appraisal appraisal = appraise(
                List.of(new CostLine("Set-up", new Period("2015/16", null, null, null, null), basis("600000", "£600k",
                                MoneyBasis.ONE_OFF), null, null),
                        new CostLine("Support contract", Period.run("2016/17", null, "2017/18", null, null),
                                perAnnum("15000", "£15k pa"), null, null)),
                List.of(saving("Savings", new Period("2016/17", null, null, null, null), basis("100000", "£100k", null)),
                        saving("Savings", new Period("2017/18", null, null, null, null), basis("260000", "£260k", null))));
        assertThat(appraisal.simplePayback().oneOffCost()).isEqualByComparingTo("600000");
        assertThat(appraisal.simplePayback().annualSaving()).isEqualByComparingTo("245000");
        assertThat(appraisal.simplePayback().savingYear()).isEqualTo("2017/18");
        assertThat(appraisal.simplePayback().years()).isEqualByComparingTo("2.45");
    }

    @Test
    void noSimplePaybackWhereTheFiguresCannotBeAppraised() {
        Appraisal appraisal = appraise(
                List.of(new CostLine("Set-up", new Period("2015/16", null, null, null, null), basis("600000", "£600k",
                        MoneyBasis.ONE_OFF), null, null)),
                List.of(saving("Savings", new Period(null, null, null, null, "in later years"), basis("100000", "£100k", null))));
        assertThat(appraisal.appraisable()).isFalse();
        assertThat(appraisal.simplePayback()).isNull();
    }
}
