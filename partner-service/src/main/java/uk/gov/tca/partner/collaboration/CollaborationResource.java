package uk.gov.tca.partner.collaboration;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

@Path("/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "collaborations", description = "Named groups of organisations, with members over time")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CollaborationResource {

    private static final String COLLABORATION_EXAMPLE = """
            {"id": "one-swindon", "name": "One Swindon",
             "description": "Swindon's public service partnership board",
             "members": [{"organisationId": "GB-LAE-SWD", "role": "lead", "since": "2013-01-01"}]}""";

    private final CollaborationService collaborations;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public CollaborationResource(CollaborationService collaborations, AuditLog audit, Idempotency idempotency,
            SecurityIdentity identity) {
        this.collaborations = collaborations;
        this.audit = audit;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List collaborations", description = "Filter by words in the name or by a member organisation.")
    @APIResponse(responseCode = "200", description = "One page of collaborations, by name")
    public PageResult<CollaborationView> search(@Parameter(example = "swindon") @QueryParam("q") String q,
            @Parameter(example = "GB-LAE-BAB") @QueryParam("member") String member,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        if (q != null && q.length() > 300) {
            throw ProblemException.invalid("q", "must be at most 300 characters");
        }
        return collaborations.search(q, member, Paging.of(page, size)).map(CollaborationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one collaboration")
    @APIResponse(responseCode = "200", description = "The collaboration; ETag set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "one-swindon") @PathParam("id") String id) {
        Collaboration collaboration = collaborations.get(id);
        return ETags.ok(CollaborationView.of(collaboration), collaboration.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a collaboration (programme managers)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "One Swindon", value = COLLABORATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, or a member not on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull CollaborationInput body) {
        String actor = identity.getPrincipal().getName();
        return idempotency.once(idempotencyKey, actor, body, () -> {
            Collaboration created = collaborations.create(draft(body.id(), body), actor);
            return idempotency.answer(201, "/collaborations/" + created.id, ETags.of(created.version),
                    CollaborationView.of(created));
        }).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Replace a collaboration's details and members (programme managers)",
            description = "End a membership with an until date rather than removing it, so history stays true.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "One Swindon", value = COLLABORATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollaborationInput body) {
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalid("id", "must be the id in the path (" + id + ") or left out");
        }
        Collaboration updated = collaborations.update(id, ifMatch, draft(id, body), identity.getPrincipal().getName());
        return ETags.ok(CollaborationView.of(updated), updated.version);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "The audit trail of a collaboration (programme managers)")
    @APIResponse(responseCode = "200", description = "Changes, oldest first")
    public PageResult<AuditEntryView> history(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        collaborations.get(id);
        return audit.history("collaboration", id, Paging.of(page, size)).map(AuditEntryView::of);
    }

    private static CollaborationDraft draft(String id, CollaborationInput body) {
        List<CollaborationMember> members = body.members().stream()
                .map(m -> new CollaborationMember(m.organisationId(), m.role(), m.since(), m.until())).toList();
        return new CollaborationDraft(id, body.name().strip(), body.description(), members);
    }
}
