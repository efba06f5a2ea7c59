package uk.gov.tca.partner.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.gov.tca.partner.config.PartnerConfig;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Roles;

/**
 * /organisations: who may call what, and the few lines mapping HTTP to the service; the contract's words are
 * {@link OrganisationsApi}'s.
 */
@Authenticated
public class OrganisationResource implements OrganisationsApi {

    /** 64 random bits: proposals from every bidder of every round never meet one another's id. */
    private static final java.security.SecureRandom PROPOSAL_IDS = new java.security.SecureRandom();

    private final OrganisationService organisations;
    private final NameResolver resolver;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final PartnerConfig config;
    private final MergePatch mergePatch;

    public OrganisationResource(OrganisationService organisations, NameResolver resolver, AuditLog audit,
            Idempotency idempotency, SecurityIdentity identity, PartnerConfig config, MergePatch mergePatch) {
        this.mergePatch = mergePatch;
        this.organisations = organisations;
        this.resolver = resolver;
        this.audit = audit;
        this.idempotency = idempotency;
        this.identity = identity;
        this.config = config;
    }

    @Override
    public PageResult<OrganisationView> search(String q, String type, String status, String identifier,
            String updatedSince, String page, String size) {
        if (q != null && q.length() > 300) {
            throw ProblemException.invalid("q", "must be at most 300 characters");
        }
        OrganisationSearch search = new OrganisationSearch(q,
                QueryParams.enumParam("type", type, OrganisationType.class),
                QueryParams.enumParam("status", status, OrganisationStatus.class), identifier,
                QueryParams.instant("updatedSince", updatedSince));
        return organisations.search(search, Paging.of(page, size)).map(OrganisationView::of);
    }

    @Override
    public Response get(String id) {
        Organisation organisation = organisations.get(id);
        return ETags.ok(OrganisationView.of(organisation), organisation.version);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response create(String idempotencyKey, OrganisationInput body) {
        if (body.id() == null || body.id().isBlank()) {
            throw ProblemException.invalid("id", "is required");
        }
        String actor = actor();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            Organisation created = organisations.create(draft(body.id(), body), actor);
            return idempotency.answer(201, "/organisations/" + created.id, ETags.of(created.version),
                    OrganisationView.of(created));
        }).toResponse();
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response update(String id, String ifMatch, OrganisationInput body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        Organisation updated = organisations.update(id, ifMatch, draft(id, body), actor());
        return ETags.ok(OrganisationView.of(updated), updated.version);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response patch(String id, String ifMatch, JsonNode body) throws JsonProcessingException {
        Organisation current = organisations.get(id);
        OrganisationInput patched = mergePatch.apply(OrganisationInput.of(current), body, OrganisationInput.class);
        return update(id, ETags.heldTo(ifMatch, current.version), patched);
    }

    @Override
    public ResolveResult resolve(ResolveRequest body) {
        int limit = body.limit() == null ? config.resolve().defaultLimit() : body.limit();
        return new ResolveResult(body.names().stream()
                .map(name -> new ResolveResult.Resolution(name, resolver.resolve(name, limit).stream()
                        .map(c -> new ResolveResult.CandidateView(OrganisationSummary.of(c.organisation()), c.score(),
                                c.matchedName(), c.match()))
                        .toList()))
                .toList());
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public PageResult<AuditEntryView> history(String id, String page, String size) {
        organisations.get(id);
        return audit.history("organisation", id, Paging.of(page, size)).map(AuditEntryView::of);
    }

    @Override
    @RolesAllowed({Roles.BIDDER, Roles.PROGRAMME_MANAGER})
    public Response propose(String idempotencyKey, ProposalInput body) {
        String actor = actor();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            String id = String.format(java.util.Locale.ROOT, "PROPOSED-%016X", PROPOSAL_IDS.nextLong());
            Organisation proposed = organisations.propose(new OrganisationDraft(id, body.legalName().strip(),
                    body.commonName(), body.type(), OrganisationStatus.ACTIVE, null, null, body.nation(), body.region(),
                    Set.of(), body.identifiers() == null ? List.of()
                            : body.identifiers().stream().map(i -> new Identifier(i.scheme(), i.value().strip())).toList(),
                    List.of(), List.of()), actor);
            return idempotency.answer(201, "/organisations/" + proposed.id, ETags.of(proposed.version),
                    OrganisationView.of(proposed));
        }).toResponse();
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response confirm(String id) {
        Organisation confirmed = organisations.confirm(id, actor());
        return ETags.ok(OrganisationView.of(confirmed), confirmed.version);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response merge(String id, MergerInput body) {
        Organisation merged = organisations.merge(id, body.into().strip(), actor());
        return ETags.ok(OrganisationView.of(merged), merged.version);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static OrganisationDraft draft(String id, OrganisationInput body) {
        return new OrganisationDraft(id, body.legalName().strip(), body.commonName(), body.type(),
                body.status() == null ? OrganisationStatus.ACTIVE : body.status(),
                body.startDate(), body.endDate(), body.nation(), body.region(),
                body.functions() == null ? Set.of() : new LinkedHashSet<>(body.functions()),
                body.identifiers() == null ? List.of()
                        : body.identifiers().stream().map(i -> new Identifier(i.scheme(), i.value().strip())).toList(),
                body.aliases() == null ? List.of() : body.aliases(),
                body.successors() == null ? List.of() : body.successors());
    }
}
