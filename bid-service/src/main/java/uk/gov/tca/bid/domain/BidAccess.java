package uk.gov.tca.bid.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and change a bid. What a caller may not see it is told does not exist (404), so a council
 * cannot learn of another's draft by guessing ids.
 */
public final class BidAccess {

    /** The states other systems may read: a draft is the council's own business. */
    private static final Set<BidStatus> PUBLISHED = EnumSet.of(BidStatus.SUBMITTED, BidStatus.IN_ASSESSMENT,
            BidStatus.DECIDED);

    private BidAccess() {
    }

    /**
     * A bidder reads the bids its organisation takes part in; managers all, and the services' own accounts, which keep
     * their records of bids in step (a returned bid is a draft, and the scoring-service must learn so); integrators
     * what was submitted.
     */
    public static boolean canRead(Bid bid, String organisation, boolean bidder, boolean manager, boolean service,
            boolean integrator) {
        if (manager || service) {
            return true;
        }
        if (bidder && organisation != null && bid.organisations().contains(organisation)) {
            return true;
        }
        return integrator && PUBLISHED.contains(bid.status);
    }

    /** Only the lead organisation's bidders change a bid, and only while it is a draft. */
    public static boolean canEdit(Bid bid, String organisation, boolean bidder) {
        return bidder && organisation != null && organisation.equals(bid.leadOrganisationId);
    }

    /** Personal data the bid withheld from publication is for its own organisations and programme managers. */
    public static boolean seesRedacted(Bid bid, String organisation, boolean bidder, boolean manager) {
        return manager || bidder && organisation != null && bid.organisations().contains(organisation);
    }

    public static Set<BidStatus> published() {
        return PUBLISHED;
    }
}
