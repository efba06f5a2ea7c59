package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A council's bid through the stack: real tokens, participants checked by the real partner-service. */
@ExtendWith(LocalStack.class)
class BidServiceStackTests {

    private static Map<String, Object> bid(String round) {
        return Map.of(
                "roundId", round,
                "title", "Babergh and Mid Suffolk: one workforce for two councils",
                "awardType", "AUTHORITY_AWARD",
                "amountSought", Map.of("amount", 166900, "asWritten", "Total Award sought £166,900", "scale", "POUNDS",
                        "qualifier", "EXACT", "basis", "TOTAL_FOR_PERIOD"),
                "participants", List.of(
                        Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"),
                                "jointAndSeveral", true),
                        Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT", "ACCOUNTABLE_BODY"),
                                "jointAndSeveral", true)),
                "narrative", Map.of("full-description", "One integrated officer workforce serving both councils"),
                "costLines", List.of(Map.of("activity", "Transformational enquiries",
                        "period", Map.of("financialYear", "2026/27"),
                        "amount", Map.of("amount", 81900, "asWritten", "£81,900", "qualifier", "EXACT"),
                        "fundedBy", "AWARD")),
                // the open demo round asks for the costs and the benefits, line by line
                "benefitLines", List.of(Map.of("description", "One management team for both councils",
                        "type", "CASHABLE_SAVING", "period", Map.of("financialYear", "2027/28"),
                        "amount", Map.of("amount", 120000, "asWritten", "£120,000", "qualifier", "EXACT"))));
    }

    @Test
    void aCouncilCreatesEditsAndSubmitsABidThatOnlyItsPartnersSee() {
        String babergh = Keycloak.tokenFor("bidder.babergh");
        String id = given().baseUri(LocalStack.BID).auth().oauth2(babergh).contentType("application/json")
                .body(bid("tca-demo-open")).post("/bids").then().statusCode(201)
                .body("participants.verified", everyItem(equalTo(true)), "leadOrganisationId", equalTo("GB-LAE-BAB"))
                .extract().path("id");

        Map<String, Object> edited = new java.util.HashMap<>(bid("tca-demo-open"));
        edited.put("title", "Babergh and Mid Suffolk: shared services, one workforce");
        given().baseUri(LocalStack.BID).auth().oauth2(babergh).contentType("application/json").header("If-Match", "\"0\"")
                .body(edited).put("/bids/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        // named as co-applicant and jointly accountable, Mid Suffolk agrees through a bidder of its own
        given().baseUri(LocalStack.BID).auth().oauth2(babergh).header("Idempotency-Key", "e2e-early-" + id)
                .post("/bids/{id}/submission", id).then().statusCode(422);
        String midSuffolk = Keycloak.tokenFor("bidder.midsuffolk");
        String read = given().baseUri(LocalStack.BID).auth().oauth2(midSuffolk).get("/bids/{id}", id).then().statusCode(200)
                .extract().header("ETag");
        given().baseUri(LocalStack.BID).auth().oauth2(midSuffolk).contentType("application/json").header("If-Match", read)
                .body(Map.of("note", "Agreed by Mid Suffolk's Executive")).post("/bids/{id}/participants/GB-LAE-MSU/confirmation", id)
                .then().statusCode(200).body("participants[1].consent.status", equalTo("CONFIRMED"));

        String first = given().baseUri(LocalStack.BID).auth().oauth2(babergh).header("Idempotency-Key", "e2e-" + id)
                .post("/bids/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .extract().asString();
        String retry = given().baseUri(LocalStack.BID).auth().oauth2(babergh).header("Idempotency-Key", "e2e-" + id)
                .post("/bids/{id}/submission", id).then().statusCode(200).extract().asString();
        assertThat(retry).isEqualTo(first);

        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("bidder.cheshirewest"))
                .get("/bids/{id}", id).then().statusCode(404);
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("assessor.midsuffolk"))
                .get("/bids/{id}", id).then().statusCode(404);
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("manager.dclg"))
                .get("/bids/{id}/history", id).then()
                .body("items.action", contains("BID_CREATED", "BID_UPDATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED"));
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.integratorToken()).queryParam("limit", 500)
                .get("/feed").then().statusCode(200)
                .body("events.findAll { it.subject == '" + id + "' }.type", contains("uk.gov.tca.bid.submitted"));
    }

    @Test
    void theWinningBidsOf2013ListWithTheirWarnings() {
        // as another government system sees them: submitted, in assessment or decided (drafts of other tests aside)
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.integratorToken()).queryParam("round", "tca-2013-14")
                .queryParam("size", 200).get("/bids").then().statusCode(200)
                .body("total", equalTo(18),
                        "items.find { it.title == 'BID NAME: Organisational Change' }.amountSought.amount", equalTo(366932),
                        "items.find { it.title == 'BID NAME: Organisational Change' }.warnings.code",
                        hasItem("THOUSANDS_SUFFIX_ON_FULL_AMOUNT"),
                        "items.find { it.leadOrganisationId == 'GB-LAE-SRY' }.warnings.code", hasItem("NO_AMOUNT_SOUGHT"),
                        "items.find { it.leadOrganisationId == 'GB-LAE-CHW' }.warnings.code",
                        org.hamcrest.Matchers.hasItems("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT", "DECLARED_SCENARIO_INCONSISTENT"));
    }

    @Test
    void participantsNamedAsWrittenAreResolvedByThePartnerService() {
        Map<String, Object> named = new java.util.HashMap<>(bid("tca-demo-open"));
        named.put("participants", List.of(Map.of("nameAsWritten", "Mid Suffolk District Council",
                "roles", List.of("CO_APPLICANT"))));
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("bidder.babergh")).contentType("application/json")
                .body(named).post("/bids").then().statusCode(201)
                .body("participants.organisationId", contains("GB-LAE-BAB", "GB-LAE-MSU"),
                        "participants.verified", everyItem(equalTo(true)));
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("manager.dclg"))
                .queryParam("organisation", "GB-LAE-MSU").queryParam("round", "tca-2013-14").get("/bids").then()
                .body("items.leadOrganisationId", hasItem("GB-LAE-BAB"));
    }

    @Test
    void cheshiresAppraisalShowsThePartnerTableRoiAndPaybackInYear4() {
        String cheshireWest = Keycloak.tokenFor("bidder.cheshirewest");
        String id = given().baseUri(LocalStack.BID).auth().oauth2(cheshireWest).queryParam("round", "tca-2013-14")
                .get("/bids").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        given().baseUri(LocalStack.BID).auth().oauth2(cheshireWest).get("/bids/{id}/appraisal", id).then().statusCode(200)
                .body("roi", equalTo(0.7528f), "paybackLabel", equalTo("Year 4"));
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor("bidder.babergh")).get("/bids/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void theTwentyThirteenRoundIsClosed() {
        String babergh = Keycloak.tokenFor("bidder.babergh");
        given().baseUri(LocalStack.BID).auth().oauth2(babergh).queryParam("size", 200).get("/rounds").then()
                .body("items.id", hasItem("tca-2013-14"));
        Map<String, Object> late = new java.util.HashMap<>(bid("tca-2013-14"));
        late.put("narrative", Map.of("full-description", "x", "purpose-costs-benefits-value", "y",
                "innovation-exemplar", "z"));
        late.put("costLines", List.of());
        String id = given().baseUri(LocalStack.BID).auth().oauth2(babergh).contentType("application/json")
                .body(late).post("/bids").then().statusCode(201).extract().path("id");
        given().baseUri(LocalStack.BID).auth().oauth2(babergh).post("/bids/{id}/submission", id).then()
                .statusCode(422).body("violations.field", hasItem("roundId"));
    }
}
