package uk.gov.tca.scoring.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import uk.gov.tca.scoring.client.BidService;

/**
 * Access an assessor must lose in the bid-service when its assignment ends. The bid-service is told at once;
 * when it cannot be, the revocation is kept (in the transaction that ended the assignment) and tried again until
 * it is delivered, so an ended assignment never leaves an assessor reading the bid.
 */
@ApplicationScoped
public class AccessRevocations {

    private final EntityManager em;
    private final BidService bids;
    private final Clock clock;

    public AccessRevocations(EntityManager em, BidService bids, Clock clock) {
        this.em = em;
        this.bids = bids;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String bidId, String assessor) {
        if (!bids.revoke(bidId, assessor)) {
            em.createNativeQuery("INSERT INTO access_revocation (bid_id, assessor, requested_at) VALUES (?1, ?2, ?3) "
                    + "ON CONFLICT DO NOTHING").setParameter(1, bidId).setParameter(2, assessor)
                    .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        }
    }

    /** How many revocations are still to be delivered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM access_revocation").getSingleResult()).longValue();
    }

    @Scheduled(every = "${scoring.revocations.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void deliverPending() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT bid_id, assessor FROM access_revocation ORDER BY requested_at LIMIT 100").getResultList());
        for (Object[] row : due) {
            String bidId = (String) row[0];
            String assessor = (String) row[1];
            boolean delivered = bids.revoke(bidId, assessor);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(delivered
                            ? "DELETE FROM access_revocation WHERE bid_id = ?1 AND assessor = ?2"
                            : "UPDATE access_revocation SET attempts = attempts + 1 WHERE bid_id = ?1 AND assessor = ?2")
                    .setParameter(1, bidId).setParameter(2, assessor).executeUpdate());
        }
    }
}
