package uk.gov.tca.partner.organisation;

import uk.gov.tca.partner.feed.RegisterFeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.HashSet;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.partner.naming.NameFolding;
import uk.gov.tca.platform.rules.RuleViolation;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/** Keeps the register of organisations: search, create and update, each change audited. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final String ENTITY = "organisation";

    private final EntityManager em;
    private final AuditLog audit;
    private final RegisterFeed feed;
    private final Clock clock;

    public OrganisationService(EntityManager em, AuditLog audit, RegisterFeed feed, Clock clock) {
        this.feed = feed;
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> find(String id) {
        return Optional.ofNullable(Organisation.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Organisation " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Organisation> findAll(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Organisation> found = Organisation.list("id in ?1", ids);
        return found.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /**
     * Filters by any of name, type, status and identifier. With a name, the closest names come first
     * (same core name, then starting with it, then containing it, then similar); ties by name then id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Organisation> search(OrganisationSearch search, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String order = "o.legal_name, o.id";
        if (search.q() != null && !search.q().isBlank()) {
            String core = NameFolding.core(search.q());
            String normalised = NameFolding.normalise(search.q());
            params.put("core", core);
            params.put("normalised", normalised);
            params.put("contains", "%" + escapeLike(core) + "%");
            params.put("prefix", escapeLike(core) + "%");
            where.append(" AND EXISTS (SELECT 1 FROM organisation_name n WHERE n.organisation_id = o.id AND ("
                    + "n.core LIKE :contains OR n.normalised LIKE :contains OR n.core % :core OR n.normalised = :normalised))");
            order = "(SELECT min(CASE WHEN n.core = :core OR n.normalised = :normalised THEN 0 "
                    + "WHEN n.core LIKE :prefix THEN 1 WHEN n.core LIKE :contains THEN 2 ELSE 3 END) "
                    + "FROM organisation_name n WHERE n.organisation_id = o.id), "
                    + "(SELECT max(similarity(n.core, :core)) FROM organisation_name n WHERE n.organisation_id = o.id) DESC, "
                    + order;
        }
        if (search.type() != null) {
            where.append(" AND o.type = :type");
            params.put("type", search.type().name());
        }
        if (search.status() != null) {
            where.append(" AND o.status = :status");
            params.put("status", search.status().name());
        }
        if (search.identifier() != null && !search.identifier().isBlank()) {
            where.append(" AND (upper(o.id) = upper(:identifier) OR EXISTS (SELECT 1 FROM organisation_identifier i "
                    + "WHERE i.organisation_id = o.id AND upper(i.value) = upper(:identifier)))");
            params.put("identifier", search.identifier().strip());
        }
        if (search.updatedSince() != null) {
            // a sync reads forward: oldest change first, ties by id, asking again from the last item's updatedAt
            // (a page number could skip an organisation when one before it changes while the sync reads)
            where.append(" AND o.updated_at >= :since");
            params.put("since", search.updatedSince());
            order = "o.updated_at, o.id";
        }
        String countSql = "SELECT count(*) FROM organisation o" + where;
        Query count = em.createNativeQuery(countSql);
        String pageSql = "SELECT o.id FROM organisation o" + where + " ORDER BY " + order;
        Query page = em.createNativeQuery(pageSql);
        params.forEach((k, v) -> {
            if (countSql.contains(":" + k)) {
                count.setParameter(k, v);
            }
            if (pageSql.contains(":" + k)) {
                page.setParameter(k, v);
            }
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> ids = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        Map<String, Organisation> byId = findAll(ids);
        List<Organisation> items = ids.stream().map(byId::get).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public Organisation create(OrganisationDraft draft, String actor) {
        return create(draft, actor, null);
    }

    /** Added by a programme manager (or the loader), or proposed by {@code proposer}: then unverified. */
    private Organisation create(OrganisationDraft draft, String actor, String proposer) {
        check(draft);
        if (Organisation.findById(draft.id()) != null) {
            throw ProblemException.conflict("Organisation " + draft.id() + " already exists");
        }
        checkReferences(draft, null);
        Organisation organisation = new Organisation();
        organisation.id = draft.id();
        Instant now = Instant.now(clock);
        organisation.createdAt = now;
        organisation.createdBy = actor;
        apply(organisation, draft, now, actor);
        organisation.verified = proposer == null;
        organisation.proposedBy = proposer;
        organisation.persist();
        em.flush();
        audit.record(actor, proposer == null ? "ORGANISATION_CREATED" : "ORGANISATION_PROPOSED", ENTITY, organisation.id,
                null, organisation.snapshot());
        if (!organisation.successors.isEmpty()) {
            feed.publish("organisation-changed", organisation.id, Map.of("organisationId", organisation.id, "successors",
                    organisation.successors.stream().sorted().toList()));
        }
        return organisation;
    }

    /**
     * PROPOSED_UNTIL_CONFIRMED: an organisation the register lacks, added at once under an id the register gives it so a
     * bid can name it, unverified until a programme manager confirms it or merges it into the entry it duplicates.
     */
    public Organisation propose(OrganisationDraft draft, String actor) {
        return create(draft, actor, actor);
    }

    /** A programme manager confirms a proposed organisation is what it says: it is then verified like any other. */
    public Organisation confirm(String id, String actor) {
        Organisation organisation = get(id);
        if (organisation.verified) {
            throw ProblemException.conflict("Organisation " + id + " is verified already: only a proposed organisation "
                    + "is confirmed");
        }
        Map<String, Object> before = organisation.snapshot();
        organisation.verified = true;
        changed(organisation, actor);
        audit.record(actor, "ORGANISATION_CONFIRMED", ENTITY, id, before, organisation.snapshot());
        return organisation;
    }

    /**
     * A proposed organisation that duplicates one on the register is merged into it: the proposal ends (ABOLISHED,
     * succeeded by the entry, so a bid naming it is told whom it means) and its names become that entry's aliases.
     */
    public Organisation merge(String id, String into, String actor) {
        Organisation proposal = get(id);
        if (proposal.verified) {
            throw ProblemException.conflict("Organisation " + id + " is verified: only a proposed organisation is merged");
        }
        if (id.equals(into)) {
            throw ProblemException.invalid("into", "is the proposal itself");
        }
        Organisation target = find(into).orElseThrow(() -> ProblemException.invalid("into", "organisation " + into
                + " is not on the register"));
        if (!target.verified) {
            throw ProblemException.invalid("into", "organisation " + into + " is itself an unverified proposal");
        }
        if (target.mergedInto != null || target.status == OrganisationStatus.ABOLISHED) {
            throw ProblemException.invalid("into", "organisation " + into + " has ceased to exist"
                    + (target.successors.isEmpty() ? "" : ": merge into its successor " + String.join(" or ", target.successors)));
        }
        Map<String, Object> before = proposal.snapshot();
        Map<String, Object> targetBefore = target.snapshot();
        proposal.verified = true;
        proposal.mergedInto = into;
        proposal.status = OrganisationStatus.ABOLISHED;
        proposal.endDate = LocalDate.now(clock);
        proposal.successors.clear();
        proposal.successors.add(into);
        changed(proposal, actor);
        List<String> aliases = new ArrayList<>(target.aliases());
        proposal.names.forEach(n -> aliases.add(n.name));
        target.rename(target.legalName, target.commonName, aliases);
        changed(target, actor);
        audit.record(actor, "ORGANISATION_MERGED", ENTITY, id, before, proposal.snapshot());
        audit.record(actor, "ORGANISATION_UPDATED", ENTITY, into, targetBefore, target.snapshot());
        feed.publish("organisation-changed", id, Map.of("organisationId", id, "successors", List.of(into)));
        return proposal;
    }

    private void changed(Organisation organisation, String actor) {
        organisation.updatedAt = Instant.now(clock);
        organisation.updatedBy = actor;
        em.flush();
    }

    public Organisation update(String id, String ifMatch, OrganisationDraft draft, String actor) {
        Organisation organisation = get(id);
        ETags.requireMatch(ifMatch, organisation.version);
        check(draft);
        checkReferences(draft, id);
        Map<String, Object> before = organisation.snapshot();
        Set<String> successorsBefore = new HashSet<>(organisation.successors);
        apply(organisation, draft, Instant.now(clock), actor);
        em.flush();
        audit.record(actor, "ORGANISATION_UPDATED", ENTITY, id, before, organisation.snapshot());
        if (!successorsBefore.equals(organisation.successors)) {
            // a successor links the two organisations, and so may conflict an assessor of either
            feed.publish("organisation-changed", id, Map.of("organisationId", id, "successors",
                    organisation.successors.stream().sorted().toList()));
        }
        return organisation;
    }

    private static void check(OrganisationDraft draft) {
        List<RuleViolation> violations = OrganisationRules.check(draft);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.Violation(v.field(), v.reason())).toList());
        }
    }

    /** Successors must be on the register, and no identifier may already name another organisation. */
    private void checkReferences(OrganisationDraft draft, String self) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Organisation> successors = findAll(new LinkedHashSet<>(draft.successors()));
        for (int i = 0; i < draft.successors().size(); i++) {
            if (!successors.containsKey(draft.successors().get(i))) {
                violations.add(new Problem.Violation("successors[" + i + "]",
                        "organisation " + draft.successors().get(i) + " is not on the register"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        for (int i = 0; i < draft.identifiers().size(); i++) {
            Identifier identifier = draft.identifiers().get(i);
            @SuppressWarnings("unchecked")
            List<String> holders = em.createNativeQuery("SELECT organisation_id FROM organisation_identifier "
                            + "WHERE scheme = :scheme AND upper(value) = upper(:value)")
                    .setParameter("scheme", identifier.scheme.name())
                    .setParameter("value", identifier.value)
                    .getResultList();
            for (String holder : holders) {
                if (!holder.equals(self)) {
                    throw ProblemException.of(ProblemType.IDENTIFIER_TAKEN,
                            identifier.scheme + " " + identifier.value + " already identifies organisation " + holder,
                            List.of(new Problem.Violation("identifiers[" + i + "].value",
                                    "already identifies organisation " + holder)));
                }
            }
        }
    }

    private static void apply(Organisation organisation, OrganisationDraft draft, Instant now, String actor) {
        organisation.type = draft.type();
        organisation.status = draft.status();
        organisation.startDate = draft.startDate();
        organisation.endDate = draft.endDate();
        organisation.nation = draft.nation();
        organisation.region = draft.region();
        organisation.rename(draft.legalName(), draft.commonName(), draft.aliases());
        organisation.functions.clear();
        organisation.functions.addAll(draft.functions());
        organisation.identifiers.clear();
        organisation.identifiers.addAll(draft.identifiers());
        organisation.successors.clear();
        organisation.successors.addAll(draft.successors());
        organisation.updatedAt = now;
        organisation.updatedBy = actor;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
