package uk.gov.tca.scoring.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.scoring.scheme.SchemeUse;

/** The rounds whose schemes assessments have been submitted against. */
@ApplicationScoped
public class AssessedRounds implements SchemeUse {

    @Override
    public boolean assessmentsSubmittedIn(String roundId) {
        return Assessment.count("roundId = ?1 and status = ?2", roundId, Assessment.Status.SUBMITTED) > 0;
    }
}
