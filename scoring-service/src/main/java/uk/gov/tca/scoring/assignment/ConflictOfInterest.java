package uk.gov.tca.scoring.assignment;

import java.util.List;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.Problems;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.scoring.conflict.Conflict;

/**
 * 409: the assessor is conflicted on the bid. When it is found while the assessor acts, the assignment has been ended
 * in the same transaction, and that ending is kept although the request is refused: transactions let this one
 * through ({@code dontRollbackOn}) and roll back on anything else, an outage of the register included.
 */
public class ConflictOfInterest extends ProblemException {

    public ConflictOfInterest(String detail, List<Conflict> blocking) {
        super(Problems.of(ProblemType.CONFLICT_OF_INTEREST, detail,
                blocking.stream().map(c -> new Problem.Violation("assessor", c.rule() + ": " + c.explanation())).toList()));
    }
}
