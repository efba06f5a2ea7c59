package uk.gov.tca.gateway.web.assessor;

import java.util.List;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Assignment;

/** The assessor's assignments, and a refused action on one of them: summarised, and said beside that one row only. */
public record AssignmentsView(List<Assignment> rows, ServiceProblem problem, String refusedId) {

    public ServiceProblem problemFor(Assignment row) {
        return row.id() != null && row.id().equals(refusedId) ? problem : null;
    }
}
