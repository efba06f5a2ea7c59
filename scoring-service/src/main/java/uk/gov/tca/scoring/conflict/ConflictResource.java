package uk.gov.tca.scoring.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Path("/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conflicts", description = "Conflicts of interest between assessors and bids, each with the rule and the "
        + "organisations behind it; a conflicted assessor cannot be given, accept, score or submit the bid")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ASSESSOR})
public class ConflictResource {

    private final ConflictFinder finder;
    private final Callers callers;

    public ConflictResource(ConflictFinder finder, Callers callers) {
        this.finder = finder;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Conflicts of interest on a bid (?bid=) or of an assessor (?assessor=, 'me' for one's own)",
            description = "Ask about one bid or one assessor, never both (400). Programme managers ask about any: on a "
                    + "bid, every active assessor's conflicts (404 when the bid is not in assessment here); of an "
                    + "assessor, its conflicts on every bid open to assessment. An assessor asks only about itself: its "
                    + "own conflicts on a bid (none when it has no profile), or with ?assessor=me (or its username) its "
                    + "conflicts across the open bids; another assessor's are a 404. The rules: an assessor is conflicted "
                    + "on a bid when its employer, an organisation it is seconded to, or an organisation it declared an "
                    + "interest in is a participant of the bid or is related to one in the partner-service's register "
                    + "(shared workforce, collaboration, succession), or when it declared an interest in the bid itself. "
                    + "A conflicted assessor is never given the bid and cannot accept, score or submit it; a dispensation "
                    + "in date lifts a conflict, which is still listed with dispensed=true. Worked out live from the "
                    + "profiles and the register, not paged.")
    @APIResponse(responseCode = "200", description = "The conflicts, each with its rule and the organisations behind it")
    public List<Conflict> conflicts(
            @Parameter(description = "A bid in assessment, by its id in the bid-service",
                    example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
            @QueryParam("bid") String bidId,
            @Parameter(description = "An assessor's username, or 'me' for the caller", example = "assessor.midsuffolk")
            @QueryParam("assessor") String assessor) {
        if ((bidId == null) == (assessor == null)) {
            throw ProblemException.invalid("bid", "ask about one bid or one assessor");
        }
        Caller caller = callers.current();
        return bidId != null ? finder.onBid(caller, bidId) : finder.ofAssessor(caller, assessor);
    }
}
