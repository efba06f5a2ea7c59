package uk.gov.tca.bid.lifecycle;

import uk.gov.tca.bid.round.RoundAccess;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/**
 * Who may see and change a bid, each rule saying exactly what it checks; where a bid is in its life is the bid's own
 * to say ({@link BidStatus}). What a caller may not see it is told does not exist (404), so a council cannot learn of
 * another's draft by guessing ids.
 */
public final class BidAccess {

    private BidAccess() {
    }

    /**
     * A bidder reads the bids its organisation is named in; the programme managers of the round's funder all of its
     * round's (another funder's managers none), and the services' own accounts all, which keep their records of bids
     * in step (a returned bid is a draft, and the scoring-service must learn so); integrators the public ones,
     * withdrawn ones included once submitted. An assessor reads a bid open to assessment only while granted it
     * ({@code granted}).
     */
    public static boolean canRead(Caller caller, Bid bid, boolean granted) {
        if (caller.is(Roles.SERVICE) || isFundersManager(caller, bid)) {
            return true;
        }
        if (isNamedBidder(caller, bid)) {
            return true;
        }
        if (caller.is(Roles.INTEGRATOR) && bid.isPublic()) {
            return true;
        }
        return caller.is(Roles.ASSESSOR) && bid.status().isPublic() && granted;
    }

    /** The lead organisation's bidders, and only they, change their bid: write it, submit it, withdraw it. */
    public static boolean isLeadBidder(Caller caller, Bid bid) {
        return caller.is(Roles.BIDDER) && caller.organisation() != null
                && caller.organisation().equals(bid.leadOrganisationId());
    }

    /** A bidder of an organisation named on the bid: it reads the bid and answers for its own organisation's part. */
    public static boolean isNamedBidder(Caller caller, Bid bid) {
        return caller.is(Roles.BIDDER) && caller.organisation() != null && bid.organisations().contains(caller.organisation());
    }

    /** Only a bidder of that organisation answers for it (confirms or declines its part). */
    public static boolean answersFor(Caller caller, String organisationId) {
        return caller.is(Roles.BIDDER) && organisationId.equals(caller.organisation());
    }

    /** Personal data the bid withheld from publication is for its own organisations and its funder's managers. */
    public static boolean seesWithheld(Caller caller, Bid bid) {
        return isFundersManager(caller, bid) || isNamedBidder(caller, bid);
    }

    /** A programme manager of the funder whose round the bid is in. */
    public static boolean isFundersManager(Caller caller, Bid bid) {
        return RoundAccess.runs(caller, bid.funderOrganisationId());
    }
}
