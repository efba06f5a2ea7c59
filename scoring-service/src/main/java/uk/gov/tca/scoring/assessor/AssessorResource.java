package uk.gov.tca.scoring.assessor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;

/** Assessor profiles, declared interests and dispensations; the rules are {@link AssessorService}'s. */
@Consumes(MediaType.APPLICATION_JSON)
@Path("/assessors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessors", description = "Assessor profiles: the employer the identity provider names, secondments, "
        + "declared interests (disclosable pecuniary or other) and the dispensations programme managers grant")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssessorResource {

    private final AssessorService assessors;
    private final Callers callers;
    private final MergePatch mergePatch;

    public AssessorResource(AssessorService assessors, Callers callers, MergePatch mergePatch) {
        this.mergePatch = mergePatch;
        this.assessors = assessors;
        this.callers = callers;
    }

    @Schema(name = "Assessor", description = "An assessor's profile: who it is, who employs it, where it is seconded, "
            + "the interests it declared and the dispensations it holds")
    public record AssessorView(
            @Schema(description = "The assessor's username in the identity provider (the token's user)",
                    example = "assessor.dclg") String username,
            @Schema(description = "The name other users see; absent when the assessor gave none", example = "DCLG assessor")
            String displayName,
            @Schema(description = "The organisation that employs the assessor, by its register id: the org claim of the "
                    + "assessor's token, taken again each time it acts, never edited", example = "TCA-DCLG")
            String employerOrganisationId,
            @Schema(description = "The interests the assessor declared, oldest first") List<Interest> interests,
            @Schema(description = "The dispensations programme managers granted it, oldest first")
            List<Dispensation> dispensations,
            @Schema(description = "Secondments recorded by programme managers, oldest first, never removed; each "
                    + "conflicts the assessor while it lasts")
            List<Secondment> secondments,
            @Schema(description = "Whether the assessor is given bids; an inactive one is left out of assignment")
            boolean active,
            @Schema(description = "The profile's version, as its ETag gives it; each change adds one", example = "0")
            long version) {

        static AssessorView of(Assessor a, List<Interest> interests, List<Dispensation> dispensations) {
            return new AssessorView(a.username, a.displayName, a.employerOrganisationId, interests, dispensations,
                    a.secondments, a.active, a.version);
        }
    }

    /** What an assessor may change of its profile; its employer is its token's organisation, not a field. */
    @Schema(name = "AssessorInput", description = "What an assessor may set of its own profile; the employer is not one "
            + "(it is the organisation the caller's token names) and a body naming it is refused")
    public record ProfileInput(
            @Size(max = 200) @Schema(description = "The name other users see, up to 200 characters; absent: none",
                    example = "DCLG assessor")
            String displayName,
            @Schema(description = "Whether the assessor is to be given bids; absent: unchanged (true for a new profile)",
                    example = "true")
            Boolean active) {
    }

    @GET
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "List assessor profiles (programme managers)",
            description = "Only programme managers. Every profile, ordered by username, one page at a time: page counts "
                    + "from 0, size is 1 to 200 (default 20), and total says how many there are.")
    @APIResponse(responseCode = "200", description = "One page of profiles")
    public PageResult<AssessorView> list(
            @Parameter(description = "The page to read, from 0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Profiles per page: 1 to 200, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assessors.all(Paging.of(page, size)).map(this::view);
    }

    @GET
    @Path("/{username}")
    @Operation(summary = "Read an assessor's profile ('me' for the caller's own)",
            description = "An assessor reads its own (by its username or 'me'); a programme manager reads any. Another "
                    + "assessor's profile, or one not registered, is a 404. The ETag is the profile's version, to send "
                    + "in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The profile; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response get(@Parameter(description = "The assessor's username, or 'me' for the caller", example = "me")
            @PathParam("username") String username) {
        Assessor a = assessors.get(callers.current(), username);
        return ETags.ok(view(a), a.version);
    }

    @PUT
    @Path("/me")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Create or change one's own profile (assessors)",
            description = "Only assessors, for themselves. The first call registers the caller as an assessor (201) and "
                    + "needs no If-Match; changing an existing profile needs If-Match with its version (428 without, 412 "
                    + "when stale). The employer is always the organisation the caller's token names (claim org): a "
                    + "token naming none is refused (403), a body naming one is refused (400), and an employer that has "
                    + "changed since the last call ends at once the assignments it now conflicts. Interests are declared "
                    + "apart (POST /assessors/me/interests).")
    @APIResponse(responseCode = "200", description = "The profile, changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    @APIResponse(responseCode = "201", description = "The profile, created: the caller is now an assessor",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response putMine(
            @Parameter(description = "The profile's version as last read, its ETag; required to change an existing "
                    + "profile, not to create one", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProfileInput body) {
        AssessorService.Saved saved = assessors.save(callers.current(), ifMatch,
                new AssessorService.Profile(body.displayName(), body.active()));
        Assessor a = saved.assessor();
        return saved.created()
                ? Response.status(201).entity(view(a)).header("ETag", ETags.of(a.version))
                        .location(URI.create("/assessors/" + a.username)).build()
                : ETags.ok(view(a), a.version);
    }

    @PATCH
    @Path("/me")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Change part of one's own profile (assessors; If-Match required)",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the profile as `PUT` sends it: \
                    the fields sent replace the profile's, `null` removes one (no display name; active unchanged), \
                    and what is left out is kept. Only an existing profile is patched (404 before the first `PUT`); \
                    If-Match with its version is required (428 without, 412 when stale). The employer is still the \
                    token's organisation, never a field: a patch naming one is refused (400).""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ProfileInput.class)))
    @APIResponse(responseCode = "200", description = "The profile, changed, with its new ETag",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the profile it makes is not "
            + "valid (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The caller has no profile yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the profile's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patchMine(
            @Parameter(description = "The profile's version as last read, its ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException {
        Assessor current = assessors.get(callers.current(), "me");
        ProfileInput patched = mergePatch.apply(new ProfileInput(current.displayName, current.active), body,
                ProfileInput.class);
        return putMine(ETags.heldTo(ifMatch, current.version), patched);
    }

    @POST
    @Path("/me/interests")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Declare an interest (assessors)",
            description = "Only assessors, for themselves, once registered (409 before). An interest is in an "
                    + "organisation or a bid, and says both that it exists and what it is: a nature that only says it "
                    + "exists (\"as noted\") is refused, and so is an organisation not on the partner-service register "
                    + "or a bid not in assessment here (400: a made-up id would keep the assessor from nothing). "
                    + "Declarations are kept as made, never edited or removed. An "
                    + "interest in an organisation conflicts the assessor with every bid that organisation takes part in, "
                    + "or that an organisation related to it (shared workforce, collaboration, succession) takes part in; "
                    + "an interest in a bid, with that bid. Any assignment it conflicts ends at once (REVOKED, with the "
                    + "conflict as the reason, and the assessor's access to the bid taken away); an assessment already "
                    + "submitted on it becomes EXCLUDED and counts no more. Only a dispensation lets a conflicted "
                    + "assessor be given the bid again.")
    @APIResponse(responseCode = "201", description = "Declared: the profile with the interest",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response declare(@Valid @NotNull NewInterest body) {
        return Response.status(201).entity(view(assessors.declare(callers.current(), body))).build();
    }

    @POST
    @Path("/{username}/secondments")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Record a secondment (programme managers): another employer for a while, with the reason",
            description = "Only programme managers. The organisation must be on the register and not already the "
                    + "assessor's employer; until, when given, is not before from. The assessor's own employer (its "
                    + "token's organisation) stays; from the first day to the last the secondment conflicts it as an "
                    + "employer would, and the assignments it conflicts end at once. Kept, never removed.")
    @APIResponse(responseCode = "201", description = "Recorded: the profile with the secondment",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response second(@Parameter(description = "The assessor's username", example = "assessor.dclg")
            @PathParam("username") String username, @Valid @NotNull NewSecondment body) {
        return Response.status(201).entity(view(assessors.second(callers.current(), username, body))).build();
    }

    @POST
    @Path("/{username}/dispensations")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Grant a dispensation (programme managers): for an organisation or a bid, with reason and expiry",
            description = "Only programme managers. A dispensation lets the assessor be given, and score, bids it is "
                    + "conflicted on through that organisation or that bid, until the expiry date (not in the past). Its "
                    + "conflicts are still listed, with dispensed=true. It does not bring back an assignment a conflict "
                    + "has already ended: a programme manager assigns the bid again by hand (sharing a round out never "
                    + "gives an assessor a bid it has had).")
    @APIResponse(responseCode = "201", description = "Granted: the profile with the dispensation",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response dispense(@Parameter(description = "The assessor's username", example = "assessor.midsuffolk")
            @PathParam("username") String username, @Valid @NotNull NewDispensation body) {
        return Response.status(201).entity(view(assessors.dispense(callers.current(), username, body))).build();
    }

    @Schema(name = "Revocation", description = "Why a programme manager takes a dispensation back")
    public record Revocation(@jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(min = 10, max = 2000)
            @Schema(description = "Why: 10 to 2000 characters, kept with the dispensation",
                    example = "The supplier's contract now covers the bid's IT work") String reason) {
    }

    @POST
    @Path("/{username}/dispensations/{dispensationId}/revocation")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Revoke a dispensation (programme managers of the funder that granted it), with the reason",
            description = "Only programme managers of the funder whose manager granted it (another funder's: 404). From "
                    + "now on it covers nothing: the assignments it allowed, and that its conflicts now stop, end at once "
                    + "(as after a new interest), and the conflicts are listed as not dispensed. The dispensation is kept, "
                    + "with revokedAt, revokedBy and the reason. 409 when it is revoked already.")
    @APIResponse(responseCode = "200", description = "Revoked: the profile with the dispensation marked revoked",
            content = @Content(schema = @Schema(implementation = AssessorView.class)))
    public Response revoke(@Parameter(description = "The assessor's username", example = "assessor.midsuffolk")
            @PathParam("username") String username,
            @Parameter(description = "The dispensation, by its id", example = "dsp-5b1f0c7e-2a49-4d83-9e61-7c3a8f2d4b10")
            @PathParam("dispensationId") String dispensationId, @Valid @NotNull Revocation body) {
        return Response.ok(view(assessors.revoke(callers.current(), username, dispensationId, body.reason()))).build();
    }

    /** The profile as the caller is shown it: another funder's bids and dispensations are not its business. */
    private AssessorView view(Assessor a) {
        Caller caller = callers.current();
        return AssessorView.of(a, assessors.interestsShownTo(caller, a), assessors.dispensationsShownTo(caller, a));
    }
}
