package uk.gov.tca.gateway.web.assessor;

import java.util.List;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Assessor.Interest;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.NewInterest;

/** The declaration form (for the bid it came from, with what was entered) and the interests already declared. */
public record InterestsView(String bid, ServiceProblem problem, NewInterest entered, List<Interest> declared) {
}
