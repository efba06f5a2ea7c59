package uk.gov.tca.scoring.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Takes in what the bid-service says of a bid — from its feed or from a reconciliation — into this service's
 * record of it. Only a newer version of the bid replaces an older one, so the two ways may cross without harm.
 * A bid submitted again or in assessment is open to assessment; withdrawn or back in draft it leaves it (its
 * assessors lose it); decided it is closed. A bid whose organisations changed has its assessors checked again.
 */
@ApplicationScoped
public class BidIntake {

    /** What the bid-service's statuses mean here. */
    private static final Set<String> OPEN = Set.of("SUBMITTED", "IN_ASSESSMENT");
    private static final Set<String> OUT = Set.of("WITHDRAWN", "DRAFT");

    /** Intake transactions take turns (feed, reconciliation, a second replica), so two never insert one bid. */
    private static final long LOCK = 0x7463612d696e74L; // "tca-int"

    private final EntityManager em;
    private final Event<BidOrganisationsChanged> organisationChanges;
    private final Event<BidLeftAssessment> left;
    private final Clock clock;

    /** What follows from a bid's change for its assessors (conflicts, access) is the assignment feature's to do. */
    public BidIntake(EntityManager em, Event<BidOrganisationsChanged> organisationChanges, Event<BidLeftAssessment> left,
            Clock clock) {
        this.em = em;
        this.organisationChanges = organisationChanges;
        this.left = left;
        this.clock = clock;
    }

    /** Call first in an intake transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
    }

    /** Applies the facts; says whether anything changed. {@code cursor}: the feed event's, or null from a reconciliation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String actor, BidFacts facts, String cursor) {
        BidInRound bid = BidInRound.findById(facts.bidId());
        if (bid != null && bid.bidVersion != null && facts.version() != null && facts.version() <= bid.bidVersion) {
            return false;
        }
        String status = facts.status();
        if (status == null) {
            return false;
        }
        if (OPEN.contains(status)) {
            boolean isNew = bid == null;
            if (isNew) {
                bid = new BidInRound();
                bid.bidId = facts.bidId();
            }
            boolean organisationsChanged = !isNew && !bid.organisations.equals(facts.organisations());
            bid.roundId = facts.roundId();
            bid.title = facts.title();
            bid.leadOrganisationId = facts.leadOrganisationId();
            bid.organisations = facts.organisations();
            bid.amountSought = facts.amountSought();
            if (bid.status != BidInRound.Status.DECIDED) {
                bid.status = BidInRound.Status.OPEN;
            }
            if (facts.submittedAt() != null) {
                bid.submittedAt = facts.submittedAt();
            }
            record(bid, facts, cursor);
            if (organisationsChanged) {
                em.flush();
                organisationChanges.fire(new BidOrganisationsChanged(actor, bid.bidId));
            }
            return true;
        }
        if (bid == null) {
            return false; // never open here: nothing to take away
        }
        if (OUT.contains(status)) {
            bid.status = BidInRound.Status.WITHDRAWN;
            left.fire(new BidLeftAssessment(actor, bid.bidId, "WITHDRAWN".equals(status) ? "withdrawn" : "returned"));
        } else if ("DECIDED".equals(status)) {
            bid.status = BidInRound.Status.DECIDED;
        } else {
            return false;
        }
        record(bid, facts, cursor);
        return true;
    }

    private void record(BidInRound bid, BidFacts facts, String cursor) {
        if (facts.version() != null) {
            bid.bidVersion = facts.version();
        }
        if (cursor != null) {
            bid.lastEventCursor = cursor;
        } else if (bid.lastEventCursor == null) {
            bid.lastEventCursor = "";
        }
        bid.updatedAt = clock.instant();
        bid.persist();
    }

    /** The bids of a round this service holds as open or decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BidInRound> held(String roundId) {
        return BidInRound.list("roundId = ?1 and status in ?2 order by bidId", roundId,
                Set.of(BidInRound.Status.OPEN, BidInRound.Status.DECIDED));
    }
}
