package uk.gov.tca.partner.relation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.openapi.Security;

/** The organisations linked to one, and why: what conflict checks and assessors read. */
@Path("/organisations/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "organisations")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RelatedResource {

    private final RelatedOrganisations related;

    public RelatedResource(RelatedOrganisations related) {
        this.related = related;
    }

    @GET
    @Operation(summary = "Organisations linked to this one",
            description = "Every organisation linked to this one today, by legal name, with each link that makes it "
                    + "so: a relation recorded on either side and current today, a collaboration both are current "
                    + "members of, or succession (one took over from the other). What the scoring-service checks an "
                    + "assessor's conflicts of interest against; not paged. Any signed-in caller (a bidder's token "
                    + "must name its council).")
    @APIResponse(responseCode = "200", description = "The related organisations and why",
            content = @Content(schema = @Schema(implementation = RelatedView.class)))
    @APIResponse(responseCode = "404", description = "No organisation with this id on the register",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RelatedView related(
            @Parameter(description = "The organisation's id", example = "GB-LAE-BAB") @PathParam("id") String id) {
        return related.view(id);
    }
}
