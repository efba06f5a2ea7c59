package uk.gov.tca.scoring.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import uk.gov.tca.scoring.client.BidServiceCalls;

/**
 * Access an assessor must lose in the bid-service when its assignment ends. The revocation is written in the
 * transaction that ends the assignment, and the bid-service told as soon as that commits — never from inside it,
 * so no transaction here waits on another service. One it could not be told of is tried again, later and later
 * (10 s, doubling, at most an hour apart), until it is delivered: an ended assignment never leaves an assessor
 * reading the bid.
 */
@ApplicationScoped
public class AccessRevocations {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final EntityManager em;
    private final BidServiceCalls bids;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public AccessRevocations(EntityManager em, BidServiceCalls bids, TransactionSynchronizationRegistry transactions,
            Clock clock) {
        this.em = em;
        this.bids = bids;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String bidId, String assessor) {
        em.createNativeQuery("INSERT INTO access_revocation (bid_id, assessor, requested_at, next_attempt_at) "
                        + "VALUES (?1, ?2, ?3, ?3) ON CONFLICT DO NOTHING").setParameter(1, bidId).setParameter(2, assessor)
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    bids.revoke(bidId, assessor); // delivered or not, the row stays until the retry records it
                }
            }
        });
    }

    /** How many revocations are still to be delivered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pending() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM access_revocation").getSingleResult()).longValue();
    }

    /** Every revocation due, oldest due first; each delivered is removed, each not is put off for longer. */
    @Scheduled(every = "${scoring.revocations.every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void deliverPending() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT bid_id, assessor, attempts FROM access_revocation WHERE next_attempt_at <= ?1 "
                        + "ORDER BY next_attempt_at LIMIT 100").setParameter(1, Timestamp.from(clock.instant())).getResultList());
        for (Object[] row : due) {
            String bidId = (String) row[0];
            String assessor = (String) row[1];
            int attempts = ((Number) row[2]).intValue();
            if (bids.revoke(bidId, assessor)) {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM access_revocation WHERE bid_id = ?1 AND assessor = ?2")
                        .setParameter(1, bidId).setParameter(2, assessor).executeUpdate());
            } else {
                Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 16));
                Timestamp next = Timestamp.from(clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait));
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE access_revocation SET attempts = attempts + 1, next_attempt_at = ?3 "
                                + "WHERE bid_id = ?1 AND assessor = ?2")
                        .setParameter(1, bidId).setParameter(2, assessor).setParameter(3, next).executeUpdate());
            }
        }
    }
}
