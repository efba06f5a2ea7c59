package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.scoring.intake.FeedConsumer;

/** What goes wrong around assignments: neighbours down, declining, someone else's assignment, a withdrawn bid. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Outages.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentUnhappyPathTests {

    @Inject
    FeedConsumer feed;

    static final String MANAGER = ScoringFlowTests.token("manager.dclg", "programme-manager", "TCA-DCLG");
    static final String A1 = ScoringFlowTests.token("assessor.one", "assessor", "TCA-DCLG");
    static final String A2 = ScoringFlowTests.token("assessor.two", "assessor", "TCA-DCLG");

    private static void assign(String assessor, int status) {
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("bidId", "x1", "assessor", assessor))
                .post("/assignments").then().statusCode(status);
    }

    @Test
    @Order(1)
    void whenANeighbourIsDownNothingIsAssigned() {
        Map<String, Object> scheme = ScoringFlowTests.scheme(ScoringFlowTests.CRITERIA);
        scheme.put("roundId", "r2");
        given().auth().oauth2(MANAGER).contentType("application/json").body(scheme).post("/schemes").then().statusCode(201);
        for (String t : new String[] {A1, A2}) {
            given().auth().oauth2(t).contentType("application/json").body(Map.of()).put("/assessors/me").then().statusCode(201);
        }
        assertThat(feed.catchUp()).isEqualTo(1);

        Outages.partnerAnswers(false);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("bidId", "x1", "assessor", "assessor.one"))
                .post("/assignments").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body("detail", org.hamcrest.Matchers.containsString("conflicts of interest"));
        Outages.partnerAnswers(true);
        Outages.grants(503);
        assign("assessor.one", 503);
        given().auth().oauth2(MANAGER).queryParam("bid", "x1").get("/assignments").then().body("items", empty(), "total", equalTo(0));
        Outages.grants(204);
    }

    /** A neighbour whose connections are cut is an outage (503 to retry), not our failure (500); nothing is kept. */
    @Test
    @Order(2)
    void whenTheBidServiceCannotBeReachedTheCallerIsToldToRetry() {
        Outages.bidServiceCutOff(true);
        try {
            given().auth().oauth2(MANAGER).contentType("application/json")
                    .body(Map.of("bidId", "x1", "assessor", "assessor.one")).post("/assignments").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503), "detail", org.hamcrest.Matchers.containsString("cannot be reached"));
            given().auth().oauth2(MANAGER).get("/rankings/r2").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("instance", equalTo("/rankings/r2"));
        } finally {
            Outages.bidServiceCutOff(false);
        }
        given().auth().oauth2(MANAGER).queryParam("bid", "x1").get("/assignments").then().body("items", empty(), "total", equalTo(0));
        given().auth().oauth2(MANAGER).get("/rankings/r2").then().statusCode(200).body("roundId", equalTo("r2"));
    }

    @Test
    @Order(3)
    void badRequestsAndOtherPeoplesAssignments() {
        assign("nobody.registered", 400);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("bidId", "no-such-bid", "assessor",
                "assessor.one")).post("/assignments").then().statusCode(404);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("bidId", "x1")).post("/assignments")
                .then().statusCode(400).body("violations[0].field", equalTo("assessor"));
        assign("assessor.one", 201);
        assign("assessor.one", 409);
        String id = given().auth().oauth2(A1).get("/assignments").then().extract().path("items[0].id");
        given().auth().oauth2(A2).get("/assignments/{id}", id).then().statusCode(404);
        given().auth().oauth2(A2).post("/assignments/{id}/acceptance", id).then().statusCode(404);
        given().auth().oauth2(A1).contentType("application/json")
                .body(Map.of("reason", "CAPACITY", "note", "x".repeat(2001))).post("/assignments/{id}/decline", id).then()
                .statusCode(400).body("violations[0].field", org.hamcrest.Matchers.containsString("note"));
        given().auth().oauth2(A1).contentType("application/json").body(Map.of("reason", "TOO_BUSY"))
                .post("/assignments/{id}/decline", id).then().statusCode(400);
        given().auth().oauth2(A1).get("/assignments/{id}", id).then().body("status", equalTo("OFFERED"));
        given().auth().oauth2(A1).queryParam("status", "LOST").get("/assignments").then().statusCode(400);
    }

    @Test
    @Order(4)
    void decliningFreesTheSlotAndEndsAccess() {
        String id = given().auth().oauth2(A1).get("/assignments").then().extract().path("items[0].id");
        given().auth().oauth2(A1).contentType("application/json")
                .body(Map.of("reason", "CAPACITY", "note", "Three other bids this week")).post("/assignments/{id}/decline", id)
                .then().statusCode(200).body("status", equalTo("DECLINED"), "reason",
                        equalTo("CAPACITY: Three other bids this week"));
        Outages.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/x1/access-grants/assessor.one")));
        given().auth().oauth2(A1).post("/assignments/{id}/acceptance", id).then().statusCode(409);
        // the slot is free again; the one who declined is not asked again, so one of two is short
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "r2"))
                .post("/assignments/auto").then().statusCode(200).body("created.assessor", contains("assessor.two"),
                        "shortfalls[0].missing", equalTo(1),
                        "shortfalls[0].reason", org.hamcrest.Matchers.containsString("1 already had it"));
    }

    @Test
    @Order(5)
    void aWithdrawnBidLeavesAssessmentAndItsAssessorsLoseAccess() {
        Outages.withdraw();
        assertThat(feed.catchUp()).isEqualTo(1);
        given().auth().oauth2(A2).get("/assignments").then().body("items.status", contains("REVOKED"),
                "items[0].reason", equalTo("the bid was withdrawn by the bid-service"));
        Outages.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/x1/access-grants/assessor.two")));
        assign("assessor.one", 409);
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "r2"))
                .post("/assignments/auto").then().statusCode(200).body("created", empty(), "shortfalls", empty());
    }

    /** An event that names no round is not taken as round "": the bid is read from the bid-service instead. */
    @Test
    @Order(6)
    void aSubmissionWhoseEventNamesNoRoundIsReadFromTheBidService() {
        Outages.submitWithoutRound();
        assertThat(feed.catchUp()).isEqualTo(1);
        Outages.bid.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/bids/x2")));
        given().auth().oauth2(MANAGER).get("/rankings/r2").then().statusCode(200).body("unscored", contains("x2"));
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "r2"))
                .post("/assignments/auto").then().statusCode(200).body("created.bidId", org.hamcrest.Matchers.hasItem("x2"));
    }
}
