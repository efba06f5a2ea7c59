package uk.gov.tca.partner.collaboration;

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
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.openapi.Security;

/**
 * The contract of /collaborations: paths, parameters, what is validated and what each answer means, for integrators
 * reading the OpenAPI. {@link CollaborationResource} implements it and says who may call what; keeping the prose here
 * leaves the resource the few lines that map HTTP to the service.
 */
@Path("/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "collaborations", description = "Named groups of organisations, with members over time")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CollaborationsApi {

    String COLLABORATION_EXAMPLE = """
            {"id": "one-swindon", "name": "One Swindon",
             "description": "Swindon's public service partnership board",
             "members": [{"organisationId": "GB-LAE-SWD", "role": "lead", "since": "2013-01-01"}]}""";

    @GET
    @Operation(summary = "List collaborations",
            description = "Filter by words in the name or by a member organisation.")
    @APIResponse(responseCode = "200", description = "One page of collaborations, by name")
    PageResult<CollaborationView> search(@Parameter(example = "swindon") @QueryParam("q") String q,
            @Parameter(example = "GB-LAE-BAB") @QueryParam("member") String member,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one collaboration")
    @APIResponse(responseCode = "200", description = "The collaboration; ETag set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "one-swindon") @PathParam("id") String id);

    @POST
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
    Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull CollaborationInput body);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a collaboration's details and members (programme managers)",
            description = "End a membership with an until date rather than removing it, so history stays true.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "One Swindon", value = COLLABORATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Bad Request")
    Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollaborationInput body);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit trail of a collaboration (programme managers)")
    @APIResponse(responseCode = "200", description = "Changes, oldest first")
    PageResult<AuditEntryView> history(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);
}
