package uk.gov.tca.scoring.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.scheme.RoundFunders;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "decisions", description = "Funding decisions within a round's budget: allocated strictly in rank order, "
        + "overridden with reasons, published to the bid-service; public to integrators once published")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed(Roles.PROGRAMME_MANAGER)
public class DecisionResource {

    private final DecisionService decisions;
    private final Callers callers;
    private final RoundFunders funders;

    public DecisionResource(DecisionService decisions, Callers callers, RoundFunders funders) {
        this.funders = funders;
        this.decisions = decisions;
        this.callers = callers;
    }

    @Schema(name = "Decisions", description = "A round's funding decisions: allocated down the ranking within the budget "
            + "as a draft, overridden line by line with reasons, then published to the bid-service")
    public record DecisionsView(
            @Schema(description = "The round", example = "tca-2013-14") String roundId,
            @Schema(description = "The budget allocated against, in pounds sterling: the round's, or the one the "
                    + "allocation was asked to try", example = "7600000") BigDecimal budget,
            @Schema(description = "The amounts awarded, summed, in pounds sterling; never more than the budget",
                    example = "586900") BigDecimal totalAwarded,
            DecisionSet.Policy policy,
            DecisionSet.Status status,
            @Schema(description = "When the decisions were published (UTC); absent while a draft",
                    example = "2014-01-20T10:00:04Z") Instant publishedAt,
            @Schema(description = "One decision per ranked bid, in rank order") List<DecisionLine> lines,
            @Schema(description = "The decisions' version, as their ETag gives it; each change adds one", example = "0")
            long version) {

        static DecisionsView of(DecisionSet s) {
            return new DecisionsView(s.roundId, s.budget, s.totalAwarded(), s.policy, s.status, s.publishedAt, s.lines,
                    s.version);
        }
    }

    @Schema(name = "AllocationInput", description = "How to allocate a round's budget down its ranking")
    public record AllocationInput(@NotNull AllocationPolicy.Mode mode,
            @Schema(description = "Least share of its amount sought a marginal bid is part-funded with, more than 0 and "
                    + "at most 1; default 0.5; used by PART_FUND_MARGINAL only", example = "0.5")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal minimumShare,
            @Schema(description = "How many bids beyond the budget are held in reserve, the rest UNFUNDED; absent: all",
                    example = "3") @Min(0) Integer reserveListSize,
            @Schema(description = "A budget other than the round's, in pounds sterling with at most 2 decimal places, to "
                    + "try where the line falls; absent: the round's budget", example = "7600000") @DecimalMin("0")
            @Digits(integer = 13, fraction = 2) BigDecimal budget,
            @Schema(description = "Why allocate although some bids are not ready (no submitted assessment, or flagged "
                    + "for moderation and not moderated), 10 to 2000 characters; without it such a round is refused "
                    + "(409 round-not-ready naming the bids). Kept with the decisions, with the bids not ready.",
                    example = "Panel meets tomorrow: a draft to discuss, the two late bids to be scored by then")
            @Size(min = 10, max = 2000) String notReadyReason,
            @Schema(description = "A note kept with the decisions and shown with them, 10 to 2000 characters: the panel's "
                    + "minute, say, or what the decisions are (a demonstration's are labelled so)",
                    example = "Panel of 20 January 2014, minute 4") @Size(min = 10, max = 2000) String note,
            @Schema(description = "True for decisions that are a demonstration's or a rehearsal's, not real awards: "
                    + "everything published from them says so (each decision's reason, a classification on each "
                    + "360Giving grant); absent or false for real decisions") Boolean demonstration) {
    }

    @Schema(name = "OverrideInput", description = "A programme manager's decision on one bid in place of the allocation's")
    public record OverrideInput(
            @NotNull @Schema(description = "The decision: FUNDED awards exactly the amount sought, PART_FUNDED less; "
                    + "RESERVE and UNFUNDED award nothing")
            AllocationPolicy.Outcome outcome,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2)
            @Schema(description = "The amount awarded in pounds sterling, at most 2 decimal places: above £0 and at most "
                    + "the amount sought for FUNDED and PART_FUNDED (for FUNDED, the amount sought); left out for RESERVE "
                    + "and UNFUNDED", example = "150000")
            BigDecimal amountAwarded,
            @NotBlank @Size(min = 10, max = 2000) @Schema(description = "Why, 10 to 2000 characters; kept as the line's "
                    + "reason", example = "Panel: fund the first year's costs only") String reason) {
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "Read a round's decisions",
            description = "Programme managers read them at any time, draft or published; integrators once they are "
                    + "published (before: 404), to reconcile the awards with their own records. The ETag is the "
                    + "decisions' version, to send in If-Match when overriding a line.")
    @APIResponse(responseCode = "200", description = "The decisions; the ETag header is their version",
            content = @Content(schema = @Schema(implementation = DecisionsView.class)))
    public Response get(@Parameter(description = "The round", example = "tca-2013-14") @PathParam("roundId") String roundId) {
        funders.requireRuns(callers.current(), roundId);
        DecisionSet set = decisions.readFor(callers.current(), roundId);
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @POST
    @Path("/{roundId}")
    @Operation(summary = "Allocate the budget down the ranking (programme managers; a draft, replacing an unpublished one)",
            description = "Only programme managers, before the round's decisions are published (409 after). The round is "
                    + "ranked afresh and funded strictly in rank order until the budget runs out: a bid that does not fit "
                    + "stops the funding, so a lower-ranked bid is never funded over a higher-ranked one because it is "
                    + "smaller. Under PART_FUND_MARGINAL the first bid that does not fit is offered what is left, if that "
                    + "is at least minimumShare of what it sought. The bids after go on the reserve list (reserveListSize "
                    + "of them; absent, all), the rest UNFUNDED. A bid stating no amount sought cannot be funded by rank "
                    + "and is left UNFUNDED for a programme manager to decide by override; a bid scored below the scheme's "
                    + "minimumQualityScore is UNFUNDED whatever is left, and held in no reserve. While bids are unscored, "
                    + "or flagged for moderation and not moderated, the allocation is refused (409 round-not-ready, "
                    + "naming them) unless notReadyReason says why to go on; the reason and the bids are kept in the "
                    + "policy. The result is a draft: allocating again replaces it, overrides and all.")
    @APIResponse(responseCode = "200", description = "The draft decisions and their ETag",
            content = @Content(schema = @Schema(implementation = DecisionsView.class)))
    public Response allocate(@Parameter(description = "The round", example = "tca-2013-14") @PathParam("roundId") String roundId,
            @Valid @NotNull AllocationInput body) {
        funders.requireRuns(callers.current(), roundId);
        DecisionSet set = decisions.allocate(callers.current().name(), roundId, new DecisionSet.Policy(body.mode(),
                body.minimumShare() == null ? new BigDecimal("0.5") : body.minimumShare(), body.reserveListSize(), null,
                body.notReadyReason(), null, body.note(), Boolean.TRUE.equals(body.demonstration()) ? true : null),
                body.budget());
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @DELETE
    @Path("/{roundId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Discard a round's draft decisions (programme managers; If-Match required)",
            description = "Only programme managers, while the decisions are a draft and no line of them is published "
                    + "(409 otherwise: published decisions are the record). If-Match must carry the decisions' version "
                    + "(428 without, 412 when stale). The draft and its overrides are gone, the round reads as never "
                    + "allocated (404), and the discarded draft is kept in the audit trail.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discard(@Parameter(description = "The round", example = "tca-2013-14") @PathParam("roundId") String roundId,
            @Parameter(description = "The decisions' version as last read, their ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch) {
        funders.requireRuns(callers.current(), roundId);
        decisions.discard(callers.current().name(), roundId, ifMatch);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{roundId}/lines/{bidId}")
    @Operation(summary = "Override one bid's decision, with the reason (programme managers; If-Match required)",
            description = "Only programme managers, while the decisions are a draft (409 once published). If-Match must "
                    + "carry the decisions' version (428 without, 412 when stale). FUNDED awards exactly the amount "
                    + "sought; PART_FUNDED an amount above £0 and at most the amount sought; RESERVE and UNFUNDED award "
                    + "nothing and take no amount (400 otherwise). The round's awards together must stay within the "
                    + "budget (409 otherwise). The line is marked overridden, with the manager and the reason.")
    @APIResponse(responseCode = "200", description = "The decisions with the line changed, and their new ETag",
            content = @Content(schema = @Schema(implementation = DecisionsView.class)))
    public Response override(@Parameter(description = "The round", example = "tca-2013-14") @PathParam("roundId") String roundId,
            @Parameter(description = "The bid whose decision changes, by its id in the bid-service",
                    example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61") @PathParam("bidId") String bidId,
            @Parameter(description = "The decisions' version as last read, their ETag", example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OverrideInput body) {
        funders.requireRuns(callers.current(), roundId);
        DecisionSet set = decisions.override(callers.current().name(), roundId, bidId, ifMatch, body.outcome(),
                body.amountAwarded(), body.reason());
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @POST
    @Path("/{roundId}/publication")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish a round's decisions (programme managers): record each in the bid-service and end the "
            + "assessors' access",
            description = "Only programme managers. Each line's decision (outcome, amount awarded in pounds, reason) is "
                    + "recorded on its bid in the bid-service through this service's account, and the bid's assignments "
                    + "are closed, ending its assessors' access. Once every line is recorded the decisions are PUBLISHED "
                    + "and final: integrators may read them and the ranking, and the 360Giving export lists the awards. "
                    + "Safe to repeat: lines already recorded are not sent again, so a publication cut short (503 when the "
                    + "bid-service is away) carries on where it stopped. No body is needed.")
    @APIResponse(responseCode = "200", description = "The decisions, published, and their ETag",
            content = @Content(schema = @Schema(implementation = DecisionsView.class)))
    public Response publish(@Parameter(description = "The round", example = "tca-2013-14") @PathParam("roundId") String roundId) {
        funders.requireRuns(callers.current(), roundId);
        DecisionSet set = decisions.publish(callers.current().name(), roundId);
        return ETags.ok(DecisionsView.of(set), set.version);
    }
}
