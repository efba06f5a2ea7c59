package uk.gov.tca.bid.appraisal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static uk.gov.tca.bid.testing.Actor.babergh;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Figures as councils write them, through the API: a run of years in any spelling, a saving that goes on, a cost over
 * dates that are not financial years, and a declared payback checked against the simple payback of the lines.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class FiguresAsWrittenTests {

    private static Map<String, Object> money(Object amount, String written, String basis) {
        Map<String, Object> money = Fixtures.money(amount, written);
        money.put("basis", basis);
        return money;
    }

    private static Map<String, Object> shapedBid() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(
                Map.of("activity", "Shared service set-up", "period", Map.of("from", "2013-10-01", "to", "2014-09-30",
                        "asWritten", "October 13 to September 14"), "amount", money(120000, "£120,000", "ONE_OFF"),
                        "fundedBy", "AWARD"),
                Map.of("activity", "Support contract", "period", Map.of("financialYear", "FY14/15",
                        "untilFinancialYear", "2015 to 2016"), "amount", money(10000, "£10k pa", "PER_ANNUM"))));
        bid.put("benefitLines", List.of(
                Map.of("description", "Shared management team", "type", "CASHABLE_SAVING",
                        "period", Map.of("financialYear", "2014\u201315", "ongoing", true, "asWritten", "from 2014/15"),
                        "amount", money(60000, "£60k a year", "PER_ANNUM")),
                Map.of("description", "One office", "type", "CASHABLE_SAVING",
                        "period", Map.of("financialYear", "2016/17"), "amount", money(20000, "£20k", "ONE_OFF"))));
        bid.put("declaredMetrics", List.of(Map.of("type", "PAYBACK_YEARS", "value", 5, "asWritten", "pays back in 5 years")));
        return bid;
    }

    @Test
    void aRunOfYearsIsReadInAnySpellingAndKeepsTheSpelling() {
        String id = babergh().drafts(shapedBid());
        babergh().reads(id).statusCode(200)
                .body("costLines[1].period.financialYear", equalTo("2014/15"),
                        "costLines[1].period.financialYearAsWritten", equalTo("FY14/15"),
                        "costLines[1].period.untilFinancialYear", equalTo("2015/16"),
                        "costLines[1].period.untilFinancialYearAsWritten", equalTo("2015 to 2016"),
                        "benefitLines[0].period.financialYearAsWritten", equalTo("2014\u201315"),
                        "benefitLines[0].period.ongoing", equalTo(true),
                        // 2015/16 is not one of the round's years: the run names it, so the warning does
                        "warnings.find { it.code == 'PERIOD_OUTSIDE_ROUND' }.message", containsString("2015/16"));
    }

    @Test
    void theAppraisalReadsEachShapeAndSaysHow() {
        String id = babergh().drafts(shapedBid());
        babergh().appraises(id).statusCode(200)
                .body("appraisable", equalTo(true),
                        "years.label", contains("2013/14", "2014/15", "2015/16", "2016/17"),
                        // six months of the set-up in each year; the contract in both of its years
                        "years.costs", contains(60000.00f, 70000.00f, 10000.00f, 0.00f),
                        // the ongoing saving runs to 2016/17, the last year any line reaches
                        "years.benefits", contains(0.00f, 60000.00f, 60000.00f, 80000.00f),
                        "notes", hasItems(
                                "The cost line \"Shared service set-up\" is apportioned by months from 1 October 2013 to "
                                        + "30 September 2014: 6 months to 2013/14, 6 months to 2014/15",
                                "The cost line \"Support contract\" is counted in each of the 2 years 2014/15 to "
                                        + "2015/16, as a figure per annum",
                                "The benefit line \"Shared management team\" goes on each year with no end stated and "
                                        + "is counted in each year from 2014/15 to 2016/17, the last year of the profile"),
                        // £120,000 one-off over 2016/17's £80,000 with no running cost left that year
                        "simplePayback.years", equalTo(1.50f),
                        "simplePayback.oneOffCost", equalTo(120000.00f),
                        "simplePayback.annualSaving", equalTo(80000.00f),
                        "simplePayback.savingYear", equalTo("2016/17"));
        // "5 years" is neither the simple payback (1.5) nor the year the cumulative net turns
        babergh().reads(id).statusCode(200)
                .body("warnings.find { it.code == 'DECLARED_METRIC_DIFFERS' }.message", equalTo("The bid states a payback "
                        + "of \"pays back in 5 years\" but its own cost and benefit lines give a simple payback of 1.5 "
                        + "years (one-off cost £120,000 over a year's saving of £80,000 in 2016/17) and a cumulative "
                        + "net that turns in 2016/17"),
                        "warnings.find { it.code == 'DECLARED_METRIC_DIFFERS' }.fields", contains("declaredMetrics[0]"));
    }

    @Test
    void aDeclaredPaybackEitherReadingGivesAtItsPrecisionIsNoWarning() {
        Map<String, Object> bid = shapedBid();
        bid.put("declaredMetrics", List.of(Map.of("type", "PAYBACK_YEARS", "value", 1, "asWritten", "about a year")));
        String id = babergh().drafts(bid);
        babergh().reads(id).statusCode(200).body("warnings.code", org.hamcrest.Matchers.not(hasItem("DECLARED_METRIC_DIFFERS")));
    }

    @Test
    void aRunThatCannotBeReadIsRefusedAndNothingIsKept() {
        String round = Fixtures.openRound();
        int before = babergh().searchesRound(round, "size", 100).statusCode(200).extract().path("total");
        List<Map<String, Object>> refused = List.of(
                period(Map.of("financialYear", "2014/15", "untilFinancialYear", "2014/16")),
                period(Map.of("financialYear", "2015/16", "untilFinancialYear", "2014/15")),
                period(Map.of("untilFinancialYear", "2014/15")),
                period(Map.of("financialYear", "2015/16", "untilFinancialYear", "2016/17", "years", 2)),
                period(Map.of("financialYear", "2015/16", "years", 0)),
                period(Map.of("financialYear", "2015/16", "ongoing", true)),
                period(Map.of("financialYear", "2015/16", "untilFinancialYear", "2099/00")),
                period(Map.of("from", "1000-01-01", "to", "9999-12-31")));
        List<String> fields = List.of("costLines[0].period.untilFinancialYear", "costLines[0].period.untilFinancialYear",
                "costLines[0].period.untilFinancialYear", "costLines[0].period.years", "costLines[0].period.years",
                "costLines[0].period.ongoing", "costLines[0].period.untilFinancialYear", "costLines[0].period.to");
        List<String> messages = List.of("must be a financial year of two consecutive years", "is before financialYear 2015/16",
                "needs financialYear", "say how long the run is one way, not both", "must be between 1 and 50",
                "the amount's basis must be PER_ANNUM", "a run is at most 50 years", "a period is at most 50 years");
        for (int i = 0; i < refused.size(); i++) {
            Map<String, Object> bid = Fixtures.baberghBid(round);
            bid.put("costLines", List.of(refused.get(i)));
            babergh().tryToDraft(bid).statusCode(400)
                    .body("violations.field", hasItem(fields.get(i)), "violations.message", hasItem(containsString(messages.get(i))));
        }
        babergh().searchesRound(round, "size", 100).statusCode(200).body("total", equalTo(before));
    }

    private static Map<String, Object> period(Map<String, Object> period) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("activity", "Programme team");
        line.put("period", new HashMap<>(period));
        line.put("amount", money(10000, "£10,000", "TOTAL_FOR_PERIOD"));
        return line;
    }

    private static Map<String, Object> share(String organisation, int amount) {
        return Map.of("organisationId", organisation, "amount", Fixtures.money(amount, "£" + amount));
    }

    @Test
    void sharedFiguresAreEachOrganisationsAndTheAppraisalReadsPerOrganisation() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(
                Map.of("activity", "Joint care contract", "period", Map.of("financialYear", "2013/14"),
                        "amount", money(100000, "£100,000", "ONE_OFF"),
                        "shares", List.of(share("GB-LAE-BAB", 60000), share("GB-NHS-RT1", 40000)))));
        bid.put("benefitLines", List.of(
                Map.of("description", "Shared back office", "type", "CASHABLE_SAVING",
                        "period", Map.of("financialYear", "2014/15"), "amount", money(300000, "£300k", "TOTAL_FOR_PERIOD"),
                        "shares", List.of(share("GB-LAE-BAB", 150000), share("GB-LAE-MSU", 100000), share("GB-LAE-WOC", 40000))),
                Map.of("description", "Fewer hospital admissions", "type", "FISCAL_BENEFIT_OTHER_AGENCY",
                        "beneficiaryOrganisationId", "GB-NHS-RT1", "period", Map.of("financialYear", "2014/15"),
                        "amount", money(20000, "£20,000", "TOTAL_FOR_PERIOD"))));
        String id = babergh().drafts(bid);
        // three shares of £290,000 against a line of £300k, written to the thousand: a difference, named
        babergh().reads(id).statusCode(200)
                .body("warnings.find { it.code == 'LINE_SHARES_DIFFER' }.message", equalTo("The benefit line \"Shared back "
                        + "office\" is £300,000 but its shares add up to £290,000 (GB-LAE-BAB £150,000, GB-LAE-MSU £100,000, "
                        + "GB-LAE-WOC £40,000)"),
                        "warnings.findAll { it.code == 'LINE_SHARES_DIFFER' }.size()", equalTo(1));
        babergh().appraises(id).statusCode(200)
                .body("byOrganisation.organisationId", contains("GB-LAE-BAB", "GB-NHS-RT1", "GB-LAE-MSU", "GB-LAE-WOC", null),
                        "byOrganisation.costs", contains(60000.00f, 40000.00f, 0.00f, 0.00f, 0.00f),
                        "byOrganisation.benefits", contains(150000.00f, 20000.00f, 100000.00f, 40000.00f, 10000.00f),
                        "byOrganisation.net", contains(90000.00f, -20000.00f, 100000.00f, 40000.00f, 10000.00f));
        // the NHS trust's own appraisal: it pays £40,000 in 2013/14 and gets £20,000 back in 2014/15
        babergh().appraisesThePartOf(id, "GB-NHS-RT1").statusCode(200)
                .body("organisationId", equalTo("GB-NHS-RT1"), "totalCosts", equalTo(40000.00f),
                        "totalBenefits", equalTo(20000.00f), "roi", equalTo(-0.5f));
        babergh().appraisesThePartOf(id, "GB-LAE-CHW").statusCode(400)
                .body("violations[0].field", equalTo("organisation"),
                        "violations[0].message", containsString("GB-LAE-BAB, GB-NHS-RT1, GB-LAE-MSU, GB-LAE-WOC"));
    }

    @Test
    void aShareGivenTwiceOrNegativeIsRefused() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(Map.of("activity", "Joint contract", "period", Map.of("financialYear", "2013/14"),
                "amount", money(100000, "£100,000", "ONE_OFF"),
                "shares", List.of(share("GB-LAE-BAB", 60000), share("GB-LAE-BAB", -40000)))));
        babergh().tryToDraft(bid).statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems(
                "costLines[0].shares[1].amount.amount", "costLines[0].shares[1].organisationId"));
        // a share that is not there is named, not taken for malformed JSON
        java.util.List<Object> missing = new java.util.ArrayList<>();
        missing.add(null);
        bid.put("costLines", List.of(Map.of("activity", "Joint contract", "period", Map.of("financialYear", "2013/14"),
                "amount", money(100000, "£100,000", "ONE_OFF"), "shares", missing)));
        bid.put("declaredTotals", List.of(Map.of("of", "STATED_FIGURES", "amount", Fixtures.money(1, "£1"), "figures", missing)));
        babergh().tryToDraft(bid).statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItems(
                "costLines[0].shares[0]", "declaredTotals[0].figures[0]"));
    }

    @Test
    void theAwardAndStatedTotalsAddEachLineAsTheAppraisalPlacesIt() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("amountSought", Fixtures.money(300000, "£300k"));
        bid.put("costLines", List.of(Map.of("activity", "Programme team", "fundedBy", "AWARD",
                "period", Map.of("financialYear", "2013/14", "untilFinancialYear", "2015/16"),
                "amount", money(100000, "£100k a year", "PER_ANNUM"))));
        bid.put("benefitLines", List.of(
                Map.of("description", "Savings to date", "type", "CASHABLE_SAVING", "period", Map.of("financialYear", "2014/15"),
                        "amount", money(50000, "£50k", "CUMULATIVE")),
                Map.of("description", "Savings to date", "type", "CASHABLE_SAVING", "period", Map.of("financialYear", "2015/16"),
                        "amount", money(120000, "£120k", "CUMULATIVE"))));
        bid.put("declaredTotals", List.of(
                Map.of("of", "COST_LINES", "label", "Total cost", "amount", Fixtures.money(300000, "£300k")),
                Map.of("of", "COST_LINES", "label", "Cost in 2014/15", "financialYear", "14/15",
                        "amount", Fixtures.money(150000, "£150k")),
                Map.of("of", "BENEFIT_LINES", "label", "Total savings", "amount", Fixtures.money(120000, "£120k"))));
        String id = babergh().drafts(bid);
        // £100k a year for three years is £300,000: the award its line pays for, and within the cost of the work;
        // a running total's savings are its last figure, not the sum of its figures; 2014/15 holds £100,000 of the run
        babergh().reads(id).statusCode(200)
                .body("warnings.code", org.hamcrest.Matchers.not(hasItems("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT")),
                        "warnings.code", org.hamcrest.Matchers.not(hasItem("AWARD_MORE_THAN_TOTAL_COST")),
                        "warnings.findAll { it.code == 'DECLARED_TOTAL_DIFFERS' }.fields.flatten()",
                        contains("declaredTotals[1]"),
                        "warnings.find { it.code == 'DECLARED_TOTAL_DIFFERS' }.message", containsString("adds up to £100,000"));
        babergh().appraises(id).statusCode(200).body("totalCosts", equalTo(300000.00f), "totalBenefits", equalTo(120000.00f));

        // seeking the line's yearly figure is a third of what the line pays for
        bid.put("amountSought", Fixtures.money(100000, "£100k"));
        String less = babergh().drafts(bid);
        babergh().reads(less).statusCode(200)
                .body("warnings.find { it.code == 'AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT' }.message",
                        equalTo("The cost lines funded by the award total £300,000 but the bid seeks £100,000, each line "
                                + "counted over all its years as the appraisal places it"));
    }

    @Test
    void anOrganisationsPartIsReadOnTheWholeBidsYears() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(
                Map.of("activity", "Joint set-up", "period", Map.of("financialYear", "2013/14"),
                        "amount", money(90000, "£90,000", "ONE_OFF"),
                        "shares", List.of(share("GB-LAE-BAB", 60000), share("GB-LAE-MSU", 30000))),
                Map.of("activity", "Babergh's review", "period", Map.of("financialYear", "2016/17"),
                        "amount", money(5000, "£5,000", "ONE_OFF"), "shares", List.of(share("GB-LAE-BAB", 5000)))));
        bid.put("benefitLines", List.of(Map.of("description", "Shared management team", "type", "CASHABLE_SAVING",
                "period", Map.of("financialYear", "2014/15", "ongoing", true),
                "amount", money(40000, "£40k a year", "PER_ANNUM"),
                "shares", List.of(share("GB-LAE-BAB", 20000), share("GB-LAE-MSU", 20000)))));
        String id = babergh().drafts(bid);
        // Mid Suffolk has no line of its own in 2016/17, but the saving it shares goes on to the profile's last year
        babergh().appraisesThePartOf(id, "GB-LAE-MSU").statusCode(200)
                .body("years.label", contains("2013/14", "2014/15", "2015/16", "2016/17"),
                        "years.costs", contains(30000.00f, 0.00f, 0.00f, 0.00f),
                        "years.benefits", contains(0.00f, 20000.00f, 20000.00f, 20000.00f),
                        "totalBenefits", equalTo(60000.00f));
        // and its part read alone is the part the whole bid's appraisal gives it
        babergh().appraises(id).statusCode(200)
                .body("byOrganisation.find { it.organisationId == 'GB-LAE-MSU' }.costs", equalTo(30000.00f),
                        "byOrganisation.find { it.organisationId == 'GB-LAE-MSU' }.benefits", equalTo(60000.00f));
    }

    @Test
    void aYearsTotalIsNotCheckedWhereTheBidCountsYearsFromYearZero() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(Map.of("activity", "Programme team",
                "period", Map.of("relativeYear", 0, "financialYear", "2013/14", "years", 3),
                "amount", money(300000, "£300k over three years", "TOTAL_FOR_PERIOD"))));
        bid.put("declaredTotals", List.of(Map.of("of", "COST_LINES", "label", "Cost in 2013/14", "financialYear", "2013/14",
                "amount", Fixtures.money(100000, "£100k"))));
        String id = babergh().drafts(bid);
        // the run is spread over Year 0 to Year 2; which of them 2013/14 is, the appraisal does not say, so it is not
        // the whole £300k against the year's £100k
        babergh().reads(id).statusCode(200).body("warnings.code", org.hamcrest.Matchers.not(hasItem("DECLARED_TOTAL_DIFFERS")));
        babergh().appraises(id).statusCode(200).body("timeline", equalTo("RELATIVE_YEAR"), "totalCosts", equalTo(300000.00f));
    }
}
