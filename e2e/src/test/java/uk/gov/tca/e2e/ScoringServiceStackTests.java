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
 * The 2013/14 round through the scoring-service of the running stack, with real Keycloak tokens: the bids
 * arrive from the bid-service feed, are shared out without conflicts, scored, moderated, ranked, allocated,
 * published back to the bid-service and exported as 360Giving data.
 */
@ExtendWith(LocalStack.class)
class ScoringServiceStackTests {

    private static final String ROUND = "tca-2013-14";
    private static final List<String> CRITERIA = List.of("value-for-money", "innovation-exemplar", "collaboration",
            "deliverability", "pace-and-scale");

    /** Waits until the scoring-service has read every bid of the round from the feed (it reads every 5 s). */
    private static void waitForTheFeed(String manager, List<String> bidIds) throws InterruptedException {
        for (String id : bidIds) {
            for (int i = 0; i < 60; i++) {
                int status = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("bid", id)
                        .get("/conflicts").then().extract().statusCode();
                if (status == 200) {
                    break;
                }
                assertThat(i).as("bid %s reached the scoring-service", id).isLessThan(59);
                Thread.sleep(1000);
            }
        }
    }

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
    void aRoundFromTheFeedToThe360GivingFile() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        // the round's bids as another system sees them: drafts other tests leave in the round are not among them
        JsonPath bids = given().baseUri(LocalStack.BID).auth().oauth2(Keycloak.integratorToken()).queryParam("round", ROUND)
                .queryParam("size", 100).get("/bids").then().statusCode(200).extract().jsonPath();
        List<String> ids = bids.getList("items.id");
        assertThat(ids).hasSize(18);
        String babergh = bids.getString("items.find { it.leadOrganisationId == 'GB-LAE-BAB' }.id");
        waitForTheFeed(manager, ids);

        // shared out: two assessors a bid, never assessor.midsuffolk on the Babergh and Mid Suffolk bid
        JsonPath auto = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("roundId", ROUND)).post("/assignments/auto").then().statusCode(200).extract().jsonPath();
        assertThat(auto.getList("created")).hasSize(36);
        assertThat(auto.getList("shortfalls")).isEmpty();
        assertThat(auto.<String>getList("created.findAll { it.bidId == '" + babergh + "' }.assessor"))
                .hasSize(2).doesNotContain("assessor.midsuffolk");
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("bid", babergh).get("/conflicts").then()
                .body("findAll { it.assessor == 'assessor.midsuffolk' }.rule",
                        org.hamcrest.Matchers.hasItems("EMPLOYER_IS_PARTICIPANT", "EMPLOYER_RELATED_TO_PARTICIPANT"));

        // assessor.dclg scores a bid that states an amount; its fellow assessor disagrees: flagged, then moderated
        String assessor = Keycloak.tokenFor("assessor.dclg");
        List<Map<String, Object>> mine = given().baseUri(LocalStack.SCORING).auth().oauth2(assessor).queryParam("size", 100)
                .get("/assignments").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> chosen = mine.stream().filter(a -> bids.get("items.find { it.id == '" + a.get("bidId")
                + "' }.amountSought.amount") != null).findFirst().orElseThrow();
        String bidId = (String) chosen.get("bidId");
        score(assessor, (String) chosen.get("id"), 5);
        Map<String, Object> other = given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("bid", bidId)
                .get("/assignments").then().extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(a -> !"assessor.dclg".equals(a.get("assessor"))).findFirst().orElseThrow();
        score(Keycloak.tokenFor((String) other.get("assessor")), (String) other.get("id"), 1);
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).queryParam("round", ROUND).queryParam("flagged", "true")
                .get("/moderations").then().statusCode(200).body("bidId", org.hamcrest.Matchers.contains(bidId));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("criterion", "deliverability", "score", 3, "reason", "Panel: the track record is mixed"))
                .post("/moderations/{bid}", bidId).then().statusCode(201).body("scores.moderated", equalTo(true));

        // ranked, allocated within the round's budget, published back to the bid-service
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).get("/rankings/{round}", ROUND).then().statusCode(200)
                .body("lines.bidId", org.hamcrest.Matchers.contains(bidId), "budget", equalTo(7600000.0f));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("mode", "WHOLE_AWARDS_ONLY")).post("/decisions/{round}", ROUND).then().statusCode(409)
                .body("type", equalTo("urn:tca:problem:round-not-ready"));
        // the round's other bids are not scored here: allocating goes ahead on the manager's reason, kept with them
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("mode", "WHOLE_AWARDS_ONLY", "notReadyReason", "Only one of the round's bids is scored in this test"))
                .post("/decisions/{round}", ROUND).then().statusCode(200)
                .body("lines.outcome", org.hamcrest.Matchers.contains("FUNDED"),
                        "policy.notReady", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        given().baseUri(LocalStack.SCORING).auth().oauth2(manager).post("/decisions/{round}/publication", ROUND).then()
                .statusCode(200).body("status", equalTo("PUBLISHED"));
        given().baseUri(LocalStack.BID).auth().oauth2(manager).get("/bids/{id}", bidId).then().statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.outcome", equalTo("FUNDED"));
        // the assessors' access ended with the decision
        given().baseUri(LocalStack.BID).auth().oauth2(assessor).get("/bids/{id}", bidId).then().statusCode(404);

        String json = given().baseUri(LocalStack.SCORING).auth().oauth2(Keycloak.integratorToken())
                .queryParam("round", ROUND).get("/exports/360giving").then().statusCode(200).extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(JsonPath.from(json).getString("grants[0].id")).isEqualTo("360G-dclg-tca-" + bidId);
    }
}
