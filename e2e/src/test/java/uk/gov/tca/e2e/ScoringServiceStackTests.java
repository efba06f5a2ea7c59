package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.scoring.export.ThreeSixtyGivingSchema;

/**
 * The scoring-service of the running stack, with real Keycloak tokens: the 2013/14 round as ./tca up leaves it,
 * assessed end to end as a demonstration, and a round of its own taken the same way with what can go wrong on it —
 * the bids arrive from the bid-service feed, are shared out without conflicts, scored, moderated, ranked, allocated,
 * published back to the bid-service and exported as 360Giving data.
 */
@ExtendWith(LocalStack.class)
class ScoringServiceStackTests {

    private static final String DEMONSTRATED = "tca-2013-14";
    private static final List<String> CRITERIA = Rounds.CRITERIA;

    private static void score(String token, String assignmentId, int score) {
        given().baseUri(LocalStack.SCORING).auth().oauth2(token).post("/assignments/{id}/acceptance", assignmentId).then()
                .statusCode(200);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : CRITERIA) {
            Map<String, Object> s = new HashMap<>(Map.of("criterion", criterion, "score", score, "justification",
                    "Scored against the anchor words of the scheme, from the bid's own evidence."));
            s.put("overrideReason", "The appraisal sees only the bid's own lines, not the wider case it makes");
            scores.add(s);
        }
        String id = given().baseUri(LocalStack.SCORING).auth().oauth2(token).contentType("application/json")
                .body(Map.of("assignmentId", assignmentId, "scores", scores)).post("/assessments").then().statusCode(201)
                .extract().path("id");
        given().baseUri(LocalStack.SCORING).auth().oauth2(token).header("Idempotency-Key", "e2e-" + id)
                .post("/assessments/{id}/submission", id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void upLeavesTheTwentyThirteenRoundAssessedPublishedAndLabelledAsADemonstration() {
        String manager = Keycloak.tokenFor("manager.dclg");
        JsonPath bids = given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.integratorToken())
                .queryParam("round", DEMONSTRATED).queryParam("size", 100).get("/bids").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = bids.getList("items.id");
        assertThat(ids).hasSize(18);
        assertThat(bids.<String>getList("items.status")).containsOnly("DECIDED");
        String babergh = bids.getString("items.find { it.leadOrganisationId == 'GB-LAE-BAB' }.id");

        // every bid shared out to two assessors, none conflicted, each assessment submitted and labelled
        JsonPath assessments = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("round", DEMONSTRATED)
                .queryParam("size", 100).get("/assessments").then().statusCode(200).extract().jsonPath();
        assertThat(assessments.getInt("total")).isEqualTo(36);
        assertThat(assessments.<String>getList("items.status")).containsOnly("SUBMITTED");
        assertThat(assessments.<String>getList("items.findAll { it.bidId == '" + babergh + "' }.assessor"))
                .hasSize(2).doesNotContain("assessor.midsuffolk");
        assertThat(assessments.<String>getList("items.scores.flatten().justification"))
                .hasSize(36 * CRITERIA.size()).allMatch(j -> j.startsWith("Demonstration score, made up"));

        // the bid its assessors disagreed on, moderated with a reason that says it is a demonstration's
        JsonPath flagged = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("round", DEMONSTRATED)
                .queryParam("flagged", "true").get("/moderations").then().statusCode(200).extract().jsonPath();
        assertThat(flagged.<Boolean>getList("scores.moderated")).isNotEmpty().containsOnly(true);
        assertThat(flagged.<String>getList("moderations.flatten().reason")).isNotEmpty()
                .allMatch(r -> r.startsWith("Demonstration: "));

        // allocated down the ranking within the round's budget and published; the bid-service has each decision
        JsonPath decisions = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).get("/decisions/{round}", DEMONSTRATED)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"), "budget", equalTo(7600000.0f),
                        "policy.note", org.hamcrest.Matchers.startsWith("Demonstration: "), "policy.demonstration", equalTo(true))
                .extract().jsonPath();
        assertThat(decisions.getList("lines")).hasSize(18);
        assertThat(decisions.getDouble("totalAwarded")).isPositive().isLessThanOrEqualTo(7600000.0);
        List<String> funded = decisions.getList("lines.findAll { it.outcome == 'FUNDED' || it.outcome == 'PART_FUNDED' }.bidId");
        assertThat(funded).isNotEmpty();
        given().baseUri(LocalStack.BID).auth().oauth2(manager).get("/bids/{id}", funded.get(0)).then().statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.outcome", org.hamcrest.Matchers.oneOf("FUNDED", "PART_FUNDED"),
                        "decision.reason", org.hamcrest.Matchers.startsWith("Demonstration: "));

        // its 360Giving file: a grant for each bid funded, valid against the schema
        String json = given().baseUri(LocalStack.SCORING).auth().oauth2(Keycloak.integratorToken())
                .queryParam("round", DEMONSTRATED).get("/exports/360giving").then().statusCode(200).extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(JsonPath.from(json).getList("grants")).hasSize(funded.size());
        assertThat(JsonPath.from(json).<String>getList("grants.classifications.flatten().code"))
                .hasSize(funded.size()).containsOnly("DEMONSTRATION");
    }

    @Test
    void aRoundFromTheFeedToThe360GivingFile() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        String round = Rounds.open(manager, "journey", 2);
        String bidder = Keycloak.tokenFor("bidder.babergh");
        String withMidSuffolk = submitted(bidder, Rounds.bid(round, "Babergh and Mid Suffolk: one workforce", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("PARTNER")))));
        String alone = submitted(bidder, Rounds.bid(round, "Babergh: digital customer service", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))));
        Rounds.waitForTheFeed(manager, withMidSuffolk);
        Rounds.waitForTheFeed(manager, alone);

        // shared out: two assessors a bid, never assessor.midsuffolk on a bid of Mid Suffolk or of its partner Babergh
        JsonPath auto = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("roundId", round)).post("/assignments/auto").then().statusCode(200).extract().jsonPath();
        assertThat(auto.getList("created")).hasSize(4);
        assertThat(auto.getList("shortfalls")).isEmpty();
        assertThat(auto.<String>getList("created.findAll { it.bidId == '" + withMidSuffolk + "' }.assessor"))
                .hasSize(2).doesNotContain("assessor.midsuffolk");
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("bid", withMidSuffolk).get("/conflicts").then()
                .body("findAll { it.assessor == 'assessor.midsuffolk' }.rule",
                        org.hamcrest.Matchers.hasItems("EMPLOYER_IS_PARTICIPANT", "EMPLOYER_RELATED_TO_PARTICIPANT"));

        // its two assessors disagree: flagged, then moderated
        List<Map<String, Object>> its = given().baseUri(LocalStack.SCORING).auth().oauth2(manager)
                .queryParam("bid", withMidSuffolk).get("/assignments").then().extract().jsonPath().getList("items");
        assertThat(its).hasSize(2);
        score(Keycloak.tokenFor((String) its.get(0).get("assessor")), (String) its.get(0).get("id"), 5);
        score(Keycloak.tokenFor((String) its.get(1).get("assessor")), (String) its.get(1).get("id"), 1);
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("round", round).queryParam("flagged", "true")
                .get("/moderations").then().statusCode(200).body("bidId", org.hamcrest.Matchers.contains(withMidSuffolk));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("criterion", "deliverability", "score", 3, "reason", "Panel: the track record is mixed"))
                .post("/moderations/{bid}", withMidSuffolk).then().statusCode(201).body("scores.moderated", equalTo(true));

        // ranked, allocated within the round's budget, published back to the bid-service
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).get("/rankings/{round}", round).then().statusCode(200)
                .body("lines.bidId", org.hamcrest.Matchers.contains(withMidSuffolk), "budget", equalTo(400000.0f));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("mode", "WHOLE_AWARDS_ONLY")).post("/decisions/{round}", round).then().statusCode(409)
                .body("type", equalTo("urn:tca:problem:round-not-ready"));
        // the other bid is not scored: allocating goes ahead on the manager's reason, kept with the decisions
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("mode", "WHOLE_AWARDS_ONLY", "notReadyReason", "Only one of the round's bids is scored in this test"))
                .post("/decisions/{round}", round).then().statusCode(200)
                .body("lines.outcome", org.hamcrest.Matchers.contains("FUNDED"),
                        "policy.notReady", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).post("/decisions/{round}/publication", round).then()
                .statusCode(200).body("status", equalTo("PUBLISHED"));
        given().baseUri(LocalStack.BID).auth().oauth2(manager).get("/bids/{id}", withMidSuffolk).then().statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.outcome", equalTo("FUNDED"));
        // the assessors' access ended with the decision
        given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.tokenFor((String) its.get(0).get("assessor")))
                .get("/bids/{id}", withMidSuffolk).then().statusCode(404);

        String json = given().baseUri(LocalStack.SCORING).auth().oauth2(Keycloak.integratorToken())
                .queryParam("round", round).get("/exports/360giving").then().statusCode(200).extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(JsonPath.from(json).getString("grants[0].id")).isEqualTo("360G-dclg-tca-" + withMidSuffolk);
    }

    private static String submitted(String bidder, Map<String, Object> bid) {
        String id = given().baseUri(LocalStack.BID).auth().oauth2(bidder).contentType("application/json").body(bid)
                .post("/bids").then().statusCode(201).extract().path("id");
        given().baseUri(LocalStack.BID).auth().oauth2(bidder).post("/bids/{id}/submission", id).then().statusCode(200);
        return id;
    }
}
