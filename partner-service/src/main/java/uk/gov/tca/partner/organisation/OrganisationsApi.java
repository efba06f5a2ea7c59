package uk.gov.tca.partner.organisation;

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
 * The contract of /organisations: paths, parameters, what is validated and what each answer means, for integrators
 * reading the OpenAPI. {@link OrganisationResource} implements it and says who may call what; keeping the prose here
 * leaves the resource the few lines that map HTTP to the service.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "The register of organisations that can take part in a bid")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface OrganisationsApi {

    String ORGANISATION_EXAMPLE = """
            {"id": "GB-LAE-BAB", "legalName": "Babergh District Council", "commonName": "Babergh",
             "type": "DISTRICT", "status": "ACTIVE", "nation": "England", "region": "East of England",
             "functions": ["HOUSING_AUTHORITY", "PLANNING_AUTHORITY"],
             "identifiers": [{"scheme": "ORG_ID", "value": "GB-LAE-BAB"}, {"scheme": "GSS", "value": "E07000200"}],
             "aliases": ["Babergh DC"]}""";

    String RESOLVE_EXAMPLE = """
            {"names": ["Stratford on Avon District Council", "Cheshire West and Cheshire UA", "Kings Lynn",
                       "East Lynsey", "SWASFT"], "limit": 3}""";

    @GET
    @Operation(summary = "Search the register",
            description = "Name matching ignores case, punctuation, '&'/'and', 'St'/'Saint', '-on-'/'upon' and style "
                    + "words (council, district, borough …). Closest names first, then by name.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    PageResult<OrganisationView> search(
            @Parameter(example = "stratford upon avon") @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = OrganisationType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = OrganisationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Any identifier value or org-id", example = "E07000221")
            @QueryParam("identifier") String identifier,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one organisation",
            description = "The ETag is the version to send in If-Match on update.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "Not on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(example = "GB-LAE-BAB") @PathParam("id") String id);

    @POST
    @Operation(summary = "Add an organisation to the register (programme managers)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Babergh", value = ORGANISATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id or an identifier is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(
            @Parameter(description = "Retries with the same key get the first answer")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OrganisationInput body);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an organisation's details (programme managers)",
            description = "Send the ETag you read in If-Match: 428 without it, 412 when someone changed it since.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Babergh", value = ORGANISATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Bad Request")
    Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganisationInput body);

    @POST
    @Path("/resolve")
    @Operation(summary = "Link names as bids write them to the register",
            description = "Returns ranked candidates for each name, with a score from 0 to 1 and how it matched.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "misspellings", value = RESOLVE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Candidates per name, best first",
            content = @Content(schema = @Schema(implementation = ResolveResult.class)))
    @APIResponse(responseCode = "400", description = "Bad Request")
    ResolveResult resolve(@Valid @NotNull ResolveRequest body);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit trail of an organisation (programme managers)")
    @APIResponse(responseCode = "200", description = "Changes, oldest first")
    PageResult<AuditEntryView> history(@PathParam("id") String id,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);
}
