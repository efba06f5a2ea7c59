package uk.gov.tca.bid.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.gov.tca.bid.lifecycle.AccessGrant;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidRecorder;
import uk.gov.tca.bid.lifecycle.Bids;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;

/**
 * Which assessors may read a bid: the scoring-service grants access when it assigns the bid and takes it away when
 * the assignment ends. The first grant puts a submitted bid into assessment.
 */
@ApplicationScoped
public class AccessService {

    /** Longest assessor name taken. */
    static final int MAX_ASSESSOR = 120;

    private final Bids bids;
    private final BidRecorder recorder;
    private final AuditLog audit;
    private final Clock clock;

    public AccessService(Bids bids, BidRecorder recorder, AuditLog audit, Clock clock) {
        this.bids = bids;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Idempotent: an assessor granted already keeps the grant as it was. */
    @Transactional
    public Bid grant(Caller caller, String id, String assessor) {
        requireName(assessor);
        Bid bid = bids.forChange(caller, id);
        if (!bid.isOpenToAssessment()) {
            throw ProblemException.conflict("a " + bid.status() + " bid is not open to assessment");
        }
        Instant now = Instant.now(clock);
        if (!AccessGrant.exists(id, assessor)) {
            AccessGrant.to(id, assessor, caller.name(), now).persist();
            audit.record(caller.name(), "ACCESS_GRANTED", "bid", id, null, Map.of("assessor", assessor));
        }
        recorder.record(bid, caller.name(), b -> b.enterAssessment(caller.name(), now));
        return bid;
    }

    /** Idempotent: access that is no longer there is taken away already (a 404 only for a bid that does not exist). */
    @Transactional
    public void revoke(Caller caller, String id, String assessor) {
        requireName(assessor);
        bids.readable(caller, id);
        long removed = AccessGrant.delete("bidId = ?1 and assessor = ?2", id, assessor);
        if (removed > 0) {
            audit.record(caller.name(), "ACCESS_REVOKED", "bid", id, Map.of("assessor", assessor), null);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessGrant> grants(Caller caller, String id) {
        bids.readable(caller, id);
        return AccessGrant.list("bidId = ?1 order by assessor", id);
    }

    private static void requireName(String assessor) {
        if (assessor.length() > MAX_ASSESSOR) {
            throw ProblemException.invalid("assessor", "must be at most " + MAX_ASSESSOR + " characters");
        }
    }
}
