package uk.gov.tca.partner.feed;

import static uk.gov.tca.partner.testing.Actor.assessor;
import static uk.gov.tca.partner.testing.Actor.manager;
import static uk.gov.tca.partner.testing.Actor.scoringService;

import uk.gov.tca.partner.testing.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * The register's change feed: every change to the links between organisations (a relation recorded or removed,
 * a collaboration's members, an organisation's successors) is on it, in order, for the services whose rules depend
 * on those links — the scoring-service's conflicts of interest. Only services, integrators and managers read it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RegisterFeedTests {

    private static String head() {
        return scoringService().readsTheFeed(null, 500).statusCode(200).extract().path("next");
    }

    private static JsonPath after(String cursor) {
        return scoringService().readsTheFeed(cursor, 500).statusCode(200).extract().jsonPath();
    }

    @Test
    void everyNewLinkBetweenOrganisationsIsOnTheFeedInOrder() {
        String cursor = head();
        String agency = Fixtures.create("TEST-FEED-AG", "Feed Test Agency", "CENTRAL_GOVERNMENT");
        String trust = Fixtures.create("TEST-FEED-TR", "Feed Test Trust", "VOLUNTARY_COMMUNITY");
        long relation = ((Number) manager().request()
                .body(Map.of("toId", trust, "type", "HOSTED_BY")).post("/organisations/{id}/relations", agency).then()
                .statusCode(201).extract().path("id")).longValue();
        manager().request()
                .body(Map.of("id", "feed-test-partnership", "name", "Feed test partnership", "members", List.of(
                        Map.of("organisationId", agency), Map.of("organisationId", trust))))
                .post("/collaborations").then().statusCode(201);
        manager().request().delete("/organisations/{id}/relations/{r}", agency, relation).then()
                .statusCode(204);

        JsonPath page = after(cursor);
        List<String> types = page.getList("events.type");
        org.assertj.core.api.Assertions.assertThat(types).containsExactly("uk.gov.tca.partner.relation-recorded",
                "uk.gov.tca.partner.collaboration-changed", "uk.gov.tca.partner.relation-removed");
        org.assertj.core.api.Assertions.assertThat(page.getString("events[0].data.fromId")).isEqualTo(agency);
        org.assertj.core.api.Assertions.assertThat(page.getString("events[0].data.toId")).isEqualTo(trust);
        org.assertj.core.api.Assertions.assertThat(page.getString("events[0].source")).isEqualTo("/partner-service");
        // read on from where the page ended: nothing new
        scoringService().readsTheFeed(page.getString("next")).body("events", hasSize(0), "next", equalTo(page.getString("next")));
    }

    @Test
    void aSuccessorRecordedIsOnTheFeedAndOtherChangesAreNot() {
        String cursor = head();
        String old = Fixtures.create("TEST-FEED-OLD", "Feed Test Old District", "DISTRICT");
        String next = Fixtures.create("TEST-FEED-NEW", "Feed Test New Unitary", "UNITARY");
        String etag = manager().reads(old).extract().header("ETag");
        manager().request().header("If-Match", etag)
                .body(Map.of("id", old, "legalName", "Feed Test Old District", "type", "DISTRICT", "status", "ABOLISHED",
                        "endDate", "2023-03-31", "successors", List.of(next)))
                .put("/organisations/{id}", old).then().statusCode(200);
        scoringService().readsTheFeed(cursor).body("events.type", contains("uk.gov.tca.partner.organisation-changed"),
                        "events[0].data.successors", contains(next));
    }

    @Test
    void biddersAndAssessorsDoNotReadIt() {
        assessor().request().get("/feed").then().statusCode(403);
        given().get("/feed").then().statusCode(401);
        scoringService().readsTheFeed("x").statusCode(400)
                .body("violations[0].field", equalTo("after"));
    }
}
