package uk.gov.tca.bid.round;

import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/**
 * Who reads and who runs a round. A round belongs to its funder: that organisation's programme managers run it and
 * read it; another funder's managers are told it does not exist, so one council's fund is nothing to the officers
 * who run another. Those who bid, assessors (whom a funder may engage from any organisation), integrators and the
 * services' accounts read every round, since a call for bids is public. A caller who is both (a council's officer
 * who runs its own fund and bids to another) reads by either right and runs only its own.
 */
public final class RoundAccess {

    private RoundAccess() {
    }

    /** Bidders, assessors, integrators and services read every round. */
    public static boolean readsEveryRound(Caller caller) {
        return caller.is(Roles.BIDDER) || caller.is(Roles.ASSESSOR) || caller.is(Roles.INTEGRATOR)
                || caller.is(Roles.SERVICE);
    }

    public static boolean canRead(Caller caller, FundingRound round) {
        return readsEveryRound(caller) || runs(caller, round.funderOrganisationId);
    }

    /**
     * Only the funder's programme managers (its own organisation, as the token's org claim names it) change its
     * rounds, import bids into them and decide what is in them.
     */
    public static boolean runs(Caller caller, String funder) {
        return caller.is(Roles.PROGRAMME_MANAGER) && worksFor(caller, funder);
    }

    private static boolean worksFor(Caller caller, String funder) {
        return funder != null && caller.organisation() != null && funder.equals(caller.organisation());
    }
}
