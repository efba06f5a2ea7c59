package uk.gov.tca.partner.relation;

import uk.gov.tca.partner.feed.RegisterFeed;
import uk.gov.tca.partner.organisation.OrganisationService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;

/** Records and ends the links between organisations. */
@ApplicationScoped
@Transactional
public class RelationService {

    static final String ENTITY = "relation";

    private final EntityManager em;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final RegisterFeed feed;
    private final Clock clock;

    public RelationService(EntityManager em, OrganisationService organisations, AuditLog audit, RegisterFeed feed,
            Clock clock) {
        this.em = em;
        this.organisations = organisations;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    /** Every relation the organisation is on either side of, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationRelation> of(String organisationId) {
        organisations.get(organisationId);
        return OrganisationRelation.list("fromId = ?1 or toId = ?1 order by id", organisationId);
    }

    public OrganisationRelation relate(String fromId, String toId, RelationType type, LocalDate since, LocalDate until,
            String note, String actor) {
        organisations.get(fromId);
        if (organisations.find(toId).isEmpty()) {
            throw ProblemException.invalid("toId", "organisation " + toId + " is not on the register");
        }
        if (fromId.equals(toId)) {
            throw ProblemException.invalid("toId", "an organisation is not related to itself");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw ProblemException.invalid("until", "is before since " + since);
        }
        if (OrganisationRelation.count("fromId = ?1 and toId = ?2 and type = ?3", fromId, toId, type) > 0) {
            throw ProblemException.conflict(fromId + " " + type + " " + toId + " is already recorded");
        }
        OrganisationRelation relation = new OrganisationRelation();
        relation.fromId = fromId;
        relation.toId = toId;
        relation.type = type;
        relation.since = since;
        relation.until = until;
        relation.note = note;
        relation.createdAt = Instant.now(clock);
        relation.createdBy = actor;
        relation.persist();
        em.flush();
        audit.record(actor, "RELATION_RECORDED", ENTITY, String.valueOf(relation.id), null, snapshot(relation));
        feed.publish("relation-recorded", fromId, snapshot(relation));
        return relation;
    }

    public void remove(String organisationId, long relationId, String actor) {
        OrganisationRelation relation = OrganisationRelation.findById(relationId);
        if (relation == null || !(relation.fromId.equals(organisationId) || relation.toId.equals(organisationId))) {
            throw ProblemException.notFound("Relation " + relationId + " of organisation " + organisationId);
        }
        Map<String, Object> before = snapshot(relation);
        relation.delete();
        audit.record(actor, "RELATION_REMOVED", ENTITY, String.valueOf(relationId), before, null);
        feed.publish("relation-removed", relation.fromId, before);
    }

    private static Map<String, Object> snapshot(OrganisationRelation relation) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", relation.id);
        state.put("fromId", relation.fromId);
        state.put("toId", relation.toId);
        state.put("type", relation.type);
        state.put("since", relation.since == null ? null : relation.since.toString());
        state.put("until", relation.until == null ? null : relation.until.toString());
        state.put("note", relation.note);
        return state;
    }
}
