package uk.gov.tca.scoring.scheme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * What makes a scheme usable. Weights are shares of the total: each in (0, 1], together exactly 1, or the
 * weighted totals of two rounds would not mean the same. Every point of the scale has its anchor words, so
 * assessors score against the same descriptions.
 */
public final class SchemeRules {

    private SchemeRules() {
    }

    public static List<RuleViolation> check(List<Criterion> criteria, ScoreScale scale, int justificationMinLength,
            int assessorsPerBid, ModerationThreshold moderation, BigDecimal minimumQualityScore) {
        List<RuleViolation> violations = new ArrayList<>();
        if (criteria.isEmpty()) {
            violations.add(new RuleViolation("criteria", "a scheme needs at least one criterion"));
        }
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (!codes.add(c.code())) {
                violations.add(new RuleViolation("criteria[" + i + "].code", "is used twice: " + c.code()));
            }
            if (c.weight().signum() <= 0 || c.weight().compareTo(BigDecimal.ONE) > 0) {
                violations.add(new RuleViolation("criteria[" + i + "].weight", "must be more than 0 and at most 1"));
            }
            total = total.add(c.weight());
            for (int j = 0; j < c.suggestFromBenefitCostRatio().size(); j++) {
                if (scale != null && !scale.contains(c.suggestFromBenefitCostRatio().get(j).score())) {
                    violations.add(new RuleViolation("criteria[" + i + "].suggestFromBenefitCostRatio[" + j + "].score",
                            "is not on the scale " + scale.min() + "–" + scale.max()));
                }
            }
        }
        if (!criteria.isEmpty() && total.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new RuleViolation("criteria", "weights must sum to 1; they sum to " + total.stripTrailingZeros()
                    .toPlainString()));
        }
        if (scale != null) {
            if (scale.min() < 0 || scale.max() <= scale.min() || scale.max() > 100) {
                violations.add(new RuleViolation("scale", "must run upwards from min ≥ 0 to max ≤ 100"));
            } else {
                for (int point = scale.min(); point <= scale.max(); point++) {
                    String anchor = scale.anchors().get(point);
                    if (anchor == null || anchor.isBlank()) {
                        violations.add(new RuleViolation("scale.anchors." + point, "every point needs its anchor words"));
                    } else if (anchor.length() > 500) {
                        violations.add(new RuleViolation("scale.anchors." + point, "must be at most 500 characters"));
                    }
                }
                scale.anchors().keySet().stream().filter(p -> !scale.contains(p)).forEach(p -> violations.add(
                        new RuleViolation("scale.anchors." + p, "is not a point of the scale")));
            }
        }
        if (justificationMinLength < 0 || justificationMinLength > 2000) {
            violations.add(new RuleViolation("justificationMinLength", "must be between 0 and 2000"));
        }
        if (assessorsPerBid < 1 || assessorsPerBid > 10) {
            violations.add(new RuleViolation("assessorsPerBid", "must be between 1 and 10"));
        }
        if (moderation != null && (negative(moderation.criterionSpread()) || negative(moderation.totalSpread()))) {
            violations.add(new RuleViolation("moderation", "spreads must not be negative"));
        }
        if (minimumQualityScore != null && scale != null && (minimumQualityScore.compareTo(BigDecimal.valueOf(scale.min())) < 0
                || minimumQualityScore.compareTo(BigDecimal.valueOf(scale.max())) > 0)) {
            violations.add(new RuleViolation("minimumQualityScore", "is not on the scale " + scale.min() + "–" + scale.max()));
        }
        return violations;
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
