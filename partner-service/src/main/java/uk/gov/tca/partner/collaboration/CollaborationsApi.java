package uk.gov.tca.partner.collaboration;

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
 * The contract of /collaborations: paths, parameters, what is validated and what each answer means, for integrators
 * reading the OpenAPI. {@link CollaborationResource} implements it and says who may call what; keeping the prose here
 * leaves the resource the few lines that map HTTP to the service.
 */
@Path("/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "collaborations", description = "Named groups of organisations working together (One Swindon, the "
        + "Babergh and Mid Suffolk shared services …), with who was a member when. A current member of one is related "
        + "to every other current member. Any signed-in caller reads; programme managers record them.")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public interface CollaborationsApi {

    @GET
    @Operation(summary = "List collaborations",
            description = "One page of the collaborations whose name contains q (ignoring case) and that have the "
                    + "given organisation among their members, past or present; by name, then id. Pages count from 0, "
                    + "20 collaborations a page unless size says otherwise, and total says how many match. With "
                    + "updatedSince the order is instead the oldest change first, then id, to sync by. Any "
                    + "signed-in caller (a bidder's token must name its council).")
    @APIResponse(responseCode = "200", description = "One page of collaborations, by name")
    PageResult<CollaborationView> search(
            @Parameter(description = "Words the collaboration's name contains, at most 300 characters",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 300), example = "swindon")
            @QueryParam("q") String q,
            @Parameter(description = "Only collaborations this organisation is or was a member of (its id)",
                    example = "GB-LAE-BAB")
            @QueryParam("member") String member,
            @Parameter(description = "Only collaborations changed at or after this time (ISO 8601, e.g. 2014-07-01T00:00:00Z), "
                    + "listed oldest change first, then by id: to sync, ask again from the last one's updatedAt (page 0 "
                    + "each time, each read at least once) rather than for the next page number.", schema = @Schema(type = SchemaType.STRING, format = "date-time"),
                    example = "2014-07-01T00:00:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "The page to answer, counting from 0; 0 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Collaborations per page, 1 to 200; 20 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one collaboration",
            description = "The collaboration with its members past and present, and its ETag: the version to send in "
                    + "If-Match when a programme manager changes it. Any signed-in caller (a bidder's token must name "
                    + "its council).")
    @APIResponse(responseCode = "200", description = "The collaboration",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(
            @Parameter(description = "The collaboration's id", example = "one-swindon") @PathParam("id") String id);

    @POST
    @Operation(summary = "Record a collaboration (programme managers)",
            description = "Records a collaboration and its members, each of which must be on the register. Without "
                    + "an id the id is made from the name. Send an Idempotency-Key to make a retry safe: the same key "
                    + "and body answer the first 201 again. The collaboration is put on the feed "
                    + "(collaboration-changed), and its current members become related to each other. Programme "
                    + "managers only.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the collaboration",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, a member not on the register, or a membership "
            + "that ends before it starts (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response create(
            @Parameter(description = "A key of your choosing (a UUID), 1 to 200 characters, to make a retry safe: a "
                    + "retry with the same key and body gets the first answer back rather than a second "
                    + "collaboration; the same key with another body is refused (422). Optional.",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                    example = "3c1d9a2e-8b7f-4e6d-a5c4-0f1e2d3c4b5a")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull CollaborationInput body);

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a collaboration's details and members (programme managers)",
            description = "Replaces the name, the description and the whole list of members. End a membership with "
                    + "an until date rather than removing it, so the history stays true. Send the ETag you read in "
                    + "If-Match: without it the answer is 428, and 412 (with the current ETag) when someone changed "
                    + "the collaboration since. The change is put on the feed (collaboration-changed) and on the "
                    + "collaboration's history. Programme managers only.")
    @APIResponse(responseCode = "200", description = "Replaced; the new ETag is set",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "Fields not valid, an id in the body other than the path's, a "
            + "member not on the register, or a membership that ends before it starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: the collaboration changed since it was read "
            + "(the ETag header is the current version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response update(
            @Parameter(description = "The collaboration's id", example = "one-swindon") @PathParam("id") String id,
            @Parameter(description = "The ETag of the version the change is based on, as read (\"3\"); required",
                    example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollaborationInput body);

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change part of a collaboration (programme managers); If-Match required",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the collaboration as `PUT` would \
                    send it: the fields sent replace the collaboration's, `null` clears a field, `members` is replaced \
                    whole (keep past members in it, with until), and what is left out is kept. The result is checked \
                    exactly as a full replacement (400 naming each field). Send the ETag as read in If-Match: 428 \
                    without it, 412 when the collaboration changed since, and nothing changes. Programme managers \
                    only.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = CollaborationInput.class)))
    @APIResponse(responseCode = "200", description = "Changed; the collaboration as it now stands, with its new ETag",
            content = @Content(schema = @Schema(implementation = CollaborationView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the collaboration it makes is "
            + "not valid (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the collaboration's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response patch(
            @Parameter(description = "The collaboration's id", example = "one-swindon") @PathParam("id") String id,
            @Parameter(description = "The ETag of the collaboration as read (\"3\"); required", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException;

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The audit trail of a collaboration (programme managers)",
            description = "Every change to the collaboration — who made it, when, and its state before and after — "
                    + "oldest first, one page at a time: pages count from 0, 20 changes a page unless size says "
                    + "otherwise. The trail is append-only. Programme managers only.")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first")
    @APIResponse(responseCode = "403", description = "Not a programme manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such collaboration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    PageResult<AuditEntryView> history(
            @Parameter(description = "The collaboration's id", example = "one-swindon") @PathParam("id") String id,
            @Parameter(description = "The page to answer, counting from 0; 0 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Changes per page, 1 to 200; 20 when left out",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size);
}
