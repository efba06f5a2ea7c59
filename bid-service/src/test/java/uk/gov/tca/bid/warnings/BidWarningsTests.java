package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.content.DeclaredMetric;
import uk.gov.tca.bid.content.DeclaredScenario;
import uk.gov.tca.bid.content.DeclaredTotal;
import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidBuilder;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.MoneyScale;
import uk.gov.tca.bid.money.Period;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.round.AwardType;
import uk.gov.tca.bid.round.FundingRound;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The warnings, on figures as the 2013/14 winning bids wrote them (domain-notes §1, §7). */
class BidWarningsTests {

    private static FundingRound tca2013() {
        FundingRound round = new FundingRound();
        round.awardTypes = List.of(new AwardType("AUTHORITY_AWARD", "Authority Award", new BigDecimal("500000")),
                new AwardType("MAJOR_MULTI_AUTHORITY_AWARD", "Major multi-authority award", null));
        round.eligibleYears = List.of("2013/14", "2014/15");
        round.discountRate = new BigDecimal("0.035");
        round.optimismBiasCosts = BigDecimal.ZERO;
        round.optimismBiasBenefits = BigDecimal.ZERO;
        return round;
    }

    private static Money pounds(String amount, String asWritten) {
        return new Money(new BigDecimal(amount), null, null, asWritten, MoneyScale.POUNDS, MoneyQualifier.EXACT,
                MoneyBasis.TOTAL_FOR_PERIOD);
    }

    private static CostLine award(String activity, String year, String amount) {
        return new CostLine(activity, new Period(year, null, null, null, null), pounds(amount, null),
                CostLine.CostNature.REVENUE, CostLine.FundedBy.AWARD);
    }

    private static BidBuilder bid(Money sought, CostLine... lines) {
        BidBuilder bid = BidBuilder.aBid();
        bid.amountSought = sought;
        bid.costLines = new ArrayList<>(List.of(lines));
        bid.participants = new ArrayList<>(List.of(new Participant("GB-LAE-X", null,
                Set.of(ParticipantRole.LEAD, ParticipantRole.ACCOUNTABLE_BODY), null, null, false, true)));
        return bid;
    }

    private static List<String> codes(BidBuilder bid) {
        return BidWarnings.of(bid.build(), tca2013()).stream().map(Warning::code).toList();
    }

    @Test
    void cheshiresCostLinesFallShortOfTheAmountSought() {
        BidBuilder cheshire = bid(pounds("420000", "£420k"), award("Project Implementation", "2013/14", "225000"),
                award("Mobilisation of commissioning", "2013/14", "52500"),
                award("Additional early intervention", "2013/14", "140920"));
        List<Warning> warnings = BidWarnings.of(cheshire.build(), tca2013());
        assertThat(warnings).extracting(Warning::code)
                .containsExactly("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT", "AWARD_MORE_THAN_TOTAL_COST");
        assertThat(warnings.get(0).message()).contains("£418,420").contains("£420,000");
    }

    @Test
    void kingstonsTableAsksForMoreThanItsText() {
        BidBuilder kingston = bid(pounds("800000", "£800,000"), award("Proposed CLG contribution", "2013/14", "801500"));
        assertThat(codes(kingston)).containsExactly("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT");
    }

    @Test
    void cherwellsThousandsSuffixIsNamed() {
        BidBuilder cherwell = bid(pounds("366932", "AWARD SOUGHT: £366,932k"), award("Organisational change", "2013/14", "183466"),
                award("Organisational change", "2014/15", "183466"));
        List<Warning> warnings = BidWarnings.of(cherwell.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("THOUSANDS_SUFFIX_ON_FULL_AMOUNT");
        assertThat(warnings.get(0).message()).contains("£366,932k").contains("read as £366,932");
    }

    @Test
    void suffolksYearsAreOutsideTheRound() {
        BidBuilder suffolk = bid(pounds("60000", "£60,000"), award("Project revenue", "2014/15", "30000"),
                award("Project revenue", "2015/16", "30000"));
        List<Warning> warnings = BidWarnings.of(suffolk.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("PERIOD_OUTSIDE_ROUND");
        assertThat(warnings.get(0).fields()).containsExactly("costLines[1].period");
    }

    @Test
    void surreysPlaceholderIsNoAmount() {
        BidBuilder surrey = bid(new Money(null, null, null, "seeking xxxx", null, MoneyQualifier.PLACEHOLDER, null));
        List<Warning> warnings = BidWarnings.of(surrey.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("NO_AMOUNT_SOUGHT");
        assertThat(warnings.get(0).message()).contains("seeking xxxx");
        assertThat(codes(bid(null))).containsExactly("NO_AMOUNT_SOUGHT");
    }

    @Test
    void manchesterAndSouthLakelandsSharesMakeUpTheirAward() {
        BidBuilder elections = bid(pounds("292000", null));
        elections.participants = List.of(
                new Participant("GB-LAE-MAN", null, Set.of(ParticipantRole.LEAD, ParticipantRole.GRANT_RECIPIENT),
                        pounds("150000", "£150,000 (£75,000 per annum)"), null, false, true),
                new Participant("GB-LAE-SLA", null, Set.of(ParticipantRole.GRANT_RECIPIENT),
                        pounds("142000", "£142,000 (£71,000 per annum)"), null, false, true));
        assertThat(codes(elections)).isEmpty();
        elections.amountSought = pounds("300000", null);
        assertThat(codes(elections)).containsExactly("SHARES_DIFFER_FROM_AMOUNT_SOUGHT");
    }

    @Test
    void anAwardOverItsCapOrItsCostsIsNamed() {
        BidBuilder big = bid(pounds("600000", "£600,000"), award("Everything", "2013/14", "550000"));
        big.awardType = "AUTHORITY_AWARD";
        assertThat(codes(big)).containsExactly("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT", "AWARD_MORE_THAN_TOTAL_COST",
                "AWARD_OVER_CAP");
    }

    @Test
    void twoAccountableBodiesMustSayTheyAreJointlyAndSeverallyAccountable() {
        BidBuilder bid = bid(pounds("166900", "Total Award sought £166,900"));
        bid.participants = List.of(
                new Participant("GB-LAE-BAB", null, Set.of(ParticipantRole.LEAD, ParticipantRole.ACCOUNTABLE_BODY), null,
                        null, true, true),
                new Participant("GB-LAE-MSU", null, Set.of(ParticipantRole.ACCOUNTABLE_BODY), null, null, false, true));
        assertThat(codes(bid)).containsExactly("JOINT_ACCOUNTABILITY_NOT_STATED");
        bid.participants = List.of(bid.participants.get(0),
                new Participant("GB-LAE-MSU", null, Set.of(ParticipantRole.ACCOUNTABLE_BODY), null, null, true, true));
        assertThat(codes(bid)).isEmpty();
    }

    @Test
    void aLeadAloneAnswersForTheAward() {
        BidBuilder bid = bid(pounds("100000", "£100,000."));
        bid.participants = List.of(new Participant("GB-LAE-CON", null, Set.of(ParticipantRole.LEAD), null, null, false, true));
        assertThat(codes(bid)).isEmpty();
    }

    /** A stated figure is compared at the precision it was written to, whatever the table's lines. */
    @Test
    void aFigureWrittenInThousandsIsComparedToTheThousand() {
        BidBuilder sixLines = bid(pounds("240000", "£240k"));
        sixLines.costLines.add(new CostLine("Project team", null, pounds("200644", null), null, CostLine.FundedBy.AWARD));
        sixLines.costLines.add(new CostLine("Consultancy", null, pounds("40000", null), null, CostLine.FundedBy.AWARD));
        sixLines.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                new Money(new BigDecimal("240000"), null, null, "£240k", null, MoneyQualifier.EXACT, null), "Total"));
        // £240,644 of lines agrees with "£240k", both as the total stated and as the amount sought
        assertThat(codes(sixLines)).doesNotContain("DECLARED_TOTAL_DIFFERS", "AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT");

        BidBuilder shortBy3k = bid(pounds("291000", "£291k"));
        shortBy3k.costLines.add(new CostLine("Project team", null, pounds("294000", "£294k"), null, CostLine.FundedBy.AWARD));
        shortBy3k.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                new Money(new BigDecimal("291000"), null, null, "TOTAL 291", MoneyScale.THOUSANDS, MoneyQualifier.EXACT,
                        null), "Total"));
        assertThat(codes(shortBy3k)).contains("DECLARED_TOTAL_DIFFERS", "AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT");

        // written in full, a figure is to the pound: £800,000 against £801,500 differs
        BidBuilder inFull = bid(pounds("800000", "£800,000"), award("Contribution", "2013/14", "800000.40"));
        assertThat(codes(inFull)).doesNotContain("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT");
    }

    @Test
    void thePrecisionIsTheLastPlaceWritten() {
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("5300000", "Total 5.3m"))).isEqualByComparingTo("100000");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("1800000", "£1.8million"))).isEqualByComparingTo("100000");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("166900", "Total Award sought £166,900")))
                .isEqualByComparingTo("1");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("100000.50", "£100,000.50"))).isEqualByComparingTo("0.01");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(new Money(new BigDecimal("300000"), null, null,
                "(£000s) 300", MoneyScale.THOUSANDS, MoneyQualifier.EXACT, null))).isEqualByComparingTo("1000");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("14000000", "c£14m over 18 months")))
                .isEqualByComparingTo("1000000");
        assertThat(uk.gov.tca.bid.money.WrittenPrecision.unitOf(pounds("2500", null))).isEqualByComparingTo("1");
    }

    @Test
    void northamptonshiresTotalIsNotTheSumOfItsItems() {
        String[] items = {"410000", "800000", "20000", "40000", "60000", "3300000", "150000", "280000"};
        BidBuilder northants = bid(pounds("1800000", "£1.8million"));
        for (String item : items) {
            northants.costLines.add(new CostLine("Transitional cost", null, pounds(item, null), null, CostLine.FundedBy.OWN));
        }
        northants.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                new Money(new BigDecimal("5300000"), null, null, "Total 5.3m", MoneyScale.MILLIONS, MoneyQualifier.EXACT,
                        null), "Total"));
        List<Warning> warnings = BidWarnings.of(northants.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("DECLARED_TOTAL_DIFFERS");
        assertThat(warnings.get(0).message()).contains("Total 5.3m").contains("£5,060,000");
    }

    @Test
    void worcestershiresResolutionAfterTheBidWasPlanned() {
        BidBuilder worcestershire = bid(pounds("425000", "Amount sought - £425,000"));
        worcestershire.dated = java.time.LocalDate.of(2013, 7, 12);
        worcestershire.resolutions = List.of(
                new Resolution("GB-LAE-WOR", Resolution.BodyType.CABINET, "Cabinet", java.time.LocalDate.of(2013, 7, 18),
                        "18 July 2013", Resolution.Status.PASSED, null, false),
                new Resolution("GB-LAE-WOR", Resolution.BodyType.CABINET, "Cabinet", java.time.LocalDate.of(2013, 7, 18),
                        "18 July 2013", Resolution.Status.PLANNED, null, false));
        List<Warning> warnings = BidWarnings.of(worcestershire.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("RESOLUTION_AFTER_BID");
        assertThat(warnings.get(0).fields()).containsExactly("resolutions[0].status");
    }

    @Test
    void aDeclaredPaybackTheLinesDoNotGiveIsNamedButAWiderScopeIsNot() {
        BidBuilder bid = bid(null);
        bid.costLines.add(new CostLine("Investment", new Period(null, 0, null, null, null), pounds("1000", null), null, null));
        bid.benefitLines = List.of(new BenefitLine("Savings", BenefitLine.BenefitType.CASHABLE_SAVING, null,
                new Period(null, 3, null, null, null), pounds("2000", null)));
        bid.declaredMetrics = List.of(
                new DeclaredMetric(DeclaredMetric.Type.PAYBACK_YEARS, new BigDecimal("2"), "pay back after 2 years", null),
                new DeclaredMetric(DeclaredMetric.Type.ROI_PERCENT_NET, new BigDecimal("633"), "633%", "whole public sector"),
                new DeclaredMetric(DeclaredMetric.Type.ROI_PERCENT_NET, new BigDecimal("100"), "100%", null));
        assertThat(BidWarnings.of(bid.build(), tca2013())).filteredOn(w -> w.code().equals("DECLARED_METRIC_DIFFERS"))
                .extracting(Warning::fields).containsExactly(List.of("declaredMetrics[0]"));
    }

    @Test
    void cheshiresFiftyPercentRowDoesNotFollowFromItsBaseCase() {
        BidBuilder cheshire = bid(pounds("420000", "£420,000"));
        cheshire.declaredScenarios = List.of(
                new DeclaredScenario("Base Case", DeclaredScenario.Kind.BASE, new BigDecimal("2"), new BigDecimal("633"), null),
                new DeclaredScenario("Delay Start", DeclaredScenario.Kind.DELAYED_START, new BigDecimal("3"),
                        new BigDecimal("496"), null),
                new DeclaredScenario("Costs +20%", DeclaredScenario.Kind.COSTS_UP_20, new BigDecimal("2"),
                        new BigDecimal("511"), null),
                new DeclaredScenario("Benefits -20%", DeclaredScenario.Kind.BENEFITS_DOWN_20, new BigDecimal("2"),
                        new BigDecimal("486"), null),
                new DeclaredScenario("Costs/benefits 20% worse", DeclaredScenario.Kind.BOTH_20_WORSE, new BigDecimal("2"),
                        new BigDecimal("388"), null),
                new DeclaredScenario("Costs/benefits 50% worse", DeclaredScenario.Kind.BOTH_50_WORSE, new BigDecimal("3"),
                        new BigDecimal("99"), null));
        List<Warning> warnings = BidWarnings.of(cheshire.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("DECLARED_SCENARIO_INCONSISTENT");
        assertThat(warnings.get(0).fields()).containsExactly("declaredScenarios[5].roiPercent");
        assertThat(warnings.get(0).message()).contains("99%").contains("144%");
    }

    @Test
    void aBidThatAddsUpHasNoWarnings() {
        BidBuilder norfolk = bid(pounds("500000", "This bid is for £500,000"), award("Building control", "2013/14", "356000"),
                award("Building control", "2014/15", "144000"));
        assertThat(codes(norfolk)).isEmpty();
    }

    @Test
    void cherwellsPerAnnumTotalIsTwoYearsTogether() {
        BidBuilder cherwell = bid(pounds("366932", "£366,932"), award("Estimated Transitional Costs", "2013/14", "183466"),
                award("Estimated Transitional Costs", "2014/15", "183466"));
        cherwell.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                new Money(new BigDecimal("366932"), null, null, "Total Costs £366,932 pa.", MoneyScale.POUNDS,
                        MoneyQualifier.EXACT, MoneyBasis.PER_ANNUM), "Total Costs"));
        List<Warning> warnings = BidWarnings.of(cherwell.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("PER_ANNUM_IS_A_PERIOD_TOTAL");
        assertThat(warnings.get(0).message()).contains("Total Costs £366,932 pa.").contains("2013/14 £183,466")
                .contains("2014/15 £183,466");
        assertThat(warnings.get(0).fields()).containsExactly("declaredTotals[0].amount.basis");
    }

    @Test
    void aPerAnnumTotalThatIsOneYearsLinesIsRight() {
        BidBuilder bid = bid(pounds("366932", "£366,932"), award("Costs", "2013/14", "183466"), award("Costs", "2014/15", "183466"));
        bid.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                new Money(new BigDecimal("183466"), null, null, "£183,466 pa.", MoneyScale.POUNDS, MoneyQualifier.EXACT,
                        MoneyBasis.PER_ANNUM), "Per year"));
        assertThat(codes(bid)).doesNotContain("PER_ANNUM_IS_A_PERIOD_TOTAL");
        // the same two-year figure stated as a total for the period is what it says
        bid.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.COST_LINES, null,
                pounds("366932", "Total £366,932"), "Total"));
        assertThat(codes(bid)).isEmpty();
    }

    @Test
    void suffolksYearsWrittenInWordsAreOutsideTheRound() {
        BidBuilder suffolk = bid(pounds("60000", "£60,000"));
        suffolk.costLines = List.of(new CostLine("Project revenue costs",
                new Period(null, null, null, null, "2014/15 and 2015/16"), pounds("120000", "£120,000"),
                CostLine.CostNature.REVENUE, CostLine.FundedBy.MATCH));
        List<Warning> warnings = BidWarnings.of(suffolk.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("PERIOD_OUTSIDE_ROUND");
        assertThat(warnings.get(0).message()).contains("2015/16").doesNotContain("2014/15,")
                .contains("written \"2014/15 and 2015/16\"");
    }

    @Test
    void yearsInWordsAreReadInTheirUsualSpellings() {
        assertThat(new Period(null, null, null, null, "13/14 to 2016-17, then 2017/2018").financialYears())
                .containsExactly("2013/14", "2016/17", "2017/18");
        assertThat(new Period(null, null, null, null, "implicitly 2014/15").financialYears()).containsExactly("2014/15");
        // a date or a ratio is not a financial year
        assertThat(new Period(null, null, null, null, "12/07 and 50/50").financialYears()).isEmpty();
        assertThat(new Period("2013/14", null, null, null, "2019/20").financialYears()).containsExactly("2013/14");
    }

    @Test
    void worcestershiresTwentyMillionIsWrittenBothPerAnnumAndOverTenYears() {
        BidBuilder worcestershire = bid(pounds("425000", "£425,000"));
        worcestershire.benefitLines = List.of(new BenefitLine("Reduced property related revenue costs",
                BenefitLine.BenefitType.CASHABLE_SAVING, null, null, new Money(new BigDecimal("20000000"), null, null,
                        "Reduced property related revenue costs by £20m over 10 years (elsewhere: £20 million per annum)",
                        MoneyScale.MILLIONS, MoneyQualifier.EXACT, MoneyBasis.TOTAL_FOR_PERIOD)));
        List<Warning> warnings = BidWarnings.of(worcestershire.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("BASIS_WRITTEN_BOTH_WAYS");
        assertThat(warnings.get(0).message()).contains("\"per annum\"").contains("\"over 10 years\"")
                .contains("TOTAL_FOR_PERIOD");
        assertThat(warnings.get(0).fields()).containsExactly("benefitLines[0].amount.basis");
    }

    @Test
    void aFigureWrittenOneWayIsNotInDoubt() {
        BidBuilder suffolk = bid(pounds("60000", "£60,000"));
        suffolk.benefitLines = List.of(new BenefitLine("Savings", BenefitLine.BenefitType.CASHABLE_SAVING, null, null,
                new Money(new BigDecimal("1880000"), null, null, "£1,880,000 over a 10-year period", MoneyScale.POUNDS,
                        MoneyQualifier.EXACT, MoneyBasis.TOTAL_FOR_PERIOD)),
                new BenefitLine("Savings", BenefitLine.BenefitType.CASHABLE_SAVING, null, null,
                        new Money(new BigDecimal("16500000"), null, null, "£16.5m per annum after 5 years",
                                MoneyScale.MILLIONS, MoneyQualifier.EXACT, MoneyBasis.PER_ANNUM)));
        assertThat(codes(suffolk)).isEmpty();
    }

    private static Money thousands(String amount) {
        return new Money(new BigDecimal(amount).multiply(new BigDecimal(1000)), null, null, amount, MoneyScale.THOUSANDS,
                MoneyQualifier.EXACT, null);
    }

    private static Money millions(String min, String max, String asWritten) {
        return new Money(null, new BigDecimal(min).multiply(new BigDecimal(1_000_000)),
                new BigDecimal(max).multiply(new BigDecimal(1_000_000)), asWritten, MoneyScale.MILLIONS,
                MoneyQualifier.RANGE, MoneyBasis.PER_ANNUM);
    }

    @Test
    void highPeaksColumnTotalsAreSwapped() {
        BidBuilder highPeak = bid(pounds("200000", "£200,000"));
        highPeak.declaredTotals = List.of(
                new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, null, thousands("1957"), "High Peak",
                        List.of(thousands("1056"), thousands("810"), thousands("715"))),
                new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, null, thousands("2581"), "Staffordshire Moorlands",
                        List.of(thousands("496"), thousands("726"), thousands("735"))),
                new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, null, thousands("4538"), "Total",
                        List.of(thousands("1552"), thousands("1536"), thousands("1450"))));
        List<Warning> warnings = BidWarnings.of(highPeak.build(), tca2013());
        assertThat(warnings).extracting(Warning::fields).containsExactly(List.of("declaredTotals[0]"),
                List.of("declaredTotals[1]"));
        assertThat(warnings.get(0).message()).contains("\"High Peak\" as \"1957\" (£1,957,000)")
                .contains("adds up to £2,581,000").contains("the total stated for \"Staffordshire Moorlands\"")
                .contains("swapped");
    }

    @Test
    void aTotalThatIsWrongAloneIsNotCalledSwapped() {
        BidBuilder bid = bid(pounds("200000", "£200,000"));
        bid.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, null, thousands("1957"), "A",
                List.of(thousands("1000"), thousands("900"))));
        List<Warning> warnings = BidWarnings.of(bid.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("DECLARED_TOTAL_DIFFERS");
        assertThat(warnings.get(0).message()).contains("adds up to £1,900,000").doesNotContain("swapped");
    }

    @Test
    void swindonsRangeTotalIsComparedEndByEnd() {
        BidBuilder swindon = bid(pounds("380000", "£380K"));
        Money fiveMillion = new Money(new BigDecimal("5000000"), null, null, "£5m", MoneyScale.MILLIONS,
                MoneyQualifier.EXACT, MoneyBasis.PER_ANNUM);
        swindon.declaredTotals = List.of(
                new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, "2014/15", millions("7", "10", "£7m-£10m"), "2014/15",
                        List.of(millions("1", "2", "£1m-£2m"), millions("0.5", "1", "£0.5m-£1m"),
                                millions("0.5", "1", "£0.5m-£1m"), fiveMillion)),
                new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, "2015/16", millions("7.5", "10", "£7.5m-£10m"), "2015/16",
                        List.of(millions("2", "3", "£2m-£3m"), millions("0.5", "1", "£0.5m-£1m"),
                                millions("1", "2", "£1m-£2m"), new Money(new BigDecimal("4000000"), null, null, "£4m", MoneyScale.MILLIONS,
                                        MoneyQualifier.EXACT, MoneyBasis.PER_ANNUM))));
        List<Warning> warnings = BidWarnings.of(swindon.build(), tca2013());
        assertThat(warnings).extracting(Warning::code).containsExactly("DECLARED_TOTAL_DIFFERS");
        assertThat(warnings.get(0).message()).contains("(£7,000,000–£10,000,000)")
                .contains("adds up to £7,000,000–£9,000,000");
    }

    @Test
    void aPlaceholderAmongTheFiguresLeavesTheTotalUnchecked() {
        BidBuilder bid = bid(pounds("200000", "£200,000"));
        bid.declaredTotals = List.of(new DeclaredTotal(DeclaredTotal.Of.STATED_FIGURES, null, thousands("1957"), "A",
                List.of(thousands("1000"), new Money(null, null, null, "xxxx", null, MoneyQualifier.PLACEHOLDER, null))));
        assertThat(codes(bid)).isEmpty();
    }
}
