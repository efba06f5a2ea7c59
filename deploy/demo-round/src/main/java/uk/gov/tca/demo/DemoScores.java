package uk.gov.tca.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up scores for the demonstration, the same on every machine: a bid's quality comes from its title, its
 * criteria move it a point either way and its second assessor a point more at most, and one bid of the round (its assessors told to disagree) is
 * scored far apart on one criterion, so that the round has a bid to moderate. Every justification says it is a
 * demonstration's: the 2013/14 assessments were never published.
 */
final class DemoScores {

    static final String LABEL = "Demonstration score, made up for this demonstration (the 2013/14 assessments were "
            + "not published): ";

    private final JsonNode scheme;
    private final int min;
    private final int max;

    DemoScores(JsonNode scheme) {
        this.scheme = scheme;
        this.min = scheme.path("scale").path("min").asInt(0);
        this.max = scheme.path("scale").path("max").asInt(5);
    }

    /** The criterion the disagreeing assessors differ on: the scheme's last, so the ranking moves but little. */
    String disputedCriterion() {
        JsonNode criteria = scheme.path("criteria");
        return criteria.get(criteria.size() - 1).path("code").asText();
    }

    /**
     * One assessor's scores for a bid: the first of its assessors (in name order) is 0, the next 1. A disputed bid's
     * second assessor scores its disputed criterion at the other end of the scale.
     */
    List<Map<String, Object>> of(String title, String assessor, int assessorIndex, boolean disputed) {
        List<Map<String, Object>> scores = new ArrayList<>();
        int quality = min + 1 + Math.floorMod(stable(title), Math.max(1, max - min - 1));
        for (JsonNode criterion : scheme.path("criteria")) {
            String code = criterion.path("code").asText();
            int first = clamp(quality + Math.floorMod(stable(title + "/" + code), 3) - 1);
            int score = assessorIndex == 0 ? first
                    : clamp(first + Math.floorMod(stable(title + "/" + code + "/" + assessor), 2));
            if (disputed && assessorIndex > 0 && code.equals(disputedCriterion())) {
                // the end of the scale farther from the first assessor's score: at least half the scale apart
                score = first - min >= max - first ? min : max;
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("criterion", code);
            s.put("score", score);
            s.put("justification", LABEL + criterion.path("name").asText() + " scored " + score + ", "
                    + anchor(score) + ".");
            if (criterion.path("suggestFromBenefitCostRatio").size() > 0) {
                // the appraisal suggests a score from the bid's own figures; a made-up score says why it differs
                s.put("overrideReason", "Demonstration: the score is made up, not taken from the appraisal's suggestion");
            }
            if (scheme.path("confidenceEnabled").asBoolean(false)) {
                s.put("confidence", Math.floorMod(stable(assessor + title), 3) == 0 ? "MEDIUM" : "HIGH");
            }
            scores.add(s);
        }
        return scores;
    }

    private int clamp(int score) {
        return Math.max(min, Math.min(max, score));
    }

    private String anchor(int score) {
        JsonNode words = scheme.path("scale").path("anchors").path(Integer.toString(score));
        return words.isMissingNode() || words.isNull() ? "on the scheme's scale of " + min + " to " + max
                : "\"" + words.asText() + "\"";
    }

    /** A hash that is the same in every JVM (String.hashCode is specified), spread a little. */
    static int stable(String text) {
        int h = text.hashCode();
        return h ^ (h >>> 16);
    }
}
