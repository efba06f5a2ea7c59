package uk.gov.tca.partner.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.audit.AuditEntryView;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.problem.Problem;

/**
 * The contract of /organisations: paths, parameters, what is validated and what each answer means, for integrators
 * reading the OpenAPI. {@link OrganisationResource} implements it and says who may call what; keeping the prose here
 * leaves the resource the few lines that map HTTP to the service.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "The register of every organisation that can take part in a bid (councils "
        + "past and present, fire and rescue authorities, police, NHS bodies, housing associations, charities, "
        + "partnership boards …): search, resolve names as bids write them, the relations between organisations and "
        + "everything linked to one. Any signed-in caller reads; programme managers keep the register.")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface OrganisationsApi {

    @GET
    @Operation(summary = "Search the register",
            description = "One page of the organisations that match every filter given; with no filter, the whole "
                    + "register by legal name. q matches any of an organisation's names (legal, common, aliases) "
                    + "ignoring case, punctuation, '&'/'and', 'St'/'Saint', '-on-'/'upon' and style words (council, "
                    + "district, borough, DC, UA …); the closest names come first (same name, then starting with q, "
                    + "then containing it, then similar), then by legal name and id. Pages count from 0, 20 "
                    + "organisations a page unless size says otherwise, and total says how many match. With "
                    + "updatedSince the order is instead the oldest change first, then id, so that a sync reading "
                    + "page after page neither skips nor repeats an organisation that did not change meanwhile. Any "
                    + "signed-in caller (a bidder's token must name its council).")
    @APIResponse(responseCode = "200", description = "One page of organisations, closest names first")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid (the problem's "
            + "violations name it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    PageResult<OrganisationView> search(
            @Parameter(description = "Words of a name as a bid writes it, at most 300 characters",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300), example = "stratford upon avon")
            @QueryParam("q") String q,
            @Parameter(description = "Only organisations of this type",
                    schema = @Schema(implementation = OrganisationType.class), example = "DISTRICT")
            @QueryParam("type") String type,
            @Parameter(description = "Only active or only abolished organisations",
                    schema = @Schema(implementation = OrganisationStatus.class), example = "ACTIVE")
            @QueryParam("status") String status,
            @Parameter(description = "Only the organisation with this id or identifier value on any scheme (an "
                    + "org-id, a GSS code, a register code …), compared without regard to case",
                    example = "E07000200")
            @QueryParam("identifier") String identifier,
            @Parameter(description = "Only organisations changed at or after this time (ISO 8601, e.g. 2014-07-01T00:00:00Z), "
                    + "listed oldest change first, then by id: to sync, ask again from the last one's updatedAt (page 0 "
                    + "each time, each read at least once) rather than for the next page number.", schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2014-07-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The page to answer, counting from 0; 0 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Organisations per page, 1 to 200; 20 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one organisation",
            description = "The organisation with every name, identifier and function the register holds, and its "
                    + "ETag: the version to send in If-Match when a programme manager changes it. Any signed-in "
                    + "caller (a bidder's token must name its council).")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The organisation's id: its org-id, or the register's internal id",
            example = "GB-LAE-BAB") @PathParam("id") String id);

    @POST
    @Operation(summary = "Add an organisation to the register (programme managers)",
            description = "Adds an organisation with the id given in the body. Every field is checked at once and "
                    + "every problem answered together: identifiers against their scheme's format, an abolished "
                    + "organisation's end date, successors on the register. Send an Idempotency-Key to make a retry "
                    + "safe: the same key and body answer the first 201 again. Adding an organisation with successors "
                    + "puts an organisation-changed event on the feed. Programme managers only.")
    @APIResponse(responseCode = "201", description = "Added; Location names the organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, the id missing, or a successor not on the "
            + "register (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken, or an identifier already names another "
            + "organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(
            @Parameter(description = "A key of your choosing (a UUID), 1 to 200 characters, to make a retry safe: a "
                    + "retry with the same key and body gets the first answer back rather than a second "
                    + "organisation; the same key with another body is refused (422). Optional.",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                    example = "7f9c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OrganisationInput body);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an organisation's details (programme managers)",
            description = "Replaces everything a client may set: a field left out is cleared (status becomes ACTIVE). "
                    + "Send the ETag you read in If-Match: without it the answer is 428, and 412 (with the current "
                    + "ETag) when someone changed the organisation since. The same checks as on create apply; a "
                    + "change of successors puts an organisation-changed event on the feed. The change is on the "
                    + "organisation's history. Programme managers only.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, an id in the body other than the path's, or a "
            + "successor not on the register (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An identifier already names another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: the organisation changed since it was read "
            + "(the ETag header is the current version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response update(
            @Parameter(description = "The organisation's id", example = "GB-LAE-BAB") @PathParam("id") String id,
            @Parameter(description = "The ETag of the version the change is based on, as read (\"3\"); required",
                    example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OrganisationInput body);

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change part of an organisation's details (programme managers); If-Match required",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the organisation as `PUT` would \
                    send it: the fields sent replace the organisation's, `null` clears a field, a list (`identifiers`, \
                    `aliases`, `successors`, `functions`) is replaced whole, and what is left out is kept. The result \
                    is checked exactly as a full replacement (400 naming each field, 409 for an identifier of another \
                    organisation). Send the ETag as read in If-Match: 428 without it, 412 when the organisation \
                    changed since, and nothing changes. Programme managers only.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = OrganisationInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; the organisation as it now stands, with its new ETag",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the organisation it makes is "
            + "not valid (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An identifier already names another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the organisation's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response patch(
            @Parameter(description = "The organisation's id", example = "GB-LAE-BAB") @PathParam("id") String id,
            @Parameter(description = "The ETag of the organisation as read (\"3\"); required", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException;

    @POST
    @Path("/resolve")
    @Operation(summary = "Link names as bids write them to the register",
            description = "For each name sent, in order, the organisations it may mean, best first, each with a score "
                    + "from 0 to 1 and how it matched: exactly, an alias, the same name in another style "
                    + "(\"Stratford on Avon District Council\"), every word in a longer name (\"Kings Lynn\"), or a "
                    + "close spelling (\"East Lynsey\"). Weak matches are left out, so a name may have no candidate. "
                    + "Reads only; any signed-in caller (a bidder's token must name its council).")
    @APIResponse(responseCode = "200", description = "Candidates per name, in the order the names were sent",
            content = @Content(schema = @Schema(implementation = ResolveResult.class)))
    @APIResponse(responseCode = "400", description = "No names, too many, a blank or overlong name, or a limit out of "
            + "range (the problem's violations name it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ResolveResult resolve(@Valid @NotNull ResolveRequest body);

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit trail of an organisation (programme managers)",
            description = "Every change to the organisation — who made it, when, and its state before and after — "
                    + "oldest first, one page at a time: pages count from 0, 20 changes a page unless size says "
                    + "otherwise. The trail is append-only. Programme managers only.")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first")
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    PageResult<AuditEntryView> history(
            @Parameter(description = "The organisation's id", example = "GB-LAE-BAB") @PathParam("id") String id,
            @Parameter(description = "The page to answer, counting from 0; 0 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Changes per page, 1 to 200; 20 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @POST
    @Path("/proposals")
    @Operation(summary = "Propose an organisation the register does not have (bidders and programme managers)",
            description = "For an organisation a bid must name that the register lacks (a community partnership, a new "
                    + "trust): the register gives it an id (PROPOSED-…) and it can be named in a bid at once, shown "
                    + "unverified (verified false, proposedBy) until a programme manager confirms it or merges it into "
                    + "the entry it duplicates. An identifier that already names an organisation is refused (409), "
                    + "naming it: name that one. Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Proposed; Location names the organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a bidder or programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An identifier already names an organisation on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response propose(
            @Parameter(description = "A key of your choosing (a UUID), 1 to 200 characters, to make a retry safe. Optional.",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                    example = "7f9c2b1e-5d4a-4c3b-9e8f-1a2b3c4d5e6f")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ProposalInput body);

    @POST
    @Path("/{id}/confirmation")
    @Operation(summary = "Confirm a proposed organisation (programme managers)",
            description = "A programme manager confirms a proposed organisation is real and not on the register under "
                    + "another entry: it is then verified like any other. 409 for one already verified.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Verified already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response confirm(@Parameter(description = "The proposed organisation's id.", example = "PROPOSED-3F6D2A8019C04B7E")
            @PathParam("id") String id);

    @POST
    @Path("/{id}/merger")
    @Operation(summary = "Merge a proposed organisation into the entry it duplicates (programme managers)",
            description = "The proposal ends: ABOLISHED today, succeeded by the entry (mergedInto), whose aliases gain "
                    + "its names so the name resolves there next time. A bid naming the proposal is warned that it means "
                    + "the entry (ORGANISATION_CEASED). An organisation-changed event goes on the feed. 409 for an "
                    + "organisation that is not an unverified proposal; 400 for an entry not on the register, itself a "
                    + "proposal, or the proposal itself.")
    @APIResponse(responseCode = "200", description = "Merged: the proposal as it now stands",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "The entry is not one to merge into",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not an unverified proposal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response merge(@Parameter(description = "The proposed organisation's id.", example = "PROPOSED-3F6D2A8019C04B7E")
            @PathParam("id") String id, @Valid @NotNull MergerInput body);
}
