package uk.gov.tca.bid.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import uk.gov.tca.bid.client.PartnerRegister;
import uk.gov.tca.bid.domain.Bid;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.platform.audit.AuditLog;

/**
 * Checks again, in the background, the participants saved unverified while the partner-service was away,
 * so that once it is back every such bid catches up without its council doing anything.
 */
@ApplicationScoped
public class ParticipantVerifier {

    static final String ACTOR = "bid-service:verifier";

    private static final Logger LOG = Logger.getLogger(ParticipantVerifier.class);

    private final EntityManager em;
    private final PartnerRegister register;
    private final AuditLog audit;
    private final Clock clock;

    public ParticipantVerifier(EntityManager em, PartnerRegister register, AuditLog audit, Clock clock) {
        this.em = em;
        this.register = register;
        this.audit = audit;
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

    /** @return how many bids now have every participant verified */
    @Transactional
    public int verifyPending() {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT id FROM bid WHERE status IN ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT') "
                + "AND participants @> CAST('[{\"verified\": false}]' AS jsonb) ORDER BY created_at LIMIT 200")
                .getResultList();
        int done = 0;
        for (String id : ids) {
            Bid bid = Bid.findById(id);
            Map<String, Object> before = bid.snapshot();
            List<Participant> checked = new ArrayList<>();
            boolean changed = false;
            boolean complete = true;
            for (Participant p : bid.participants) {
                if (p.verified()) {
                    checked.add(p);
                    continue;
                }
                switch (register.verify(p.organisationId())) {
                    case ON_REGISTER -> {
                        checked.add(p.withVerified(true));
                        changed = true;
                    }
                    // Not on the register after all: left for the council to correct (submission names it).
                    case NOT_ON_REGISTER, UNAVAILABLE -> {
                        checked.add(p);
                        complete = false;
                    }
                }
            }
            if (changed) {
                bid.participants = checked;
                bid.updatedAt = Instant.now(clock);
                bid.updatedBy = ACTOR;
                em.flush();
                audit.record(ACTOR, "PARTICIPANTS_VERIFIED", "bid", id, before, bid.snapshot());
                if (complete) {
                    done++;
                }
            }
        }
        return done;
    }
}
