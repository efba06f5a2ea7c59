package uk.gov.tca.bid.bids;

import static uk.gov.tca.bid.testing.Actor.assessor;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.bidderWithoutAnOrganisation;
import static uk.gov.tca.bid.testing.Actor.cheshireWest;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.midSuffolk;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class BidResourceTests {

    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void partnerServiceBack() {
        PartnerStub.up();
    }

    // --- drafting

    @Test
    void aBidderStartsABidLedByItsOwnOrganisation() {
        String round = Fixtures.openRound();
        babergh().tryToDraft(Fixtures.baberghBid(round)).statusCode(201)
                .header("Location", startsWithBids()).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"), "leadOrganisationId", equalTo("GB-LAE-BAB"),
                        "createdBy", equalTo("bidder.babergh"),
                        "amountSought.amount", equalTo(166900), "amountSought.asWritten", equalTo("Total Award sought £166,900"),
                        "participants.organisationId", contains("GB-LAE-BAB", "GB-LAE-MSU"),
                        "participants.verified", everyItem(equalTo(true)),
                        "participants[1].jointAndSeveral", equalTo(true),
                        "costLines[1].amount.qualifier", equalTo("PLACEHOLDER"),
                        "costLines[1].amount.amount", nullValue());
    }

    @Test
    void rolesKeepTheOrderTheyWereSentIn() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("participants", List.of(Map.of("organisationId", "GB-LAE-BAB",
                "roles", List.of("SIGNATORY", "ACCOUNTABLE_BODY", "LEAD"))));
        babergh().tryToDraft(bid).statusCode(201)
                .body("participants[0].roles", contains("SIGNATORY", "ACCOUNTABLE_BODY", "LEAD"));
    }

    @Test
    void theLeadIsAddedWhenTheBidDoesNotNameIt() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("participants", List.of(Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("PARTNER"))));
        babergh().tryToDraft(bid).statusCode(201)
                .body("participants.organisationId", contains("GB-LAE-BAB", "GB-LAE-MSU"),
                        "participants[0].roles", contains("LEAD"));
    }

    @Test
    void aBidderCannotMakeAnotherOrganisationTheLead() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("participants", List.of(Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("LEAD"))));
        babergh().tryToDraft(bid).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("participants[0].roles"));
    }

    @Test
    void aTokenWithoutAnOrganisationCannotStartABid() {
        bidderWithoutAnOrganisation().tryToDraft(Fixtures.baberghBid(Fixtures.openRound())).statusCode(403)
                .body("detail", containsString("org"));
    }

    @Test
    void onlyBiddersStartBids() {
        String round = Fixtures.openRound();
        manager().tryToDraft(Fixtures.baberghBid(round)).statusCode(403);
        assessor().tryToDraft(Fixtures.baberghBid(round)).statusCode(403);
        // no token at all: there is no actor to send it
        given().contentType("application/json").body(Fixtures.baberghBid(round)).post("/bids").then().statusCode(401);
    }

    // --- money as written

    @Test
    void aPlaceholderIsNeverANumber() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("amountSought", Map.of("amount", 1, "asWritten", "seeking xxxx", "qualifier", "PLACEHOLDER"));
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("amountSought.amount"));
        bid.put("amountSought", Map.of("asWritten", "seeking xxxx", "qualifier", "PLACEHOLDER"));
        babergh().tryToDraft(bid)
                .statusCode(201).body("amountSought.amount", nullValue(), "amountSought.asWritten", equalTo("seeking xxxx"));
    }

    @Test
    void negativeHugeAndOverPreciseMoneyIsRefused() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("amountSought", Fixtures.money(-5, "-£5"));
        bid.put("fallbackAmount", Fixtures.money("500000.001", "£500,000.001"));
        List<Object> costs = new ArrayList<>((List<?>) bid.get("costLines"));
        costs.add(Map.of("activity", "Typo", "amount", Fixtures.money("1e13", "£10,000,000,000,000")));
        bid.put("costLines", costs);
        babergh().tryToDraft(bid)
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("amountSought.amount", "fallbackAmount.amount", "costLines[2].amount.amount"));
    }

    @Test
    void aRangeNeedsItsEnds() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("amountSought", Map.of("min", 10_000_000, "max", 8_000_000, "asWritten", "£8-£10m", "qualifier", "RANGE"));
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("amountSought.min"));
    }

    @Test
    void aStatedTotalCarriesTheFiguresItTotalsAndOnlyThen() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("declaredTotals", List.of(
                Map.of("of", "STATED_FIGURES", "label", "High Peak column", "amount", Fixtures.money(1957000, "TOTAL 1,957")),
                Map.of("of", "COST_LINES", "amount", Fixtures.money(1, "£1"), "figures", List.of(Fixtures.money(1, "£1"))),
                Map.of("of", "STATED_FIGURES", "amount", Fixtures.money(1, "£1"), "figures", List.of(Fixtures.money(-1, "-£1")))));
        babergh().tryToDraft(bid)
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("declaredTotals[0].figures",
                        "declaredTotals[1].figures", "declaredTotals[2].figures[0].amount"));
        manager().searches("round", round).body("total", equalTo(0));

        bid.put("declaredTotals", List.of(Map.of("of", "STATED_FIGURES", "label", "High Peak column",
                "amount", Fixtures.money(1957000, "TOTAL 1,957"),
                "figures", List.of(Fixtures.money(1056000, "1,056"), Fixtures.money(810000, "810"), Fixtures.money(715000, "715")))));
        babergh().tryToDraft(bid)
                .statusCode(201).body("declaredTotals[0].figures.amount", contains(1056000, 810000, 715000),
                        "warnings.code", contains("DECLARED_TOTAL_DIFFERS"),
                        "warnings[0].message", containsString("adds up to £2,581,000"));
    }

    @Test
    void financialYearsAreWrittenAsTheSectorWritesThem() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("costLines", List.of(Map.of("activity", "Odd year", "period", Map.of("financialYear", "2013/15"),
                "amount", Fixtures.money(1, "£1"))));
        babergh().tryToDraft(bid).statusCode(400).body("violations[0].field", equalTo("costLines[0].period.financialYear"),
                "violations[0].message", containsString("as 2016/17 (also written 2016-17"));
    }

    @Test
    void everySpellingOfAYearIsOneYearInEveryField() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("costLines", List.of(
                Map.of("activity", "Enquiries", "period", Map.of("financialYear", "FY2013-14"),
                        "amount", Fixtures.money(50000, "£50,000"), "fundedBy", "AWARD"),
                Map.of("activity", "Peer support", "period", Map.of("financialYear", "13/14"),
                        "amount", Fixtures.money(31900, "£31,900"), "fundedBy", "AWARD"),
                Map.of("activity", "Shared ICT", "period", Map.of("financialYear", "2014 to 2015"),
                        "amount", Fixtures.money(85000, "£85,000"), "fundedBy", "AWARD")));
        // the total of 2013/14 spelt a third way adds up the two lines of that year, however they spelt it
        bid.put("declaredTotals", List.of(Map.of("of", "COST_LINES", "financialYear", "2013\u201314",
                "label", "Total 2013-14", "amount", Fixtures.money(81900, "£81,900"))));
        String id = babergh().drafts(bid);
        String etag = babergh().reads(id).statusCode(200)
                .body("costLines.period.financialYear", contains("2013/14", "2013/14", "2014/15"),
                        "costLines.period.financialYearAsWritten", contains("FY2013-14", "13/14", "2014 to 2015"),
                        "declaredTotals[0].financialYear", equalTo("2013/14"),
                        "declaredTotals[0].financialYearAsWritten", equalTo("2013\u201314"),
                        // the round's years are 2013/14 and 2014/15: no line is outside them, and the total holds
                        "warnings.code", not(hasItem("PERIOD_OUTSIDE_ROUND")),
                        "warnings.code", not(hasItem("DECLARED_TOTAL_DIFFERS")))
                .extract().header("ETag");

        // a total of a year no line has is a difference, named as such
        bid.put("declaredTotals", List.of(Map.of("of", "COST_LINES", "financialYear", "FY14/15",
                "label", "Total 2014-15", "amount", Fixtures.money(81900, "£81,900"))));
        babergh().changes(id, etag, bid).statusCode(200).body("warnings.code", hasItem("DECLARED_TOTAL_DIFFERS"),
                "declaredTotals[0].financialYear", equalTo("2014/15"));
    }

    @Test
    void figuresThatCannotBeAppraisedGiveNoReturnAndSayWhyInTheBidsWords() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        babergh().appraises(id).statusCode(200)
                .body("appraisable", equalTo(false),
                        "cannotBeAppraised", equalTo("the bid gives no benefit lines"),
                        "totalCosts", equalTo(81900.00f),
                        "$", not(hasKey("npv")), "$", not(hasKey("roi")), "$", not(hasKey("paybackYear")),
                        "$", not(hasKey("benefitCostRatio")), "scenarios", org.hamcrest.Matchers.empty(),
                        "notes", contains("The cost line \"Deployment of peer support\" is not a figure (written "
                                + "\"[blank in the published table]\") and is left out"));
    }

    private static Map<String, Object> saving(String year, long amount, String asWritten) {
        return Map.of("description", "Reduced placements", "type", "CASHABLE_SAVING",
                "period", Map.of("financialYear", year), "amount", Fixtures.money(amount, asWritten));
    }

    @Test
    void aNegativeSavingIsTakenOnlyUnderADeclaredConventionAndThenAsWritten() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("costLines", List.of(Map.of("activity", "Invest to save", "period", Map.of("financialYear", "2013/14"),
                "amount", Fixtures.money(100000, "100"), "fundedBy", "AWARD")));
        bid.put("benefitLines", List.of(saving("2014/15", -120000, "-120"), saving("2015/16", -80000, "-80")));
        bid.put("declaredTotals", List.of(Map.of("of", "BENEFIT_LINES", "label", "TOTAL SAVINGS",
                "amount", Fixtures.money(-200000, "-200"))));
        // no convention declared: which way the table runs cannot be guessed, so it is asked for, and nothing is kept
        babergh().tryToDraft(bid).statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("benefitLines[0].amount.amount", "benefitLines[1].amount.amount",
                                "declaredTotals[0].amount.amount"),
                        "violations[0].message", containsString("signConvention SAVINGS_POSITIVE"));
        manager().searches("round", round).body("total", equalTo(0));

        // savings written as negative figures: kept negative, appraised as benefits, never added to costs
        bid.put("signConvention", "SAVINGS_NEGATIVE");
        String id = babergh().drafts(bid);
        babergh().reads(id).statusCode(200).body("signConvention", equalTo("SAVINGS_NEGATIVE"),
                "declaredTotals[0].amount.amount", equalTo(-200000), "warnings.code", not(hasItem("DECLARED_TOTAL_DIFFERS")),
                "benefitLines.amount.amount", contains(-120000, -80000), "benefitLines.amount.asWritten", contains("-120", "-80"));
        babergh().appraises(id).statusCode(200).body("appraisable", equalTo(true), "totalCosts", equalTo(100000.00f),
                "totalBenefits", equalTo(200000.00f), "roi", equalTo(1.0f));

        // savings as positive figures with a year that costs more than it saves: that year lowers the benefits
        bid.put("signConvention", "SAVINGS_POSITIVE");
        bid.put("benefitLines", List.of(saving("2014/15", 150000, "150"), saving("2015/16", -30000, "(30)")));
        bid.put("declaredTotals", List.of());
        String positive = babergh().drafts(bid);
        babergh().appraises(positive).statusCode(200).body("totalCosts", equalTo(100000.00f),
                "totalBenefits", equalTo(120000.00f), "years[2].benefits", equalTo(-30000.00f));

        // a convention is for benefits: a cost is never negative
        bid.put("costLines", List.of(Map.of("activity", "Invest to save", "amount", Fixtures.money(-100000, "-100"))));
        bid.put("declaredTotals", List.of(Map.of("of", "COST_LINES", "amount", Fixtures.money(-100000, "-100"))));
        babergh().tryToDraft(bid).statusCode(400).body("violations.field", contains("costLines[0].amount.amount",
                "declaredTotals[0].amount.amount"), "violations[0].message", equalTo("must not be negative"),
                "violations[1].message", equalTo("must not be negative"));
    }

    @Test
    void anUnreadableYearOfADeclaredTotalIsRefusedAndNothingIsKept() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("declaredTotals", List.of(Map.of("of", "COST_LINES", "financialYear", "2013/15",
                "amount", Fixtures.money(81900, "£81,900"))));
        babergh().tryToDraft(bid).statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("declaredTotals[0].financialYear"),
                        "violations[0].message", containsString("as 2016/17"));
        manager().searches("round", round).body("total", equalTo(0));
    }

    @Test
    void serviceOwnedFieldsCannotBeSent() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("status", "SUBMITTED");
        babergh().tryToDraft(bid)
                .statusCode(400).body("type", equalTo("urn:tca:problem:unknown-field"), "violations[0].field", equalTo("status"));
        Map<String, Object> verified = Fixtures.baberghBid(Fixtures.openRound());
        verified.put("participants", List.of(Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("PARTNER"),
                "verified", true)));
        babergh().tryToDraft(verified)
                .statusCode(400).body("violations[0].field", containsString("verified"));
    }

    @Test
    void overLongTextAndMalformedJsonAreProblems() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("title", "x".repeat(501));
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("title"));
        babergh().tryToDraft("{\"roundId\": [").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aRoundThatDoesNotExistIsNamed() {
        babergh().tryToDraft(Fixtures.baberghBid("no-such-round"))
                .statusCode(400).body("violations[0].field", equalTo("roundId"));
    }

    // --- warnings

    @Test
    void figuresThatDoNotAddUpAreSavedWithTheirWarnings() {
        Map<String, Object> cherwell = Fixtures.baberghBid(Fixtures.openRound());
        cherwell.put("title", "BID NAME: Organisational Change");
        cherwell.put("amountSought", Fixtures.money(366932, "AWARD SOUGHT: £366,932k"));
        cherwell.put("costLines", List.of(
                Map.of("activity", "Total Costs", "period", Map.of("financialYear", "2013/14"),
                        "amount", Fixtures.money(183466, "2013/14 = £183,466"), "fundedBy", "AWARD"),
                Map.of("activity", "Total Costs", "period", Map.of("financialYear", "2015/16"),
                        "amount", Fixtures.money(183000, "2015/16 = £183,000"), "fundedBy", "AWARD")));
        babergh().tryToDraft(cherwell)
                .statusCode(201)
                .body("amountSought.amount", equalTo(366932),
                        "warnings.code", contains("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT", "AWARD_MORE_THAN_TOTAL_COST",
                                "THOUSANDS_SUFFIX_ON_FULL_AMOUNT", "PERIOD_OUTSIDE_ROUND"),
                        "warnings[0].message", containsString("£366,466"),
                        "warnings[3].fields", contains("costLines[1].period"));
    }

    /** A bid's warnings are worked out once per stored version: each change to the bid or its round is seen. */
    @Test
    void theWarningsOfAStoredBidFollowEveryChangeToItAndToItsRound() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("awardType", "AUTHORITY_AWARD");
        bid.put("amountSought", Fixtures.money(600_000, "£600,000"));
        String id = babergh().drafts(bid);
        for (int read = 0; read < 2; read++) {
            babergh().reads(id).statusCode(200)
                    .body("warnings.code", hasItem("AWARD_OVER_CAP"));
        }
        babergh().searches("round", round).statusCode(200)
                .body("items[0].warnings.code", hasItem("AWARD_OVER_CAP"));

        // the round's cap is raised: the same bid version is now within it
        Map<String, Object> raised = Fixtures.round(round, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS));
        raised.put("awardTypes", List.of(Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award", "cap", 1_000_000)));
        manager().changesRound(round, "\"0\"", raised).statusCode(200);
        babergh().reads(id).statusCode(200).header("ETag", "\"0\"")
                .body("warnings.code", not(hasItem("AWARD_OVER_CAP")));
        babergh().searches("round", round).statusCode(200)
                .body("items[0].warnings.code", not(hasItem("AWARD_OVER_CAP")));

        // the bid asks for more than the new cap
        bid.put("amountSought", Fixtures.money(1_500_000, "£1,500,000"));
        babergh().changes(id, "\"0\"", bid).statusCode(200).body("warnings.code", hasItem("AWARD_OVER_CAP"));
        babergh().reads(id).statusCode(200).header("ETag", "\"1\"")
                .body("warnings.code", hasItem("AWARD_OVER_CAP"),
                        "warnings.find { it.code == 'AWARD_OVER_CAP' }.message", containsString("£1,500,000"));
    }

    // --- appraisal

    @Test
    void cheshiresPartnerTableAppraisesToRoi75Point3AndPaybackInYear4() {
        String[] benefits = {"0", "453.05", "1624.02", "2545.06", "3130.73", "3593.06", "3922.62"};
        String[] costs = {"1027.10", "1916.70", "1693.40", "1018.40", "1018.40", "1018.40", "1018.40"};
        List<Object> costLines = new ArrayList<>();
        List<Object> benefitLines = new ArrayList<>();
        for (int t = 0; t <= 6; t++) {
            costLines.add(Map.of("activity", "Partner costs", "period", Map.of("relativeYear", t, "asWritten", "Year " + t),
                    "amount", Map.of("amount", new java.math.BigDecimal(costs[t]).movePointRight(3), "asWritten",
                            "£ " + costs[t], "scale", "THOUSANDS", "qualifier", "EXACT")));
            benefitLines.add(Map.of("description", "Direct financial benefit to partners", "type", "CASHABLE_SAVING",
                    "period", Map.of("relativeYear", t), "amount", Map.of("amount",
                            new java.math.BigDecimal(benefits[t]).movePointRight(3), "asWritten", "£ " + benefits[t],
                            "scale", "THOUSANDS", "qualifier", "EXACT")));
        }
        Map<String, Object> cheshire = Fixtures.baberghBid(Fixtures.openRound());
        cheshire.put("costLines", costLines);
        cheshire.put("benefitLines", benefitLines);
        String id = babergh().drafts(cheshire);
        babergh().appraises(id).statusCode(200)
                .body("timeline", equalTo("RELATIVE_YEAR"), "roi", equalTo(0.7528f), "paybackYear", equalTo(4),
                        "paybackLabel", equalTo("Year 4"), "discountRate", equalTo(0.035f),
                        "years[4].cumulativeNet", equalTo(1078860.0f),
                        "scenarios.name", hasItem("start delayed one year"));
        cheshireWest().appraises(id).statusCode(404);
    }

    // --- participants and the partner-service

    @Test
    void aParticipantNotOnTheRegisterIsRefused() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("participants", List.of(Map.of("organisationId", "NOT-REGISTERED", "roles", List.of("PARTNER"))));
        // the field is the request's: the lead, not listed, is not counted
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("participants[0].organisationId"),
                        "violations[0].message", containsString("resolve"));
    }

    @Test
    void aParticipantNamedAsWrittenIsLinkedWhenTheRegisterIsSure() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("participants", List.of(Map.of("nameAsWritten", "Mid Suffolk District Council", "roles", List.of("PARTNER"))));
        babergh().tryToDraft(bid)
                .statusCode(201).body("participants.organisationId", contains("GB-LAE-BAB", "GB-LAE-MSU"),
                        "participants[1].nameAsWritten", equalTo("Mid Suffolk District Council"),
                        "participants[1].verified", equalTo(true));
    }

    @Test
    void anAmbiguousOrMissingNameIsAskedAboutNotGuessed() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("participants", List.of(Map.of("nameAsWritten", "Cheshire", "roles", List.of("PARTNER")),
                Map.of("roles", List.of("SUPPORTER"))));
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations.field", contains("participants[0].nameAsWritten",
                        "participants[1].organisationId"),
                        "violations[0].message", containsString("GB-LAE-CHW"));
    }

    @Test
    void aPartnerServiceOutageSavesTheDraftUnverifiedAndSubmissionWaitsForIt() {
        String round = Fixtures.openRound();
        PartnerStub.down();
        String id = babergh().tryToDraft(Fixtures.baberghBid(round)).statusCode(201)
                .body("participants.verified", everyItem(equalTo(false))).extract().path("id");
        babergh().submits(id).statusCode(422)
                .body("violations.field", hasItem("participants[1].organisationId"));

        PartnerStub.up();
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200)
                .body("status", equalTo("SUBMITTED"), "participants.verified", everyItem(equalTo(true)));
    }

    // --- who sees what

    @Test
    void anotherCouncilGets404AndDoesNotFindItInSearch() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        cheshireWest().reads(id).statusCode(404).contentType(PROBLEM);
        cheshireWest().searches().statusCode(200)
                .body("items.id", not(hasItem(id)));
        cheshireWest().changes(id, "\"0\"", Fixtures.baberghBid("x")).statusCode(404);
        cheshireWest().submits(id).statusCode(404);
    }

    @Test
    void aPartnerCouncilReadsTheBidButOnlyTheLeadEditsIt() {
        String round = Fixtures.openRound();
        String id = babergh().drafts(Fixtures.baberghBid(round));
        midSuffolk().reads(id).statusCode(200);
        midSuffolk().searches("organisation", "GB-LAE-BAB")
                .body("items.id", hasItem(id));
        midSuffolk().changes(id, "\"0\"", Fixtures.baberghBid(round)).statusCode(403);
    }

    @Test
    void integratorsSeeSubmittedBidsOnlyAndAssessorsNothingYet() {
        String round = Fixtures.openRound();
        String draft = babergh().drafts(Fixtures.baberghBid(round));
        String submitted = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(submitted);
        babergh().submits(submitted).statusCode(200);

        integrator().reads(draft).statusCode(404);
        integrator().reads(submitted).statusCode(200);
        integrator().searches("round", round)
                .body("items.id", contains(submitted), "total", equalTo(1));
        assessor().reads(submitted).statusCode(404);
        manager().searches("round", round).body("total", equalTo(2));
    }

    // --- updates

    @Test
    void updatesNeedTheCurrentETagAndOnlyDraftsChange() {
        String round = Fixtures.openRound();
        String id = babergh().drafts(Fixtures.baberghBid(round));
        Map<String, Object> changed = Fixtures.baberghBid(round);
        changed.put("title", "Babergh and Mid Suffolk: one workforce");

        babergh().changes(id, changed).statusCode(428);
        babergh().changes(id, "\"0\"", changed).statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Babergh and Mid Suffolk: one workforce"));
        babergh().changes(id, "\"0\"", Fixtures.baberghBid(round)).statusCode(412).header("ETag", "\"1\"");
        babergh().reads(id)
                .body("title", equalTo("Babergh and Mid Suffolk: one workforce"));

        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200);
        babergh().changes(id, "\"2\"", changed).statusCode(409);
    }

    // --- lifecycle

    @Test
    void aRetriedSubmitWithTheSameKeyChangesNothing() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        Fixtures.partnersConfirm(id);
        String first = babergh().submits(id, "submit-" + id).statusCode(200).body("status", equalTo("SUBMITTED"))
                .extract().asString();
        String second = babergh().submits(id, "submit-" + id).statusCode(200).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertThat(second).isEqualTo(first);
        babergh().readsTheHistoryOf(id)
                .body("items.action", contains("BID_CREATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED"));
        integrator().readsTheFeed()
                .body("events.findAll { it.subject == '" + id + "' }.type", contains("uk.gov.tca.bid.submitted"));
        // without the key, a second submission is refused: it is no longer a draft
        babergh().submits(id).statusCode(422)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aBidAfterTheCloseIsRefusedWithTheReason() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.closedRound()));
        babergh().submits(id).statusCode(422)
                .contentType(PROBLEM).body("violations.field", hasItem("roundId"),
                        "violations.message", hasItem(containsString("closed")));
        babergh().reads(id).body("status", equalTo("DRAFT"));
    }

    @Test
    void aRequiredAnswerMissingStopsSubmission() {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        bid.put("narrative", Map.of());
        String id = babergh().drafts(bid);
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(422)
                .body("violations[0].field", equalTo("narrative.what-will-change"));
    }

    @Test
    void withdrawingAndReturningAreAuditedAndOnTheFeed() {
        String round = Fixtures.openRound();
        String id = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200);
        babergh().returns(id, "no").statusCode(403);
        manager().returns(id, "The cost table does not add up").statusCode(200).body("status", equalTo("DRAFT"));
        babergh().submits(id).statusCode(200);
        babergh().withdraws(id, "Partners could not agree the match funding").statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        babergh().withdraws(id, "again").statusCode(409);

        manager().readsTheHistoryOf(id)
                .body("items.action", contains("BID_CREATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED", "BID_RETURNED",
                        "BID_SUBMITTED", "BID_WITHDRAWN"),
                        "items[3].after.reason", equalTo("The cost table does not add up"));
        integrator().readsTheFeed()
                .body("events.findAll { it.subject == '" + id + "' }.type", contains("uk.gov.tca.bid.submitted",
                        "uk.gov.tca.bid.returned", "uk.gov.tca.bid.submitted", "uk.gov.tca.bid.withdrawn"));
    }

    private static org.hamcrest.Matcher<String> startsWithBids() {
        return org.hamcrest.Matchers.startsWith("/bids/bid-");
    }

    /** The round says what it requires and submission holds a bid to it: every missing piece named at once. */
    @Test
    void aRoundThatRequiresACostBenefitCaseRefusesABidWithoutOneNamingEveryMissingPiece() {
        String round = "cba-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> requiring = Fixtures.round(round, Instant.now().minus(1, ChronoUnit.DAYS),
                Instant.now().plus(30, ChronoUnit.DAYS));
        requiring.put("costBenefitRequired", true);
        manager().opensRound(requiring).statusCode(201);
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.remove("awardType");
        bid.remove("amountSought");
        bid.put("costLines", List.of());
        String id = babergh().drafts(bid);
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(422).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("amountSought", "awardType",
                        "costLines", "benefitLines"));
        babergh().reads(id).statusCode(200).body("status", equalTo("DRAFT"), "version", equalTo(1));
    }
}
