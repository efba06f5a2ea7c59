package uk.gov.tca.bid.lifecycle;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a bid is in its life, and the one table of where it may go from each place. A draft is the council's own;
 * from submission on the bid is public (integrators read it, it is on the feed) until it is decided or withdrawn.
 */
@Schema(name = "BidStatus", description = "Where a bid is in its life: DRAFT (its council's own: only the organisations "
        + "named on it, programme managers and the services see it), SUBMITTED, IN_ASSESSMENT (an assessor has been "
        + "given it), DECIDED, WITHDRAWN. Submitted, in assessment and decided bids, and those withdrawn after "
        + "submission, are public: integrators read them and their changes are on the feed.")
public enum BidStatus {
    DRAFT,
    SUBMITTED,
    IN_ASSESSMENT,
    DECIDED,
    WITHDRAWN;

    private static final Map<BidStatus, Set<BidStatus>> NEXT = new EnumMap<>(BidStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        // a programme manager returns a submitted bid to its council; one under assessment is decided or withdrawn
        NEXT.put(SUBMITTED, EnumSet.of(IN_ASSESSMENT, DRAFT, DECIDED, WITHDRAWN));
        NEXT.put(IN_ASSESSMENT, EnumSet.of(DECIDED, WITHDRAWN));
        NEXT.put(DECIDED, EnumSet.noneOf(BidStatus.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(BidStatus.class));
    }

    private static final Set<BidStatus> PUBLIC = EnumSet.of(SUBMITTED, IN_ASSESSMENT, DECIDED);

    /** Whether a bid here may move to {@code next}. */
    public boolean mayBecome(BidStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether others than the bid's own organisations may know of a bid in this state. */
    public boolean isPublic() {
        return PUBLIC.contains(this);
    }

    /**
     * Whether a bid here, submitted ({@code wasSubmitted}) or not, is known beyond its own organisations: a bid
     * withdrawn after its submission stays known, so a system that saw it submitted sees it withdrawn; one withdrawn
     * as a draft was never anyone else's business.
     */
    public boolean isPublic(boolean wasSubmitted) {
        return isPublic() || this == WITHDRAWN && wasSubmitted;
    }

    /** The states other systems may read: a draft is the council's own business. */
    public static Set<BidStatus> publicStates() {
        return EnumSet.copyOf(PUBLIC);
    }
}
