package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.scoring.export.ThreeSixtyGivingSchema;

/**
 * The whole journey of one bid, every call through the gateway with real Keycloak tokens: a council submits,
 * the scoring-service hears of it from the feed, assessors without a conflict are assigned and score, the
 * scores are moderated, the decision is published, the council sees the outcome but no score, and another
 * government system reads the award as 360Giving data.
 */
@ExtendWith(LocalStack.class)
class JourneyThroughTheGatewayTests {

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token);
    }

    @Test
    void aCouncilsBidFromSubmissionToPublishedAwardAndOpenData() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        String round = Rounds.open(manager, "e2e-journey", 3);

        // Babergh, with Mid Suffolk as co-applicant, creates and submits its bid through the API
        String babergh = Keycloak.tokenFor("bidder.babergh");
        var created = as(babergh).contentType("application/json").header("Idempotency-Key", "journey-" + round)
                .body(Rounds.bid(round, "Babergh and Mid Suffolk: one workforce", List.of(
                        Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                        Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT")))))
                .post("/api/bids").then().statusCode(201).header("X-Request-Id", notNullValue())
                .extract();
        String bidId = created.path("id");
        // what the gateway hands out is followable through it: the Location, and a problem's instance
        assertThat(created.header("Location")).isEqualTo("/api/bids/" + bidId);
        as(babergh).get(created.header("Location")).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(bidId));
        as(babergh).get("/api/bids/{id}", "no-such-bid").then().statusCode(404)
                .body("instance", org.hamcrest.Matchers.equalTo("/api/bids/no-such-bid"));
        // Mid Suffolk agrees to be named, through a bidder of its own
        String midSuffolk = Keycloak.tokenFor("bidder.midsuffolk");
        String read = as(midSuffolk).get("/api/bids/{id}", bidId).then().statusCode(200).extract().header("ETag");
        as(midSuffolk).contentType("application/json").header("If-Match", read).body(Map.of())
                .post("/api/bids/{id}/participants/GB-LAE-MSU/confirmation", bidId).then().statusCode(200);
        as(babergh).header("Idempotency-Key", "journey-submit-" + bidId).post("/api/bids/{id}/submission", bidId)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // the scoring-service hears of it from the feed; auto-assignment skips the Mid Suffolk assessor
        Rounds.waitForTheFeed(manager, bidId);
        JsonPath auto = as(manager).contentType("application/json").body(Map.of("roundId", round))
                .post("/api/assignments/auto").then().statusCode(200).extract().jsonPath();
        List<String> assessors = auto.getList("created.assessor");
        assertThat(assessors).containsExactlyInAnyOrder("assessor.dclg", "assessor2.dclg", "assessor3.dclg");
        as(manager).queryParam("bid", bidId).get("/api/conflicts").then().statusCode(200)
                .body("assessor", hasItem("assessor.midsuffolk"));

        // the assessors score: assessor.dclg first, then its colleagues, close enough to need no moderation
        for (String assessor : List.of("assessor.dclg", "assessor2.dclg", "assessor3.dclg")) {
            String token = Keycloak.tokenFor(assessor);
            String assignment = auto.getString("created.find { it.assessor == '" + assessor + "' }.id");
            score(token, assignment, "assessor.dclg".equals(assessor) ? 4 : 3);
        }
        // a bidder never sees scores, not even its own bid's
        as(babergh).queryParam("bid", bidId).get("/api/assessments").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));

        // moderation: the spread is within the scheme's thresholds; nothing is flagged
        as(manager).queryParam("round", round).get("/api/moderations").then().statusCode(200)
                .body("[0].bidId", equalTo(bidId), "[0].scores.assessments", equalTo(3), "[0].scores.flagged", equalTo(false));

        // the decision: ranked, allocated within the budget and published
        as(manager).get("/api/rankings/{round}", round).then().statusCode(200)
                .body("lines[0].bidId", equalTo(bidId), "lines[0].withinBudget", equalTo(true));
        as(manager).contentType("application/json").body(Map.of("mode", "WHOLE_AWARDS_ONLY"))
                .post("/api/decisions/{round}", round).then().statusCode(200)
                .body("lines[0].outcome", equalTo("FUNDED"));
        as(manager).post("/api/decisions/{round}/publication", round).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // the council sees "decided" and the award, and no score anywhere in its bid
        String seen = as(babergh).get("/api/bids/{id}", bidId).then().statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.outcome", equalTo("FUNDED"))
                .extract().asString();
        assertThat(new java.math.BigDecimal(JsonPath.from(seen).getString("decision.amountAwarded.amount")))
                .isEqualByComparingTo("250000");
        assertThat(seen).doesNotContainIgnoringCase("score").doesNotContain("assessor.dclg");

        // another government system reads the award as 360Giving data
        String integrator = Keycloak.integratorToken();
        String export = as(integrator).queryParam("round", round).get("/api/exports/360giving").then().statusCode(200)
                .body("grants.size()", equalTo(1), "grants[0].id", equalTo("360G-dclg-tca-" + bidId),
                        "grants[0].recipientOrganization[0].id", equalTo("GB-LAE-BAB"))
                .extract().asString();
        assertThat(new java.math.BigDecimal(JsonPath.from(export).getString("grants[0].amountAwarded")))
                .isEqualByComparingTo("250000");
        assertThat(ThreeSixtyGivingSchema.validate(export)).isEmpty();
        as(integrator).get("/api/bids/{id}", bidId).then().statusCode(200).body("status", equalTo("DECIDED"));
        as(integrator).contentType("application/json").body(Map.of("mode", "WHOLE_AWARDS_ONLY"))
                .post("/api/decisions/{round}", round).then().statusCode(not(equalTo(200)));
    }

    private static void score(String token, String assignmentId, int score) {
        as(token).post("/api/assignments/{id}/acceptance", assignmentId).then().statusCode(200);
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : Rounds.CRITERIA) {
            Map<String, Object> s = new HashMap<>(Map.of("criterion", criterion, "score", score, "justification",
                    "Scored against the anchors, from the bid's own evidence.", "confidence", "MEDIUM"));
            s.put("overrideReason", "The appraisal sees only the bid's own lines, not the wider case it makes");
            scores.add(s);
        }
        String id = as(token).contentType("application/json").body(Map.of("assignmentId", assignmentId, "scores", scores))
                .post("/api/assessments").then().statusCode(201).extract().path("id");
        as(token).header("Idempotency-Key", "journey-" + id).post("/api/assessments/{id}/submission", id).then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
    }
}
