package uk.gov.tca.bid.bids;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.bid.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Naming an organisation is not its consent: one named with obligations (co-applicant, accountable body, grant
 * recipient) confirms or declines through a bidder of its own before the bid can be submitted; the lead sees who
 * has not; an answer stands while the organisation is named as it answered. And the round's own funder never
 * takes part in a bid to it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ParticipantConsentTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aCoApplicantThatHasNotConfirmedStopsSubmissionAndTheLeadSeesWho() {
        String id = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(Fixtures.openRound()));
        given().auth().oauth2(Tokens.babergh()).get("/bids/{id}", id).then()
                .body("participants[0].consent.status", equalTo("CONFIRMED"),
                        "participants[0].consent.by", equalTo("bidder.babergh"),
                        "participants[1].consent.status", equalTo("PENDING"));
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", id).then().statusCode(422)
                .contentType(PROBLEM).body("violations.field", contains("participants[1].organisationId"),
                        "violations[0].message", containsString("GB-LAE-MSU has not confirmed"));

        // the organisation agrees to the bid as it read it: without the version it read, or with an older one, nothing
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(428);
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").header("If-Match", "\"7\"").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(412);
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("note", "Agreed by Mid Suffolk's Executive on 8 July 2013"))
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(200)
                .header("ETag", "\"1\"").body("participants[1].consent.status", equalTo("CONFIRMED"),
                        "participants[1].consent.by", equalTo("bidder.midsuffolk"),
                        "participants[1].consent.note", equalTo("Agreed by Mid Suffolk's Executive on 8 July 2013"));
        // a second confirmation changes nothing
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(200)
                .header("ETag", "\"1\"");
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(Tokens.babergh()).get("/bids/{id}/history", id).then()
                .body("items.action", contains("BID_CREATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED"),
                        "items[1].actor", equalTo("bidder.midsuffolk"));
    }

    @Test
    void onlyTheNamedOrganisationsOwnBiddersAnswerForIt() {
        String id = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(Fixtures.openRound()));
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(403)
                .contentType(PROBLEM).body("detail", containsString("GB-LAE-MSU's own bidders"));
        // an organisation not on the bid cannot see it at all
        given().auth().oauth2(Tokens.cheshireWest()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-CHW").then().statusCode(404);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-MSU").then().statusCode(403);
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/confirmation", id, "GB-LAE-XYZ").then().statusCode(404);
        given().auth().oauth2(Tokens.babergh()).get("/bids/{id}", id).then().body("version", equalTo(0),
                "participants[1].consent.status", equalTo("PENDING"));
    }

    @Test
    void aDecliningOrganisationIsTakenOffTheBidWithItsReasonKept() {
        String id = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(Fixtures.openRound()));
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json").body(Map.of())
                .post("/bids/{id}/participants/{org}/declination", id, "GB-LAE-MSU").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json")
                .body(Map.of("reason", "Mid Suffolk's Executive did not agree to be jointly accountable"))
                .post("/bids/{id}/participants/{org}/declination", id, "GB-LAE-MSU").then().statusCode(200)
                .body("participants.organisationId", not(hasItem("GB-LAE-MSU")));
        given().auth().oauth2(Tokens.midSuffolk()).get("/bids/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.midSuffolk()).queryParam("organisation", "GB-LAE-MSU").get("/bids").then()
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.babergh()).get("/bids/{id}/history", id).then()
                .body("items[1].action", equalTo("BID_PARTICIPANT_DECLINED"),
                        "items[1].after.declined.organisationId", equalTo("GB-LAE-MSU"),
                        "items[1].after.declined.reason", equalTo("Mid Suffolk's Executive did not agree to be jointly accountable"));
        // the lead does not decline its own bid
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").body(Map.of("reason", "changed our mind"))
                .post("/bids/{id}/participants/{org}/declination", id, "GB-LAE-BAB").then().statusCode(409);
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", id).then().statusCode(200);
    }

    @Test
    void anAnswerStandsWhileTheOrganisationIsNamedAsItAnsweredAndIsAskedAgainOtherwise() {
        String round = Fixtures.openRound();
        Map<String, Object> body = Fixtures.baberghBid(round);
        String id = Fixtures.createBid(Tokens.babergh(), body);
        Fixtures.partnersConfirm(id);
        body.put("title", "Babergh and Mid Suffolk: one workforce");
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").header("If-Match", "\"1\"").body(body)
                .put("/bids/{id}", id).then().statusCode(200).body("participants[1].consent.status", equalTo("CONFIRMED"));
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"), "jointAndSeveral", true),
                Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT", "ACCOUNTABLE_BODY", "GRANT_RECIPIENT"),
                        "jointAndSeveral", true)));
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").header("If-Match", "\"2\"").body(body)
                .put("/bids/{id}", id).then().statusCode(200).body("participants[1].consent.status", equalTo("PENDING"),
                        "participants[1].consent.by", nullValue());
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", id).then().statusCode(422);
        // agreed again, then the lead asks for more money: what was agreed to is not what is asked, so it is asked again
        Fixtures.partnersConfirm(id);
        body.put("amountSought", Fixtures.money(466900, "Total Award sought £466,900"));
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").header("If-Match", "\"4\"").body(body)
                .put("/bids/{id}", id).then().statusCode(200).body("participants[1].consent.status", equalTo("PENDING"),
                        "participants[0].consent.status", equalTo("CONFIRMED"));
    }

    @Test
    void aSupporterMayStayUnconfirmedAndDeclineLaterWhichTheFeedTells() {
        Map<String, Object> body = Fixtures.baberghBid(Fixtures.openRound());
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("SUPPORTER"))));
        String id = Fixtures.createBid(Tokens.babergh(), body);
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", id).then().statusCode(200)
                .body("participants[1].consent.status", equalTo("PENDING"));
        given().auth().oauth2(Tokens.cheshireWest()).contentType("application/json")
                .body(Map.of("reason", "Cheshire West never agreed to support this bid"))
                .post("/bids/{id}/participants/{org}/declination", id, "GB-LAE-CHW").then().statusCode(200)
                .body("participants.organisationId", contains("GB-LAE-BAB"));
        given().auth().oauth2(Tokens.integrator()).queryParam("limit", 500).get("/feed").then()
                .body("events.findAll { it.subject == '" + id + "' }.type",
                        contains("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.participants-changed"),
                        "events.findAll { it.subject == '" + id + "' }[1].data.organisations", contains("GB-LAE-BAB"));
    }

    @Test
    void anOrganisationWithObligationsAnswersBeforeSubmissionNotAfter() {
        String round = Fixtures.openRound();
        String id = given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("leadOrganisationId", "GB-LAE-BAB", "submittedAt", java.time.Instant.now().minusSeconds(60).toString(),
                        "bid", Fixtures.baberghBid(round)))
                .post("/bids/imports").then().statusCode(201)
                .body("participants.consent.status", contains("CONFIRMED", "CONFIRMED"),
                        "participants[1].consent.by", equalTo("manager.dclg"))
                .extract().path("id");
        given().auth().oauth2(Tokens.midSuffolk()).contentType("application/json")
                .body(Map.of("reason", "We would rather not after all"))
                .post("/bids/{id}/participants/{org}/declination", id, "GB-LAE-MSU").then().statusCode(409);
    }

    @Test
    void theRoundsFunderNeverTakesPartInABidToIt() {
        String round = Fixtures.openRound();
        given().auth().oauth2(Tokens.babergh()).get("/rounds/{id}", round).then()
                .body("funderOrganisationId", equalTo("TCA-DCLG"));
        Map<String, Object> body = Fixtures.baberghBid(round);
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "TCA-DCLG", "roles", List.of("PARTNER"))));
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").body(body).post("/bids").then()
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:tca:problem:funder-takes-part"),
                        "violations.field", contains("participants[1].organisationId"),
                        "violations[0].message", containsString("FUNDER_TAKES_NO_PART"));
        // nor may the funder lead one: its bidders would be choosing their own assessors
        Map<String, Object> ledByTheFunder = Fixtures.baberghBid(round);
        ledByTheFunder.put("participants", List.of(Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT"))));
        given().auth().oauth2(Tokens.bidder("bidder.dclg", "TCA-DCLG")).contentType("application/json")
                .body(ledByTheFunder).post("/bids").then().statusCode(422)
                .body("violations.field", hasItem("leadOrganisationId"));
        // nor be added later
        String id = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(round));
        given().auth().oauth2(Tokens.babergh()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/bids/{id}", id).then().statusCode(422);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("leadOrganisationId", "GB-LAE-BAB", "submittedAt", java.time.Instant.now().minusSeconds(60).toString(),
                        "bid", body)).post("/bids/imports").then().statusCode(422);
    }

    @Test
    void aManagerWhoseTokenNamesNoOrganisationRunsNoRound() {
        String manager = io.quarkus.test.oidc.server.OidcWiremockTestResource.getAccessToken("manager.nowhere",
                java.util.Set.of("programme-manager"));
        given().auth().oauth2(manager).contentType("application/json")
                .body(Fixtures.round("no-funder-" + System.nanoTime(), java.time.Instant.now().minusSeconds(60),
                        java.time.Instant.now().plusSeconds(86400)))
                .post("/rounds").then().statusCode(403).contentType(PROBLEM);
    }
}
