package uk.gov.tca.bid.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import uk.gov.tca.bid.content.Maturity;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/**
 * The bids kept, as a caller may see them ({@link BidAccess}); one the caller may not see is answered as if it did not
 * exist (404), so a council cannot learn of another's draft by guessing ids.
 */
@ApplicationScoped
public class Bids {

    /** What a search may filter on; each filter left null is not applied. */
    /** What a list asks for; {@code updatedSince}: only bids changed at or after it, oldest change first. */
    public record Filter(String roundId, BidStatus status, String organisationId, String words, Instant updatedSince,
            String reference, String committee, Maturity maturity, Boolean awaitingReport) {

        public Filter(String roundId, BidStatus status, String organisationId, String words, Instant updatedSince) {
            this(roundId, status, organisationId, words, updatedSince, null, null, null, null);
        }
    }

    private final EntityManager em;

    public Bids(EntityManager em) {
        this.em = em;
    }

    /**
     * The bid to read. Loaded read-only: Hibernate keeps no copy of its JSON columns to compare at flush (a third of
     * the CPU of a read), so nothing done to it is ever written — changes go through {@link #forChange}.
     */
    public Bid readable(Caller caller, String id) {
        return visible(caller, id, em.find(Bid.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /**
     * The bid as it is now, for what is asked before it is locked (the register): detached, so the lock that follows
     * reads it afresh and nothing done to this copy is ever written.
     */
    public Bid beforeLock(Caller caller, String id) {
        Bid bid = readable(caller, id);
        em.detach(bid);
        return bid;
    }

    /**
     * The bid to change, locked until the transaction ends: two changes to one bid take turns, so the second sees the
     * first's version (a 412 for a stale If-Match, a 409 for a bid no longer open) instead of both writing at once.
     */
    public Bid forChange(Caller caller, String id) {
        return visible(caller, id, em.find(Bid.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A new bid, written with its first change. */
    void add(Bid bid) {
        em.persist(bid);
    }

    /**
     * Bids the caller may see, filtered (a funder's managers list its rounds' bids, bidders theirs, integrators and
     * services the public ones); newest first, then by id.
     */
    public PageResult<Bid> search(Caller caller, Filter filter, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        if (caller.is(Roles.PROGRAMME_MANAGER) && caller.organisation() != null) {
            // every bid in the rounds of the manager's own funder, none of another's
            clauses.add("b.funderOrganisationId = :funder");
            params.put("funder", caller.organisation());
        }
        if (caller.is(Roles.BIDDER) && caller.organisation() != null) {
            clauses.add("b.id in (select o.bidId from BidOrganisation o where o.organisationId = :callerOrg)");
            params.put("callerOrg", caller.organisation());
        }
        if (caller.is(Roles.INTEGRATOR) || caller.is(Roles.SERVICE)) {
            // as Bid.isPublic: the public states, and a withdrawal that came after a submission
            clauses.add("(b.status in :public or (b.status = :withdrawn and b.submittedAt is not null))");
            params.put("public", BidStatus.publicStates());
            params.put("withdrawn", BidStatus.WITHDRAWN);
        }
        where.append(clauses.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", clauses) + ")");
        if (filter.roundId() != null && !filter.roundId().isBlank()) {
            where.append(" and b.roundId = :round");
            params.put("round", filter.roundId());
        }
        if (filter.status() != null) {
            where.append(" and b.status = :status");
            params.put("status", filter.status());
        }
        if (filter.organisationId() != null && !filter.organisationId().isBlank()) {
            where.append(" and b.id in (select o.bidId from BidOrganisation o where o.organisationId = :organisation)");
            params.put("organisation", filter.organisationId());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            where.append(" and lower(b.title) like :q");
            params.put("q", "%" + filter.words().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            where.append(" and b.id in (select k.bidId from BidSearchKey k where k.kind = :referenceKind and k.key = :reference)");
            params.put("referenceKind", BidSearchKey.Kind.REFERENCE);
            params.put("reference", BidSearchKey.normalise(filter.reference()));
        }
        if (filter.committee() != null && !filter.committee().isBlank()) {
            where.append(" and b.id in (select k.bidId from BidSearchKey k where k.kind = :committeeKind and k.key = :committee)");
            params.put("committeeKind", BidSearchKey.Kind.COMMITTEE);
            params.put("committee", BidSearchKey.normalise(filter.committee()));
        }
        if (filter.awaitingReport() != null) {
            where.append(" and b.awaitingReport = :awaitingReport");
            params.put("awaitingReport", filter.awaitingReport());
        }
        if (filter.maturity() != null) {
            where.append(" and b.content.maturity = :maturity");
            params.put("maturity", filter.maturity());
        }
        String order = " order by b.createdAt desc, b.id";
        if (filter.updatedSince() != null) {
            // a sync reads forward: oldest change first, ties by id. It asks again from the last item's updatedAt
            // rather than for the next page number: a bid changed while it reads moves to the end, which would
            // shift the pages after it by one and let a page number skip a bid
            where.append(" and b.updatedAt >= :since");
            params.put("since", filter.updatedSince());
            order = " order by b.updatedAt, b.id";
        }
        var query = Bid.<Bid>find("from Bid b where " + where + order, params)
                .withHint(HibernateHints.HINT_READ_ONLY, true);
        return PageResult.of(query, paging);
    }

    private static Bid visible(Caller caller, String id, Bid bid) {
        if (bid == null || !BidAccess.canRead(caller, bid, caller.is(Roles.ASSESSOR) && AccessGrant.exists(id, caller.name()))) {
            throw ProblemException.notFound("Bid " + id);
        }
        return bid;
    }
}
