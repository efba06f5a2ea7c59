package uk.gov.tca.bid.lifecycle;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a bid is in its life, and the one table of where it may go from each place. A draft is the council's own;
 * from submission on the bid is public (integrators read it, it is on the feed) until it is decided or withdrawn.
 */
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

    /** The states other systems may read: a draft is the council's own business. */
    public static Set<BidStatus> publicStates() {
        return EnumSet.copyOf(PUBLIC);
    }
}
