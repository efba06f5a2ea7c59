package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A round of a test's own, opened through the gateway as a programme manager would: open now, with the demo
 * round's questions and an assessment scheme, so a test's bids and decisions never meet another test's.
 */
public final class Rounds {

    public static final List<String> CRITERIA = List.of("value-for-money", "innovation-exemplar", "collaboration",
            "deliverability", "pace-and-scale");

    private Rounds() {
    }

    public static String open(String manager, String name, int assessorsPerBid) {
        return withScheme(manager, openWithoutScheme(manager, name), assessorsPerBid);
    }

    /** A round the manager's funder runs, open for bids, with no scoring scheme yet. */
    public static String openWithoutScheme(String manager, String name) {
        String id = name + "-" + Long.toString(System.currentTimeMillis(), 36);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("id", id, "programme", "Transformation Challenge Award", "name", "TCA test round " + id,
                        "opensAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                        "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(),
                        "budget", 400000,
                        "awardTypes", List.of(Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award", "cap", 500000)),
                        "eligibleYears", List.of("2026/27", "2027/28"),
                        "prompts", List.of(Map.of("code", "full-description", "text", "Full description of the proposal",
                                "required", true)),
                        "costBenefitRequired", true))
                .post("/api/rounds").then().statusCode(201);
        return id;
    }

    private static String withScheme(String manager, String id, int assessorsPerBid) {
        Map<String, Object> scheme = new HashMap<>();
        scheme.put("roundId", id);
        scheme.put("name", "Assessment of " + id);
        scheme.put("criteria", List.of(
                Map.of("code", "value-for-money", "name", "Value for money", "weight", 0.3,
                        "description", "Expected costs, benefits and savings, and value for money.",
                        "suggestFromBenefitCostRatio", List.of(Map.of("from", 0, "score", 1), Map.of("from", 1, "score", 2),
                                Map.of("from", 1.5, "score", 3), Map.of("from", 2, "score", 4), Map.of("from", 4, "score", 5))),
                Map.of("code", "innovation-exemplar", "name", "Innovation and exemplar", "weight", 0.2,
                        "description", "Why the proposal is innovative and a good exemplar."),
                Map.of("code", "collaboration", "name", "Collaboration", "weight", 0.2,
                        "description", "Multi-authority and cross-sector working."),
                Map.of("code", "deliverability", "name", "Deliverability", "weight", 0.2,
                        "description", "Track record, governance, milestones and risks."),
                Map.of("code", "pace-and-scale", "name", "Pace and scale", "weight", 0.1,
                        "description", "What the award accelerates, and the scale of ambition.")));
        scheme.put("scale", Map.of("min", 0, "max", 5, "anchors", Map.of("0", "No evidence", "1", "Weak", "2", "Adequate",
                "3", "Good", "4", "Strong", "5", "Exemplary")));
        scheme.put("justificationMinLength", 20);
        scheme.put("confidenceEnabled", true);
        scheme.put("assessorsPerBid", assessorsPerBid);
        scheme.put("moderation", Map.of("criterionSpread", 2, "totalSpread", 1.5));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(manager).contentType("application/json").body(scheme)
                .post("/api/schemes").then().statusCode(201);
        return id;
    }

    /** A two-year bid with costs and savings that pay back in its second year. */
    public static Map<String, Object> bid(String round, String title, List<Map<String, Object>> participants) {
        return Map.of(
                "roundId", round,
                "title", title,
                "awardType", "AUTHORITY_AWARD",
                "amountSought", Map.of("amount", 250000, "asWritten", "£250,000", "qualifier", "EXACT",
                        "basis", "TOTAL_FOR_PERIOD"),
                "participants", participants,
                "narrative", Map.of("full-description", "One integrated officer workforce serving both councils, "
                        + "with shared systems and one management team."),
                "costLines", List.of(
                        line("Shared ICT platform", "2026/27", 150000),
                        line("Organisational change and back-fill", "2027/28", 100000)),
                "benefitLines", List.of(
                        Map.of("description", "Reduced management costs", "type", "CASHABLE_SAVING",
                                "period", Map.of("financialYear", "2026/27"),
                                "amount", Map.of("amount", 120000, "asWritten", "£120,000", "qualifier", "EXACT")),
                        Map.of("description", "Reduced management costs", "type", "CASHABLE_SAVING",
                                "period", Map.of("financialYear", "2027/28"),
                                "amount", Map.of("amount", 260000, "asWritten", "£260,000", "qualifier", "EXACT"))));
    }

    private static Map<String, Object> line(String activity, String year, int amount) {
        return Map.of("activity", activity, "period", Map.of("financialYear", year),
                "amount", Map.of("amount", amount, "asWritten", "£" + String.format("%,d", amount), "qualifier", "EXACT"),
                "fundedBy", "AWARD");
    }

    /** Waits until the scoring-service has read the bid from the feed (it reads every 5 s). */
    public static void waitForTheFeed(String manager, String bidId) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            int status = given().baseUri(LocalStack.GATEWAY).auth().oauth2(manager).queryParam("bid", bidId)
                    .get("/api/conflicts").then().extract().statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        assertThat(false).as("bid %s reached the scoring-service within a minute", bidId).isTrue();
    }
}
