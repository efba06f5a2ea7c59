package uk.gov.tca.scoring.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.intake.BidInRound;

@Path("/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conflicts", description = "Conflicts of interest, each with the organisation and the rule behind it")
@SecurityRequirement(name = "bearer")
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
        Caller caller = callers.current();
        if ((bidId == null) == (assessor == null)) {
            throw ProblemException.invalid("bid", "ask about one bid or one assessor");
        }
        ConflictFinder.Session session = finder.session();
        List<Conflict> found = new ArrayList<>();
        if (bidId != null) {
            if (!caller.is(Roles.PROGRAMME_MANAGER)) {
                Assessor self = Assessor.findById(caller.name());
                BidInRound bid = BidInRound.findById(bidId);
                return self == null || bid == null ? List.of() : session.conflicts(self, bid);
            }
            BidInRound bid = BidInRound.findById(bidId);
            if (bid == null) {
                throw ProblemException.notFound("Bid " + bidId + " in assessment");
            }
            for (Assessor a : Assessor.<Assessor>list("active", true)) {
                found.addAll(session.conflicts(a, bid));
            }
            return found;
        }
        String who = "me".equals(assessor) ? caller.name() : assessor;
        if (!caller.is(Roles.PROGRAMME_MANAGER) && !who.equals(caller.name())) {
            throw ProblemException.notFound("Assessor " + assessor);
        }
        Assessor a = Assessor.findById(who);
        if (a == null) {
            throw ProblemException.notFound("Assessor " + assessor);
        }
        for (BidInRound bid : BidInRound.<BidInRound>list("status", BidInRound.Status.OPEN)) {
            found.addAll(session.conflicts(a, bid));
        }
        return found;
    }
}
