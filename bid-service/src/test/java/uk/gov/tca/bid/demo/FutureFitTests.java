package uk.gov.tca.bid.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.worcestershireManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Worcestershire County Council's own Future Fit programme (deploy/demo/worcestershire-futurefit, loaded by ./tca up):
 * a second funder's round opened and its proposal sheets recorded through the API by configuration only, and what
 * comes back out — figures as written, RAG ratings, approval chains, an appraisal that says plainly what it cannot do.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class FutureFitTests {

    private static final Path DIR = Path.of("../deploy/demo/worcestershire-futurefit");
    private static final Map<String, String> IDS = new HashMap<>();

    @BeforeEach
    void theProgrammeIsLoadedAsTheStackLoadsIt() throws IOException {
        if (!IDS.isEmpty()) {
            return;
        }
        int round = worcestershireManager().request().header("Idempotency-Key", "ff-round")
                .body(Files.readString(DIR.resolve("round.json"))).post("/rounds").then().extract().statusCode();
        org.assertj.core.api.Assertions.assertThat(round).isIn(201, 409);
        for (String file : new String[] {"01-commissioning-of-arts-service.json", "02-connecting-families.json",
            "03-modernising-hr-and-od.json"}) {
            IDS.put(file.substring(0, 2), worcestershireManager().recordsOnce("ff-" + file, Files.readString(DIR.resolve(file)))
                    .statusCode(201).extract().path("id"));
        }
    }

    @Test
    void theRoundIsWorcestershiresOwnProgrammeDecidedByItsRoutes() {
        worcestershireManager().readsRound("wcc-future-fit-2016-20").statusCode(200)
                .body("funderOrganisationId", equalTo("GB-LAE-WOR"), "fundersOwnServices", equalTo(true),
                        "awardsOptional", equalTo(true), "$", not(hasKey("closesAt")),
                        "budgetAsWritten", equalTo("Investment Required: Transformation Challenge Award - £600k"),
                        "approvalRoutes.code", contains("CABINET", "CMR"));
        // DCLG's manager does not run it and sees none of its proposals; integrators read what it publishes
        manager().readsRound("wcc-future-fit-2016-20").statusCode(404);
        manager().reads(IDS.get("01")).statusCode(404);
        integrator().reads(IDS.get("01")).statusCode(200).body("leadOrganisationId", equalTo("GB-LAE-WOR"));
    }

    @Test
    void theArtsSheetKeepsItsRagItsChainAndItsTotalsAndCannotBeAppraisedForWantOfACost() {
        String arts = IDS.get("01");
        worcestershireManager().reads(arts).statusCode(200)
                .body("status", equalTo("SUBMITTED"), "maturity", equalTo("CONCEPT"), "owningBody.name", equalTo("FFSG"),
                        "benefitLines.rag", contains("AMBER", "AMBER"),
                        "approvalChain.dateAsWritten", contains("19/08/15", "19/08/15", "19/08/15", "19/08/15", null, null),
                        "$", not(hasKey("amountSought")),
                        // the sheet's own total holds, its saving in doubt says why, and it seeks no award
                        "warnings.code", not(hasItem("DECLARED_TOTAL_DIFFERS")), "warnings.code", not(hasItem("RAG_WITHOUT_COMMENT")),
                        "warnings.code", not(hasItem("NO_AMOUNT_SOUGHT")));
        worcestershireManager().appraises(arts).statusCode(200)
                .body("appraisable", equalTo(false), "cannotBeAppraised", equalTo("the bid gives no cost lines"),
                        "totalBenefits", equalTo(50000.00f), "$", not(hasKey("npv")), "$", not(hasKey("roi")));
        worcestershireManager().searches("reference", "000:680-775").statusCode(200).body("items.id", contains(arts));
        worcestershireManager().searchesRound("wcc-future-fit-2016-20", "committee", "ffsg").statusCode(200)
                .body("items.id", contains(arts));
    }

    @Test
    void connectingFamiliesIsAppraisedFromItsTwoYearInvestmentAndSaysWhatItCouldNotPlace() {
        String families = IDS.get("02");
        worcestershireManager().reads(families).statusCode(200)
                .body("benefitLines[0].period.financialYear", equalTo("2018/19"),
                        "benefitLines[0].period.financialYearAsWritten", equalTo("18/19"),
                        "costLines[0].period.untilFinancialYear", equalTo("2016/17"),
                        // the investment's first year is before the programme's years: said, not hidden
                        "warnings.find { it.code == 'PERIOD_OUTSIDE_ROUND' }.message", containsString("2015/16"),
                        "warnings.code", not(hasItem("DECLARED_TOTAL_DIFFERS")));
        worcestershireManager().appraises(families).statusCode(200)
                .body("appraisable", equalTo(true),
                        "years.label", contains("2015/16", "2016/17", "2017/18", "2018/19", "2019/20"),
                        "years.costs", contains(300000.00f, 300000.00f, 0.00f, 0.00f, 0.00f),
                        "years.benefits", contains(0.00f, 0.00f, 0.00f, 750000.00f, 750000.00f),
                        "simplePayback.years", equalTo(0.80f),
                        "notes", hasItem("The benefit line \"Connecting Families savings by 2025\" is a range, not one "
                                + "figure (written \"£2-3million (by 2025)\") and is left out"));
        worcestershireManager().searchesRound("wcc-future-fit-2016-20", "maturity", "BUSINESS_CASE").statusCode(200)
                .body("items", empty());
    }

    @Test
    void theHrSheetsAmberTotalThatDoesNotAddUpIsSaidAndKeptAsWritten() {
        worcestershireManager().reads(IDS.get("03")).statusCode(200)
                .body("declaredTotals[1].amount.asWritten", equalTo("256"),
                        "warnings.findAll { it.code == 'DECLARED_TOTAL_DIFFERS' }.fields.flatten()",
                        contains("declaredTotals[1]"),
                        "warnings.find { it.code == 'DECLARED_TOTAL_DIFFERS' }.message", containsString("£196,000"));
        // the sheets of item 4 are found by its reference, whatever their part of the pack
        worcestershireManager().searchesRound("wcc-future-fit-2016-20", "reference",
                "cabinet 19 november 2015, agenda item 4 (part 3)").statusCode(200).body("items.id", contains(IDS.get("03")));
    }
}
