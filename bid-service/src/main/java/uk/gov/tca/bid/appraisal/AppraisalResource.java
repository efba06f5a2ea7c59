package uk.gov.tca.bid.appraisal;

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
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.openapi.Security;

/** A bid's appraisal, worked out from its own lines in its round's terms. */
@Path("/bids/{id}/appraisal")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "bids")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AppraisalResource {

    private final AppraisalService appraisals;
    private final Callers callers;

    public AppraisalResource(AppraisalService appraisals, Callers callers) {
        this.appraisals = appraisals;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "The appraisal of a bid from its own cost and benefit lines",
            description = "Anyone who may read the bid: the bidders of the organisations named on it, programme managers "
                    + "and services always; integrators once it is submitted; assessors while granted it. By year: "
                    + "costs, benefits, net, cumulative net; payback (from Year 0); ROI (ΣB−ΣC)/ΣC; return multiple; NPV and "
                    + "benefit-cost ratio at the round's discount rate (Year 0 undiscounted); the same after optimism "
                    + "bias; sensitivity scenarios. Amounts are pounds sterling. Figures that are not numbers are left "
                    + "out and listed in notes. Worked out on each request, never stored.")
    @APIResponse(responseCode = "200", description = "The appraisal",
            content = @Content(schema = @Schema(implementation = Appraisal.class)))
    @APIResponse(responseCode = "400", description = "An organisation with no part in the bid's figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Appraisal appraisal(@Parameter(description = "The bid's id.",
            example = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f") @PathParam("id") String id,
            @Parameter(description = "Only this organisation's part (register id): its shares of shared lines and the "
                    + "benefits that fall to it alone — who pays, who benefits. 400 for an organisation with no part in "
                    + "the bid's figures.", example = "GB-LAE-WOC",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 80))
            @jakarta.ws.rs.QueryParam("organisation") String organisation) {
        return appraisals.of(callers.current(), id, organisation);
    }
}
