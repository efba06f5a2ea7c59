package uk.gov.tca.scoring.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One criterion as an assessor scored it: a whole number on the scale, why, how sure (if the scheme asks),
 * and — where the scheme suggests a score from the bid's appraisal — the suggestion and why it was overridden.
 */
@Schema(name = "CriterionScore", description = "One criterion as an assessor scored it: a whole number on the scheme's "
        + "scale, why, how sure, and where the scheme suggests a score from the bid's appraisal, the suggestion and why "
        + "another score was given")
public record CriterionScore(
        @NotBlank @Size(max = 60) @Schema(description = "The criterion's code in the scheme; each criterion scored once",
                example = "value-for-money")
        String criterion,
        @Schema(description = "The score: a whole number on the scheme's scale (min to max). May be absent in a draft; "
                + "required to submit.", example = "3")
        Integer score,
        @Size(max = 5000) @Schema(description = "Why this score, up to 5000 characters; to submit, at least the scheme's "
                + "justificationMinLength characters", example = "Costed lines for 2013/14 and 2014/15 add up to the "
                + "£166,900 sought; the savings of £8-10m over three years rest on the shared workforce already in place.")
        String justification,
        @Schema(description = "How sure the assessor is of the score; only where the scheme asks for confidence")
        Confidence confidence,
        @Schema(description = "The score the scheme's benefit-cost-ratio bands suggest from the bid's appraisal, filled in "
                + "by the service when scoring starts (what a client sends here is ignored); absent where the criterion "
                + "has no bands or the bid no ratio", example = "4")
        Integer suggestedScore,
        @Size(max = 2000) @Schema(description = "Why the score differs from the suggested one, up to 2000 characters; "
                + "required to submit when it does", example = "The ratio counts partners' benefits the bid does not "
                + "evidence")
        String overrideReason) {

    @Schema(name = "ScoreConfidence", description = "How sure an assessor is of a score: LOW, MEDIUM or HIGH")
    public enum Confidence { LOW, MEDIUM, HIGH }

    CriterionScore withSuggestion(Integer suggestion) {
        return new CriterionScore(criterion, score, justification, confidence, suggestion, overrideReason);
    }
}
