package uk.gov.tca.gateway.web.assessor;

import java.util.List;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.scoring.Assessment;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.Scheme;

/**
 * The scoring page: the bid, the assessor's assignment and own assessment (none before starting), the scheme's
 * criteria as entered, others' submitted scores, and the scoring-service's objections — beside the criteria they
 * concern, the rest ({@code unplaced}) in the summary.
 */
public record AssessmentView(Bid bid, Assignment assignment, Scheme scheme, Assessment mine, List<CriterionView> criteria,
        List<String> unplaced, List<Assessment> others, ServiceProblem problem, String submissionKey) {

    /** One's own scores, as the scores table lists assessments. */
    public List<Assessment> mineList() {
        return mine == null ? List.of() : List.of(mine);
    }

    public boolean criteriaErrors() {
        return criteria.stream().anyMatch(c -> !c.errors().isEmpty());
    }
}
