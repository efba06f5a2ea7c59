package uk.gov.tca.scoring.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One criterion as an assessor scored it: a whole number on the scale, why, how sure (if the scheme asks),
 * and — where the scheme suggests a score from the bid's appraisal — the suggestion and why it was overridden.
 */
public record CriterionScore(
        @NotBlank @Size(max = 60) String criterion,
        Integer score,
        @Size(max = 5000) String justification,
        Confidence confidence,
        Integer suggestedScore,
        @Size(max = 2000) String overrideReason) {

    @Schema(name = "ScoreConfidence")
    public enum Confidence { LOW, MEDIUM, HIGH }

    CriterionScore withSuggestion(Integer suggestion) {
        return new CriterionScore(criterion, score, justification, confidence, suggestion, overrideReason);
    }
}
