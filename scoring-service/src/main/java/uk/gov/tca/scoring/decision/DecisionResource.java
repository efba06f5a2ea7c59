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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Consumes(MediaType.APPLICATION_JSON)
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "decisions", description = "Funding decisions within a round's budget, published to the bid-service")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed(Roles.PROGRAMME_MANAGER)
public class DecisionResource {

    private final DecisionService decisions;
    private final Callers callers;

    public DecisionResource(DecisionService decisions, Callers callers) {
        this.decisions = decisions;
        this.callers = callers;
    }

    @Schema(name = "Decisions")
    public record DecisionsView(String roundId, BigDecimal budget, BigDecimal totalAwarded, DecisionSet.Policy policy,
            DecisionSet.Status status, Instant publishedAt, List<DecisionLine> lines, long version) {

        static DecisionsView of(DecisionSet s) {
            return new DecisionsView(s.roundId, s.budget, s.totalAwarded(), s.policy, s.status, s.publishedAt, s.lines,
                    s.version);
        }
    }

    public record AllocationInput(@NotNull AllocationPolicy.Mode mode,
            @Schema(description = "Least share of its amount sought a marginal bid is part-funded with; default 0.5")
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal minimumShare,
            @Schema(description = "How many bids beyond the budget are held in reserve; absent: all") @Min(0) Integer reserveListSize,
            @Schema(description = "A budget other than the round's, to try the edge") @DecimalMin("0")
            @Digits(integer = 13, fraction = 2) BigDecimal budget) {
    }

    public record OverrideInput(@NotNull AllocationPolicy.Outcome outcome,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal amountAwarded,
            @NotBlank @Size(min = 10, max = 2000) String reason) {
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
    @Operation(summary = "A round's decisions",
            description = "Programme managers read them at any time; integrators once they are published (before: 404), "
                    + "to reconcile the awards with their own records.")
    public Response get(@PathParam("roundId") String roundId) {
        DecisionSet set = decisions.readFor(callers.current(), roundId);
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @POST
    @Path("/{roundId}")
    @Operation(summary = "Allocate the budget down the ranking (a draft, replacing an unpublished one)")
    public Response allocate(@PathParam("roundId") String roundId, @Valid @NotNull AllocationInput body) {
        DecisionSet set = decisions.allocate(callers.current().name(), roundId, new DecisionSet.Policy(body.mode(),
                body.minimumShare() == null ? new BigDecimal("0.5") : body.minimumShare(), body.reserveListSize()),
                body.budget());
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @PUT
    @Path("/{roundId}/lines/{bidId}")
    @Operation(summary = "Override one bid's decision, with the reason (If-Match required); awards stay within the budget")
    public Response override(@PathParam("roundId") String roundId, @PathParam("bidId") String bidId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OverrideInput body) {
        DecisionSet set = decisions.override(callers.current().name(), roundId, bidId, ifMatch, body.outcome(),
                body.amountAwarded(), body.reason());
        return ETags.ok(DecisionsView.of(set), set.version);
    }

    @POST
    @Path("/{roundId}/publication")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish: record each decision in the bid-service and end the assessors' access",
            description = "Safe to repeat: bids already recorded are not sent again.")
    public Response publish(@PathParam("roundId") String roundId) {
        DecisionSet set = decisions.publish(callers.current().name(), roundId);
        return ETags.ok(DecisionsView.of(set), set.version);
    }
}
