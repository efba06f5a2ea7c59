package uk.gov.tca.scoring.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.openapi.Security;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.assessor.AssessorService;
import uk.gov.tca.scoring.assessor.NewInterest;

/**
 * What declaring an interest would do, before the assessor confirms it: the assignments it would end, each with the
 * conflict that ends it. Here rather than beside the declaration because it is the assignments' rules that answer.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Path("/assessors/me/interests/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessors")
@SecurityRequirement(name = Security.SCHEME)
@RolesAllowed(Roles.ASSESSOR)
public class DeclarationPreviewResource {

    private final AssessorService assessors;
    private final AssignmentService assignments;
    private final Callers callers;

    public DeclarationPreviewResource(AssessorService assessors, AssignmentService assignments, Callers callers) {
        this.assessors = assessors;
        this.assignments = assignments;
        this.callers = callers;
    }

    @Schema(name = "DeclarationPreview", description = "What declaring an interest would do: nothing is declared yet")
    public record Preview(
            @Schema(description = "The caller's live assignments the interest would end, each with why; empty when it "
                    + "ends none") List<Ending> wouldEnd) {
    }

    @Schema(name = "AssignmentEnding", description = "A live assignment a declaration would end, and the conflict that ends it")
    public record Ending(
            @Schema(description = "The assignment", example = "5b0e7c3a-2f1d-4a86-b9e4-71c3d8a6f205") String assignmentId,
            @Schema(description = "The bid it is on", example = "bid-7c2e4d1a-93b5-4f60-8a2d-5e1f0b6c9d34") String bidId,
            @Schema(description = "The bid's title", example = "Organisational Change") String title,
            @Schema(description = "The round the bid is in", example = "tca-2013-14") String roundId,
            Assignment.Status status,
            @Schema(description = "The conflict the interest would raise on it, in words",
                    example = "The assessor declared an interest in participant GB-LAE-CHR: Spouse is a director of a "
                    + "Cherwell supplier") String conflict) {
    }

    @POST
    @Operation(summary = "See which of your assignments an interest would end, before declaring it (assessors)",
            description = "The same body as declaring (POST /assessors/me/interests), checked by the same rules (400 "
                    + "naming the field for an organisation not on the register, a bid not in assessment, a nature that "
                    + "says nothing), but nothing is declared: the answer lists the caller's live assignments the "
                    + "interest would end, with the conflict each would have, so the assessor confirms knowing them. "
                    + "A programme manager's dispensation already in force is taken into account.")
    @APIResponse(responseCode = "200", description = "What the declaration would end",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    public Preview preview(@Valid @NotNull NewInterest body) {
        return new Preview(assignments.wouldEnd(assessors.asIfDeclared(callers.current(), body)).stream()
                .map(e -> new Ending(e.assignment().id, e.bid().bidId, e.bid().title, e.assignment().roundId,
                        e.assignment().status, e.conflict().explanation())).toList());
    }
}
