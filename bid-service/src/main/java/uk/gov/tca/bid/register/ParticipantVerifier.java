package uk.gov.tca.bid.register;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    private final EntityManager em;
    private final ParticipantChecks register;
    private final BidRecorder recorder;
    private final Clock clock;

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
     * Asks the register about each bid's unverified participants with no bid locked, then records what it confirmed,
     * one bid per transaction, through the bid's own command.
     *
     * @return how many bids now have every participant verified
     */
    public int verifyPending() {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT id FROM bid "
                + "WHERE status IN ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT') "
                + "AND (participants @> CAST('[{\"verified\": false}]' AS jsonb) "
                + "OR participants @> CAST('[{\"register\": {\"unconfirmed\": true}}]' AS jsonb)) "
                + "ORDER BY created_at LIMIT 200").getResultList());
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
}
