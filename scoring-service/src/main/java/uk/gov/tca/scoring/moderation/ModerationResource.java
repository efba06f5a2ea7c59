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
@Tag(name = "moderations", description = "Scores across assessors, spreads, flags and moderated scores")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed(Roles.PROGRAMME_MANAGER)
public class ModerationResource {

    private final ModerationService moderations;
    private final Callers callers;

    public ModerationResource(ModerationService moderations, Callers callers) {
        this.moderations = moderations;
        this.callers = callers;
    }

    public record ModerationInput(@NotBlank @Size(max = 60) String criterion, @NotNull Integer score,
            @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @GET
    @Operation(summary = "Every scored bid of a round with its spreads; ?flagged=true for those needing moderation")
    public List<ModerationService.BidModeration> list(@QueryParam("round") String round,
            @QueryParam("flagged") Boolean flagged) {
        if (round == null || round.isBlank()) {
            throw ProblemException.invalid("round", "is required");
        }
        return moderations.ofRound(round, flagged);
    }

    @GET
    @Path("/{bidId}")
    @Operation(summary = "One bid's scores across assessors and its moderations")
    public ModerationService.BidModeration get(@PathParam("bidId") String bidId) {
        return moderations.ofBid(bidId);
    }

    @POST
    @Path("/{bidId}")
    @Operation(summary = "Record a moderated score for one criterion, with the reason; the raw scores stay")
    @APIResponse(responseCode = "201", description = "Recorded: the bid's scores with the moderation",
            content = @Content(schema = @Schema(implementation = ModerationService.BidModeration.class)))
    public Response moderate(@PathParam("bidId") String bidId, @Valid @NotNull ModerationInput body) {
        return Response.status(201).entity(moderations.moderate(callers.current().name(), bidId, body.criterion(),
                body.score(), body.reason())).build();
    }
}
