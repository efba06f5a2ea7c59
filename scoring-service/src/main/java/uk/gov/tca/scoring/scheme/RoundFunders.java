package uk.gov.tca.scoring.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.persistence.Where;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/**
 * A round's assessment is its funder's: that funder's programme managers alone set its scheme, share its bids out,
 * moderate, rank and decide, and to another funder's managers the round and all of it are not there (404), exactly
 * as for a round that does not exist. A round is known here by its scheme, which records the funder the bid-service
 * named when it was set; a round with no scheme yet has nothing here to see. Assessors are held to their own work
 * by the rules of each resource, not by funder: a funder may engage them from any organisation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundFunders {

    /** A programme manager may act in the round only as its funder's; anyone else is not asked here. */
    public void requireRuns(Caller caller, String roundId) {
        if (!caller.is(Roles.PROGRAMME_MANAGER) || roundId == null) {
            return;
        }
        Scheme.forRound(roundId).filter(scheme -> !scheme.runBy(caller)).ifPresent(scheme -> {
            throw ProblemException.notFound("Round " + roundId);
        });
    }

    /** Narrows a manager's list to the rounds of its own funder (a column {@code roundId} in the query's entity). */
    public Where onlyRunBy(Caller caller, Where where) {
        if (!caller.is(Roles.PROGRAMME_MANAGER)) {
            return where;
        }
        return where.and("roundId in (select s.roundId from Scheme s where s.funderOrganisationId = :funder)",
                Map.of("funder", caller.organisation() == null ? "" : caller.organisation()));
    }
}
