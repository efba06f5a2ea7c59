package uk.gov.tca.scoring.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Instant;
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
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.json.MergePatch;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments", description = "Assessors' scores of the bids they accepted: a draft, then submitted once and "
        + "never changed; other assessors' scores are visible only after one's own are in")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssessmentResource {

    private final AssessmentService assessments;
    private final Idempotency idempotency;
    private final Callers callers;
    private final MergePatch mergePatch;
    private final ObjectMapper json;

    public AssessmentResource(AssessmentService assessments, Idempotency idempotency, Callers callers,
            MergePatch mergePatch, ObjectMapper json) {
        this.mergePatch = mergePatch;
        this.json = json;
        this.assessments = assessments;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @Schema(name = "Assessment", description = "One assessor's scores for one bid: a draft it may change, then submitted "
            + "and never changed again")
    public record AssessmentView(
            @Schema(description = "The assessment's id", example = "9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17") String id,
            @Schema(description = "The assignment it scores", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205")
            String assignmentId,
            @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            String bidId,
            @Schema(description = "The round the bid is in", example = "tca-2013-14") String roundId,
            @Schema(description = "The assessor's username", example = "assessor.dclg") String assessor,
            Assessment.Status status,
            @Schema(description = "The scores so far, criterion by criterion; a draft may leave criteria out")
            List<CriterionScore> scores,
            @Schema(description = "When it was submitted (UTC); absent for a draft",
                    example = "2014-01-09T16:20:00Z") Instant submittedAt,
            @Schema(description = "Why a submitted assessment no longer counts (a conflict of interest found afterwards); "
                    + "absent unless EXCLUDED")
            String exclusionReason,
            @Schema(description = "When it was excluded (UTC); absent unless EXCLUDED",
                    example = "2014-01-13T09:30:00Z") Instant excludedAt,
            @Schema(description = "The assessment's version, as its ETag gives it; each change adds one", example = "0")
            long version) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.assignmentId, a.bidId, a.roundId, a.assessor, a.status, a.scores,
                    a.submittedAt, a.exclusionReason, a.excludedAt, a.version);
        }
    }

    @Schema(name = "NewAssessment", description = "The start of an assessment: the accepted assignment it scores and what "
            + "is scored so far")
    public record NewAssessment(
            @NotBlank @Size(max = 40) @Schema(description = "The caller's own accepted assignment",
                    example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205") String assignmentId,
            @NotNull @Size(max = 20) @Schema(description = "The scores so far, may be partial or empty: only the scheme's "
                    + "criteria, each once, with scores on its scale")
            List<@NotNull @Valid CriterionScore> scores) {
    }

    @Schema(name = "Scores", description = "A draft's scores, in full: they replace the draft's")
    public record Scores(@NotNull @Size(max = 20) @Schema(description = "Every score of the draft as it now stands: only "
            + "the scheme's criteria, each once, with scores on its scale") List<@NotNull @Valid CriterionScore> scores) {
    }

    @GET
    @Operation(summary = "List the assessments the caller may see",
            description = "Programme managers see all. An assessor sees its own, drafts included, and other assessors' "
                    + "submitted assessments of a bid only once it has submitted its own for that bid; bidders see "
                    + "nothing here. Filter by bid, round, assessor and status; oldest first, one page at a time: page counts "
                    + "from 0, size is 1 to 200 (default 20), and total says how many the caller may see.")
    @APIResponse(responseCode = "200", description = "One page of assessments")
    public PageResult<AssessmentView> list(
            @Parameter(description = "Only this bid's assessments, by the bid's id in the bid-service",
                    example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            @QueryParam("bid") String bid,
            @Parameter(description = "Only this round's assessments", example = "tca-2013-14")
            @QueryParam("round") String round,
            @Parameter(description = "Only this assessor's assessments, by username", example = "assessor.dclg")
            @QueryParam("assessor") String assessor,
            @Parameter(description = "Only assessments in this status: DRAFT or SUBMITTED",
                    schema = @Schema(implementation = Assessment.Status.class))
            @QueryParam("status") String status,
            @Parameter(description = "The page to read, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"),
                    example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Assessments per page: 1 to 200, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assessments.search(callers.current(), bid, round, assessor,
                uk.gov.tca.platform.http.QueryParams.enumParam("status", status, Assessment.Status.class),
                Paging.of(page, size)).map(AssessmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an assessment",
            description = "Programme managers read any; an assessor its own, or another's submitted assessment of a bid "
                    + "once its own for that bid is submitted (otherwise 404). The ETag is the assessment's version, to "
                    + "send in If-Match when changing a draft.")
    @APIResponse(responseCode = "200", description = "The assessment; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@Parameter(description = "The assessment's id", example = "9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17")
            @PathParam("id") String id) {
        Assessment a = assessments.get(callers.current(), id);
        return ETags.ok(AssessmentView.of(a), a.version);
    }

    @POST
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Start scoring an accepted assignment (assessors; a draft, may be partial)",
            description = "Only the assessor of the assignment, once it is ACCEPTED; one assessment per assignment (409 "
                    + "for a second). The round needs a scheme. What the draft holds must be on the scheme: known "
                    + "criteria, each once, whole-number scores on the scale, confidence only where the scheme asks for "
                    + "it. The conflicts are checked again, live: a conflicted assessor cannot score, its assignment ends "
                    + "and the answer is 409 urn:tca:problem:conflict-of-interest. Where the scheme suggests a score from "
                    + "the bid's appraisal (benefit-cost-ratio bands), the service fills in suggestedScore, adding the "
                    + "criterion when the draft left it out.")
    @APIResponse(responseCode = "201", description = "The draft, with the suggestions filled in (Location and ETag set)",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response create(@Valid @NotNull NewAssessment body) {
        Assessment a = assessments.create(callers.current(), body.assignmentId(), body.scores());
        return Response.status(201).entity(AssessmentView.of(a)).header("ETag", ETags.of(a.version))
                .location(java.net.URI.create("/assessments/" + a.id)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Change a draft (assessors; If-Match required)",
            description = "Only the assessor whose draft it is. The scores sent replace the draft's, under the same rules "
                    + "as starting it; the suggested scores stay the service's. If-Match must carry the version read (428 "
                    + "without, 412 when stale). A submitted assessment is never changed (409); nor is the draft of an "
                    + "assignment that has ended, which is kept as it was. The conflicts are checked again, live: a "
                    + "conflicted assessor cannot score (409 urn:tca:problem:conflict-of-interest, the assignment ended).")
    @APIResponse(responseCode = "200", description = "Changed: the draft and its new ETag",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response update(@Parameter(description = "The assessment's id", example = "9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17")
            @PathParam("id") String id,
            @Parameter(description = "The draft's version as last read, its ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Scores body) {
        Assessment a = assessments.update(callers.current(), id, ifMatch, body.scores());
        return ETags.ok(AssessmentView.of(a), a.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Change part of a draft (assessors; If-Match required)",
            description = """
                    A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the draft's scores keyed by \
                    criterion code (see ScoresPatch), so that one score or one justification is changed without \
                    sending the rest: `{"scores": {"value-for-money": {"score": 4}}}`. A criterion sent as null is \
                    taken out of the draft. The scores it makes are checked exactly as `PUT` checks them (400 naming \
                    each field), by the same rules: only the assessor whose draft it is, If-Match with the version \
                    read (428 without, 412 when stale), a submitted assessment or an ended assignment never changed \
                    (409), the conflicts checked again, live.""")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ScoresPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed: the draft and its new ETag",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "The patch is not a JSON object, or the scores it makes are not "
            + "valid (the problem's violations name each field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@Parameter(description = "The assessment's id", example = "9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17")
            @PathParam("id") String id,
            @Parameter(description = "The draft's version as last read, its ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode body) throws JsonProcessingException {
        Caller caller = callers.current();
        Assessment current = assessments.get(caller, id);
        JsonNode draft = ScoresPatch.document(json.valueToTree(new Scores(current.scores)));
        Scores patched = mergePatch.read(ScoresPatch.scores(mergePatch.merge(draft, body)), Scores.class);
        Assessment a = assessments.update(caller, id, ETags.heldTo(ifMatch, current.version), patched.scores());
        return ETags.ok(AssessmentView.of(a), a.version);
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Submit an assessment (assessors): every criterion scored and justified; never changed after",
            description = "Only the assessor whose draft it is, while its assignment is live. To submit, every criterion "
                    + "of the scheme has a score and a justification of at least the scheme's length, and a score that "
                    + "differs from the suggested one says why (overrideReason); what is missing is a 400 naming the "
                    + "fields. The conflicts are checked again, live: an assessor conflicted on the bid, whenever the "
                    + "conflict came to light, cannot submit (409 urn:tca:problem:conflict-of-interest, the assignment "
                    + "ended, the draft kept). Send an Idempotency-Key to make a retry safe: a repeat with the same key "
                    + "answers as the first time (Idempotent-Replayed: true); without one, a second submission is a 409. "
                    + "No body is needed.")
    @APIResponse(responseCode = "200", description = "Submitted: the assessment, now SUBMITTED, and its ETag",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response submit(@Parameter(description = "The assessment's id", example = "9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17")
            @PathParam("id") String id,
            @Parameter(description = "A key of the caller's choosing (1 to 200 characters), one per submission: a retry "
                    + "with the same key answers as the first time", schema = @Schema(type = SchemaType.STRING,
                    minLength = 1, maxLength = 200), example = "submit-9d4f1b62-8e3a-4c05-a7d9-2b6e0f3c8a17")
            @HeaderParam("Idempotency-Key") String key) {
        Caller caller = callers.current();
        return idempotency.once(key, caller.name(), "submit " + id, () -> {
            Assessment a = assessments.submit(caller, id);
            return idempotency.answer(200, null, ETags.of(a.version), AssessmentView.of(a));
        }).toResponse();
    }
}
