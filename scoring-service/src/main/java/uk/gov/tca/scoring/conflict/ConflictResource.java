package uk.gov.tca.scoring.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

@Path("/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conflicts", description = "Conflicts of interest, each with the organisation and the rule behind it")
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
    @Operation(summary = "Conflicts on a bid (?bid=) or of an assessor (?assessor=, 'me' for one's own)",
            description = "Programme managers ask about any bid or assessor; an assessor about itself. Dispensed "
                    + "conflicts are listed with dispensed=true.")
    public List<Conflict> conflicts(@QueryParam("bid") String bidId, @QueryParam("assessor") String assessor) {
        if ((bidId == null) == (assessor == null)) {
            throw ProblemException.invalid("bid", "ask about one bid or one assessor");
        }
        Caller caller = callers.current();
        return bidId != null ? finder.onBid(caller, bidId) : finder.ofAssessor(caller, assessor);
    }
}
