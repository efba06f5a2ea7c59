package uk.gov.tca.bid.demo;

import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * The 18 winning bids of 2013/14 (deploy/demo, the local stack's demo data) recorded through the API, and each
 * acceptance fixture of domain-notes §7 checked on what the service answers: figures as written, the splits,
 * and the warnings where the bids do not add up.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(WinningBidsRegister.class)
class WinningBidsTests {

    private static final Map<String, JsonPath> BIDS = new TreeMap<>();

    /** The bids, recorded once as the local stack records them: POST /bids/imports, keyed by file name. */
    private static synchronized JsonPath bid(String number) throws IOException {
        if (BIDS.isEmpty()) {
            try (Stream<Path> files = Files.list(Path.of("../deploy/demo/tca-2013-14"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    BIDS.put(file.getFileName().toString().substring(0, 2),
                            manager().recordsOnce("demo-" + file.getFileName(), Files.readString(file))
                                    .statusCode(201).extract().jsonPath());
                }
            }
        }
        return BIDS.get(number);
    }

    private static List<String> warnings(JsonPath bid) {
        return bid.getList("warnings.code");
    }

    private static String messages(JsonPath bid) {
        return String.join("\n", bid.<String>getList("warnings.message"));
    }

    private static BigDecimal sum(JsonPath bid, String path) {
        return bid.<Number>getList(path).stream().map(n -> new BigDecimal(n.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Of the eighteen, an appraisal gives a return only where some cost and some benefit are figures in a year; every
     * other says why and gives no NPV, ROI or payback (never NPV £0 or ROI -100% for figures it could not read).
     */
    @Test
    void everyDemoBidIsAppraisedOrSaysWhyNot() throws IOException {
        bid("01");
        List<String> appraised = new java.util.ArrayList<>();
        for (JsonPath b : BIDS.values()) {
            JsonPath appraisal = manager().appraises(b.getString("id")).statusCode(200).extract().jsonPath();
            if (appraisal.getBoolean("appraisable")) {
                appraised.add(b.getString("title"));
                assertThat(appraisal.getString("cannotBeAppraised")).isNull();
                assertThat(new BigDecimal(appraisal.getString("roi"))).isGreaterThan(new BigDecimal("-1"));
            } else {
                assertThat(appraisal.getString("cannotBeAppraised")).as(b.getString("title")).isNotBlank()
                        .doesNotContain("costLines[").doesNotContain("benefitLines[");
                assertThat(appraisal.getString("npv")).isNull();
                assertThat(appraisal.getString("roi")).isNull();
                assertThat(appraisal.getString("paybackYear")).isNull();
            }
            assertThat(appraisal.<String>getList("notes")).noneMatch(n -> n.contains("Lines["));
        }
        // two of the eighteen tables place both sides in years; the other sixteen cannot be appraised as written
        assertThat(appraised).hasSize(2);
    }

    @Test
    void fixture1and43_eighteenBidsFifteenOfThemStatingAnAmountThatAddsUpTo6686832() throws IOException {
        bid("01");
        manager().searchesRound("tca-2013-14", "size", 100)
                .statusCode(200).body("total", equalTo(18));
        BigDecimal stated = BIDS.values().stream().map(b -> b.getString("amountSought.amount")).filter(a -> a != null)
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(BIDS.values().stream().filter(b -> b.get("amountSought.amount") != null)).hasSize(15);
        assertThat(stated).isEqualByComparingTo("6686832");
    }

    @Test
    void fixtures2to5_baberghAndMidSuffolk() throws IOException {
        JsonPath b = bid("01");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(166900);
        assertThat(b.getString("amountSought.asWritten")).isEqualTo("Total Award sought £166,900");
        assertThat(b.<Integer>getList("declaredTotals.find { it.of == 'STATED_FIGURES' }.figures.amount"))
                .containsExactly(52900, 39000, 75000);
        assertThat(b.<String>getList("participants.findAll { it.roles.contains('ACCOUNTABLE_BODY') }.organisationId"))
                .containsExactly("GB-LAE-BAB", "GB-LAE-MSU");
        assertThat(b.<Boolean>getList("participants.findAll { it.roles.contains('ACCOUNTABLE_BODY') }.jointAndSeveral"))
                .containsExactly(true, true);
        assertThat(b.getString("benefitLines[0].amount.qualifier")).isEqualTo("RANGE");
        assertThat(b.getInt("benefitLines[0].amount.min")).isEqualTo(8_000_000);
        assertThat(b.getInt("benefitLines[0].amount.max")).isEqualTo(10_000_000);
        assertThat(b.<Object>get("benefitLines[0].amount.amount")).isNull();
        assertThat(warnings(b)).isEmpty();
    }

    @Test
    void fixtures6and7_bathAndNorthEastSomerset() throws IOException {
        JsonPath b = bid("02");
        assertThat(b.getString("awardType")).isEqualTo("AUTHORITY_AWARD");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(300000);
        assertThat(b.getString("amountSought.scale")).isEqualTo("THOUSANDS");
        assertThat(b.<Integer>getList("costLines.findAll { it.activity.startsWith('Knowledge transfer') }.amount.amount"))
                .containsExactly(30000, 30000);
        assertThat(b.<String>getList("participants.organisationId")).contains("TCA-CURO", "TCA-QUARTET",
                "TCA-AVON-SOMERSET-POLICE", "TCA-AVON-FIRE");
        // Quartet is named in words only; the register resolved it
        assertThat(b.getString("participants.find { it.organisationId == 'TCA-QUARTET' }.nameAsWritten"))
                .isEqualTo("Quartet Community Foundation");
    }

    @Test
    void fixtures8and9_bournemouthDorsetAndPooleStateNoAmount() throws IOException {
        JsonPath b = bid("03");
        assertThat(b.<Object>get("amountSought")).isNull();
        assertThat(warnings(b)).containsExactly("NO_AMOUNT_SOUGHT");
        assertThat(b.getString("narrative['purpose-costs-benefits-value']")).contains("funding gap of £110 million by 2017");
        assertThat(b.<String>getList("resolutions.date")).containsExactly("2013-06-12", "2013-06-19", "2013-06-28",
                "2013-06-25", "2013-07-05", "2013-06-24", "2013-06-26");
        assertThat(b.<String>getList("resolutions.bodyType")).containsExactly("HEALTH_AND_WELLBEING_BOARD",
                "HEALTH_AND_WELLBEING_BOARD", "LEADER_DECISION", "SCRUTINY_COMMITTEE", "LEADER_DECISION",
                "SCRUTINY_COMMITTEE", "CABINET");
    }

    @Test
    void fixtures10to12_cherwellsKAndPerAnnumAreBothWrong() throws IOException {
        JsonPath b = bid("04");
        assertThat(b.getString("title")).isEqualTo("BID NAME: Organisational Change");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(366932);
        assertThat(b.getString("amountSought.asWritten")).isEqualTo("AWARD SOUGHT: £366,932k");
        assertThat(warnings(b)).containsExactly("THOUSANDS_SUFFIX_ON_FULL_AMOUNT", "PER_ANNUM_IS_A_PERIOD_TOTAL");
        assertThat(messages(b)).contains("read as £366,932").contains("\"Total Costs £366,932 pa.\" is labelled per annum")
                .contains("2013/14 £183,466, 2014/15 £183,466");
        assertThat(b.<String>getList("costLines.period.financialYear")).containsExactly("2013/14", "2014/15");
        assertThat(b.<Integer>getList("costLines.amount.amount")).containsExactly(183466, 183466);
        assertThat(b.<String>getList("resolutions.date")).contains("2013-07-01", "2013-07-08", "2013-07-12", "2013-06-17");
        // the lead officer's name, email and phone were redacted: a reader outside the bid sees the job title only
        String id = b.getString("id");
        integrator().reads(id).statusCode(200)
                .body("contacts[0].jobTitle", equalTo("Head of Transformation"),
                        "contacts[0].name", equalTo(null), "contacts[0].email", equalTo(null));
    }

    @Test
    void fixtures13to18_cheshire() throws IOException {
        JsonPath b = bid("05");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(420000);
        assertThat(sum(b, "costLines.findAll { it.fundedBy == 'AWARD' }.amount.amount")).isEqualByComparingTo("418420");
        assertThat(warnings(b)).contains("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT", "DECLARED_SCENARIO_INCONSISTENT");
        assertThat(messages(b)).contains("£418,420 but the bid seeks £420,000");
        // 20% pump priming of the £704.60k early intervention: £140.92k from the award, £563.68k matched
        assertThat(b.getInt("costLines.find { it.activity.startsWith('Additional early intervention costs') "
                + "&& it.fundedBy == 'AWARD' }.amount.amount")).isEqualTo(140920);
        assertThat(sum(b, "costLines.findAll { it.activity.startsWith('Additional early intervention') }.amount.amount"))
                .isEqualByComparingTo("704600");
        assertThat(b.<String>getList("declaredScenarios.name")).containsExactly("Base Case", "Delay Start", "Costs +20%",
                "Benefits -20%", "Costs/benefits 20% worse", "Costs/benefits 50% worse");
        assertThat(b.<Integer>getList("declaredScenarios.paybackYears")).containsExactly(2, 3, 2, 2, 2, 3);
        assertThat(b.<Integer>getList("declaredScenarios.roiPercent")).containsExactly(633, 496, 511, 486, 388, 99);
        assertThat(b.<String>getList("participants.organisationId")).contains("GB-LAE-CHE", "GB-LAE-CHW", "GB-LAE-HAL",
                "GB-LAE-WRT", "TCA-CHESHIRE-POLICE", "TCA-CHESHIRE-PROBATION", "TCA-CHESHIRE-FIRE", "TCA-CHESHIRE-PCC");
        assertThat(b.getString("participants.find { it.organisationId == 'TCA-CHESHIRE-PCC' }.roles[0]")).isEqualTo("SPONSOR");

        JsonPath appraisal = manager().appraises(b.getString("id"))
                .statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(appraisal.getString("totalBenefits"))).isEqualByComparingTo("15268540");
        assertThat(new BigDecimal(appraisal.getString("totalCosts"))).isEqualByComparingTo("8710800");
        assertThat(new BigDecimal(appraisal.getString("years[0].net"))).isEqualByComparingTo("-1027100");
        assertThat(new BigDecimal(appraisal.getString("roi"))).isEqualByComparingTo("0.7528");
        assertThat(appraisal.getString("paybackLabel")).isEqualTo("Year 4");
    }

    @Test
    void fixtures19and20_cornwall() throws IOException {
        JsonPath b = bid("06");
        assertThat(b.getString("awardType")).isEqualTo("AUTHORITY_AWARD");
        assertThat(b.getString("amountSought.asWritten")).isEqualTo("£100,000.");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(100000);
        assertThat(b.<Integer>getList("costLines.amount.amount")).containsExactly(1120000, 200000);
        assertThat(b.<String>getList("costLines.nature")).containsExactly("CAPITAL", "REVENUE");
        assertThat(b.<String>getList("costLines.period.financialYear")).containsExactly("2013/14", "2014/15");
        assertThat(b.getString("declaredMetrics[0].type")).isEqualTo("RETURN_NET_AMOUNT");
        assertThat(b.getInt("declaredMetrics[0].value")).isEqualTo(2002000);
    }

    @Test
    void fixture21_eastRidingStatesNoAmountAndItsContactIsPublic() throws IOException {
        JsonPath b = bid("07");
        assertThat(b.<Object>get("amountSought")).isNull();
        assertThat(warnings(b)).containsExactly("NO_AMOUNT_SOUGHT");
        assertThat(b.getString("benefitLines[0].amount.qualifier")).isEqualTo("OVER");
        assertThat(b.getInt("benefitLines[0].amount.amount")).isEqualTo(500000);
        assertThat(b.getString("benefitLines[0].amount.basis")).isEqualTo("PER_ANNUM");
        assertThat(b.getString("benefitLines[1].amount.asWritten")).isEqualTo("increased from £50k per annum to £120k per annum");
        integrator().reads(b.getString("id")).statusCode(200)
                .body("contacts[0].name", equalTo("Kristan Livingston"),
                        "contacts[0].email", equalTo("kristan.livingston@eastriding.gov.uk"));
    }

    @Test
    void fixtures22to24_highPeaksColumnTotalsAreSwapped() throws IOException {
        JsonPath b = bid("08");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(200000);
        assertThat(b.<Integer>getList("costLines.amount.amount")).containsExactly(300000, 500000);
        assertThat(b.getInt("benefitLines[0].amount.amount")).isEqualTo(2440000);
        assertThat(b.getString("benefitLines[0].amount.basis")).isEqualTo("PER_ANNUM");
        assertThat(warnings(b)).containsExactly("DECLARED_TOTAL_DIFFERS", "DECLARED_TOTAL_DIFFERS");
        assertThat(b.<String>getList("warnings.message").get(0)).contains("\"TOTAL 1,957\"").contains("adds up to £2,581,000")
                .contains("the totals look swapped");
        assertThat(b.<String>getList("warnings.message").get(1)).contains("\"TOTAL 2,581\"").contains("adds up to £1,957,000");
    }

    @Test
    void fixture25_lincolnshiresItemsAreRedactedAndNeverReadAsNumbers() throws IOException {
        JsonPath b = bid("09");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(491000);
        assertThat(b.<Integer>getList("costLines.findAll { it.fundedBy == 'AWARD' }.amount.amount"))
                .containsExactly(414000, 77000);
        List<Map<String, Object>> redacted = b.getList("costLines.findAll { it.amount.qualifier == 'REDACTED' }.amount");
        assertThat(redacted).hasSize(6).allSatisfy(m -> assertThat(m.get("amount")).isNull());
        assertThat(redacted.get(0).get("asWritten")).isEqualTo("3 at £**k per ambulance ■");
        assertThat(warnings(b)).isEmpty();
    }

    @Test
    void fixtures26to28_manchesterAndSouthLakelandEachReceiveAShare() throws IOException {
        JsonPath b = bid("10");
        assertThat(b.<String>getList("participants.findAll { it.roles.contains('GRANT_RECIPIENT') }.organisationId"))
                .containsExactly("GB-LAE-MAN", "GB-LAE-SLA");
        assertThat(b.<Integer>getList("participants.findAll { it.roles.contains('GRANT_RECIPIENT') }.share.amount"))
                .containsExactly(150000, 142000);
        assertThat(b.getInt("amountSought.amount")).isEqualTo(292000);
        // 10 Greater Manchester authorities (Manchester and 9 on whose behalf it bids), 7 Cumbrian (South Lakeland and 6)
        assertThat(b.<String>getList("participants.findAll { it.roles.contains('ON_BEHALF_OF_MEMBER') }")).hasSize(15);
        assertThat(b.<Integer>getList("benefitLines.amount.amount")).containsExactly(400000, 240000);
        assertThat(b.<String>getList("attachments.label")).contains("Annex B: evidence of political support");
        assertThat(b.<Boolean>getList("attachments.present")).containsOnly(false);
        assertThat(warnings(b)).isEmpty();
    }

    @Test
    void fixture29_northamptonshiresTotalIsNotItsItems() throws IOException {
        JsonPath b = bid("11");
        assertThat(b.getString("awardType")).isEqualTo("MAJOR_MULTI_AUTHORITY_AWARD");
        assertThat(b.getString("amountSought.asWritten")).isEqualTo("£1.8million");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(1800000);
        assertThat(warnings(b)).containsExactly("DECLARED_TOTAL_DIFFERS");
        assertThat(messages(b)).contains("\"Total 5.3m\" (£5,300,000)").contains("adds up to £5,060,000");
    }

    @Test
    void fixture30_kingstonAsksForMoreInItsTableAndNamesAFallback() throws IOException {
        JsonPath b = bid("12");
        assertThat(b.getString("awardType")).isEqualTo("MAJOR_MULTI_AUTHORITY_AWARD");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(800000);
        assertThat(b.getString("fallbackAwardType")).isEqualTo("AUTHORITY_AWARD");
        assertThat(b.getInt("fallbackAmount.amount")).isEqualTo(500000);
        assertThat(warnings(b)).containsExactly("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT");
        assertThat(messages(b)).contains("£801,500 but the bid seeks £800,000");
    }

    @Test
    void fixture31_southHollandsSevenLinesMakeItsTotal() throws IOException {
        JsonPath b = bid("13");
        assertThat(b.<Object>getList("costLines")).hasSize(7);
        assertThat(sum(b, "costLines.amount.amount")).isEqualByComparingTo("385000");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(385000);
        assertThat(warnings(b)).isEmpty();
    }

    @Test
    void fixture32_cncsSplitAndItsReturn() throws IOException {
        JsonPath b = bid("14");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(500000);
        assertThat(b.<Integer>getList("costLines.amount.amount")).containsExactly(356000, 144000);
        assertThat(b.<String>getList("declaredMetrics.asWritten")).contains("Return on transformation funding Over 18 times");
        assertThat(b.getInt("benefitLines[0].amount.amount")).isEqualTo(9120000);
        assertThat(warnings(b)).isEmpty();
    }

    @Test
    void fixture33_suffolkFundsOtherYearsAndRoundsItsSavingsUp() throws IOException {
        JsonPath b = bid("15");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(60000);
        assertThat(b.getInt("costLines.find { it.nature == 'CAPITAL' }.amount.amount")).isEqualTo(1620000);
        assertThat(b.getInt("benefitLines.find { it.amount.basis == 'TOTAL_FOR_PERIOD' }.amount.amount")).isEqualTo(1880000);
        assertThat(warnings(b)).containsExactly("PERIOD_OUTSIDE_ROUND", "DECLARED_TOTAL_DIFFERS");
        assertThat(messages(b)).contains("2015/16 (written \"2014/15 and 2015/16\")")
                .contains("approximately £188,000\" (£188,000) but what it totals adds up to £185,000");
    }

    @Test
    void fixtures34and35_surreysPlaceholderIsNotANumber() throws IOException {
        JsonPath b = bid("16");
        assertThat(b.getString("awardType")).isEqualTo("MAJOR_MULTI_AUTHORITY_AWARD");
        assertThat(b.<Object>get("amountSought.amount")).isNull();
        assertThat(b.getString("amountSought.qualifier")).isEqualTo("PLACEHOLDER");
        assertThat(b.getString("amountSought.asWritten")).isEqualTo("seeking xxxx");
        assertThat(warnings(b)).containsExactly("NO_AMOUNT_SOUGHT");
        assertThat(b.<String>getList("resolutions.date")).containsExactly("2012-12-18", "2012-12-11");
        assertThat(b.getBoolean("attachments[0].present")).isFalse();
        assertThat(b.getBoolean("attachments[0].confidential")).isTrue();
    }

    @Test
    void fixtures36to38_swindonsTablesDisagreeWithItsText() throws IOException {
        JsonPath b = bid("17");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(380000);
        assertThat(b.getString("costLines[1].amount.asWritten")).isEqualTo("£80K (Table 3: £70K)");
        assertThat(b.getInt("declaredTotals.find { it.amount.asWritten == 'Total £423m' }.figures.size()")).isEqualTo(6);
        assertThat(warnings(b)).containsExactly("DECLARED_TOTAL_DIFFERS", "DECLARED_TOTAL_DIFFERS");
        assertThat(b.<String>getList("warnings.message").get(0)).contains("(£380,000)").contains("adds up to £370,000");
        assertThat(b.<String>getList("warnings.message").get(1)).contains("\"£7m-£10m\" (£7,000,000–£10,000,000)")
                .contains("adds up to £7,000,000–£9,000,000");
        assertThat(b.<String>getList("warnings.fields.flatten()")).containsExactly("declaredTotals[0]", "declaredTotals[1]");
    }

    @Test
    void fixtures39to41_worcestershire() throws IOException {
        JsonPath b = bid("18");
        assertThat(b.getString("awardType")).isEqualTo("MAJOR_MULTI_AUTHORITY_AWARD");
        assertThat(b.getInt("amountSought.amount")).isEqualTo(425000);
        assertThat(b.<Integer>getList("costLines.amount.amount")).containsExactly(150000, 300000, 250000, 150000);
        assertThat(b.getInt("declaredTotals[0].amount.amount")).isEqualTo(850000);
        assertThat(b.getString("resolutions.find { it.date == '2013-07-18' }.status")).isEqualTo("PLANNED");
        assertThat(b.<String>getList("resolutions.date")).contains("2012-10-24", "2013-01-29", "2013-03-28", "2013-03-27");
        assertThat(warnings(b)).containsExactly("BASIS_WRITTEN_BOTH_WAYS");
        assertThat(messages(b)).contains("\"per annum\" and \"over 10 years\"");
    }

    @Test
    void recordingTheBidsAgainRecordsNothingTwice() throws IOException {
        JsonPath first = bid("04");
        Path file = Path.of("../deploy/demo/tca-2013-14/04-cherwell-south-northants-stratford.json");
        manager().recordsOnce("demo-" + file.getFileName(), Files.readString(file))
                .statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.getString("id")));
        manager().searchesRound("tca-2013-14", "organisation", "GB-LAE-CHR")
                .body("total", equalTo(1), "items.title", contains("BID NAME: Organisational Change"));
    }
}
