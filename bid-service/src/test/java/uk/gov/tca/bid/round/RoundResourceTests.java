package uk.gov.tca.bid.round;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.bid.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class RoundResourceTests {

    private static final Instant OPENS = Instant.parse("2013-06-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2013-07-12T23:59:59Z");

    @Test
    void aManagerOpensARoundWithTheGreenBookRateByDefault() {
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Fixtures.round("tca-2013-14-test", OPENS, CLOSES)).post("/rounds").then().statusCode(201)
                .header("Location", "/rounds/tca-2013-14-test").header("ETag", "\"0\"")
                .body("discountRate", equalTo(0.035f), "awardTypes.code", contains("AUTHORITY_AWARD",
                        "MAJOR_MULTI_AUTHORITY_AWARD"), "eligibleYears", contains("2013/14", "2014/15"));
        given().auth().oauth2(Tokens.babergh()).get("/rounds/tca-2013-14-test").then().statusCode(200)
                .body("name", equalTo("Transformation Challenge Award test round tca-2013-14-test"));
        given().auth().oauth2(Tokens.integrator()).queryParam("size", 200).get("/rounds").then().body("items.id", hasItem("tca-2013-14-test"));
    }

    @Test
    void aSecondProgrammeIsJustData() {
        Map<String, Object> round = Fixtures.round("local-fund-2025", Instant.parse("2025-04-01T00:00:00Z"),
                Instant.parse("2025-09-30T00:00:00Z"));
        round.put("programme", "Suffolk Transformation Fund");
        round.put("eligibleYears", List.of("2025/26", "2026/27", "2027/28"));
        round.put("awardTypes", List.of(Map.of("code", "SMALL_GRANT", "name", "Small grant", "cap", 25000)));
        round.put("discountRate", 0.03);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(round).post("/rounds").then()
                .statusCode(201).body("discountRate", equalTo(0.03f), "awardTypes[0].cap", equalTo(25000));
    }

    @Test
    void onlyManagersOpenRounds() {
        given().auth().oauth2(Tokens.babergh()).contentType("application/json")
                .body(Fixtures.round("bidder-round", OPENS, CLOSES)).post("/rounds").then().statusCode(403);
        given().auth().oauth2(Tokens.manager()).get("/rounds/bidder-round").then().statusCode(404);
    }

    @Test
    void aRoundMustCloseAfterItOpensAndNameRealYears() {
        Map<String, Object> round = Fixtures.round("backwards", CLOSES, OPENS);
        round.put("eligibleYears", List.of("2013/14", "13/14"));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(round).post("/rounds").then()
                .statusCode(400).body("violations.field", contains("closesAt", "eligibleYears[1]"));
    }

    @Test
    void aNegativeBudgetOrAnAbsurdRateIsRefused() {
        Map<String, Object> round = Fixtures.round("negative", OPENS, CLOSES);
        round.put("budget", -1);
        round.put("discountRate", 3.5);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(round).post("/rounds").then()
                .statusCode(400).body("violations.field", contains("budget", "discountRate"));
    }

    @Test
    void roundUpdatesNeedTheCurrentETag() {
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Fixtures.round("etag-round", OPENS, CLOSES)).post("/rounds").then().statusCode(201);
        Map<String, Object> changed = Fixtures.round("etag-round", OPENS, CLOSES);
        changed.put("budget", 8_000_000);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").body(changed)
                .put("/rounds/etag-round").then().statusCode(428);
        given().auth().oauth2(Tokens.manager()).contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).put("/rounds/etag-round").then().statusCode(200).header("ETag", "\"1\"")
                .body("budget", equalTo(8_000_000));
        given().auth().oauth2(Tokens.manager()).contentType("application/json").header("If-Match", "\"0\"")
                .body(changed).put("/rounds/etag-round").then().statusCode(412);
    }
}
