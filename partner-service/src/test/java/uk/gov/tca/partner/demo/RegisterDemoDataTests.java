package uk.gov.tca.partner.demo;

import static uk.gov.tca.partner.testing.Actor.assessor;
import static uk.gov.tca.partner.testing.Actor.bidder;
import static uk.gov.tca.partner.testing.Actor.manager;

import uk.gov.tca.partner.testing.DemoDataProfile;
import uk.gov.tca.partner.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** The demo data as ./tca up loads it: the register of councils and the participants of the 18 winning bids. */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RegisterDemoDataTests {

    private final ReferenceDataLoader loader;

    RegisterDemoDataTests(ReferenceDataLoader loader) {
        this.loader = loader;
    }

    @Test
    void everyCouncilOfTheRegisterIsLoadedWithItsOrgIdAndGssCode() {
        bidder().searches("identifier", "E07000200")
                .body("total", equalTo(1), "items[0].id", equalTo("GB-LAE-BAB"),
                        "items[0].legalName", equalTo("Babergh District Council"), "items[0].type", equalTo("DISTRICT"));
        bidder().searches("size", 1)
                .body("total", greaterThanOrEqualTo(470 + 60));
    }

    @Test
    void stratfordUponAvonFindsStratfordOnAvon() {
        manager().searches("q", "stratford upon avon")
                .body("items[0].id", equalTo("GB-LAE-STR"), "items[0].legalName", equalTo("Stratford-on-Avon District Council"));
    }

    @Test
    void theBidsMisspellingsResolveToTheRightOrganisationFirst() {
        manager().request()
                .body(Map.of("names", List.of("Stratford on Avon District Council", "Cheshire West and Cheshire UA",
                        "Kings Lynn", "East Lynsey", "SWASFT", "Lincoln FRA", "Halton BC")))
                .post("/organisations/resolve").then().statusCode(200)
                .body("results[0].candidates[0].organisation.id", equalTo("GB-LAE-STR"),
                        "results[1].candidates[0].organisation.id", equalTo("GB-LAE-CHW"),
                        "results[2].candidates[0].organisation.id", equalTo("GB-LAE-KIN"),
                        "results[3].candidates[0].organisation.id", equalTo("GB-LAE-ELI"),
                        "results[4].candidates[0].organisation.id", equalTo("GB-NHS-RYF"),
                        "results[5].candidates[0].organisation.id", equalTo("GB-LAE-LIN"),
                        "results[6].candidates[0].organisation.id", equalTo("GB-LAE-HAL"));
    }

    @Test
    void tierIsKeptApartFromTheStyleOfTheName() {
        bidder().request().get("/organisations/GB-LAE-HAL").then()
                .body("legalName", equalTo("Halton Borough Council"), "type", equalTo("UNITARY"));
        bidder().request().get("/organisations/GB-LAE-BMH").then()
                .body("type", equalTo("UNITARY"), "status", equalTo("ABOLISHED"), "endDate", equalTo("2019-03-31"),
                        "successors", contains("GB-LAE-BPC"));
    }

    @Test
    void oneLegalBodyHoldsSeveralFunctions() {
        bidder().request().get("/organisations/GB-LAE-CON").then()
                .body("type", equalTo("UNITARY"), "functions", hasItems("FIRE_AND_RESCUE_AUTHORITY", "EDUCATION_AUTHORITY"),
                        "aliases", hasItem("Cornwall FRA"));
        bidder().request().get("/organisations/GB-LAE-LIN").then()
                .body("type", equalTo("COUNTY"), "functions", hasItem("FIRE_AND_RESCUE_AUTHORITY"));
    }

    @Test
    void baberghIsRelatedToMidSuffolkAndSuffolk() {
        assessor().request().get("/organisations/GB-LAE-BAB/related").then()
                .body("related.organisation.id", hasItems("GB-LAE-MSU", "GB-LAE-SFK"));
    }

    @Test
    void theCollaborationsOfTheBidsAreThere() {
        bidder().request().get("/collaborations/one-swindon").then()
                .body("members.organisationId", hasItems("GB-LAE-SWD", "GB-NHS-12D"));
        bidder().request().queryParam("member", "GB-LAE-CHW").get("/collaborations").then()
                .body("items.id", hasItem("cheshire-warrington-sub-regional-leaders-board"));
    }

    @Test
    void loadingAgainAddsNothing() {
        int before = bidder().request().queryParam("size", 1).get("/organisations")
                .then().extract().path("total");
        loader.loadAll();
        int after = bidder().request().queryParam("size", 1).get("/organisations")
                .then().extract().path("total");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theLoaderIsOnTheAuditTrail() {
        manager().request().get("/organisations/GB-LAE-BAB/history").then()
                .body("items[0].action", equalTo("ORGANISATION_CREATED"),
                        "items[0].actor", equalTo("partner-service:data-loader"));
    }
}
