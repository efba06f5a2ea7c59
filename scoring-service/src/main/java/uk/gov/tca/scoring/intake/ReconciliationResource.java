package uk.gov.tca.scoring.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.validation.Identifiers;
import uk.gov.tca.scoring.scheme.RoundFunders;

@Path("/reconciliations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reconciliations", description = "A round's bids compared with the bid-service's and healed: what was "
        + "missing taken in, what is out of date brought up to date, what left assessment taken out")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.SERVICE})
public class ReconciliationResource {

    private final Reconciliation reconciliation;
    private final Callers callers;
    private final RoundFunders funders;

    public ReconciliationResource(Reconciliation reconciliation, Callers callers, RoundFunders funders) {
        this.funders = funders;
        this.reconciliation = reconciliation;
        this.callers = callers;
    }

    @Schema(name = "ReconciliationInput", description = "The round to reconcile")
    public record ReconciliationInput(@NotBlank @Size(max = 60) @Pattern(regexp = Identifiers.PATTERN,
            message = Identifiers.MESSAGE) @Schema(description = "The round, as the bid-service names it",
            example = "tca-2013-14") String roundId) {
    }

    @POST
    @Operation(summary = "Reconcile a round with the bid-service (programme managers)",
            description = "Programme managers, and the TCA services' own accounts. The ids and versions of the round's "
                    + "submitted, in-assessment and decided bids in the bid-service are compared with those held here: "
                    + "what is missing here is taken in, what is held at an older version is brought up to date, and what "
                    + "is held here but no longer submitted there (withdrawn, returned to draft) is taken out of "
                    + "assessment, its assessors losing it. A bid the bid-service does not know at all is reported, never "
                    + "taken out. Also run for every round shortly after start-up and every 6 hours. Safe to repeat: a "
                    + "second run finds nothing to do. 503 when the bid-service cannot be reached.")
    @APIResponse(responseCode = "200", description = "What was found and done")
    public Reconciliation.Report reconcile(@Valid @NotNull ReconciliationInput body) {
        funders.requireRuns(callers.current(), body.roundId().strip());
        return reconciliation.reconcile(callers.current().name(), body.roundId().strip());
    }
}
