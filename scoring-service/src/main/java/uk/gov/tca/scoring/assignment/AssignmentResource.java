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
@Tag(name = "assignments", description = "Which assessor scores which bid: given by hand or shared out, accepted or "
        + "declined, ended when a conflict arises or the bid is decided; never to a conflicted assessor")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class AssignmentResource {

    private final AssignmentService assignments;
    private final Callers callers;

    public AssignmentResource(AssignmentService assignments, Callers callers) {
        this.assignments = assignments;
        this.callers = callers;
    }

    @Schema(name = "Assignment", description = "One assessor given one bid to score: offered, accepted, or ended with "
            + "the reason")
    public record AssignmentView(
            @Schema(description = "The assignment's id", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205") String id,
            @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            String bidId,
            @Schema(description = "The bid's title, as the bid-service's feed gave it; kept after the assessor's access "
                    + "to the bid ends", example = "A Transformational approach to sharing local authority "
                    + "services between Babergh and Mid Suffolk District Councils")
            String title,
            @Schema(description = "The round the bid is in", example = "tca-2013-14") String roundId,
            @Schema(description = "The assessor's username", example = "assessor.dclg") String assessor,
            Assignment.Status status,
            @Schema(description = "Why it ended: the decline reason and note, the conflict of interest found, the bid "
                    + "withdrawn or decided; absent while it is live", example = "CAPACITY: On leave until the panel meets")
            String reason,
            @Schema(description = "The assignment's version, as its ETag gives it; each change adds one", example = "0")
            long version) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.id, a.bidId, a.bid == null ? null : a.bid.title, a.roundId, a.assessor, a.status,
                    a.reason, a.version);
        }
    }

    @Schema(name = "AssignInput", description = "A bid to give an assessor")
    public record AssignInput(
            @NotBlank @Size(max = 40) @Schema(description = "The bid, by its id in the bid-service: in assessment here "
                    + "and open", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61") String bidId,
            @NotBlank @Size(max = 120) @Schema(description = "The username of an active, registered assessor not "
                    + "conflicted on the bid", example = "assessor.dclg") String assessor) {
    }

    @Schema(name = "AutoInput", description = "The round to share out")
    public record AutoInput(@NotBlank @Size(max = 60) @Schema(description = "The round, which has a scheme",
            example = "tca-2013-14") String roundId) {
    }

    @Schema(name = "DeclineInput", description = "Why an assessor declines a bid")
    public record DeclineInput(@NotNull AssignmentService.DeclineReason reason,
            @Size(max = 2000) @Schema(description = "More about why, up to 2000 characters; kept with the reason",
                    example = "On leave until the panel meets") String note) {
    }

    @Schema(name = "AutoAssignment", description = "What sharing a round out did: the assignments made and the bids "
            + "it could not fill")
    public record AutoView(
            @Schema(description = "The round shared out", example = "tca-2013-14") String roundId,
            @Schema(description = "The assignments made by this run, each OFFERED; empty when nothing was missing")
            List<AssignmentView> created,
            @Schema(description = "The bids still short of assessors, and why") List<AutoAssignment.Shortfall> shortfalls) {
    }

    @GET
    @Operation(summary = "List assignments: a programme manager's choice of any round's, an assessor's own",
            description = "Programme managers filter by round, bid, assessor ('me' for their own) and status; an "
                    + "assessor always gets its own, whatever assessor it names. Oldest first, one page at a time: page "
                    + "counts from 0, size is 1 to 200 (default 20), and total says how many match.")
    @APIResponse(responseCode = "200", description = "One page of assignments")
    public PageResult<AssignmentView> list(
            @Parameter(description = "Only this round's assignments", example = "tca-2013-14")
            @QueryParam("round") String round,
            @Parameter(description = "Only this bid's assignments, by the bid's id in the bid-service",
                    example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            @QueryParam("bid") String bid,
            @Parameter(description = "Only this assessor's (programme managers; 'me' for the caller's own)",
                    example = "assessor.dclg")
            @QueryParam("assessor") String assessor,
            @Parameter(description = "Only assignments in this status",
                    schema = @Schema(implementation = Assignment.Status.class))
            @QueryParam("status") String status,
            @Parameter(description = "The page to read, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"),
                    example = "0")
            @QueryParam("page") String page,
            @Parameter(description = "Assignments per page: 1 to 200, default 20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "200"), example = "20")
            @QueryParam("size") String size) {
        return assignments.search(callers.current(), round, bid, assessor,
                QueryParams.enumParam("status", status, Assignment.Status.class), Paging.of(page, size))
                .map(AssignmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an assignment",
            description = "Programme managers read any; an assessor its own (another's is a 404). The ETag is the "
                    + "assignment's version.")
    @APIResponse(responseCode = "200", description = "The assignment; its ETag header is its version",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response get(@Parameter(description = "The assignment's id", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205")
            @PathParam("id") String id) {
        Assignment a = assignments.get(callers.current(), id);
        return ETags.ok(AssignmentView.of(a), a.version);
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Give a bid to an assessor (programme managers)",
            description = "Only programme managers. The bid must be open to assessment (409 otherwise) and the assessor "
                    + "registered and active (400 otherwise), not holding the bid already. A conflicted assessor is "
                    + "refused with the conflicts as violations (409, urn:tca:problem:conflict-of-interest), unless a "
                    + "dispensation in date covers every one. The assessor is offered the bid and given read access to "
                    + "it in the bid-service; when the bid-service cannot be told, nothing is assigned (503).")
    @APIResponse(responseCode = "201", description = "Assigned: the assessor is offered the bid (Location and ETag set)",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(@Valid @NotNull AssignInput body) {
        Assignment a = assignments.assign(callers.current(), body.bidId(), body.assessor());
        return Response.status(201).entity(AssignmentView.of(a)).header("ETag", ETags.of(a.version))
                .location(java.net.URI.create("/assignments/" + a.id)).build();
    }

    @POST
    @Path("/auto")
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(summary = "Share a round's bids out (programme managers)",
            description = "Only programme managers; the round needs a scheme (409 otherwise). Each open bid, oldest "
                    + "submission first, gets the assessors it still lacks up to the scheme's number, taken from the "
                    + "active assessors with the fewest live assignments (then by username). Never one conflicted on the "
                    + "bid, and never one who has had it before (declined or revoked); what cannot be filled is listed as "
                    + "a shortfall. Each assignment made grants access in the bid-service. Running it again fills only "
                    + "what is missing.")
    @APIResponse(responseCode = "200", description = "The assignments made and the shortfalls")
    public AutoView auto(@Valid @NotNull AutoInput body) {
        AssignmentService.AutoResult result = assignments.autoAssign(callers.current(), body.roundId());
        return new AutoView(result.roundId(), result.created().stream().map(AssignmentView::of).toList(),
                result.shortfalls());
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Accept a bid offered to you (assessors)",
            description = "Only the assessor the bid was offered to, while it is OFFERED (409 otherwise). The employer "
                    + "is taken from the caller's token again and the conflicts are checked again, live: a conflict "
                    + "found now ends the assignment (REVOKED, access taken away) and the answer is 409 "
                    + "urn:tca:problem:conflict-of-interest. No body is needed.")
    @APIResponse(responseCode = "200", description = "Accepted: the assignment and its new ETag",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response accept(@Parameter(description = "The assignment's id", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205")
            @PathParam("id") String id) {
        Assignment a = assignments.accept(callers.current(), id);
        return ETags.ok(AssignmentView.of(a), a.version);
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.ASSESSOR)
    @Operation(summary = "Decline a bid, saying why (assessors); the slot is freed and access ends",
            description = "Only the assessor holding the assignment, while it is live and its assessment is not "
                    + "submitted (409 otherwise). The assignment ends as DECLINED with the reason and note, the "
                    + "assessor's access to the bid is taken away, and sharing the round out again fills the slot with "
                    + "another assessor.")
    @APIResponse(responseCode = "200", description = "Declined: the assignment, ended",
            content = @Content(schema = @Schema(implementation = AssignmentView.class)))
    public Response decline(@Parameter(description = "The assignment's id", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205")
            @PathParam("id") String id, @Valid @NotNull DeclineInput body) {
        Assignment a = assignments.decline(callers.current(), id, body.reason(), body.note());
        return ETags.ok(AssignmentView.of(a), a.version);
    }
}
