package uk.gov.tca.scoring.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assessment schemes as a programme manager writes them: the TCA 2013/14 two criteria, a 0–5 scale with words. */
public final class Schemes {

    private Schemes() {
    }

    /** Value for money (60%, suggested from the benefit-cost ratio) and collaboration (40%). */
    public static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("code", "value-for-money", "name", "Value for money", "description", "Costs, benefits, savings",
                    "weight", 0.6, "suggestFromBenefitCostRatio", List.of(Map.of("from", 0, "score", 1),
                            Map.of("from", 2, "score", 4))),
            Map.of("code", "collaboration", "name", "Collaboration", "description", "Working across organisations",
                    "weight", 0.4));

    /** A scheme for the round with these criteria: two assessors a bid, moderation past a spread of 2 (or 1.5 overall). */
    public static Map<String, Object> forRound(String roundId, List<Map<String, Object>> criteria) {
        Map<String, Object> anchors = new HashMap<>();
        for (int i = 0; i <= 5; i++) {
            anchors.put(String.valueOf(i), "Anchor words for " + i);
        }
        return new HashMap<>(Map.of("roundId", roundId, "name", "TCA 2013/14 assessment",
                "criteria", criteria, "scale", Map.of("min", 0, "max", 5, "anchors", anchors),
                "justificationMinLength", 20, "assessorsPerBid", 2,
                "moderation", Map.of("criterionSpread", 2, "totalSpread", 1.5)));
    }

    public static Map<String, Object> forRound(String roundId) {
        return forRound(roundId, CRITERIA);
    }

    /** One criterion's score with its justification, open to more fields (an override's reason). */
    public static Map<String, Object> score(String criterion, int score, String justification) {
        return new HashMap<>(Map.of("criterion", criterion, "score", score, "justification", justification));
    }
}
