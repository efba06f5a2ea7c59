package uk.gov.tca.bid.access;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.security.Callers;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.platform.openapi.Security;

/** Assessors' access to a bid, granted and taken away by the scoring-service. */
@Path("/bids/{id}/access-grants")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "bids")
@SecurityRequirement(name = Security.SCHEME)
@APIResponse(responseCode = "404", description = "No such bid, or not one the caller may see",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccessResource {

    /** An assessor's access to the bid. */
    @Schema(name = "AccessGrant", description = "An assessor's access to read the bid.")
    public record GrantView(
            @Schema(description = "The assessor's user name, as the scoring-service names assessors.",
                    example = "assessor.dclg") String assessor,
            @Schema(description = "When access was granted (UTC).", example = "2013-09-02T09:00:00Z") Instant grantedAt,
            @Schema(description = "The account that granted it (the scoring-service's).",
                    example = "service-account-scoring-service") String grantedBy) {
    }

    static final String BID_ID = "The bid's id.";
    static final String BID_EXAMPLE = "bid-5b0e3f52-8c1d-4a8e-9f3a-1d2c3b4a5e6f";
    static final String ASSESSOR = "The assessor's user name, as the scoring-service names assessors (at most 120 "
            + "characters).";

    private final AccessService access;
    private final Callers callers;

    public AccessResource(AccessService access, Callers callers) {
        this.access = access;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.SERVICE})
    @Operation(summary = "Assessors who may read this bid (programme managers, the scoring-service)",
            description = "Programme managers and the services' accounts only. Every assessor now granted access, by user "
                    + "name; not paged.")
    @APIResponse(responseCode = "200", description = "The grants")
    public List<GrantView> grants(@Parameter(description = BID_ID, example = BID_EXAMPLE) @PathParam("id") String id) {
        return access.grants(callers.current(), id).stream()
                .map(g -> new GrantView(g.assessor, g.grantedAt, g.grantedBy)).toList();
    }

    @PUT
    // no body on success; a refusal is a problem document, which a client may ask for alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{assessor}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Let an assessor read this bid (the scoring-service's account, on assignment)",
            description = "The services' accounts only (the scoring-service). No body. Idempotent: granting again "
                    + "changes nothing. The first grant puts a submitted bid into assessment (IN_ASSESSMENT, an event "
                    + "on the feed); 409 for a draft, withdrawn or decided bid.")
    @APIResponse(responseCode = "204", description = "Granted")
    @APIResponse(responseCode = "409", description = "The bid is not open to assessment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void grant(@Parameter(description = BID_ID, example = BID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ASSESSOR, example = "assessor.dclg") @PathParam("assessor") String assessor) {
        access.grant(callers.current(), id, assessor);
    }

    @DELETE
    // no body on success; a refusal is a problem document, which a client may ask for alone
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{assessor}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Take an assessor's access away (declined, conflicted, or decided)",
            description = "The services' accounts only (the scoring-service). Idempotent: access already gone is gone "
                    + "(204); 404 only for a bid that does not exist. The bid's status does not change.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@Parameter(description = BID_ID, example = BID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ASSESSOR, example = "assessor.dclg") @PathParam("assessor") String assessor) {
        access.revoke(callers.current(), id, assessor);
    }
}
