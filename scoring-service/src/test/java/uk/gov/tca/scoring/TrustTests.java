package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.scoring.assignment.AccessRevocations;
import uk.gov.tca.scoring.intake.FeedConsumer;
import uk.gov.tca.scoring.assignment.RegisterFeedConsumer;

/**
 * Conflicts of interest that cannot be bypassed, and an intake that heals: the employer is the token's; a secondment,
 * an interest, a relation in the register or an organisation added to a bid ends the assignments it conflicts; an
 * assessment submitted before the conflict came to light stops counting; access is taken away even when the
 * bid-service cannot be told at once; and a round reconciled with the bid-service takes in what the feed missed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbourhood.class)
class TrustTests {

    static final String MANAGER = ScoringFlowTests.token("manager.dclg", "programme-manager", "TCA-DCLG");

    @Inject
    FeedConsumer feed;

    @Inject
    RegisterFeedConsumer register;

    @Inject
    AccessRevocations revocations;

    @Inject
    AgroalDataSource dataSource;

    private static String bidCursor = "0";
    private static String registerCursor = "0";
    private static int position;
    private static boolean schemed;

    @BeforeEach
    void roundHasAScheme() {
        Neighbourhood.grants(204);
        if (!schemed) {
            Map<String, Object> scheme = ScoringFlowTests.scheme(ScoringFlowTests.CRITERIA);
            scheme.put("roundId", "rt");
            scheme.put("assessorsPerBid", 1);
            given().auth().oauth2(MANAGER).contentType("application/json").body(scheme).post("/schemes").then().statusCode(201);
            schemed = true;
        }
    }

    /** The bid-service's feed tells these events next, and this service reads them. */
    private void deliver(String... events) {
        String next = "0." + (++position);
        Neighbourhood.bidFeed(bidCursor, next, events);
        bidCursor = next;
        feed.catchUp();
    }

    private void registerTells(String type, String data) {
        String next = "0." + (++position);
        Neighbourhood.registerFeed(registerCursor, next, type, data);
        registerCursor = next;
        register.catchUp();
    }

    private static String assessor(String name, String org) {
        String token = ScoringFlowTests.token(name, "assessor", org);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("displayName", name)).put("/assessors/me")
                .then().statusCode(201);
        return token;
    }

    private static String assign(String bidId, String assessor) {
        return given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("bidId", bidId, "assessor", assessor))
                .post("/assignments").then().statusCode(201).extract().path("id");
    }

    private static void accept(String token, String assignment) {
        given().auth().oauth2(token).post("/assignments/{id}/acceptance", assignment).then().statusCode(200);
    }

    /** A bid of round rt naming these organisations, on the feed, assigned to a new assessor of this employer who accepts. */
    private record Live(String token, String assignment) {
    }

    private Live acceptedAssignment(String bidId, String organisations, String assessor, String employer) {
        deliver(Neighbourhood.submitted("e", bidId, organisations, 1));
        String token = assessor(assessor, employer);
        String assignment = assign(bidId, assessor);
        accept(token, assignment);
        return new Live(token, assignment);
    }

    private static Map<String, Object> scores() {
        Map<String, Object> vfm = new HashMap<>(Map.of("criterion", "value-for-money", "score", 4,
                "justification", "Savings are shown year by year in the bid's own table"));
        vfm.put("overrideReason", "The appraisal sees only the bid's own lines");
        return Map.of("scores", List.of(vfm, Map.of("criterion", "collaboration", "score", 3,
                "justification", "Two councils and a trust, one programme board")));
    }

    @Test
    void theEmployerIsTheTokensOrganisationAndNeverAField() {
        String token = ScoringFlowTests.token("assessor.employer", "assessor", "GB-LAE-MSU");
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("displayName", "Mid Suffolk officer", "employerOrganisationId", "TCA-DCLG"))
                .put("/assessors/me").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("employerOrganisationId"));
        given().auth().oauth2(token).get("/assessors/me").then().statusCode(404);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("displayName", "Mid Suffolk officer"))
                .put("/assessors/me").then().statusCode(201).body("employerOrganisationId", equalTo("GB-LAE-MSU"));
        // an assessor whose token names no organisation cannot register: its conflicts could not be known
        String nowhere = OidcWiremockTestResource.getAccessToken("assessor.nowhere", java.util.Set.of("assessor"));
        given().auth().oauth2(nowhere).contentType("application/json").body(Map.of()).put("/assessors/me").then()
                .statusCode(403);
    }

    @Test
    void aSecondmentEndsTheAssignmentsItConflictsAndOnlyAManagerRecordsOne() {
        Live live = acceptedAssignment("sec1", "\"GB-LAE-BAB\"", "assessor.seconded", "TCA-DCLG");
        String token = live.token();
        String assignment = live.assignment();
        Map<String, Object> secondment = Map.of("organisationId", "GB-LAE-BAB", "from", LocalDate.now().minusDays(1).toString(),
                "until", LocalDate.now().plusMonths(3).toString(), "reason", "Seconded to Babergh's transformation team");
        given().auth().oauth2(token).contentType("application/json").body(secondment)
                .post("/assessors/{u}/secondments", "assessor.seconded").then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType("application/json").body(secondment)
                .post("/assessors/{u}/secondments", "assessor.seconded").then().statusCode(201)
                .body("employerOrganisationId", equalTo("TCA-DCLG"), "secondments[0].organisationId", equalTo("GB-LAE-BAB"),
                        "secondments[0].recordedBy", equalTo("manager.dclg"));
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then()
                .body("status", equalTo("REVOKED"), "reason", containsString("seconded to GB-LAE-BAB"));
        Neighbourhood.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/sec1/access-grants/assessor.seconded")));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("bidId", "sec1", "assessor", "assessor.seconded")).post("/assignments").then().statusCode(409);
        // a secondment that ended long ago conflicts nothing
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("organisationId", "GB-LAE-CHW",
                "from", "2020-01-01", "until", "2020-06-30", "reason", "Seconded to Cheshire West for a spring"))
                .post("/assessors/{u}/secondments", "assessor.seconded").then().statusCode(201);
        deliver(Neighbourhood.submitted("e", "sec2", "\"GB-LAE-CHW\"", 1));
        assign("sec2", "assessor.seconded");
    }

    @Test
    void anAssessorActingWithATokenOfAnotherOrganisationIsCheckedAsItsEmployee() {
        deliver(Neighbourhood.submitted("e", "emp1", "\"GB-LAE-CHR\"", 1));
        assessor("assessor.moving", "TCA-DCLG");
        String assignment = assign("emp1", "assessor.moving");
        // the identity provider now says the assessor works for Cherwell, a participant
        String moved = ScoringFlowTests.token("assessor.moving", "assessor", "GB-LAE-CHR");
        given().auth().oauth2(moved).post("/assignments/{id}/acceptance", assignment).then().statusCode(409)
                .body("type", equalTo("urn:tca:problem:conflict-of-interest"));
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then().body("status", equalTo("REVOKED"));
        given().auth().oauth2(MANAGER).get("/assessors/{u}", "assessor.moving").then()
                .body("employerOrganisationId", equalTo("GB-LAE-CHR"));
    }

    /** An employer learnt while the register is away is not kept: its conflicts could not be checked. */
    @Test
    void nothingIsKeptWhenTheConflictsOfANewEmployerCannotBeChecked() {
        deliver(Neighbourhood.submitted("e", "out1", "\"GB-LAE-BAB\"", 1));
        assessor("assessor.unchecked", "TCA-DCLG");
        String assignment = assign("out1", "assessor.unchecked");
        Neighbourhood.partner.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/organisations/TEST-AWAY/related")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        String moved = ScoringFlowTests.token("assessor.unchecked", "assessor", "TEST-AWAY");
        given().auth().oauth2(moved).post("/assignments/{id}/acceptance", assignment).then().statusCode(503);
        given().auth().oauth2(MANAGER).get("/assessors/{u}", "assessor.unchecked").then()
                .body("employerOrganisationId", equalTo("TCA-DCLG"));
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then().body("status", equalTo("OFFERED"));
    }

    @Test
    void anAssessmentSubmittedBeforeItsConflictCameToLightStopsCounting() {
        Live live = acceptedAssignment("exc1", "\"GB-LAE-BAB\"", "assessor.late", "TCA-DCLG");
        String token = live.token();
        String assignment = live.assignment();
        String assessment = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("assignmentId", assignment, "scores", scores().get("scores"))).post("/assessments").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/assessments/{id}/submission", assessment).then().statusCode(200);
        given().auth().oauth2(MANAGER).get("/rankings/rt").then().body("lines.bidId", hasItem("exc1"));

        given().auth().oauth2(token).contentType("application/json").body(Map.of("type", "DISCLOSABLE_PECUNIARY",
                "organisationId", "GB-LAE-BAB", "nature", "I hold a contract to advise Babergh on its restructuring"))
                .post("/assessors/me/interests").then().statusCode(201);
        given().auth().oauth2(MANAGER).get("/assessments/{id}", assessment).then()
                .body("status", equalTo("EXCLUDED"), "exclusionReason", containsString("GB-LAE-BAB"));
        given().auth().oauth2(MANAGER).get("/rankings/rt").then()
                .body("lines.bidId", not(hasItem("exc1")), "unscored", hasItem("exc1"));
        given().auth().oauth2(MANAGER).get("/moderations/{bid}", "exc1").then().statusCode(200)
                .body("scores.assessments", equalTo(0));
    }

    @Test
    void aRelationRecordedInTheRegisterEndsTheAssignmentsItConflicts() {
        Live live = acceptedAssignment("rel1", "\"GB-LAE-BAB\", \"TEST-TRUST\"", "assessor.agency", "TEST-AGENCY");
        String token = live.token();
        String assignment = live.assignment();
        Neighbourhood.related("TEST-AGENCY", "TEST-TRUST", "HOSTED_BY");
        registerTells("relation-recorded", "{\"fromId\": \"TEST-AGENCY\", \"toId\": \"TEST-TRUST\", \"type\": \"HOSTED_BY\"}");
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then()
                .body("status", equalTo("REVOKED"), "reason", containsString("TEST-TRUST"));
        // its draft, had it one, could not be submitted: the assignment is over
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("assignmentId", assignment, "scores", scores().get("scores"))).post("/assessments").then()
                .statusCode(409);
    }

    @Test
    void anOrganisationAddedToABidInAssessmentEndsTheAssignmentsItConflicts() {
        Live live = acceptedAssignment("add1", "\"GB-LAE-BAB\"", "assessor.stockport", "GB-LAE-SKP");
        String token = live.token();
        String assignment = live.assignment();
        deliver(Neighbourhood.submitted("e", "add1", "\"GB-LAE-BAB\", \"GB-LAE-SKP\"", 2)
                .replace("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.participants-changed"));
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then().body("status", equalTo("REVOKED"));
        // an older account of the bid, arriving late, does not undo what is known
        deliver(Neighbourhood.submitted("e", "add1", "\"GB-LAE-BAB\"", 1));
        given().auth().oauth2(MANAGER).queryParam("bid", "add1").get("/conflicts").then()
                .body("assessor", hasItem("assessor.stockport"));
    }

    @Test
    void accessIsTakenAwayEvenWhenTheBidServiceCannotBeToldAtOnce() throws Exception {
        Live live = acceptedAssignment("rev1", "\"GB-LAE-BAB\"", "assessor.revoked", "TCA-DCLG");
        String token = live.token();
        String assignment = live.assignment();
        Neighbourhood.grants(503);
        given().auth().oauth2(token).contentType("application/json").body(Map.of("type", "OTHER",
                "organisationId", "GB-LAE-BAB", "nature", "My brother leads Babergh's finance team"))
                .post("/assessors/me/interests").then().statusCode(201);
        given().auth().oauth2(MANAGER).get("/assignments/{id}", assignment).then().body("status", equalTo("REVOKED"));
        assertThat(pending("rev1")).as("the revocation waits to be delivered").isEqualTo(1);
        Neighbourhood.grants(204);
        revocations.deliverPending();
        assertThat(pending("rev1")).isZero();
        Neighbourhood.bid.verify(2, deleteRequestedFor(urlPathEqualTo("/bids/rev1/access-grants/assessor.revoked")));
    }

    @Test
    void aRoundReconciledWithTheBidServiceTakesInWhatTheFeedMissed() {
        deliver(Neighbourhood.submittedIn("rr", "e", "rec1", "\"GB-LAE-BAB\"", 1),
                Neighbourhood.submittedIn("rr", "e", "rec2", "\"GB-LAE-BAB\"", 1),
                Neighbourhood.submittedIn("rr", "e", "rec4", "\"GB-LAE-BAB\"", 1));
        Neighbourhood.bidsOfRound("rr", Neighbourhood.bidView("rr", "rec1", "SUBMITTED", 1, "GB-LAE-BAB"),
                Neighbourhood.bidView("rr", "rec3", "IN_ASSESSMENT", 2, "GB-LAE-BAB", "GB-LAE-MSU"));
        Neighbourhood.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/bids/rec2"))
                .willReturn(Neighbourhood.json(Neighbourhood.bidView("rr", "rec2", "WITHDRAWN", 3, "GB-LAE-BAB"))));
        given().auth().oauth2(ScoringFlowTests.token("assessor.x", "assessor", "TCA-DCLG")).contentType("application/json")
                .body(Map.of("roundId", "rr")).post("/reconciliations").then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "rr"))
                .post("/reconciliations").then().statusCode(200)
                .body("roundId", equalTo("rr"), "bidService.count", equalTo(2), "scoringBefore.count", equalTo(3),
                        "takenIn", contains("rec3"), "takenOut", contains("rec2"), "scoringAfter.count", equalTo(3),
                        // a bid the bid-service says it does not have is reported, never taken out on a 404
                        "unknownThere", contains("rec4"));
        given().auth().oauth2(MANAGER).queryParam("bid", "rec3").get("/conflicts").then().statusCode(200);
        assessor("assessor.reconciled", "TCA-DCLG");
        assign("rec3", "assessor.reconciled");
        // a second reconciliation finds nothing to do
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "rr"))
                .post("/reconciliations").then().statusCode(200)
                .body("takenIn", empty(), "takenOut", empty(), "updated", empty(), "unknownThere", contains("rec4"));
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "rt; DROP TABLE x"))
                .post("/reconciliations").then().statusCode(400);
    }

    private long pending(String bidId) throws Exception {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT count(*) FROM access_revocation WHERE bid_id = ?")) {
            ps.setString(1, bidId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
