package uk.gov.tca.bid.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class FeedResourceTests {

    @Test
    void theFeedIsReadInOrderFromACursor() {
        String round = Fixtures.openRound();
        String first = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(round));
        String second = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(round));
        String cursor = given().auth().oauth2(Tokens.integrator()).queryParam("limit", 500).get("/feed").then()
                .statusCode(200).extract().path("next");

        Fixtures.partnersConfirm(first);
        Fixtures.partnersConfirm(second);
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", first).then().statusCode(200);
        given().auth().oauth2(Tokens.babergh()).post("/bids/{id}/submission", second).then().statusCode(200);

        String next = given().auth().oauth2(Tokens.integrator()).queryParam("after", cursor).queryParam("limit", 1)
                .get("/feed").then().statusCode(200)
                .body("events", hasSize(1), "events[0].specversion", equalTo("1.0"),
                        "events[0].type", equalTo("uk.gov.tca.bid.submitted"), "events[0].subject", equalTo(first),
                        "events[0].source", equalTo("/bid-service"), "events[0].data.bidId", equalTo(first),
                        "events[0].data.leadOrganisationId", equalTo("GB-LAE-BAB"))
                .extract().path("next");
        given().auth().oauth2(Tokens.integrator()).queryParam("after", next).get("/feed").then()
                .body("events", hasSize(1), "events[0].subject", equalTo(second));
    }

    @Test
    void draftsAreNotOnTheFeed() {
        String cursor = given().auth().oauth2(Tokens.integrator()).queryParam("limit", 500).get("/feed").then()
                .extract().path("next");
        Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(Fixtures.openRound()));
        given().auth().oauth2(Tokens.integrator()).queryParam("after", cursor).get("/feed").then()
                .body("events", hasSize(0), "next", equalTo(cursor));
    }

    @Test
    void biddersAndAssessorsDoNotReadTheFeed() {
        given().auth().oauth2(Tokens.babergh()).get("/feed").then().statusCode(403);
        given().auth().oauth2(Tokens.assessor()).get("/feed").then().statusCode(403);
        given().get("/feed").then().statusCode(401);
    }

    @Test
    void aBadCursorIsAProblem() {
        given().auth().oauth2(Tokens.integrator()).queryParam("after", "abc").get("/feed").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
        given().auth().oauth2(Tokens.integrator()).queryParam("limit", 0).get("/feed").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }
}
