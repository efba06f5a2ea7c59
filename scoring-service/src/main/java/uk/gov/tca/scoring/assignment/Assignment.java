package uk.gov.tca.scoring.assignment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.tca.platform.audit.Audited;
import uk.gov.tca.scoring.intake.BidInRound;

/** One assessor given one bid to score: offered, accepted, or ended (declined, revoked, closed) with a reason. */
@Entity
public class Assignment extends Audited {

    @Schema(name = "AssignmentStatus", description = "Where an assignment stands. OFFERED: given to the assessor, not yet "
            + "accepted; ACCEPTED: the assessor is scoring it; DECLINED: the assessor said no (a conflict it found, no "
            + "capacity); REVOKED: taken away (a conflict of interest arose, or the bid left assessment); CLOSED: the "
            + "bid was decided. Only OFFERED and ACCEPTED are live: the other three end the assessor's access to the bid.")
    public enum Status {
        OFFERED,
        ACCEPTED,
        /** The assessor said no: a conflict found, no capacity. */
        DECLINED,
        /** Taken away: a conflict arose, the bid left assessment. */
        REVOKED,
        /** The bid was decided. */
        CLOSED
    }

    public static final Set<Status> LIVE = EnumSet.of(Status.OFFERED, Status.ACCEPTED);

    @Id
    public String id;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(nullable = false)
    public String assessor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String reason;

    /**
     * The bid as the feed told of it, read-only here: its title goes with the assignment, even after the
     * assessor's access to the bid ends. Loaded with the assignment (batched for lists), so views need no session.
     */
    @ManyToOne
    @JoinColumn(name = "bid_id", insertable = false, updatable = false)
    public BidInRound bid;

    public boolean live() {
        return LIVE.contains(status);
    }

    public void end(Status ending, String why, String actor, Instant now) {
        status = ending;
        reason = why;
        changedBy(actor, now);
    }

    public static List<Assignment> live(String bidId) {
        return list("bidId = ?1 and status in ?2", bidId, LIVE);
    }

    public static List<Assignment> liveOf(String assessor) {
        return list("assessor = ?1 and status in ?2", assessor, LIVE);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bidId", bidId);
        state.put("roundId", roundId);
        state.put("assessor", assessor);
        state.put("status", status);
        state.put("reason", reason);
        return state;
    }
}
