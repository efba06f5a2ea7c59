package uk.gov.tca.gateway.web.assessor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.tca.gateway.web.services.scoring.Assessment.CriterionScore;
import uk.gov.tca.gateway.web.services.scoring.Scheme.Criterion;
import uk.gov.tca.gateway.web.services.scoring.Scheme.ScoreScale;

/**
 * One criterion of the scoring form: the scheme's words and weight, a choice for each point of the scale with
 * the words that anchor it, what is entered (the form's last values, else the draft's), the suggestion the
 * appraisal gave, and the scoring-service's objections.
 */
public record CriterionView(String code, String name, String description, BigDecimal weight, List<Anchor> anchors,
        String justification, String confidence, String overrideReason, Integer suggestedScore, List<String> errors) {

    /** Whether a point of the scale is chosen. */
    public boolean scored() {
        return anchors.stream().anyMatch(Anchor::checked);
    }

    /** One point of the scale, checked when it is the score entered. */
    public record Anchor(int value, String label, boolean checked) {
    }

    static CriterionView of(Criterion criterion, ScoreScale scale, Optional<CriterionScore> draft, ScoringForm form,
            List<String> errors) {
        String code = criterion.code();
        // the appraisal's suggestion is the starting point where nothing is scored yet, as the start page promises
        String chosen = form.entered("score", code).orElse(draft.map(CriterionScore::score)
                .or(() -> draft.map(CriterionScore::suggestedScore)).map(String::valueOf).orElse(""));
        List<Anchor> anchors = new ArrayList<>();
        for (int point = scale.min(); point <= scale.max(); point++) {
            anchors.add(new Anchor(point, scale.anchors().getOrDefault(point, ""), Integer.toString(point).equals(chosen)));
        }
        return new CriterionView(code, criterion.name(), criterion.description(), criterion.weight(), anchors,
                form.entered("justification", code).orElse(draft.map(CriterionScore::justification).orElse("")),
                form.entered("confidence", code).orElse(draft.map(CriterionScore::confidence).orElse("")),
                form.entered("override", code).orElse(draft.map(CriterionScore::overrideReason).orElse("")),
                draft.map(CriterionScore::suggestedScore).orElse(null), errors);
    }
}
