package uk.gov.tca.bid.lifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * The one way a change to a bid is made and kept: ask the bid (a command returning its {@link Change}), and for a
 * change it made, write it, then its audit record and — for what is news beyond the bid's organisations — its event on
 * the feed, all from the event, in the transaction of the change. A refusal becomes the caller's problem and writes
 * nothing.
 */
@ApplicationScoped
public class BidRecorder {

    static final String ENTITY = "bid";

    private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() { };

    private final EntityManager em;
    private final Bids bids;
    private final AuditLog audit;
    private final BidFeed feed;
    private final ObjectMapper json;

    public BidRecorder(EntityManager em, Bids bids, AuditLog audit, BidFeed feed, ObjectMapper json) {
        this.em = em;
        this.bids = bids;
        this.audit = audit;
        this.feed = feed;
        this.json = json;
    }

    /** Runs the command on the bid and records what it did; empty when there was nothing to change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends BidEvent> Optional<E> record(Bid bid, String actor, Function<Bid, Change<E>> command) {
        return record(bid, actor, UnaryOperator.identity(), command);
    }

    /** As {@link #record(Bid, String, Function)}, naming a refusal's fields as the request has them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends BidEvent> Optional<E> record(Bid bid, String actor, UnaryOperator<String> fieldInRequest,
            Function<Bid, Change<E>> command) {
        boolean isNew = bid.isUnsaved();
        BidSnapshot before = isNew ? null : bid.snapshot();
        Set<String> organisationsBefore = isNew ? Set.of() : bid.organisations();
        Set<BidSearchKey> keysBefore = isNew ? Set.of() : BidSearchKey.of(bid);
        Optional<E> made = command.apply(bid).orElseThrow(refusal -> problem(refusal, fieldInRequest));
        if (made.isEmpty()) {
            return made;
        }
        E event = made.get();
        if (isNew) {
            bids.add(bid);
        }
        if (event instanceof BidEvent.Withdrawn || event instanceof BidEvent.Returned) {
            endAccess(actor, bid); // a bid that leaves assessment takes every assessor's access with it
        }
        if (!bid.organisations().equals(organisationsBefore)) {
            indexOrganisations(bid);
        }
        Set<BidSearchKey> keys = BidSearchKey.of(bid);
        if (!keys.equals(keysBefore)) {
            em.createQuery("delete from BidSearchKey k where k.bidId = :bid").setParameter("bid", bid.id).executeUpdate();
            keys.forEach(em::persist);
        }
        em.flush();
        bid.saved();
        if (event.bid().version() != bid.version) {
            throw new IllegalStateException("event of bid " + bid.id + " says version " + event.bid().version()
                    + " but the bid was written as " + bid.version);
        }
        audit.record(actor, event.auditAction(), ENTITY, bid.id, before, after(bid, event));
        if (event.feedKind() != null) {
            feed.publish(event.feedKind(), bid.id, event);
        }
        return made;
    }

    /** The bid after the change, with what the event adds to its record (why it was withdrawn, who declined). */
    private Object after(Bid bid, BidEvent event) {
        if (event.auditNote().isEmpty()) {
            return bid.snapshot();
        }
        Map<String, Object> state = new LinkedHashMap<>(json.convertValue(bid.snapshot(), STATE));
        state.putAll(event.auditNote());
        return state;
    }

    private void endAccess(String actor, Bid bid) {
        for (AccessGrant grant : AccessGrant.<AccessGrant>list("bidId", bid.id)) {
            audit.record(actor, "ACCESS_REVOKED", ENTITY, bid.id, Map.of("assessor", grant.assessor), null);
        }
        AccessGrant.delete("bidId", bid.id);
    }

    private void indexOrganisations(Bid bid) {
        em.createQuery("delete from BidOrganisation o where o.bidId = :bid").setParameter("bid", bid.id).executeUpdate();
        for (String organisation : bid.organisations()) {
            em.persist(new BidOrganisation(bid.id, organisation));
        }
    }

    /** A refusal as the problem answered: its kind says the status, every reason a field of the request. */
    static ProblemException problem(Refusal refusal, UnaryOperator<String> fieldInRequest) {
        var violations = refusal.reasons().stream()
                .map(r -> new Problem.Violation(fieldInRequest.apply(r.field()), r.reason())).toList();
        return switch (refusal.kind()) {
            case NOT_NOW -> ProblemException.conflict(refusal.detail());
            case INVALID -> ProblemException.invalid(violations);
            case RULES_UNMET -> ProblemException.of(ProblemType.CANNOT_SUBMIT, refusal.detail(), violations);
            case FUNDER_TAKES_PART -> ProblemException.of(ProblemType.FUNDER_TAKES_PART, refusal.detail(), violations);
        };
    }
}
