package uk.gov.tca.scoring.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.assessment.Assessment;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.scheme.Scheme;

@Path("/moderations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "moderations", description = "Scores across assessors, spreads, flags and moderated scores")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.PROGRAMME_MANAGER)
public class ModerationResource {

    private final Callers callers;
    private final AuditLog audit;
    private final Clock clock;

    public ModerationResource(Callers callers, AuditLog audit, Clock clock) {
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Schema(name = "BidModeration")
    public record BidModeration(String bidId, String roundId, String title, BidScores scores, List<Moderation> moderations) {
    }

    public record ModerationInput(@NotBlank @Size(max = 60) String criterion, @NotNull Integer score,
            @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @GET
    @Operation(summary = "Every scored bid of a round with its spreads; ?flagged=true for those needing moderation")
    public List<BidModeration> list(@QueryParam("round") String round, @QueryParam("flagged") Boolean flagged) {
        if (round == null || round.isBlank()) {
            throw ProblemException.invalid("round", "is required");
        }
        Scheme scheme = Scheme.forRound(round).orElseThrow(() -> ProblemException.notFound("A scheme for round " + round));
        return BidInRound.<BidInRound>list("roundId = ?1 order by submittedAt, bidId", round).stream()
                .map(b -> view(scheme, b))
                .filter(m -> m.scores().assessments() > 0)
                .filter(m -> flagged == null || m.scores().flagged() == flagged)
                .toList();
    }

    @GET
    @Path("/{bidId}")
    @Operation(summary = "One bid's scores across assessors and its moderations")
    public BidModeration get(@PathParam("bidId") String bidId) {
        BidInRound bid = bid(bidId);
        return view(scheme(bid), bid);
    }

    @POST
    @Path("/{bidId}")
    @Transactional
    @Operation(summary = "Record a moderated score for one criterion, with the reason; the raw scores stay")
    public Response moderate(@PathParam("bidId") String bidId, @Valid @NotNull ModerationInput body) {
        BidInRound bid = bid(bidId);
        Scheme scheme = scheme(bid);
        if (scheme.criterion(body.criterion()).isEmpty()) {
            throw ProblemException.invalid("criterion", "is not a criterion of the scheme: " + body.criterion());
        }
        if (!scheme.scale.contains(body.score())) {
            throw ProblemException.invalid("score", "must be a whole number from " + scheme.scale.min() + " to "
                    + scheme.scale.max());
        }
        if (Assessment.submitted(bidId).isEmpty()) {
            throw ProblemException.conflict("bid " + bidId + " has no submitted assessment to moderate");
        }
        Moderation m = new Moderation();
        m.bidId = bidId;
        m.criterion = body.criterion();
        m.score = body.score();
        m.reason = body.reason().strip();
        m.moderatedAt = clock.instant();
        m.moderatedBy = callers.current().name();
        m.persistAndFlush();
        audit.record(m.moderatedBy, "SCORE_MODERATED", "bid", bidId, null, Map.of("criterion", m.criterion, "score",
                m.score, "reason", m.reason));
        return Response.status(201).entity(view(scheme, bid)).build();
    }

    private static BidModeration view(Scheme scheme, BidInRound bid) {
        List<Moderation> moderations = Moderation.of(bid.bidId);
        return new BidModeration(bid.bidId, bid.roundId, bid.title,
                BidScores.of(bid.bidId, scheme, Assessment.submitted(bid.bidId), moderations), moderations);
    }

    private static BidInRound bid(String bidId) {
        BidInRound bid = BidInRound.findById(bidId);
        if (bid == null) {
            throw ProblemException.notFound("Bid " + bidId + " in assessment");
        }
        return bid;
    }

    private static Scheme scheme(BidInRound bid) {
        return Scheme.forRound(bid.roundId).orElseThrow(() -> ProblemException.notFound("A scheme for round " + bid.roundId));
    }
}
