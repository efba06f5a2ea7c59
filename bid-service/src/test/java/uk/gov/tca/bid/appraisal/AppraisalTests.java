package uk.gov.tca.bid.appraisal;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidBuilder;
import uk.gov.tca.bid.money.Money;
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
}
