package uk.gov.tca.bid.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rounds and bids made through the API, as a programme manager and a council would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> round(String id, Instant opens, Instant closes) {
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("id", id);
        round.put("programme", "Transformation Challenge Award");
        round.put("name", "Transformation Challenge Award test round " + id);
        round.put("opensAt", opens.toString());
        round.put("closesAt", closes.toString());
        round.put("budget", 7_600_000);
        round.put("awardTypes", List.of(
                Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award", "cap", 500_000),
                Map.of("code", "MAJOR_MULTI_AUTHORITY_AWARD", "name", "Major multi-authority award", "cap", 2_000_000)));
        round.put("eligibleYears", List.of("2013/14", "2014/15"));
        round.put("prompts", List.of(Map.of("code", "what-will-change", "text", "What will you do differently?",
                "required", true)));
        round.put("costBenefitRequired", false);
        return round;
    }

    /** An open round, made once per call with a fresh id. */
    public static String openRound() {
        String id = "round-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Actor.manager().opensRound(round(id, now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS)))
                .statusCode(201);
        return id;
    }

    public static String closedRound() {
        String id = "closed-" + UUID.randomUUID().toString().substring(0, 8);
        Actor.manager()
                .opensRound(round(id, Instant.parse("2013-06-01T00:00:00Z"), Instant.parse("2013-07-12T23:59:59Z")))
                .statusCode(201);
        return id;
    }

    public static Map<String, Object> money(Object amount, String asWritten) {
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("amount", amount);
        money.put("asWritten", asWritten);
        money.put("scale", "POUNDS");
        money.put("qualifier", "EXACT");
        money.put("basis", "TOTAL_FOR_PERIOD");
        return money;
    }

    /** Babergh and Mid Suffolk's bid, as the 2014 compilation writes it (bid 1). */
    public static Map<String, Object> baberghBid(String roundId) {
        Map<String, Object> bid = new LinkedHashMap<>();
        bid.put("roundId", roundId);
        bid.put("title", "A Transformational approach to sharing local authority services between Babergh and "
                + "Mid Suffolk District Councils");
        bid.put("awardType", "AUTHORITY_AWARD");
        bid.put("amountSought", money(166900, "Total Award sought £166,900"));
        bid.put("participants", new ArrayList<>(List.of(
                Map.of("organisationId", "GB-LAE-BAB", "nameAsWritten", "Babergh District Council",
                        "roles", List.of("LEAD", "ACCOUNTABLE_BODY"), "jointAndSeveral", true),
                Map.of("organisationId", "GB-LAE-MSU", "nameAsWritten", "Mid Suffolk District Council",
                        "roles", List.of("CO_APPLICANT", "ACCOUNTABLE_BODY"), "jointAndSeveral", true))));
        bid.put("narrative", Map.of("what-will-change", "One integrated workforce serving both councils"));
        bid.put("costLines", new ArrayList<>(List.of(
                Map.of("activity", "Transformational enquiries", "period", Map.of("financialYear", "2013/14"),
                        "amount", money(81900, "£81,900"), "nature", "REVENUE", "fundedBy", "AWARD"),
                Map.of("activity", "Deployment of peer support", "period", Map.of("financialYear", "2014/15"),
                        "amount", Map.of("asWritten", "[blank in the published table]", "qualifier", "PLACEHOLDER"), "fundedBy", "AWARD"))));
        bid.put("benefitLines", List.of());
        return bid;
    }

    /**
     * Each organisation the bid names with obligations and that has not yet answered confirms its part, through a
     * bidder of its own, as it must before the bid can be submitted.
     */
    public static void partnersConfirm(String bidId) {
        List<Map<String, Object>> participants = Actor.manager().reads(bidId).statusCode(200)
                .extract().path("participants");
        for (Map<String, Object> p : participants) {
            @SuppressWarnings("unchecked")
            Map<String, Object> consent = (Map<String, Object>) p.get("consent");
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) p.get("roles");
            boolean obligations = roles.stream().anyMatch(r -> List.of("CO_APPLICANT", "ACCOUNTABLE_BODY", "GRANT_RECIPIENT")
                    .contains(r)) && !roles.contains("LEAD");
            if (obligations && "PENDING".equals(consent.get("status"))) {
                String org = (String) p.get("organisationId");
                Actor bidder = Actor.bidderOf("bidder." + org.toLowerCase(), org);
                String etag = bidder.reads(bidId).statusCode(200).extract().header("ETag");
                bidder.confirms(bidId, org, etag, Map.of()).statusCode(200);
            }
        }
    }

    /** A draft started with whatever token is given; its id. */
    public static String createBid(String token, Map<String, Object> body) {
        return Actor.withToken(token).drafts(body);
    }
}
