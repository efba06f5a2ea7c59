package uk.gov.tca.scoring.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.tca.platform.rules.RuleViolation;
import uk.gov.tca.scoring.scheme.Criterion;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * What a score must be. A draft may be partial, but what it holds must be on the scheme: known criteria, whole
 * numbers on the scale. A submission is complete: every criterion scored and justified at the scheme's
 * length, and a suggested score that was not taken says why.
 */
public final class ScoringRules {

    private ScoringRules() {
    }

    public static List<RuleViolation> draft(Scheme scheme, List<CriterionScore> scores) {
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            CriterionScore s = scores.get(i);
            String field = "scores[" + i + "]";
            if (scheme.criterion(s.criterion()).isEmpty()) {
                violations.add(new RuleViolation(field + ".criterion", "is not a criterion of the scheme: " + s.criterion()));
            } else if (!seen.add(s.criterion())) {
                violations.add(new RuleViolation(field + ".criterion", "is scored twice: " + s.criterion()));
            }
            if (s.score() != null && !scheme.scale.contains(s.score())) {
                violations.add(new RuleViolation(field + ".score", "must be a whole number from " + scheme.scale.min()
                        + " to " + scheme.scale.max()));
            }
            if (s.confidence() != null && !scheme.confidenceEnabled) {
                violations.add(new RuleViolation(field + ".confidence", "this scheme does not ask for confidence"));
            }
        }
        return violations;
    }

    public static List<RuleViolation> submission(Scheme scheme, List<CriterionScore> scores) {
        List<RuleViolation> violations = new ArrayList<>(draft(scheme, scores));
        for (Criterion c : scheme.criteria) {
            int i = indexOf(scores, c.code());
            if (i < 0) {
                violations.add(new RuleViolation("scores", "criterion " + c.code() + " is not scored"));
                continue;
            }
            CriterionScore s = scores.get(i);
            String field = "scores[" + i + "]";
            if (s.score() == null) {
                violations.add(new RuleViolation(field + ".score", "is required to submit"));
            }
            String justification = s.justification() == null ? "" : s.justification().strip();
            if (justification.length() < scheme.justificationMinLength) {
                violations.add(new RuleViolation(field + ".justification", "must be at least "
                        + scheme.justificationMinLength + " characters to submit"));
            }
            if (s.suggestedScore() != null && s.score() != null && !s.score().equals(s.suggestedScore())
                    && (s.overrideReason() == null || s.overrideReason().isBlank())) {
                violations.add(new RuleViolation(field + ".overrideReason", "the appraisal suggests "
                        + s.suggestedScore() + "; say why " + s.score() + " is given instead"));
            }
        }
        return violations;
    }

    /** The score the criterion's bands give a bid with this benefit-cost ratio; none without bands or a ratio. */
    public static Integer suggestion(Criterion criterion, BigDecimal benefitCostRatio) {
        if (benefitCostRatio == null || criterion.suggestFromBenefitCostRatio().isEmpty()) {
            return null;
        }
        return criterion.suggestFromBenefitCostRatio().stream()
                .filter(b -> benefitCostRatio.compareTo(b.from()) >= 0)
                .max(Comparator.comparing(Criterion.SuggestionBand::from))
                .map(Criterion.SuggestionBand::score).orElse(null);
    }

    private static int indexOf(List<CriterionScore> scores, String code) {
        for (int i = 0; i < scores.size(); i++) {
            if (code.equals(scores.get(i).criterion())) {
                return i;
            }
        }
        return -1;
    }
}
