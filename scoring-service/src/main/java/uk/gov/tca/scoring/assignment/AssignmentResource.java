package uk.gov.tca.scoring.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assignments", description = "Which assessor scores which bid")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssignmentResource {

    private final AssignmentService assignments;
    private final Callers callers;

    public AssignmentResource(AssignmentService assignments, Callers callers) {
        this.assignments = assignments;
        this.callers = callers;
    }

    @Schema(name = "Assignment")
    public record AssignmentView(String id, String bidId,
            @Schema(description = "The bid's title, as the bid-service's feed gave it") String title,
            String roundId, String assessor, Assignment.Status status, String reason, long version) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id, a.bidId, a.bid == null ? null : a.bid.title, a.roundId, a.assessor, a.status,
                    a.reason, a.version);
        }
    }

    public record AssignInput(@NotBlank @Size(max = 40) String bidId, @NotBlank @Size(max = 120) String assessor) {
    }

    public record AutoInput(@NotBlank @Size(max = 60) String roundId) {
    }

    public record DeclineInput(@NotNull AssignmentService.DeclineReason reason, @Size(max = 2000) String note) {
    }

    @Schema(name = "AutoAssignment")
    public record AutoView(String roundId, List<AssignmentView> created, List<AutoAssignment.Shortfall> shortfalls) {
    }

    @GET
    @Operation(summary = "Assignments: a programme manager's of any round; an assessor's own")
    public PageResult<AssignmentView> list(@QueryParam("round") String round, @QueryParam("bid") String bid,
            @QueryParam("assessor") String assessor, @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assignments.search(callers.current(), round, bid, assessor,
                QueryParams.enumParam("status", status, Assignment.Status.class), Paging.of(page, size))
                .map(AssignmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An assignment")
    public Response get(@PathParam("id") String id) {
        Assignment a = assignments.get(callers.current(), id);
        return ETags.ok(AssignmentView.of(a), a.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Give a bid to an assessor (programme managers)",
            description = "Refused with the reasons when the assessor is conflicted (409, urn:tca:problem:conflict-of-interest). "
                    + "Grants the assessor read access to the bid in the bid-service.")
    @APIResponse(responseCode = "201", description = "Assigned: the assessor is offered the bid",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(@Valid @NotNull AssignInput body) {
        Assignment a = assignments.assign(callers.current().name(), body.bidId(), body.assessor());
        return Response.status(201).entity(AssignmentView.of(a)).header("ETag", ETags.of(a.version))
                .location(java.net.URI.create("/assignments/" + a.id)).build();
    }

    @POST
    @Path("/auto")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Share a round's bids out (programme managers)",
            description = "Each bid gets the scheme's number of assessors, fewest-loaded first, never a conflicted one; "
                    + "what cannot be filled is listed as a shortfall. Running it again fills only what is missing.")
    public AutoView auto(@Valid @NotNull AutoInput body) {
        AssignmentService.AutoResult result = assignments.autoAssign(callers.current().name(), body.roundId());
        return new AutoView(result.roundId(), result.created().stream().map(AssignmentView::of).toList(),
                result.shortfalls());
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Accept a bid offered to you")
    public Response accept(@PathParam("id") String id) {
        Assignment a = assignments.accept(callers.current(), id);
        return ETags.ok(AssignmentView.of(a), a.version);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Decline a bid, saying why (conflict found, capacity); the slot is freed and access ends")
    public Response decline(@PathParam("id") String id, @Valid @NotNull DeclineInput body) {
        Assignment a = assignments.decline(callers.current(), id, body.reason(), body.note());
        return ETags.ok(AssignmentView.of(a), a.version);
    }
}
