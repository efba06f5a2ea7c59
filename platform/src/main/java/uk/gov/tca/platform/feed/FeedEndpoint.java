package uk.gov.tca.platform.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.openapi.Security;

/**
 * {@code GET /feed} as every service that has a change feed serves it, to the other services' accounts, integrators
 * and programme managers. A service's resource extends this with its path and tag, and names its {@link ChangeFeed}.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"integrator", "programme-manager", "service"})
public abstract class FeedEndpoint {

    protected abstract ChangeFeed changeFeed();

    @GET
    @SecurityRequirement(name = Security.SCHEME)
    @Operation(summary = "Events after a cursor, in the order they became visible",
            description = "Every committed event, in order, once each to a reader that follows the cursor. An event is "
                    + "served once every transaction before it has ended, so the newest changes may arrive a moment later.")
    @APIResponse(responseCode = "200", description = "Events and the cursor to ask after next")
    @APIResponse(responseCode = "400", description = "after or limit not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedPage feed(
            @Parameter(description = "The next of the page last read (an opaque string); absent from the start",
                    example = "0")
            @QueryParam("after") String after,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"), example = "100")
            @QueryParam("limit") String limit) {
        return changeFeed().page(after, limit);
    }
}
