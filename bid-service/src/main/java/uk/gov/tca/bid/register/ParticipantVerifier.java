package uk.gov.tca.bid.register;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidRecorder;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.RegisterAnswer;

/**
 * Checks again, in the background, the participants saved unverified while the partner-service was away, and those
 * proposed to the register and not yet confirmed, so that once it answers every such bid catches up without its
 * council doing anything: verified, and its record showing the proposal confirmed or merged.
 */
@ApplicationScoped
public class ParticipantVerifier {

    static final String ACTOR = "bid-service:verifier";

    private static final Logger LOG = Logger.getLogger(ParticipantVerifier.class);

    private static final int PAGE = 200;

    private final EntityManager em;
    private final ParticipantChecks register;
    private final BidRecorder recorder;
    private final Clock clock;
    /** The last bid read of those whose proposals wait, so each run reads on from it; null: from the first. */
    private final java.util.concurrent.atomic.AtomicReference<String> proposalsReadTo =
            new java.util.concurrent.atomic.AtomicReference<>();

    public ParticipantVerifier(EntityManager em, ParticipantChecks register, BidRecorder recorder, Clock clock) {
        this.em = em;
        this.register = register;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Saved unverified, or a proposal the register has not yet confirmed (or merged into another entry). */
    static boolean waitsOnTheRegister(Participant p) {
        return !p.verified() || p.register() != null && p.register().unconfirmed();
    }

    @Scheduled(every = "${bid.verification.every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int verified = verifyPending();
        if (verified > 0) {
            LOG.infof("Verified the participants of %d bid(s) saved during a partner-service outage", verified);
        }
    }

    /**
     * Asks the register about each bid's participants that wait on it with no bid locked, then records what it said,
     * one bid per transaction, through the bid's own command. Bids saved unverified come first, oldest first; then a
     * page of the bids whose proposals wait for a manager, read on from where the last run stopped — a proposal may
     * wait for weeks, and those bids must neither crowd out an outage's nor be asked about every run.
     *
     * @return how many bids no longer wait on the register
     */
    public int verifyPending() {
        List<String> ids = new java.util.ArrayList<>(idsOf("participants @> CAST('[{\"verified\": false}]' AS jsonb)",
                "ORDER BY created_at, id", Map.of()));
        String after = proposalsReadTo.get();
        List<String> waiting = idsOf("participants @> CAST('[{\"register\": {\"unconfirmed\": true}}]' AS jsonb)"
                + (after == null ? "" : " AND id > :after"), "ORDER BY id", after == null ? Map.of() : Map.of("after", after));
        // a short page is the end of them: the next run starts again from the first
        proposalsReadTo.set(waiting.size() < PAGE ? null : waiting.get(waiting.size() - 1));
        waiting.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        int done = 0;
        for (String id : ids) {
            List<String> unverified = QuarkusTransaction.requiringNew().call(() -> Bid.<Bid>findByIdOptional(id)
                    .map(bid -> bid.participants().stream().filter(ParticipantVerifier::waitsOnTheRegister)
                            .map(Participant::organisationId).toList())
                    .orElse(List.of()));
            RegisterAnswer answer = register.answer(unverified);
            if (answer.confirmed().isEmpty()) {
                continue;
            }
            boolean complete = QuarkusTransaction.requiringNew().call(() -> {
                Bid bid = Bid.findById(id, LockModeType.PESSIMISTIC_WRITE);
                recorder.record(bid, ACTOR, b -> b.verified(answer, ACTOR, Instant.now(clock)));
                return bid.participants().stream().noneMatch(ParticipantVerifier::waitsOnTheRegister);
            });
            if (complete) {
                done++;
            }
        }
        return done;
    }

    @SuppressWarnings("unchecked")
    private List<String> idsOf(String waits, String order, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery("SELECT id FROM bid WHERE status IN ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT') "
                    + "AND " + waits + " " + order + " LIMIT " + PAGE);
            parameters.forEach(query::setParameter);
            return (List<String>) query.getResultList();
        });
    }
}
