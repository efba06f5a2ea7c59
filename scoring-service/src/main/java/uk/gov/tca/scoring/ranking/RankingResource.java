package uk.gov.tca.scoring.ranking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Path("/rankings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rankings", description = "A round's bids in funding order against its budget")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.INTEGRATOR})
public class RankingResource {

    private final RankingService rankings;
    private final Callers callers;

    public RankingResource(RankingService rankings, Callers callers) {
        this.rankings = rankings;
        this.callers = callers;
    }

    @GET
    @Path("/{roundId}")
    @Operation(summary = "The ranking of a round",
            description = "By final score (moderated, else mean); ties broken as tieRule says; the cumulative amount "
                    + "sought against the budget. Integrators see it once the round's decisions are published.")
    public RankingService.Ranking rank(@PathParam("roundId") String roundId) {
        return rankings.rankFor(callers.current(), roundId);
    }
}
