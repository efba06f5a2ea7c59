package uk.gov.tca.scoring.moderation;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/moderations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moderations", description = "Programme managers' view of scores across assessors: weighted totals, "
        + "spreads, the flags over the scheme's thresholds, and the moderated scores recorded with their reasons")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed(Roles.PROGRAMME_MANAGER)
public class ModerationResource {

    private final ModerationService moderations;
    private final Callers callers;

    public ModerationResource(ModerationService moderations, Callers callers) {
        this.moderations = moderations;
        this.callers = callers;
    }

    @Schema(name = "ModerationInput", description = "A moderated score for one criterion of a bid, with why")
    public record ModerationInput(
            @NotBlank @Size(max = 60) @Schema(description = "The criterion's code in the round's scheme",
                    example = "collaboration") String criterion,
            @NotNull @Schema(description = "The moderated score: a whole number on the scheme's scale", example = "4")
            Integer score,
            @NotBlank @Size(min = 10, max = 2000) @Schema(description = "Why, 10 to 2000 characters: what the panel "
                    + "concluded", example = "Panel: the shared workforce is collaboration in practice") String reason) {
    }

    @GET
    @Operation(summary = "List a round's scored bids with their spreads; ?flagged=true for those needing moderation",
            description = "Only programme managers; the round needs a scheme (409 otherwise). Every bid of the round "
                    + "with at least one submitted assessment, in submission order, with its assessors' weighted totals, "
                    + "the spread on every criterion and the flags over the scheme's thresholds; ?flagged=true keeps the "
                    + "flagged bids only, ?flagged=false the others. Not paged.")
    @APIResponse(responseCode = "200", description = "The round's scored bids")
    public List<ModerationService.BidModeration> list(
            @Parameter(description = "The round; required", required = true, example = "tca-2013-14")
            @QueryParam("round") String round,
            @Parameter(description = "true: only bids whose spread passes a threshold; false: only the others; absent: all")
            @QueryParam("flagged") Boolean flagged) {
        if (round == null || round.isBlank()) {
            throw ProblemException.invalid("round", "is required");
        }
        return moderations.ofRound(callers.current(), round, flagged);
    }

    @GET
    @Path("/{bidId}")
    @Operation(summary = "Read one bid's scores across its assessors and its moderations",
            description = "Only programme managers. The bid's submitted assessments taken together (weighted totals, "
                    + "mean, median, spread per criterion, flags) and every moderated score recorded for it; 404 when "
                    + "the bid is not in assessment here.")
    @APIResponse(responseCode = "200", description = "The bid's scores and moderations")
    public ModerationService.BidModeration get(
            @Parameter(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            @PathParam("bidId") String bidId) {
        return moderations.ofBid(callers.current(), bidId);
    }

    @POST
    @Path("/{bidId}")
    @Operation(summary = "Record a moderated score for one criterion, with the reason; the raw scores stay",
            description = "Only programme managers, once the bid has a submitted assessment (409 before). The criterion "
                    + "must be the scheme's and the score on its scale (400 otherwise). The assessors' scores stay as "
                    + "submitted; the latest moderation of a criterion is the one that counts, and a moderated bid is "
                    + "ranked on its moderated scores (the mean for criteria not moderated). Each moderation is kept in "
                    + "the audit trail.")
    @APIResponse(responseCode = "201", description = "Recorded: the bid's scores with the moderation",
            content = @Content(schema = @Schema(implementation = ModerationService.BidModeration.class)))
    public Response moderate(
            @Parameter(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            @PathParam("bidId") String bidId, @Valid @NotNull ModerationInput body) {
        return Response.status(201).entity(moderations.moderate(callers.current(), bidId, body.criterion(),
                body.score(), body.reason())).build();
    }
}
