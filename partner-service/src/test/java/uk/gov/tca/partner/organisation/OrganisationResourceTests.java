package uk.gov.tca.partner.organisation;

import static uk.gov.tca.partner.testing.Actor.assessor;
import static uk.gov.tca.partner.testing.Actor.bidder;
import static uk.gov.tca.partner.testing.Actor.manager;

import uk.gov.tca.partner.testing.Fixtures;
import uk.gov.tca.partner.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OrganisationResourceTests {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> minimal(String id) {
        return Fixtures.organisation(id, "Test Council " + id, "DISTRICT");
    }

    // --- who may do what

    @Test
    void noTokenGets401Problem() {
        given().get("/organisations").then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401), "type", equalTo("urn:tca:problem:unauthenticated"));
    }

    @Test
    void garbageTokenGets401Problem() {
        given().auth().oauth2("not.a.token").get("/organisations").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aBidderTokenWithoutAnOrganisationIsRefused() {
        given().auth().oauth2(Tokens.bidderWithoutOrganisation()).get("/organisations").then().statusCode(403)
                .contentType(PROBLEM).body("detail", containsString("claim org"));
    }

    @Test
    void everyRoleMayRead() {
        for (String token : List.of(Tokens.bidder(), Tokens.assessor(), Tokens.integrator(), Tokens.manager())) {
            given().auth().oauth2(token).get("/organisations").then().statusCode(200).body("page", equalTo(0));
        }
    }

    @Test
    void bidderCannotCreateAnOrganisationAndNothingIsWritten() {
        String id = Fixtures.uniqueId("TEST");
        bidder().records(minimal(id)).statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:tca:problem:forbidden"));
        manager().reads(id).statusCode(404);
    }

    @Test
    void assessorCannotUpdateAnOrganisation() {
        String id = Fixtures.create("TEST", "Assessor Proof Council", "DISTRICT");
        assessor().changes(id, "\"0\"", minimal(id)).statusCode(403);
        manager().reads(id)
                .body("legalName", equalTo("Assessor Proof Council"));
    }

    // --- create and read

    @Test
    void managerCreatesAnOrganisationWithLocationETagAndAudit() {
        String id = Fixtures.uniqueId("GB-LAE");
        Map<String, Object> body = Fixtures.organisation(id, "Mid Suffolk District Council", "DISTRICT");
        body.put("commonName", "Mid Suffolk");
        body.put("region", "East of England");
        body.put("identifiers", List.of(Map.of("scheme", "ORG_ID", "value", id)));
        body.put("aliases", List.of("Mid Suffolk DC", "mid suffolk dc", "MID-SUFFOLK DC"));

        Response created = manager().request().body(body)
                .post("/organisations");
        created.then().statusCode(201)
                .header("Location", equalTo("/organisations/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id), "status", equalTo("ACTIVE"), "type", equalTo("DISTRICT"),
                        "createdBy", equalTo("manager.dclg"), "version", equalTo(0),
                        // the alias differing only in case and punctuation is the same name, kept once
                        "aliases", contains("Mid Suffolk DC"),
                        "names.kind", contains("LEGAL", "COMMON", "ALIAS"));

        bidder().reads(id).statusCode(200)
                .header("ETag", "\"0\"")
                .body("legalName", equalTo("Mid Suffolk District Council"), "region", equalTo("East of England"),
                        "identifiers[0].scheme", equalTo("ORG_ID"));

        manager().readsTheHistoryOf(id).statusCode(200)
                .body("total", equalTo(1), "items[0].action", equalTo("ORGANISATION_CREATED"),
                        "items[0].actor", equalTo("manager.dclg"), "items[0].before", nullValue(),
                        "items[0].after.legalName", equalTo("Mid Suffolk District Council"));
    }

    @Test
    void creatingAnExistingIdIsAConflict() {
        String id = Fixtures.create("TEST", "First Council", "DISTRICT");
        manager().records(minimal(id)).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString(id));
        manager().reads(id).body("legalName", equalTo("First Council"));
    }

    @Test
    void anIdentifierAlreadyNamingAnotherOrganisationIsAConflict() {
        String first = Fixtures.uniqueId("TEST");
        Map<String, Object> a = minimal(first);
        a.put("identifiers", List.of(Map.of("scheme", "ODS", "value", "ZZ" + first.substring(first.length() - 3))));
        manager().request().body(a).post("/organisations")
                .then().statusCode(201);
        String second = Fixtures.uniqueId("TEST");
        Map<String, Object> b = minimal(second);
        b.put("identifiers", a.get("identifiers"));
        manager().request().body(b).post("/organisations")
                .then().statusCode(409).body("violations[0].field", equalTo("identifiers[0].value"))
                .body("violations[0].message", containsString(first));
        manager().reads(second).statusCode(404);
    }

    @Test
    void unknownOrganisationIs404Problem() {
        bidder().request().get("/organisations/NO-SUCH-ORG").then().statusCode(404)
                .contentType(PROBLEM).body("instance", equalTo("/organisations/NO-SUCH-ORG"));
    }

    @Test
    void aProblemNamesTheRequestItAnswersByItsPlainRequestId() {
        bidder().request().header("X-Request-Id", "council-ticket-0042").get("/organisations/NO-SUCH-ORG").then()
                .statusCode(404).body("requestId", equalTo("council-ticket-0042"));
        manager().request().header("X-Request-Id", "council-ticket-0043").body(Map.of("legalName", "No id"))
                .post("/organisations").then().statusCode(400).body("requestId", equalTo("council-ticket-0043"));
        // an id that is not a plain token is not echoed back; without one there is none
        bidder().request().header("X-Request-Id", "<script>alert(1)</script>").get("/organisations/NO-SUCH-ORG")
                .then().statusCode(404).body("$", not(org.hamcrest.Matchers.hasKey("requestId")));
        bidder().request().get("/organisations/NO-SUCH-ORG").then().statusCode(404)
                .body("$", not(org.hamcrest.Matchers.hasKey("requestId")));
    }

    // --- bad input: a clear problem, nothing written

    @Test
    void malformedJsonIs400Problem() {
        manager().request().body("{\"id\": \"X\", \"legalName\": ")
                .post("/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:tca:problem:malformed-json"), "violations[0].field", equalTo("body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownFieldIsRefusedNotIgnored() {
        String id = Fixtures.uniqueId("TEST");
        Map<String, Object> body = minimal(id);
        body.put("version", 7);
        manager().records(body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:tca:problem:unknown-field"), "violations[0].field", equalTo("version"));
        manager().reads(id).statusCode(404);
    }

    @Test
    void auditFieldsCannotBeSetThroughTheBody() {
        String id = Fixtures.uniqueId("TEST");
        Map<String, Object> body = minimal(id);
        body.put("createdBy", "someone-else");
        manager().records(body).statusCode(400).body("violations[0].field", equalTo("createdBy"));
    }

    @Test
    void anUnknownTypeNamesTheKnownOnes() {
        Map<String, Object> body = minimal(Fixtures.uniqueId("TEST"));
        body.put("type", "SPACE_AGENCY");
        manager().records(body).statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("type"))
                .body("violations[0].message", containsString("DISTRICT"));
    }

    @Test
    void missingAndOverLongFieldsAreListedTogether() {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("id", Fixtures.uniqueId("TEST"));
        body.put("legalName", "x".repeat(301));
        manager().records(body).statusCode(400).contentType(PROBLEM)
                .body("violations.field", contains("legalName", "type"));
    }

    @Test
    void badIdentifiersAreRefusedWithTheirFormat() {
        Map<String, Object> body = minimal(Fixtures.uniqueId("TEST"));
        body.put("identifiers", List.of(Map.of("scheme", "GSS", "value", "E0700020"),
                Map.of("scheme", "CHARITY", "value", "12"), Map.of("scheme", "COMPANY", "value", "0123456")));
        manager().records(body).statusCode(400)
                .body("violations.field", contains("identifiers[0].value", "identifiers[1].value", "identifiers[2].value"))
                .body("violations[0].message", containsString("GSS"));
    }

    @Test
    void anIdWithPathCharactersIsRefused() {
        Map<String, Object> body = minimal("../../etc/passwd");
        manager().records(body).statusCode(400).body("violations[0].field", equalTo("id"));
    }

    @Test
    void anAbolishedOrganisationNeedsAnEndDateAndKnownSuccessors() {
        Map<String, Object> body = minimal(Fixtures.uniqueId("TEST"));
        body.put("status", "ABOLISHED");
        body.put("successors", List.of("NOT-ON-REGISTER"));
        manager().records(body).statusCode(400)
                .body("violations.field", hasItem("endDate"));
        body.put("endDate", "2019-03-31");
        manager().records(body).statusCode(400)
                .body("violations[0].field", equalTo("successors[0]"),
                        "violations[0].message", containsString("not on the register"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        manager().request().contentType("text/plain").body("hello")
                .post("/organisations").then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anEmptyBodyIsRefused() {
        manager().request()
                .post("/organisations").then().statusCode(400).contentType(PROBLEM);
    }

    // --- updates: ETag and If-Match

    @Test
    void updateWithTheCurrentETagChangesItAndIsAudited() {
        String id = Fixtures.create("TEST", "Halton Borough Council", "DISTRICT");
        Map<String, Object> body = minimal(id);
        body.put("legalName", "Halton Borough Council");
        body.put("type", "UNITARY");
        body.put("aliases", List.of("Halton BC"));
        manager().changes(id, "\"0\"", body).statusCode(200)
                .header("ETag", "\"1\"").body("type", equalTo("UNITARY"), "version", equalTo(1),
                        "aliases", contains("Halton BC"), "updatedBy", equalTo("manager.dclg"));
        manager().readsTheHistoryOf(id)
                .body("total", equalTo(2), "items[1].action", equalTo("ORGANISATION_UPDATED"),
                        "items[1].before.type", equalTo("DISTRICT"), "items[1].after.type", equalTo("UNITARY"));
    }

    @Test
    void updateWithoutIfMatchIs428() {
        String id = Fixtures.create("TEST", "No Precondition Council", "DISTRICT");
        manager().request().body(minimal(id))
                .put("/organisations/{id}", id).then().statusCode(428).contentType(PROBLEM);
        manager().reads(id)
                .body("legalName", equalTo("No Precondition Council"), "version", equalTo(0));
    }

    @Test
    void updateWithAStaleETagIs412AndChangesNothing() {
        String id = Fixtures.create("TEST", "Stale Council", "DISTRICT");
        Map<String, Object> first = minimal(id);
        first.put("legalName", "First Editor Council");
        manager().changes(id, "\"0\"", first).statusCode(200);

        Map<String, Object> second = minimal(id);
        second.put("legalName", "Second Editor Council");
        manager().changes(id, "\"0\"", second).statusCode(412).contentType(PROBLEM)
                .header("ETag", "\"1\"").body("type", equalTo("urn:tca:problem:stale-version"));
        manager().reads(id)
                .body("legalName", equalTo("First Editor Council"));
    }

    @Test
    void anIdInTheBodyMustBeThePathsId() {
        String id = Fixtures.create("TEST", "Path Council", "DISTRICT");
        manager().request().header("If-Match", "\"0\"")
                .body(minimal("OTHER-ID")).put("/organisations/{id}", id).then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void updatingAnUnknownOrganisationIs404() {
        manager().request().header("If-Match", "\"0\"")
                .body(minimal("NOPE-404")).put("/organisations/NOPE-404").then().statusCode(404);
    }

    // --- partial updates: JSON Merge Patch

    @Test
    void aPatchChangesWhatItSendsAndKeepsTheRest() {
        String id = Fixtures.create("TEST", "Patchable Borough Council", "DISTRICT");
        Map<String, Object> full = minimal(id);
        full.put("legalName", "Patchable Borough Council");
        full.put("commonName", "Patchable BC");
        full.put("aliases", List.of("Patchable DC"));
        full.put("identifiers", List.of(Map.of("scheme", "GSS", "value", "E07000999")));
        manager().changes(id, "\"0\"", full).statusCode(200);

        manager().patches("/organisations/{id}", "\"1\"", Map.of("type", "UNITARY", "region", "East of England"), id)
                .statusCode(200).header("ETag", "\"2\"")
                .body("type", equalTo("UNITARY"), "region", equalTo("East of England"),
                        "legalName", equalTo("Patchable Borough Council"), "commonName", equalTo("Patchable BC"),
                        "aliases", contains("Patchable DC"), "identifiers.value", hasItem("E07000999"));
        // null clears a field; a list is replaced whole
        manager().patches("/organisations/{id}", "\"2\"", json("{\"commonName\": null, \"aliases\": []}"), id)
                .statusCode(200).body("commonName", nullValue(), "aliases", hasSize(0),
                        "identifiers.value", hasItem("E07000999"));
        manager().readsTheHistoryOf(id).body("items[3].action", equalTo("ORGANISATION_UPDATED"),
                "items[3].before.commonName", equalTo("Patchable BC"));
    }

    @Test
    void aPatchIsHeldToThePutRulesAndAFailedOneChangesNothing() {
        String id = Fixtures.create("TEST", "Unpatched Council", "DISTRICT");
        manager().patches("/organisations/{id}", "\"0\"", json("{\"legalName\": null}"), id)
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("legalName"));
        manager().patches("/organisations/{id}", "\"0\"", Map.of("type", "PARISH_PUMP"), id).statusCode(400);
        manager().patches("/organisations/{id}", "\"0\"", Map.of("id", "OTHER-ID"), id).statusCode(400)
                .body("violations[0].field", equalTo("id"));
        manager().patches("/organisations/{id}", "\"0\"", Map.of("createdBy", "someone"), id).statusCode(400);
        manager().patches("/organisations/{id}", "\"0\"", List.of("type"), id).statusCode(400)
                .body("violations.field", hasItem("body"));
        manager().patches("/organisations/{id}", null, Map.of("type", "UNITARY"), id).statusCode(428);
        manager().patches("/organisations/{id}", "\"5\"", Map.of("type", "UNITARY"), id).statusCode(412)
                .header("ETag", "\"0\"");
        assessor().patches("/organisations/{id}", "\"0\"", Map.of("type", "UNITARY"), id).statusCode(403);
        manager().patches("/organisations/{id}", "\"0\"", Map.of("type", "UNITARY"), "NOPE-404").statusCode(404);
        manager().reads(id).body("legalName", equalTo("Unpatched Council"), "type", equalTo("DISTRICT"),
                "version", equalTo(0));
    }

    @Test
    void organisationsChangedSinceAListOldestChangeFirstWhateverTheSearch() throws InterruptedException {
        java.time.Instant before = java.time.Instant.now();
        String first = Fixtures.create("TEST", "Synced First Council", "DISTRICT");
        String second = Fixtures.create("TEST", "Synced Second Council", "DISTRICT");
        Thread.sleep(5);
        java.time.Instant between = java.time.Instant.now();
        manager().patches("/organisations/{id}", "\"0\"", Map.of("region", "East of England"), first).statusCode(200);

        List<String> since = bidder().request().queryParam("updatedSince", before.toString()).queryParam("size", 200)
                .get("/organisations").then().statusCode(200).extract().path("items.id");
        assertThat(since).containsSubsequence(second, first);
        // with words to match as well: still the order to sync by
        bidder().request().queryParam("updatedSince", between.toString()).queryParam("q", "synced council")
                .get("/organisations").then().statusCode(200).body("items.id", contains(first), "total", equalTo(1));
        bidder().request().queryParam("updatedSince", "yesterday").get("/organisations").then().statusCode(400)
                .body("violations.field", contains("updatedSince"));
    }

    private static Object json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // --- idempotent create

    @Test
    void aRetriedCreateWithTheSameKeyGetsTheFirstAnswer() {
        String id = Fixtures.uniqueId("TEST");
        Map<String, Object> body = minimal(id);
        String key = "create-" + id;
        String first = manager().request()
                .header("Idempotency-Key", key).body(body).post("/organisations")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().asString();
        String second = manager().request()
                .header("Idempotency-Key", key).body(body).post("/organisations")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", "/organisations/" + id).extract().asString();
        assertThat(second).isEqualTo(first);
        manager().readsTheHistoryOf(id).body("total", equalTo(1));
    }

    @Test
    void theSameKeyForADifferentRequestIs422() {
        String key = "reuse-" + Fixtures.uniqueId("K");
        manager().request().header("Idempotency-Key", key)
                .body(minimal(Fixtures.uniqueId("TEST"))).post("/organisations").then().statusCode(201);
        String other = Fixtures.uniqueId("TEST");
        manager().request().header("Idempotency-Key", key)
                .body(minimal(other)).post("/organisations").then().statusCode(422).contentType(PROBLEM);
        manager().reads(other).statusCode(404);
    }

    // --- search

    @Test
    void searchFoldsStyleAndSpellingOfNames() {
        String id = Fixtures.ensure(Map.of("id", "TEST-STRATFORD", "legalName", "Stratford-on-Avon District Council",
                "type", "DISTRICT", "commonName", "Stratford-on-Avon"));
        for (String q : List.of("stratford upon avon", "Stratford on Avon", "STRATFORD-ON-AVON DC")) {
            bidder().searches("q", q).statusCode(200)
                    .body("items.id", hasItem(id), "items.legalName", everyItem(containsString("Stratford")));
        }
        String saint = Fixtures.ensure(Map.of("id", "TEST-ST-ALBANS", "legalName", "St Albans City & District Council",
                "type", "DISTRICT"));
        bidder().request().queryParam("q", "Saint Albans City and District")
                .get("/organisations").then().body("items.id", hasItem(saint));
    }

    @Test
    void searchFiltersByTypeIdentifierAndPages() {
        String id = Fixtures.uniqueId("TEST");
        Map<String, Object> body = Fixtures.organisation(id, "Paging Fire Authority", "FIRE_AND_RESCUE_AUTHORITY");
        String gss = "E3" + String.format("%07d", Math.abs(id.hashCode()) % 10_000_000);
        body.put("identifiers", List.of(Map.of("scheme", "GSS", "value", gss)));
        manager().request().body(body).post("/organisations")
                .then().statusCode(201);

        bidder().request().queryParam("identifier", gss.toLowerCase()).get("/organisations")
                .then().body("total", equalTo(1), "items[0].id", equalTo(id));
        bidder().request().queryParam("type", "fire_and_rescue_authority").queryParam("size", 1)
                .get("/organisations").then().body("size", equalTo(1), "items", hasSize(1),
                        "items.type", everyItem(equalTo("FIRE_AND_RESCUE_AUTHORITY")));
        int total = bidder().request().get("/organisations").then().extract().path("total");
        bidder().searches("page", total)
                .body("items", hasSize(0), "total", equalTo(total));
    }

    @Test
    void badSearchParametersAre400() {
        bidder().searches("type", "SPACE_AGENCY")
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("type"));
        bidder().request().queryParam("size", 0).queryParam("page", -1).get("/organisations").then()
                .statusCode(400).body("violations.field", contains("page", "size"));
        bidder().searches("size", "many")
                .statusCode(400).contentType(PROBLEM);
        bidder().request().queryParam("q", "x".repeat(301)).get("/organisations").then()
                .statusCode(400).body("violations[0].field", equalTo("q"));
    }

    @Test
    void searchTextIsDataNotSql() {
        bidder().request().queryParam("q", "'; DROP TABLE organisation; --").get("/organisations")
                .then().statusCode(200).body("total", equalTo(0));
        bidder().searches("q", "100%_").statusCode(200);
        bidder().request().get("/organisations").then().statusCode(200).body("total", notNullValue());
    }

    @Test
    void historyIsForProgrammeManagersOnly() {
        String id = Fixtures.create("TEST", "History Council", "DISTRICT");
        bidder().readsTheHistoryOf(id).statusCode(403);
    }
}
