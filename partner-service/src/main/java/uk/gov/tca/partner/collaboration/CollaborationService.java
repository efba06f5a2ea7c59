package uk.gov.tca.partner.collaboration;

import uk.gov.tca.partner.feed.RegisterFeed;
import uk.gov.tca.partner.organisation.OrganisationService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.partner.naming.NameFolding;
import uk.gov.tca.partner.organisation.Organisation;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/** Keeps the named groups organisations work in, and who was a member when. */
@ApplicationScoped
@Transactional
public class CollaborationService {

    static final String ENTITY = "collaboration";

    private final EntityManager em;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final RegisterFeed feed;
    private final Clock clock;

    public CollaborationService(EntityManager em, OrganisationService organisations, AuditLog audit, RegisterFeed feed,
            Clock clock) {
        this.feed = feed;
        this.em = em;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Collaboration get(String id) {
        Collaboration collaboration = Collaboration.findById(id);
        if (collaboration == null) {
            throw ProblemException.notFound("Collaboration " + id);
        }
        return collaboration;
    }

    /**
     * Filters by words in the name, by a member organisation (past or present) and by a change at or after
     * {@code updatedSince}; ordered by name, id — or, to sync by, oldest change first, then id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Collaboration> search(String q, String member, java.time.Instant updatedSince, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" and lower(c.name) like :q");
            params.put("q", "%" + q.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (member != null && !member.isBlank()) {
            where.append(" and exists (select 1 from Collaboration c2 join c2.members m where c2 = c and m.organisationId = :member)");
            params.put("member", member);
        }
        String order = " order by c.name, c.id";
        if (updatedSince != null) {
            where.append(" and c.updatedAt >= :since");
            params.put("since", updatedSince);
            order = " order by c.updatedAt, c.id";
        }
        var query = Collaboration.<Collaboration>find("from Collaboration c where " + where + order, params);
        return PageResult.of(query, paging);
    }

    public Collaboration create(CollaborationDraft draft, String actor) {
        String id = draft.id() != null ? draft.id() : slug(draft.name());
        if (Collaboration.findById(id) != null) {
            throw ProblemException.conflict("Collaboration " + id + " already exists");
        }
        checkMembers(draft.members());
        Collaboration collaboration = new Collaboration();
        collaboration.id = id;
        Instant now = Instant.now(clock);
        collaboration.createdAt = now;
        collaboration.createdBy = actor;
        apply(collaboration, draft, now, actor);
        collaboration.persist();
        em.flush();
        audit.record(actor, "COLLABORATION_CREATED", ENTITY, id, null, collaboration.snapshot());
        feed.publish("collaboration-changed", id, collaboration.snapshot());
        return collaboration;
    }

    public Collaboration update(String id, String ifMatch, CollaborationDraft draft, String actor) {
        Collaboration collaboration = get(id);
        ETags.requireMatch(ifMatch, collaboration.version);
        checkMembers(draft.members());
        Map<String, Object> before = collaboration.snapshot();
        apply(collaboration, draft, Instant.now(clock), actor);
        em.flush();
        audit.record(actor, "COLLABORATION_UPDATED", ENTITY, id, before, collaboration.snapshot());
        feed.publish("collaboration-changed", id, collaboration.snapshot());
        return collaboration;
    }

    /** Current collaborations the organisation is a member of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Collaboration> withMember(String organisationId) {
        return Collaboration.list("select distinct c from Collaboration c join c.members m "
                + "where m.organisationId = ?1 order by c.id", organisationId);
    }

    private void checkMembers(List<CollaborationMember> members) {
        Set<String> ids = new LinkedHashSet<>();
        members.forEach(m -> ids.add(m.organisationId));
        Map<String, Organisation> found = organisations.findAll(ids);
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            CollaborationMember m = members.get(i);
            if (!found.containsKey(m.organisationId)) {
                violations.add(new Problem.Violation("members[" + i + "].organisationId",
                        "organisation " + m.organisationId + " is not on the register"));
            }
            if (m.since != null && m.until != null && m.until.isBefore(m.since)) {
                violations.add(new Problem.Violation("members[" + i + "].until", "is before since " + m.since));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void apply(Collaboration collaboration, CollaborationDraft draft, Instant now, String actor) {
        collaboration.name = draft.name();
        collaboration.description = draft.description();
        collaboration.members.clear();
        collaboration.members.addAll(draft.members());
        collaboration.updatedAt = now;
        collaboration.updatedBy = actor;
    }

    static String slug(String name) {
        String slug = NameFolding.normalise(name).replace(' ', '-');
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
