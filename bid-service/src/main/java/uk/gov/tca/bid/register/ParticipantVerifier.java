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
 * Checks again, in the background, the participants saved unverified while the partner-service was away,
 * so that once it is back every such bid catches up without its council doing anything.
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
                + "AND participants @> CAST('[{\"verified\": false}]' AS jsonb) ORDER BY created_at LIMIT 200")
                .getResultList());
        int done = 0;
        for (String id : ids) {
            List<String> unverified = QuarkusTransaction.requiringNew().call(() -> Bid.<Bid>findByIdOptional(id)
                    .map(bid -> bid.participants().stream().filter(p -> !p.verified()).map(Participant::organisationId)
                            .toList())
                    .orElse(List.of()));
            RegisterAnswer answer = register.answer(unverified);
            if (answer.confirmed().isEmpty()) {
                continue;
            }
            boolean complete = QuarkusTransaction.requiringNew().call(() -> {
                Bid bid = Bid.findById(id, LockModeType.PESSIMISTIC_WRITE);
                recorder.record(bid, ACTOR, b -> b.verified(answer, ACTOR, Instant.now(clock)));
                return bid.participants().stream().allMatch(Participant::verified);
            });
            if (complete) {
                done++;
            }
        }
        return done;
    }
}
