package uk.gov.tca.partner.collaboration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
 * /collaborations: who may call what, and the few lines mapping HTTP to the service; the contract's words are
 * {@link CollaborationsApi}'s.
 */
@Authenticated
public class CollaborationResource implements CollaborationsApi {

    private final CollaborationService collaborations;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;
    private final MergePatch mergePatch;

    public CollaborationResource(CollaborationService collaborations, AuditLog audit, Idempotency idempotency,
            SecurityIdentity identity, MergePatch mergePatch) {
        this.mergePatch = mergePatch;
        this.collaborations = collaborations;
        this.audit = audit;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @Override
    public PageResult<CollaborationView> search(String q, String member, String updatedSince, String page,
            String size) {
        if (q != null && q.length() > 300) {
            throw ProblemException.invalid("q", "must be at most 300 characters");
        }
        return collaborations.search(q, member, QueryParams.instant("updatedSince", updatedSince), Paging.of(page, size))
                .map(CollaborationView::of);
    }

    @Override
    public Response get(String id) {
        Collaboration collaboration = collaborations.get(id);
        return ETags.ok(CollaborationView.of(collaboration), collaboration.version);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response create(String idempotencyKey, CollaborationInput body) {
        String actor = actor();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            Collaboration created = collaborations.create(draft(body.id(), body), actor);
            return idempotency.answer(201, "/collaborations/" + created.id, ETags.of(created.version),
                    CollaborationView.of(created));
        }).toResponse();
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response update(String id, String ifMatch, CollaborationInput body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        Collaboration updated = collaborations.update(id, ifMatch, draft(id, body), actor());
        return ETags.ok(CollaborationView.of(updated), updated.version);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public Response patch(String id, String ifMatch, JsonNode body) throws JsonProcessingException {
        Collaboration current = collaborations.get(id);
        CollaborationInput patched = mergePatch.apply(CollaborationInput.of(current), body, CollaborationInput.class);
        return update(id, ETags.heldTo(ifMatch, current.version), patched);
    }

    @Override
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    public PageResult<AuditEntryView> history(String id, String page, String size) {
        collaborations.get(id);
        return audit.history("collaboration", id, Paging.of(page, size)).map(AuditEntryView::of);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static CollaborationDraft draft(String id, CollaborationInput body) {
        List<CollaborationMember> members = body.members().stream()
                .map(m -> new CollaborationMember(m.organisationId(), m.role(), m.since(), m.until())).toList();
        return new CollaborationDraft(id, body.name().strip(), body.description(), members);
    }
}
