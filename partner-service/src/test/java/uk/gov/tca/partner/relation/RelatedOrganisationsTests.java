package uk.gov.tca.partner.relation;

import static uk.gov.tca.partner.testing.Actor.assessor;
import static uk.gov.tca.partner.testing.Actor.bidder;
import static uk.gov.tca.partner.testing.Actor.manager;

import uk.gov.tca.partner.testing.Fixtures;
import uk.gov.tca.partner.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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
class RelatedOrganisationsTests {

    private static void relate(String from, String to, String type) {
        manager().request()
                .body(Map.of("toId", to, "type", type, "since", "2011-01-01"))
                .post("/organisations/{id}/relations", from).then().statusCode(201);
    }

    @Test
    void relatedFindsSharedWorkforceFromEitherSide() {
        String babergh = Fixtures.create("TEST-BAB", "Babergh District Council", "DISTRICT");
        String midSuffolk = Fixtures.create("TEST-MSU", "Mid Suffolk District Council", "DISTRICT");
        relate(babergh, midSuffolk, "SHARED_WORKFORCE");

        assessor().relatedTo(babergh).statusCode(200)
                .body("organisation.id", equalTo(babergh))
                .body("related.organisation.id", contains(midSuffolk))
                .body("related[0].links[0].kind", equalTo("RELATION"),
                        "related[0].links[0].type", equalTo("SHARED_WORKFORCE"),
                        "related[0].links[0].direction", equalTo("TO"));
        assessor().relatedTo(midSuffolk)
                .body("related.organisation.id", contains(babergh), "related[0].links[0].direction", equalTo("FROM"));
    }

    @Test
    void relatedFindsCurrentCollaborationMembersButNotFormerOnes() {
        String swindon = Fixtures.create("TEST-SWD", "Swindon Borough Council", "UNITARY");
        String ccg = Fixtures.create("TEST-CCG", "NHS Swindon Clinical Commissioning Group", "CCG");
        String probation = Fixtures.create("TEST-PRB", "Wiltshire Probation Trust", "PROBATION_TRUST");
        String id = "one-swindon-" + swindon.toLowerCase().substring(swindon.length() - 8);
        manager().request()
                .body(Map.of("id", id, "name", "One Swindon", "members", List.of(
                        Map.of("organisationId", swindon, "role", "lead"),
                        Map.of("organisationId", ccg),
                        Map.of("organisationId", probation, "until", "2014-05-31"))))
                .post("/collaborations").then().statusCode(201);

        assessor().relatedTo(swindon)
                .body("related.organisation.id", contains(ccg))
                .body("related[0].links[0].kind", equalTo("COLLABORATION"),
                        "related[0].links[0].collaborationId", equalTo(id),
                        "related[0].links[0].collaborationName", equalTo("One Swindon"));
        // a former member is related to no one through the collaboration any more
        assessor().relatedTo(probation)
                .body("related", hasSize(0));
    }

    @Test
    void relatedFindsSuccessorsAndPredecessors() {
        String successor = Fixtures.create("TEST-BPC", "Bournemouth, Christchurch and Poole Council", "UNITARY");
        String abolished = Fixtures.uniqueId("TEST-BMH");
        Map<String, Object> body = Fixtures.organisation(abolished, "Bournemouth Borough Council", "UNITARY");
        body.put("status", "ABOLISHED");
        body.put("endDate", "2019-03-31");
        body.put("successors", List.of(successor));
        manager().request().body(body).post("/organisations")
                .then().statusCode(201).body("successors", contains(successor));

        bidder().relatedTo(abolished)
                .body("related.organisation.id", contains(successor), "related[0].links[0].type", equalTo("SUCCESSOR"));
        bidder().relatedTo(successor)
                .body("related.organisation.id", contains(abolished), "related[0].links[0].type", equalTo("PREDECESSOR"));
    }

    @Test
    void anEndedRelationNoLongerRelates() {
        String cherwell = Fixtures.create("TEST-CHR", "Cherwell District Council", "DISTRICT");
        String snc = Fixtures.create("TEST-SNR", "South Northamptonshire Council", "DISTRICT");
        manager().request()
                .body(Map.of("toId", snc, "type", "SHARED_WORKFORCE", "since", "2011-01-01", "until", "2021-03-31"))
                .post("/organisations/{id}/relations", cherwell).then().statusCode(201);
        bidder().relatedTo(cherwell).body("related", hasSize(0));
        bidder().relationsOf(cherwell)
                .body("toId", contains(snc), "until", contains("2021-03-31"));
    }

    @Test
    void relationsAreCheckedRecordedOnceAndRemovable() {
        String a = Fixtures.create("TEST-HIG", "High Peak Borough Council", "DISTRICT");
        String b = Fixtures.create("TEST-STF", "Staffordshire Moorlands District Council", "DISTRICT");
        bidder().request()
                .body(Map.of("toId", b, "type", "STRATEGIC_ALLIANCE"))
                .post("/organisations/{id}/relations", a).then().statusCode(403);

        int relationId = manager().request()
                .body(Map.of("toId", b, "type", "STRATEGIC_ALLIANCE", "note", "The Strategic Alliance"))
                .post("/organisations/{id}/relations", a).then().statusCode(201)
                .body("fromId", equalTo(a), "toId", equalTo(b), "createdBy", equalTo("manager.dclg"))
                .extract().path("id");
        manager().request()
                .body(Map.of("toId", b, "type", "STRATEGIC_ALLIANCE"))
                .post("/organisations/{id}/relations", a).then().statusCode(409);
        manager().request()
                .body(Map.of("toId", "NOT-THERE", "type", "PART_OF"))
                .post("/organisations/{id}/relations", a).then().statusCode(400)
                .body("violations[0].field", equalTo("toId"));
        manager().request()
                .body(Map.of("toId", a, "type", "PART_OF"))
                .post("/organisations/{id}/relations", a).then().statusCode(400);
        manager().request()
                .body(Map.of("toId", b, "type", "PART_OF", "since", "2020-01-01", "until", "2019-01-01"))
                .post("/organisations/{id}/relations", a).then().statusCode(400)
                .body("violations[0].field", equalTo("until"));

        manager().request().delete("/organisations/{id}/relations/{r}", a, 999_999).then()
                .statusCode(404);
        manager().request().delete("/organisations/{id}/relations/{r}", a, relationId).then()
                .statusCode(204);
        bidder().relatedTo(a).body("related", hasSize(0));
    }

    @Test
    void relatedOfAnUnknownOrganisationIs404() {
        bidder().request().get("/organisations/NOPE/related").then().statusCode(404)
                .body("detail", containsString("NOPE"));
    }

    @Test
    void aRelationOfAnotherOrganisationCannotBeRemovedThroughThisOne() {
        String a = Fixtures.create("TEST-A", "Council A", "DISTRICT");
        String b = Fixtures.create("TEST-B", "Council B", "DISTRICT");
        String c = Fixtures.create("TEST-C", "Council C", "DISTRICT");
        int relationId = manager().request()
                .body(Map.of("toId", b, "type", "PART_OF")).post("/organisations/{id}/relations", a)
                .then().statusCode(201).extract().path("id");
        manager().request().delete("/organisations/{id}/relations/{r}", c, relationId).then()
                .statusCode(404);
        bidder().relatedTo(a)
                .body("related.organisation.id", hasItem(b), "related.organisation.id", not(hasItem(c)));
    }

    @Test
    void relatedIsRecordedWithMembersInAnyOrder() {
        String lead = Fixtures.create("TEST-GM", "Manchester City Council", "METROPOLITAN_BOROUGH");
        String bury = Fixtures.create("TEST-GM", "Bury Council", "METROPOLITAN_BOROUGH");
        String bolton = Fixtures.create("TEST-GM", "Bolton Council", "METROPOLITAN_BOROUGH");
        manager().request()
                .body(Map.of("name", "Greater Manchester authorities " + lead, "members", List.of(
                        Map.of("organisationId", lead), Map.of("organisationId", bury), Map.of("organisationId", bolton))))
                .post("/collaborations").then().statusCode(201);
        bidder().relatedTo(lead)
                .body("related.organisation.id", containsInAnyOrder(bury, bolton));
    }
}
