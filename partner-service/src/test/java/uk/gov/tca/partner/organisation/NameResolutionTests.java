package uk.gov.tca.partner.organisation;

import static uk.gov.tca.partner.testing.Actor.bidder;

import uk.gov.tca.partner.testing.Fixtures;
import uk.gov.tca.partner.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Names as the 2013/14 bids write them resolve to the register's organisations, by folding and similarity
 * alone: none of the misspellings below is recorded as an alias here.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class NameResolutionTests {

    @BeforeEach
    void register() {
        Fixtures.ensure(Map.of("id", "RES-STR", "legalName", "Stratford-on-Avon District Council",
                "commonName", "Stratford-on-Avon", "type", "DISTRICT"));
        Fixtures.ensure(Map.of("id", "RES-CHW", "legalName", "Cheshire West and Chester Council",
                "commonName", "Cheshire West and Chester", "type", "UNITARY"));
        Fixtures.ensure(Map.of("id", "RES-CHE", "legalName", "Cheshire East Council", "commonName", "Cheshire East",
                "type", "UNITARY"));
        Fixtures.ensure(Map.of("id", "RES-KIN", "legalName", "Borough Council of Kings Lynn and West Norfolk",
                "commonName", "Kings Lynn and West Norfolk", "type", "DISTRICT"));
        Fixtures.ensure(Map.of("id", "RES-ELI", "legalName", "East Lindsey District Council", "commonName", "East Lindsey",
                "type", "DISTRICT"));
        Fixtures.ensure(Map.of("id", "RES-WLI", "legalName", "West Lindsey District Council", "commonName", "West Lindsey",
                "type", "DISTRICT"));
        Fixtures.ensure(Map.of("id", "RES-ELO", "legalName", "East Lothian Council", "commonName", "East Lothian",
                "type", "SCOTTISH_UNITARY"));
        Fixtures.ensure(Map.of("id", "RES-RYF", "legalName", "South Western Ambulance Service NHS Foundation Trust",
                "type", "AMBULANCE_TRUST", "aliases", List.of("SWASFT", "SWAST")));
    }

    private static ValidatableResponse resolve(Object... names) {
        return bidder().request()
                .body(Map.of("names", List.of(names), "limit", 3))
                .post("/organisations/resolve").then().statusCode(200);
    }

    @Test
    void aStyleVariantResolvesToTheCouncil() {
        resolve("Stratford on Avon District Council", "Stratford upon Avon DC").body(
                "results[0].candidates[0].organisation.id", equalTo("RES-STR"),
                "results[0].candidates[0].score", equalTo(1.0f),
                "results[1].candidates[0].organisation.id", equalTo("RES-STR"),
                "results[1].candidates[0].match", equalTo("STYLE_VARIANT"));
    }

    @Test
    void aWrongSuffixStillFindsTheRightCheshire() {
        resolve("Cheshire West and Cheshire UA").body(
                "results[0].candidates[0].organisation.id", equalTo("RES-CHW"),
                "results[0].candidates[1].organisation.id", equalTo("RES-CHE"));
    }

    @Test
    void aShortenedNameFindsTheCouncilItStartsWith() {
        resolve("Kings Lynn", "King's Lynn").body(
                "results[0].candidates[0].organisation.id", equalTo("RES-KIN"),
                "results[0].candidates[0].match", equalTo("PARTIAL"),
                "results[1].candidates[0].organisation.id", equalTo("RES-KIN"));
    }

    @Test
    void aMisspellingFindsTheClosestName() {
        resolve("East Lynsey").body(
                "results[0].candidates[0].organisation.id", equalTo("RES-ELI"),
                "results[0].candidates[0].match", equalTo("FUZZY"));
    }

    @Test
    void anAcronymRecordedAsAnAliasResolves() {
        resolve("SWASFT", "swast").body(
                "results[0].candidates[0].organisation.id", equalTo("RES-RYF"),
                "results[0].candidates[0].match", equalTo("ALIAS"),
                "results[0].candidates[0].matchedName", equalTo("SWASFT"),
                "results[1].candidates[0].organisation.id", equalTo("RES-RYF"));
    }

    @Test
    void nonsenseHasNoCandidatesAndLimitIsKept() {
        resolve("Zzyzx Qwv").body("results[0].candidates", hasSize(0));
        resolve("Council").body("results[0].candidates.size()", lessThanOrEqualTo(3));
    }

    @Test
    void resolveRequestsAreValidated() {
        bidder().request().body(Map.of("names", List.of()))
                .post("/organisations/resolve").then().statusCode(400).body("violations[0].field", equalTo("names"));
        bidder().request()
                .body(Map.of("names", List.of("Babergh"), "limit", 50))
                .post("/organisations/resolve").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        bidder().request()
                .body(Map.of("names", List.of("x".repeat(301))))
                .post("/organisations/resolve").then().statusCode(400)
                .body("violations[0].field", containsString("names"));
        given().contentType("application/json").body(Map.of("names", List.of("Babergh")))
                .post("/organisations/resolve").then().statusCode(401);
    }
}
