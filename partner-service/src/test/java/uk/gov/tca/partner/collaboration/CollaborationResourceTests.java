package uk.gov.tca.partner.collaboration;

import static uk.gov.tca.partner.testing.Actor.bidder;
import static uk.gov.tca.partner.testing.Actor.integrator;
import static uk.gov.tca.partner.testing.Actor.manager;

import uk.gov.tca.partner.testing.Fixtures;
import uk.gov.tca.partner.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CollaborationResourceTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void managerRecordsACollaborationAndAnyoneReadsIt() {
        String surrey = Fixtures.create("TEST-SRY", "Surrey County Council", "COUNTY");
        String eastSussex = Fixtures.create("TEST-ESX", "East Sussex County Council", "COUNTY");
        String id = "sess-" + surrey.substring(surrey.length() - 8).toLowerCase();
        manager().request()
                .body(Map.of("id", id, "name", "South East Shared Services", "description", "SESS",
                        "members", List.of(Map.of("organisationId", surrey, "role", "partner", "since", "2012-04-01"),
                                Map.of("organisationId", eastSussex, "role", "partner", "since", "2012-04-01"))))
                .post("/collaborations").then().statusCode(201)
                .header("Location", "/collaborations/" + id).header("ETag", "\"0\"")
                .body("members.organisationId", contains(surrey, eastSussex), "createdBy", equalTo("manager.dclg"));

        integrator().readsCollaboration(id).statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("South East Shared Services"),
                        "members[0].since", equalTo("2012-04-01"));
        bidder().request().queryParam("member", eastSussex).get("/collaborations").then()
                .body("total", equalTo(1), "items[0].id", equalTo(id));
        bidder().request().queryParam("q", "SHARED serv").get("/collaborations").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void anIdIsMadeFromTheNameWhenNotGiven() {
        String member = Fixtures.create("TEST-CNC", "South Norfolk Council", "DISTRICT");
        String name = "CNC Building Control Partnership " + member;
        manager().request()
                .body(Map.of("name", name, "members", List.of(Map.of("organisationId", member))))
                .post("/collaborations").then().statusCode(201)
                .body("id", equalTo("cnc-building-control-partnership-" + member.toLowerCase()));
    }

    @Test
    void membersMustBeOnTheRegisterAndDatesInOrder() {
        String member = Fixtures.create("TEST-M", "Member Council", "DISTRICT");
        manager().request()
                .body(Map.of("name", "Broken", "members", List.of(Map.of("organisationId", "NOT-A-MEMBER"),
                        Map.of("organisationId", member, "since", "2015-01-01", "until", "2014-01-01"))))
                .post("/collaborations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("members[0].organisationId", "members[1].until"));
        manager().request().get("/collaborations/broken").then().statusCode(404);
    }

    @Test
    void aBidderCannotRecordACollaboration() {
        String member = Fixtures.create("TEST-M", "Member Council", "DISTRICT");
        bidder().request()
                .body(Map.of("name", "Bidder's own", "members", List.of(Map.of("organisationId", member))))
                .post("/collaborations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void updatesNeedTheCurrentETagAndAreAudited() {
        String a = Fixtures.create("TEST-A", "Council A", "DISTRICT");
        String b = Fixtures.create("TEST-B", "Council B", "DISTRICT");
        String id = "pair-" + a.substring(a.length() - 8).toLowerCase();
        manager().request()
                .body(Map.of("id", id, "name", "Pair", "members", List.of(Map.of("organisationId", a))))
                .post("/collaborations").then().statusCode(201);
        Map<String, Object> update = Map.of("name", "Pair", "members",
                List.of(Map.of("organisationId", a, "until", "2020-01-01"), Map.of("organisationId", b)));

        manager().request().body(update)
                .put("/collaborations/{id}", id).then().statusCode(428);
        manager().request().header("If-Match", "\"0\"")
                .body(update).put("/collaborations/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("members.organisationId", contains(a, b));
        manager().request().header("If-Match", "\"0\"")
                .body(update).put("/collaborations/{id}", id).then().statusCode(412).header("ETag", "\"1\"");
        manager().request().get("/collaborations/{id}/history", id).then()
                .body("items.action", contains("COLLABORATION_CREATED", "COLLABORATION_UPDATED"),
                        "items[1].before.members", org.hamcrest.Matchers.hasSize(1),
                        "items[1].after.members[0].until", equalTo("2020-01-01"));
    }

    @Test
    void aPatchChangesWhatItSendsKeepsTheMembersAndIsHeldToThePutRules() {
        String a = Fixtures.create("TEST-A", "Council A", "DISTRICT");
        String b = Fixtures.create("TEST-B", "Council B", "DISTRICT");
        String id = "patched-" + a.substring(a.length() - 8).toLowerCase();
        manager().request()
                .body(Map.of("id", id, "name", "Pair", "description", "Two councils",
                        "members", List.of(Map.of("organisationId", a, "role", "lead"))))
                .post("/collaborations").then().statusCode(201);

        manager().patches("/collaborations/{id}", "\"0\"", Map.of("name", "Pair of councils"), id).statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Pair of councils"),
                        "description", equalTo("Two councils"), "members.organisationId", contains(a),
                        "members[0].role", equalTo("lead"));
        manager().patches("/collaborations/{id}", "\"1\"", Map.of("members", List.of(
                        Map.of("organisationId", a, "role", "lead", "until", "2020-01-01"),
                        Map.of("organisationId", b))), id)
                .statusCode(200).body("members.organisationId", contains(a, b), "name", equalTo("Pair of councils"));

        // refused as a PUT would be, and nothing changes
        manager().patches("/collaborations/{id}", "\"2\"", Map.of("members", List.of(
                Map.of("organisationId", "NOT-A-MEMBER"))), id).statusCode(400)
                .body("violations.field", contains("members[0].organisationId"));
        manager().patches("/collaborations/{id}", "\"2\"", java.util.Collections.singletonMap("name", null), id)
                .statusCode(400).body("violations.field", hasItem("name"));
        manager().patches("/collaborations/{id}", null, Map.of("name", "X"), id).statusCode(428);
        manager().patches("/collaborations/{id}", "\"0\"", Map.of("name", "X"), id).statusCode(412);
        bidder().patches("/collaborations/{id}", "\"2\"", Map.of("name", "X"), id).statusCode(403);
        manager().patches("/collaborations/{id}", "\"0\"", Map.of("name", "X"), "no-such-pair").statusCode(404);
        integrator().readsCollaboration(id).statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Pair of councils"), "members", org.hamcrest.Matchers.hasSize(2));
        manager().request().get("/collaborations/{id}/history", id).then()
                .body("items.action", contains("COLLABORATION_CREATED", "COLLABORATION_UPDATED",
                        "COLLABORATION_UPDATED"));
    }

    @Test
    void collaborationsChangedSinceAListOldestChangeFirst() throws InterruptedException {
        String a = Fixtures.create("TEST-A", "Council A", "DISTRICT");
        String first = "sync-1-" + a.substring(a.length() - 8).toLowerCase();
        String second = "sync-2-" + a.substring(a.length() - 8).toLowerCase();
        java.time.Instant before = java.time.Instant.now();
        for (String id : List.of(first, second)) {
            manager().request().body(Map.of("id", id, "name", "Sync " + id, "members", List.of(Map.of("organisationId", a))))
                    .post("/collaborations").then().statusCode(201);
        }
        Thread.sleep(5);
        java.time.Instant between = java.time.Instant.now();
        manager().patches("/collaborations/{id}", "\"0\"", Map.of("description", "Changed"), first).statusCode(200);

        List<String> since = integrator().request().queryParam("updatedSince", before.toString()).queryParam("size", 200)
                .get("/collaborations").then().statusCode(200).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(since).containsSubsequence(second, first);
        integrator().request().queryParam("updatedSince", between.toString()).get("/collaborations").then()
                .statusCode(200).body("items.id", hasItem(first), "items.id", org.hamcrest.Matchers.not(hasItem(second)));
        integrator().request().queryParam("updatedSince", "2014-13-45").get("/collaborations").then().statusCode(400)
                .body("violations.field", contains("updatedSince"));
    }

    @Test
    void aDuplicateIdIsAConflictAndAnUnknownOneIs404() {
        String member = Fixtures.create("TEST-M", "Member Council", "DISTRICT");
        String id = "dup-" + member.substring(member.length() - 8).toLowerCase();
        Map<String, Object> body = Map.of("id", id, "name", "Dup", "members", List.of(Map.of("organisationId", member)));
        manager().request().body(body).post("/collaborations")
                .then().statusCode(201);
        manager().request().body(body).post("/collaborations")
                .then().statusCode(409).body("detail", containsString(id));
        bidder().request().get("/collaborations/none-such").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anIdWithCapitalsOrSlashesIsRefused() {
        manager().request()
                .body(Map.of("id", "Bad/Id", "name", "Bad", "members", List.of()))
                .post("/collaborations").then().statusCode(400).body("violations[0].field", equalTo("id"));
    }
}
