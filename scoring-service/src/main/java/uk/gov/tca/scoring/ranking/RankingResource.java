package uk.gov.tca.scoring.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.scheme.RoundFunders;

@Path("/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rankings", description = "A round's scored bids in funding order, with the cumulative amount sought "
        + "against its budget; public to integrators once the decisions are published")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class RankingResource {

    private final RankingService rankings;
    private final Callers callers;
    private final RoundFunders funders;

    public RankingResource(RankingService rankings, Callers callers, RoundFunders funders) {
        this.funders = funders;
        this.rankings = rankings;
        this.callers = callers;
    }

    @GET
    @Path("/{roundId}")
    @Operation(summary = "Rank a round's bids in funding order",
            description = "Programme managers at any time; integrators once the round's decisions are published (404 "
                    + "before). Worked out afresh from the submitted assessments and moderations on every call: the higher "
                    + "final score first (moderated, else the mean of the weighted totals), ties broken as tieRule says, "
                    + "each line with the amount sought so far against the budget. Withdrawn bids are left out; bids with "
                    + "no submitted assessment are listed as unscored. The round needs a scheme (409 otherwise). One round "
                    + "is ranked at a time: a caller still waiting after 20 seconds gets 503 with Retry-After.")
    @APIResponse(responseCode = "200", description = "The ranking")
    public RankingService.Ranking rank(@Parameter(description = "The round", example = "tca-2013-14")
            @PathParam("roundId") String roundId) {
        funders.requireRuns(callers.current(), roundId);
        return rankings.rankFor(callers.current(), roundId);
    }
}
