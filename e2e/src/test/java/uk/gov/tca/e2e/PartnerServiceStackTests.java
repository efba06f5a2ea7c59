package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The partner-service as ./tca up runs it: demo data loaded, real Keycloak tokens, real PostgreSQL. */
@ExtendWith(LocalStack.class)
class PartnerServiceStackTests {

    private static final String PROBLEM = "application/problem+json";
    private static String newOrganisationId() {
        return "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @BeforeAll
    static void baseUri() {
        RestAssured.baseURI = LocalStack.PARTNER;
    }

    @org.junit.jupiter.api.AfterAll
    static void noBaseUri() {
        RestAssured.reset();
    }

    @Test
    void tokensCarryTheRolesAndTheOrganisationClaim() {
        String claims = Keycloak.claims(Keycloak.tokenFor("bidder.babergh"));
        assertThat(claims).contains("\"org\":\"GB-LAE-BAB\"").contains("\"bidder\"").contains("\"aud\":\"tca-api\"");
        assertThat(Keycloak.claims(Keycloak.tokenFor("assessor.midsuffolk"))).contains("\"org\":\"GB-LAE-MSU\"");
        assertThat(Keycloak.claims(Keycloak.integratorToken())).contains("\"integrator\"");
    }

    @Test
    void aManagerFindsStratfordOnAvonAsStratfordUponAvon() {
        given().auth().oauth2(Keycloak.tokenFor("manager.dclg")).queryParam("q", "stratford upon avon")
                .get("/organisations").then().statusCode(200)
                .body("items[0].id", equalTo("GB-LAE-STR"), "items[0].legalName", equalTo("Stratford-on-Avon District Council"));
    }

    @Test
    void theBidsMisspellingsResolveToTheRightOrganisationFirst() {
        given().auth().oauth2(Keycloak.tokenFor("bidder.cheshirewest")).contentType("application/json")
                .body(Map.of("names", List.of("Stratford on Avon District Council", "Cheshire West and Cheshire UA",
                        "Kings Lynn", "East Lynsey", "SWASFT")))
                .post("/organisations/resolve").then().statusCode(200)
                .body("results[0].candidates[0].organisation.id", equalTo("GB-LAE-STR"),
                        "results[1].candidates[0].organisation.id", equalTo("GB-LAE-CHW"),
                        "results[2].candidates[0].organisation.id", equalTo("GB-LAE-KIN"),
                        "results[3].candidates[0].organisation.id", equalTo("GB-LAE-ELI"),
                        "results[4].candidates[0].organisation.id", equalTo("GB-NHS-RYF"));
    }

    @Test
    void baberghIsRelatedToMidSuffolk() {
        given().auth().oauth2(Keycloak.tokenFor("assessor.dclg")).get("/organisations/GB-LAE-BAB/related")
                .then().statusCode(200).body("related.organisation.id", hasItem("GB-LAE-MSU"));
    }

    @Test
    void anIntegratorReadsTheRegister() {
        given().auth().oauth2(Keycloak.integratorToken()).get("/organisations/GB-LAE-CON").then().statusCode(200)
                .body("functions", hasItem("FIRE_AND_RESCUE_AUTHORITY"));
    }

    @Test
    void aBidderCannotCreateAnOrganisation() {
        given().auth().oauth2(Keycloak.tokenFor("bidder.babergh")).contentType("application/json")
                .body(Map.of("id", newOrganisationId(), "legalName", "Bidder's Council", "type", "DISTRICT"))
                .post("/organisations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void noTokenIs401AndAForgedOneToo() {
        given().get("/organisations").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        String token = Keycloak.tokenFor("bidder.babergh");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).get("/organisations").then().statusCode(401);
    }

    @Test
    void aStaleIfMatchIs412() {
        String manager = Keycloak.tokenFor("manager.dclg");
        String created = newOrganisationId();
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("id", created, "legalName", "End to End Council", "type", "DISTRICT"))
                .post("/organisations").then().statusCode(201).header("ETag", "\"0\"");
        Map<String, Object> update = Map.of("legalName", "End to End District Council", "type", "DISTRICT");
        given().auth().oauth2(manager).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/organisations/{id}", created).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(manager).contentType("application/json").header("If-Match", "\"0\"").body(update)
                .put("/organisations/{id}", created).then().statusCode(412).contentType(PROBLEM);
    }

    @Test
    void malformedJsonIsAProblem() {
        given().auth().oauth2(Keycloak.tokenFor("manager.dclg")).contentType("application/json").body("{\"id\":")
                .post("/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:tca:problem:malformed-json"));
    }

    @Test
    void aSecondUpSaysItIsRunningAndStatusSaysWhat() throws Exception {
        LocalStack.Result again = LocalStack.tca("up");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("already running");
        LocalStack.Result status = LocalStack.tca("status");
        assertThat(status.output()).containsPattern("partner-service\\s+up").containsPattern("keycloak\\s+up")
                .containsPattern("postgres\\s+up");
    }

    @Test
    void anUpMeetingAPortInUseSaysWhichAndStartsNothing() throws Exception {
        // a second stack, on ports of its own, one of which (its PostgreSQL's) another program already holds: the
        // first offset past this stack's whose PostgreSQL port this test can take
        int offset = LocalStack.OFFSET + 500;
        while (!LocalStack.bindable(55432 + offset)) {
            offset += 100;
            assertThat(55432 + offset).as("a free port for the second stack's PostgreSQL").isLessThanOrEqualTo(65535);
        }
        java.nio.file.Path home = LocalStack.home().resolveSibling("stack-port-taken");
        Map<String, String> settings = Map.of("TCA_HOME", home.toString(), "TCA_PORT_OFFSET", Integer.toString(offset));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(55432 + offset, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            LocalStack.Result up = LocalStack.tca(settings, "up");
            assertThat(up.exitCode()).as(up.output()).isNotZero();
            assertThat(up.output()).contains("port " + (55432 + offset) + " (for postgres) is in use by another program")
                    .contains("TCA_PORT_OFFSET").doesNotContain("Starting");
            assertThat(LocalStack.tca(settings, "status").output()).containsPattern("postgres\\s+down")
                    .containsPattern("keycloak\\s+down").containsPattern("gateway\\s+down");
        }
    }

    @Test
    void downStopsEverythingAndUpKeepsTheData() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        String created = newOrganisationId();
        given().auth().oauth2(manager).contentType("application/json")
                .body(Map.of("id", created, "legalName", "End to End Council", "type", "DISTRICT"))
                .post("/organisations").then().statusCode(201);
        given().auth().oauth2(manager).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("legalName", "End to End District Council", "type", "DISTRICT"))
                .put("/organisations/{id}", created).then().statusCode(200);

        LocalStack.Result down = LocalStack.tca("down");
        assertThat(down.exitCode()).isZero();
        assertThat(LocalStack.tca("status").output()).containsPattern("partner-service\\s+down")
                .containsPattern("keycloak\\s+down").containsPattern("postgres\\s+down");

        LocalStack.Result up = LocalStack.tca("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        given().auth().oauth2(Keycloak.tokenFor("manager.dclg")).get("/organisations/{id}", created).then()
                .statusCode(200).body("legalName", equalTo("End to End District Council"), "version", equalTo(1));
        // the demo data was loaded once, not again
        given().auth().oauth2(Keycloak.tokenFor("manager.dclg")).get("/organisations/GB-LAE-BAB/history").then()
                .body("total", equalTo(2));
        // and the demonstrated round, published by the first up, is left as it was
        assertThat(up.output()).contains("Demonstrated round tca-2013-14 in place: its decisions were published");
    }
}
