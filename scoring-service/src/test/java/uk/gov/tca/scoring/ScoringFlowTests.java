package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.scoring.export.ThreeSixtyGivingSchema;
import uk.gov.tca.scoring.intake.FeedConsumer;

/**
 * A round from the feed to the 360Giving file, against the real database: conflicts, sharing out, scoring and
 * its visibility, moderation, ranking, allocation, publication and the export checked against the schema.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbours.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringFlowTests {

    @Inject
    FeedConsumer feed;

    static String token(String user, String role, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", org));
    }

    static final String MANAGER = token("manager.dclg", "programme-manager", "TCA-DCLG");
    static final String A1 = token("assessor.one", "assessor", "TCA-DCLG");
    static final String A2 = token("assessor.two", "assessor", "TCA-DCLG");
    static final String AMS = token("assessor.midsuffolk", "assessor", "GB-LAE-MSU");
    static final String BIDDER = token("bidder.babergh", "bidder", "GB-LAE-BAB");
    static final String INTEGRATOR = OidcWiremockTestResource.getAccessToken("gov-integrator", Set.of("integrator"));

    static Map<String, Object> scheme(List<Map<String, Object>> criteria) {
        Map<String, Object> anchors = new HashMap<>();
        for (int i = 0; i <= 5; i++) {
            anchors.put(String.valueOf(i), "Anchor words for " + i);
        }
        Map<String, Object> scheme = new HashMap<>(Map.of("roundId", "r1", "name", "TCA 2013/14 assessment",
                "criteria", criteria, "scale", Map.of("min", 0, "max", 5, "anchors", anchors),
                "justificationMinLength", 20, "assessorsPerBid", 2,
                "moderation", Map.of("criterionSpread", 2, "totalSpread", 1.5)));
        return scheme;
    }

    static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("code", "value-for-money", "name", "Value for money", "description", "Costs, benefits, savings",
                    "weight", 0.6, "suggestFromBenefitCostRatio", List.of(Map.of("from", 0, "score", 1),
                            Map.of("from", 2, "score", 4))),
            Map.of("code", "collaboration", "name", "Collaboration", "description", "Working across organisations",
                    "weight", 0.4));

    @Test
    @Order(1)
    void aSchemesWeightsSumToOneAndEveryPointHasItsWords() {
        List<Map<String, Object>> bad = List.of(Map.of("code", "a", "name", "A", "description", "A", "weight", 0.5),
                Map.of("code", "b", "name", "B", "description", "B", "weight", 0.4));
        Map<String, Object> body = scheme(bad);
        body.put("scale", Map.of("min", 0, "max", 3, "anchors", Map.of("0", "x", "1", "y", "2", "z")));
        given().auth().oauth2(MANAGER).contentType("application/json").body(body).post("/schemes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("criteria", "scale.anchors.3"),
                        "violations.find { it.field == 'criteria' }.message", equalTo("weights must sum to 1; they sum to 0.9"));
        given().auth().oauth2(A1).contentType("application/json").body(scheme(CRITERIA)).post("/schemes").then()
                .statusCode(403);
        given().auth().oauth2(BIDDER).get("/schemes").then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType("application/json").body("{\"roundId\": ").post("/schemes").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).contentType("application/json").header("Idempotency-Key", "scheme-r1")
                .body(scheme(CRITERIA)).post("/schemes").then().statusCode(201).header("ETag", "\"0\"")
                .body("assessorsPerBid", equalTo(2), "criteria.code", contains("value-for-money", "collaboration"));
        given().auth().oauth2(MANAGER).contentType("application/json").header("Idempotency-Key", "scheme-r1")
                .body(scheme(CRITERIA)).post("/schemes").then().statusCode(201).header("Idempotent-Replayed", "true");
        given().auth().oauth2(MANAGER).get("/schemes?round=r1").then().body("name", contains("TCA 2013/14 assessment"));
    }

    @Test
    @Order(2)
    void bidsArriveFromTheFeedAndConflictsAreExplained() {
        for (String t : List.of(A1, A2, AMS)) {
            given().auth().oauth2(t).contentType("application/json").body(Map.of()).put("/assessors/me").then()
                    .statusCode(201);
        }
        given().auth().oauth2(AMS).get("/assessors/me").then().body("employerOrganisationId", equalTo("GB-LAE-MSU"));
        assertThat(feed.catchUp()).isEqualTo(3);
        assertThat(feed.catchUp()).isZero(); // the cursor is kept: nothing is read twice
        given().auth().oauth2(MANAGER).queryParam("bid", "bab").get("/conflicts").then().statusCode(200)
                .body("assessor", contains("assessor.midsuffolk", "assessor.midsuffolk"),
                        "rule", contains("EMPLOYER_IS_PARTICIPANT", "EMPLOYER_RELATED_TO_PARTICIPANT"),
                        "participantId", contains("GB-LAE-MSU", "GB-LAE-BAB"),
                        "relation", contains(null, "SHARED_WORKFORCE"));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("bidId", "bab", "assessor", "assessor.midsuffolk")).post("/assignments").then()
                .statusCode(409).body("type", equalTo("urn:tca:problem:conflict-of-interest"),
                        "violations.message", hasItem(org.hamcrest.Matchers.startsWith("EMPLOYER_IS_PARTICIPANT")));
        given().auth().oauth2(AMS).queryParam("assessor", "assessor.one").get("/conflicts").then().statusCode(404);
    }

    @Test
    @Order(3)
    void autoAssignmentGivesEveryBidTwoAssessorsAndNeverTheConflictedOne() {
        JsonPath auto = given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "r1"))
                .post("/assignments/auto").then().statusCode(200).extract().jsonPath();
        assertThat(auto.getList("created")).hasSize(6);
        assertThat(auto.<String>getList("created.findAll { it.bidId == 'bab' }.assessor"))
                .containsExactlyInAnyOrder("assessor.one", "assessor.two");
        // each assignment names its bid as the feed gave it, for lists that need no call per bid
        assertThat(auto.<String>getList("created.findAll { it.bidId == 'bab' }.title"))
                .containsOnly("Babergh and Mid Suffolk");
        assertThat(auto.<String>getList("created.assessor").stream().filter("assessor.midsuffolk"::equals)).hasSize(2);
        assertThat(auto.getList("shortfalls")).isEmpty();
        Neighbours.bid.verify(6, putRequestedFor(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathMatching("/bids/.*/access-grants/.*")));
        // again: nothing missing, nothing made
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("roundId", "r1"))
                .post("/assignments/auto").then().statusCode(200).body("created", org.hamcrest.Matchers.empty());
        // an assessor sees only its own
        given().auth().oauth2(A1).get("/assignments").then().body("total", equalTo(2), "items.assessor",
                org.hamcrest.Matchers.everyItem(equalTo("assessor.one")));
    }

    @Test
    @Order(4)
    void aNewlyDeclaredInterestTakesTheBidAway() {
        String chr = given().auth().oauth2(AMS).queryParam("bid", "chr").get("/assignments").then().extract()
                .path("items[0].id");
        given().auth().oauth2(AMS).contentType("application/json")
                .body(Map.of("type", "OTHER", "organisationId", "GB-LAE-CHR", "nature", "as noted")).post("/assessors/me/interests")
                .then().statusCode(400).body("violations[0].field", equalTo("nature"));
        given().auth().oauth2(AMS).contentType("application/json").body(Map.of("type", "DISCLOSABLE_PECUNIARY",
                "organisationId", "GB-LAE-CHR", "nature", "Spouse is a director of a Cherwell supplier", "holder",
                "SPOUSE_OR_PARTNER")).post("/assessors/me/interests").then().statusCode(201)
                .body("interests[0].declaredAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(AMS).get("/assignments/{id}", chr).then().body("status", equalTo("REVOKED"),
                "reason", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("conflict of interest:"),
                        org.hamcrest.Matchers.containsString("GB-LAE-CHR")));
        Neighbours.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/chr/access-grants/assessor.midsuffolk")));
        // a dispensation lifts it, and says so
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("organisationId", "GB-LAE-CHR",
                "reason", "The supplier's contract is not part of this bid", "expires", "2099-01-01"))
                .post("/assessors/assessor.midsuffolk/dispensations").then().statusCode(201);
        given().auth().oauth2(MANAGER).queryParam("bid", "chr").get("/conflicts").then()
                .body("dispensed", contains(true));
    }

    private static String acceptedAssignment(String token, String bid) {
        String id = given().auth().oauth2(token).queryParam("bid", bid).queryParam("status", "OFFERED").get("/assignments")
                .then().extract().path("items[0].id");
        given().auth().oauth2(token).post("/assignments/{id}/acceptance", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        return id;
    }

    private static Map<String, Object> score(String criterion, int score, String why) {
        return new HashMap<>(Map.of("criterion", criterion, "score", score, "justification", why));
    }

    @Test
    @Order(5)
    void scoresAreDraftedSubmittedOnceAndSeenByOthersOnlyAfterTheirOwn() {
        String assignment = acceptedAssignment(A1, "bab");
        JsonPath draft = given().auth().oauth2(A1).contentType("application/json")
                .body(Map.of("assignmentId", assignment, "scores", List.of(score("value-for-money", 2,
                        "Savings are asserted more than shown in the figures"))))
                .post("/assessments").then().statusCode(201).header("ETag", "\"0\"").extract().jsonPath();
        String id = draft.getString("id");
        assertThat(draft.getInt("scores.find { it.criterion == 'value-for-money' }.suggestedScore")).isEqualTo(4);
        assertThat(draft.<Object>get("scores.find { it.criterion == 'collaboration' }")).isNull(); // no bands, no suggestion
        given().auth().oauth2(A1).header("Idempotency-Key", "submit-" + id).post("/assessments/{id}/submission", id)
                .then().statusCode(400).body("violations.field", hasItems("scores", "scores[0].overrideReason"));
        Map<String, Object> vfm = score("value-for-money", 2, "Savings are asserted more than shown in the figures");
        vfm.put("overrideReason", "The BCR rests on benefits to partners the bid does not evidence");
        Map<String, Object> body = Map.of("scores", List.of(vfm, score("collaboration", 5, "Two councils, one workforce, since 2011")));
        given().auth().oauth2(A1).contentType("application/json").body(body).put("/assessments/{id}", id).then()
                .statusCode(428);
        given().auth().oauth2(A1).contentType("application/json").header("If-Match", "\"7\"").body(body)
                .put("/assessments/{id}", id).then().statusCode(412);
        given().auth().oauth2(A1).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .put("/assessments/{id}", id).then().statusCode(200).header("ETag", "\"1\"");
        String first = given().auth().oauth2(A1).header("Idempotency-Key", "submit-" + id)
                .post("/assessments/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .extract().asString();
        String again = given().auth().oauth2(A1).header("Idempotency-Key", "submit-" + id)
                .post("/assessments/{id}/submission", id).then().statusCode(200).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertThat(again).isEqualTo(first);
        given().auth().oauth2(A1).contentType("application/json").header("If-Match", "\"2\"").body(body)
                .put("/assessments/{id}", id).then().statusCode(409);

        // the other assessor does not see it until its own is in
        String other = acceptedAssignment(A2, "bab");
        given().auth().oauth2(A2).queryParam("bid", "bab").get("/assessments").then().body("items", org.hamcrest.Matchers.empty(), "total", equalTo(0));
        given().auth().oauth2(A2).get("/assessments/{id}", id).then().statusCode(404);
        String second = given().auth().oauth2(A2).contentType("application/json").body(Map.of("assignmentId", other,
                "scores", List.of(score("value-for-money", 4, "A clear invest-to-save case with costed lines"),
                        score("collaboration", 1, "Shared services only, no partners beyond the councils"))))
                .post("/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(A2).post("/assessments/{id}/submission", second).then().statusCode(200);
        given().auth().oauth2(A2).queryParam("bid", "bab").get("/assessments").then().body("items.assessor", contains("assessor.one", "assessor.two"), "total", equalTo(2));
        given().auth().oauth2(BIDDER).get("/assessments").then().statusCode(403);
    }

    @Test
    @Order(6)
    void spreadBeyondTheThresholdIsFlaggedAndModerated() {
        given().auth().oauth2(MANAGER).get("/moderations/bab").then().statusCode(200)
                .body("scores.assessments", equalTo(2), "scores.weightedTotals", contains(3.2f, 2.8f),
                        "scores.meanTotal", equalTo(3.0f), "scores.flagged", equalTo(true),
                        "scores.flags[0]", org.hamcrest.Matchers.containsString("collaboration run from 1 to 5"),
                        "scores.criteria.find { it.criterion == 'collaboration' }.standardDeviation", equalTo(2.0f));
        given().auth().oauth2(MANAGER).queryParam("round", "r1").queryParam("flagged", "true").get("/moderations").then()
                .body("bidId", contains("bab"));
        // the round's view reads the score arrays, the bid's the scores themselves: after a draft, a change and
        // a submission they say the same (the first assessor's collaboration score came with the change)
        Object ofBid = given().auth().oauth2(MANAGER).get("/moderations/bab").then().extract().path("scores");
        given().auth().oauth2(MANAGER).queryParam("round", "r1").get("/moderations").then()
                .body("find { it.bidId == 'bab' }.scores", equalTo(ofBid),
                        "find { it.bidId == 'bab' }.scores.criteria.find { it.criterion == 'collaboration' }.scores",
                        contains(5, 1));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("criterion", "collaboration", "score", 9, "reason", "Moderated at the panel")).post("/moderations/bab")
                .then().statusCode(400).body("violations[0].field", equalTo("score"));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("criterion", "collaboration", "score", 3, "reason", "Panel: shared workforce is real collaboration"))
                .post("/moderations/bab").then().statusCode(201)
                .body("scores.moderated", equalTo(true), "scores.finalScore", equalTo(3.0f),
                        "scores.criteria.find { it.criterion == 'collaboration' }.scores", contains(5, 1));
        given().auth().oauth2(A1).get("/moderations/bab").then().statusCode(403);
    }

    /** Scores sent in the reverse of the scheme's order (those of bab came in its order): both are read back. */
    private static void scoreAndSubmit(String token, String bid, int vfm, int collaboration) {
        String assignment = acceptedAssignment(token, bid);
        Map<String, Object> v = score("value-for-money", vfm, "Justified at the length the scheme asks for");
        v.put("overrideReason", "The appraisal does not capture the whole case");
        String id = given().auth().oauth2(token).contentType("application/json").body(Map.of("assignmentId", assignment,
                "scores", List.of(score("collaboration", collaboration, "Justified at the length the scheme asks"), v)))
                .post("/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/assessments/{id}/submission", id).then().statusCode(200);
    }

    @Test
    @Order(7)
    void theRankingAndTheAllocationWithinTheBudget() {
        // fewest-loaded first, then by name: Cheshire went to assessor.midsuffolk and assessor.two, Cherwell to
        // assessor.midsuffolk (since revoked) and assessor.one
        scoreAndSubmit(A2, "chw", 4, 4);
        scoreAndSubmit(AMS, "chw", 4, 4);
        scoreAndSubmit(A1, "chr", 3, 2);
        for (String bid : List.of("chw", "chr")) {
            Object ofBid = given().auth().oauth2(MANAGER).get("/moderations/{bid}", bid).then().extract().path("scores");
            given().auth().oauth2(MANAGER).queryParam("round", "r1").get("/moderations").then()
                    .body("find { it.bidId == '" + bid + "' }.scores", equalTo(ofBid));
        }
        given().auth().oauth2(INTEGRATOR).get("/rankings/r1").then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/rankings/r1").then().statusCode(200)
                .body("budget", equalTo(500000), "lines.bidId", contains("chw", "bab", "chr"),
                        "lines.score", contains(4.0f, 3.0f, 2.6f), "lines.basis", contains("MEAN", "MODERATED", "MEAN"),
                        "lines.cumulativeAmountSought", contains(420000.0f, 586900.0f, 953832.0f),
                        "lines.withinBudget", contains(true, false, false));
        given().auth().oauth2(MANAGER).contentType("application/json").body(Map.of("mode", "WHOLE_AWARDS_ONLY"))
                .post("/decisions/r1").then().statusCode(200)
                .body("lines.outcome", contains("FUNDED", "RESERVE", "RESERVE"), "totalAwarded", equalTo(420000.0f));
        given().auth().oauth2(MANAGER).contentType("application/json")
                .body(Map.of("mode", "PART_FUND_MARGINAL", "minimumShare", 0.4, "reserveListSize", 0))
                .post("/decisions/r1").then().statusCode(200)
                .body("lines.outcome", contains("FUNDED", "PART_FUNDED", "UNFUNDED"),
                        "lines.amountAwarded", contains(420000.0f, 80000.0f, null), "totalAwarded", equalTo(500000.0f));
        int version = given().auth().oauth2(MANAGER).get("/decisions/r1").then().extract().path("version");
        given().auth().oauth2(MANAGER).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("outcome", "FUNDED", "amountAwarded", 366932, "reason", "Ministerial priority"))
                .put("/decisions/r1/lines/chr").then().statusCode(409);
        given().auth().oauth2(MANAGER).contentType("application/json").header("If-Match", "\"" + version + "\"")
                .body(Map.of("outcome", "RESERVE", "reason", "Held in reserve by the panel"))
                .put("/decisions/r1/lines/chr").then().statusCode(200)
                .body("lines.find { it.bidId == 'chr' }.overridden", equalTo(true));
    }

    @Test
    @Order(8)
    void publishingRecordsTheDecisionsAndTheExportIsValid360Giving() {
        given().auth().oauth2(MANAGER).post("/decisions/r1/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"), "lines.publishedAt", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.notNullValue()));
        Neighbours.bid.verify(3, postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathMatching("/bids/.*/decision")));
        given().auth().oauth2(MANAGER).post("/decisions/r1/publication").then().statusCode(200);
        Neighbours.bid.verify(3, postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock
                .urlPathMatching("/bids/.*/decision")));
        given().auth().oauth2(A2).queryParam("bid", "chw").get("/assignments").then()
                .body("total", equalTo(1), "items.status", org.hamcrest.Matchers.everyItem(equalTo("CLOSED")));
        given().auth().oauth2(INTEGRATOR).get("/rankings/r1").then().statusCode(200);

        String json = given().auth().oauth2(INTEGRATOR).queryParam("round", "r1").get("/exports/360giving").then()
                .statusCode(200).body("grants.id", contains("360G-dclg-tca-chw", "360G-dclg-tca-bab"),
                        "grants[1].amountAwarded", equalTo(80000.0f), "grants[1].amountAppliedFor", equalTo(166900.0f),
                        "grants[1].recipientOrganization[0].id", equalTo("GB-LAE-BAB"),
                        "grants[1].beneficiaryLocation[0].geoCode", equalTo("E07000200"),
                        "grants[1].beneficiaryLocation[0].geoCodeType", equalTo("NMD"),
                        "grants[1].plannedDates[0].startDate", equalTo("2013-04-01"),
                        "grants[1].plannedDates[0].endDate", equalTo("2015-03-31"))
                .extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(ThreeSixtyGivingSchema.validate("{\"grants\": [{\"id\": \"x\"}]}")).isNotEmpty(); // the check can fail
        assertThat(json).contains("\"awardDate\":\"");
        assertThat(ThreeSixtyGivingSchema.validate(json.replaceFirst("\"awardDate\":\"[^\"]+\"", "\"awardDate\":\"23/11/2026\"")))
                .isNotEmpty();
        String csv = given().auth().oauth2(INTEGRATOR).queryParam("round", "r1").queryParam("format", "csv")
                .get("/exports/360giving").then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("Identifier,Title,Description,Currency").contains("360G-dclg-tca-bab");
        given().auth().oauth2(BIDDER).queryParam("round", "r1").get("/exports/360giving").then().statusCode(403);
        given().auth().oauth2(MANAGER).queryParam("round", "r1").queryParam("format", "xml").get("/exports/360giving")
                .then().statusCode(400);
    }
}
