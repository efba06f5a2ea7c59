package uk.gov.tca.scoring.scheme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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
import java.math.BigDecimal;
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
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schemes", description = "How a round's bids are scored: the criteria and their weights, the scale and its "
        + "anchor words, the justification asked for, assessors per bid and when spreads need moderating")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a role that may do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SchemeResource {

    private final SchemeService schemes;
    private final Idempotency idempotency;
    private final Callers callers;
    private final MergePatch mergePatch;

    public SchemeResource(SchemeService schemes, Idempotency idempotency, Callers callers, MergePatch mergePatch) {
        this.mergePatch = mergePatch;
        this.schemes = schemes;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the scoring schemes, or the one of a round",
            description = "Programme managers and assessors read the schemes: every round's, ordered by round id, or "
                    + "with ?round= the one scheme of that round (404 when it has none yet). Not paged: a round has one "
                    + "scheme.")
    @APIResponse(responseCode = "200", description = "The schemes (one, for a round)",
            content = @Content(schema = @Schema(implementation = SchemeView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "The round named has no scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SchemeView> list(
            @Parameter(description = "A round id, for that round's scheme only; absent: every round's",
                    example = "tca-2013-14")
            @QueryParam("round") String round) {
        Caller caller = callers.current();
        return (round == null ? schemes.all(caller) : List.of(schemes.forRound(caller, round))).stream()
                .map(SchemeView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a scheme",
            description = "Programme managers and assessors. The answer's ETag is the scheme's version, to send in "
                    + "If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The scheme; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "404", description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The scheme's id (the id of its round)", example = "tca-2013-14")
            @PathParam("id") String id) {
        Scheme scheme = schemes.get(callers.current(), id);
        return ETags.ok(SchemeView.of(scheme), scheme.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Set the scheme of a round (programme managers)",
            description = "Only programme managers. A round has one scheme, whose id is the round's. The rules: criteria "
                    + "codes unique, each weight more than 0 and at most 1 and together exactly 1; a scale running upwards "
                    + "from 0 or more to at most 100, with anchor words for every point; suggestion bands scoring on the "
                    + "scale. A broken rule is a 400 whose violations name the fields. Send an Idempotency-Key to make a "
                    + "retry safe: a repeat with the same key and body answers as the first time (Idempotent-Replayed: "
                    + "true) and creates nothing.")
    @APIResponse(responseCode = "201", description = "Created: the scheme, its Location and its ETag (version 0)",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "400", description = "The scheme breaks a rule; violations name the fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The round has a scheme already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "A key of the caller's choosing (1 to 200 characters), one per scheme it means to "
                    + "create: a retry with the same key and body answers as the first time; the same key with another "
                    + "body is refused (422)", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200),
                    example = "scheme-tca-2013-14")
            @HeaderParam("Idempotency-Key") String key,
            @Valid @NotNull SchemeInput body) {
        Caller caller = callers.current();
        return idempotency.once(key, caller.name(), body, () -> {
            Scheme scheme = schemes.create(caller, body);
            return idempotency.answer(201, "/schemes/" + scheme.id, ETags.of(scheme.version), SchemeView.of(scheme));
        }).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change a scheme before any assessment of its round is submitted (If-Match required)",
            description = "Only programme managers; the whole scheme is sent, under the same rules as setting it, and "
                    + "stays with its round (roundId cannot change). If-Match must carry the version read (the ETag): "
                    + "without it 428, with an older one 412. Once an assessment of the round is submitted the scheme is "
                    + "fixed (409), so that submitted scores keep their meaning.")
    @APIResponse(responseCode = "200", description = "Changed: the scheme and its new ETag",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "409", description = "Assessments against it are in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the version in If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(description = "The scheme's id (the id of its round)", example = "tca-2013-14")
            @PathParam("id") String id,
            @Parameter(description = "The scheme's version as last read, its ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SchemeInput body) {
        Scheme scheme = schemes.update(callers.current(), id, ifMatch, body);
        return ETags.ok(SchemeView.of(scheme), scheme.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Change part of a scheme before any assessment of its round is submitted (If-Match required)",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the scheme as `PUT` would send it: \
                    the fields sent replace the scheme's, an object (`scale`, `moderation`) merges into the one it \
                    names, `null` sets an option back to its usual value, `criteria` is replaced whole, and what is \
                    left out is kept. The result is checked exactly as a full replacement (400 naming each field; \
                    roundId cannot change). Send the ETag as read in If-Match: 428 without it, 412 when the scheme \
                    changed since. Once an assessment of the round is submitted the scheme is fixed (409).""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = SchemeInput.class)))
    @APIResponse(responseCode = "200", description = "Changed: the scheme as it now stands, with its new ETag",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the scheme it makes is not "
            + "valid (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Assessments against it are in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the scheme's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@Parameter(description = "The scheme's id (the id of its round)", example = "tca-2013-14")
            @PathParam("id") String id,
            @Parameter(description = "The scheme's version as last read, its ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException {
        Scheme current = schemes.get(callers.current(), id);
        SchemeInput patched = mergePatch.apply(SchemeInput.of(current), body, SchemeInput.class);
        return update(id, ETags.heldTo(ifMatch, current.version), patched);
    }

    @Schema(name = "Scheme", description = "How a round's bids are scored: criteria and weights, the scale, and when "
            + "scores need moderating")
    public record SchemeView(
            @Schema(description = "The scheme's id: the id of its round", example = "tca-2013-14") String id,
            @Schema(description = "The round whose bids it scores", example = "tca-2013-14") String roundId,
            @Schema(description = "The scheme's name", example = "TCA 2013/14 assessment") String name,
            @Schema(description = "What bids are scored on, in the order assessors see them") List<Criterion> criteria,
            ScoreScale scale,
            @Schema(description = "Fewest characters of justification each score needs before an assessment is "
                    + "submitted", example = "50") int justificationMinLength,
            @Schema(description = "Whether assessors may say how confident they are of each score") boolean confidenceEnabled,
            @Schema(description = "How many assessors score each bid", example = "2") int assessorsPerBid,
            ModerationThreshold moderation,
            @Schema(description = "The final score below which no bid is funded; absent: none", example = "2")
            BigDecimal minimumQualityScore,
            @Schema(description = "The scheme's version, as its ETag gives it; each change adds one", example = "0")
            long version) {

        static SchemeView of(Scheme s) {
            return new SchemeView(s.id, s.roundId, s.name, s.criteria, s.scale, s.justificationMinLength,
                    s.confidenceEnabled, s.assessorsPerBid, s.moderation, s.minimumQualityScore, s.version);
        }
    }
}
