package uk.gov.tca.scoring.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.idempotency.Idempotency;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessments", description = "Assessors' scores, draft then submitted")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssessmentResource {

    private final AssessmentService assessments;
    private final Idempotency idempotency;
    private final Callers callers;

    public AssessmentResource(AssessmentService assessments, Idempotency idempotency, Callers callers) {
        this.assessments = assessments;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @Schema(name = "Assessment")
    public record AssessmentView(String id, String assignmentId, String bidId, String roundId, String assessor,
            Assessment.Status status, List<CriterionScore> scores, Instant submittedAt,
            @Schema(description = "Why a submitted assessment no longer counts (a conflict of interest found afterwards)")
            String exclusionReason, Instant excludedAt, long version) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.assignmentId, a.bidId, a.roundId, a.assessor, a.status, a.scores,
                    a.submittedAt, a.exclusionReason, a.excludedAt, a.version);
        }
    }

    public record NewAssessment(@NotBlank @Size(max = 40) String assignmentId,
            @NotNull @Size(max = 20) List<@NotNull @Valid CriterionScore> scores) {
    }

    public record Scores(@NotNull @Size(max = 20) List<@NotNull @Valid CriterionScore> scores) {
    }

    @GET
    @Operation(summary = "Assessments the caller may see",
            description = "Programme managers all; an assessor its own, and other assessors' submitted scores for a "
                    + "bid only after submitting its own.")
    public PageResult<AssessmentView> list(@QueryParam("bid") String bid, @QueryParam("round") String round,
            @QueryParam("assessor") String assessor,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assessments.search(callers.current(), bid, round, assessor, Paging.of(page, size)).map(AssessmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An assessment")
    public Response get(@PathParam("id") String id) {
        Assessment a = assessments.get(callers.current(), id);
        return ETags.ok(AssessmentView.of(a), a.version);
    }

    @POST
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Start scoring an accepted assignment (a draft; may be partial)",
            description = "Where the scheme suggests a score from the bid's appraisal, the suggestion is filled in by "
                    + "the service.")
    @APIResponse(responseCode = "201", description = "The draft, with the suggestions filled in",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response create(@Valid @NotNull NewAssessment body) {
        Assessment a = assessments.create(callers.current(), body.assignmentId(), body.scores());
        return Response.status(201).entity(AssessmentView.of(a)).header("ETag", ETags.of(a.version))
                .location(java.net.URI.create("/assessments/" + a.id)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Change a draft (If-Match required)")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Scores body) {
        Assessment a = assessments.update(callers.current(), id, ifMatch, body.scores());
        return ETags.ok(AssessmentView.of(a), a.version);
    }

    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Submit: every criterion scored and justified; never changed after",
            description = "Idempotency-Key makes a retry answer as the first time. Refused (409) when the assessor is "
                    + "conflicted on the bid.")
    public Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String key) {
        Caller caller = callers.current();
        return idempotency.once(key, caller.name(), "submit " + id, () -> {
            Assessment a = assessments.submit(caller, id);
            return idempotency.answer(200, null, ETags.of(a.version), AssessmentView.of(a));
        }).toResponse();
    }
}
