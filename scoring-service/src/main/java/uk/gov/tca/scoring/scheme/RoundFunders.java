package uk.gov.tca.scoring.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import uk.gov.tca.platform.persistence.Where;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.client.BidServiceCalls;

/**
 * A round's assessment is its funder's: that funder's programme managers alone set its scheme, share its bids out,
 * moderate, rank and decide, and to another funder's managers the round and all of it are not there (404), exactly
 * as for a round that does not exist. A round's funder is the one its scheme recorded when it was set; before a
 * scheme, the one the bid-service names. Assessors are held to their own work by the rules of each resource, not by
 * funder: a funder may engage them from any organisation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundFunders {

    private final BidServiceCalls bids;

    public RoundFunders(BidServiceCalls bids) {
        this.bids = bids;
    }

    /** A programme manager may act in the round only as its funder's; anyone else is not asked here. */
    public void requireRuns(Caller caller, String roundId) {
        if (!caller.is(Roles.PROGRAMME_MANAGER) || roundId == null) {
            return;
        }
        String funder = funderOf(roundId);
        if (funder == null || !funder.equals(caller.organisation())) {
            throw ProblemException.notFound("Round " + roundId);
        }
    }

    /** The funder whose round it is: its scheme's, else the bid-service's word; null for a round it does not know. */
    public String funderOf(String roundId) {
        return Scheme.forRound(roundId).map(s -> s.funderOrganisationId).orElseGet(() -> {
            try {
                return bids.round(roundId).funderOrganisationId();
            } catch (ProblemException e) {
                if (e.problem().status() == 404) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Whether the round is its funder's own programme (its proposals written by its own services), read from the
     * round each time it is asked rather than kept: the round's word is the one in force (the bid-service fixes it
     * once bids are submitted). When the bid-service cannot say, the question fails (503), as a conflict must never
     * be lifted on a guess nor an assignment revoked on one; a round it does not know is no such programme.
     */
    public boolean ownServices(String roundId) {
        try {
            return bids.round(roundId).fundersOwnServices();
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                return false;
            }
            throw e;
        }
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
