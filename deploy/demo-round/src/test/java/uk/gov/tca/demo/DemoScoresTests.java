package uk.gov.tca.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demonstration's made-up scores: on the scheme's scale, labelled, and far enough apart where they must be. */
class DemoScoresTests {

    private static JsonNode scheme(int min, int max) throws Exception {
        return new ObjectMapper().readTree("""
                {"scale": {"min": %d, "max": %d, "anchors": {"3": "Good"}}, "confidenceEnabled": true,
                 "criteria": [{"code": "value-for-money", "name": "Value for money",
                               "suggestFromBenefitCostRatio": [{"from": 0, "score": 1}]},
                              {"code": "collaboration", "name": "Collaboration"},
                              {"code": "pace-and-scale", "name": "Pace and scale"}]}
                """.formatted(min, max));
    }

    @Test
    void everyScoreIsOnTheScaleLabelledAndAsTheSchemeAsks() throws Exception {
        DemoScores scores = new DemoScores(scheme(0, 5));
        for (int bid = 0; bid < 200; bid++) {
            for (Map<String, Object> s : scores.of("Bid " + bid, "assessor.dclg", bid % 2, bid % 7 == 0)) {
                assertThat((Integer) s.get("score")).isBetween(0, 5);
                assertThat((String) s.get("justification")).startsWith(DemoScores.LABEL).hasSizeGreaterThan(50);
                assertThat(s).containsKey("confidence");
                // the appraisal suggests a value-for-money score: a made-up one says why it differs
                assertThat(s.containsKey("overrideReason")).isEqualTo("value-for-money".equals(s.get("criterion")));
            }
        }
    }

    @Test
    void theDisputedBidsAssessorsAreMoreThanHalfTheScaleApartOnItsLastCriterion() throws Exception {
        for (int[] scale : new int[][] {{0, 5}, {1, 4}, {0, 10}}) {
            DemoScores scores = new DemoScores(scheme(scale[0], scale[1]));
            for (int bid = 0; bid < 200; bid++) {
                String title = "Bid " + bid;
                int first = scoreOf(scores.of(title, "assessor.dclg", 0, true), "pace-and-scale");
                int second = scoreOf(scores.of(title, "assessor2.dclg", 1, true), "pace-and-scale");
                assertThat(Math.abs(first - second)).as("%s on %d–%d: %d and %d", title, scale[0], scale[1], first, second)
                        .isGreaterThanOrEqualTo((scale[1] - scale[0] + 1) / 2);
            }
        }
    }

    private static int scoreOf(List<Map<String, Object>> scores, String criterion) {
        return scores.stream().filter(s -> criterion.equals(s.get("criterion"))).map(s -> (Integer) s.get("score"))
                .findFirst().orElseThrow();
    }
}
