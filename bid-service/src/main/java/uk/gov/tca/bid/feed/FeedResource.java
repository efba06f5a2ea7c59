package uk.gov.tca.bid.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.feed.FeedPage;
import uk.gov.tca.platform.feed.Outbox;
import uk.gov.tca.platform.problem.Problem;

/**
 * The change feed: what happened to bids once public (submitted, withdrawn, returned), as CloudEvents, in the
 * order their transactions made them visible. A consumer keeps the cursor of the last event it handled and asks
 * for what came after, so one that was down catches up, and one that reads while bids are being submitted misses
 * nothing: an event is served only once every transaction before it has ended (see {@link Outbox}).
 */
@Path("/feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"integrator", "programme-manager", "service"})
@Tag(name = "feed", description = "Durable, resumable change feed of bids (CloudEvents JSON)")
@SecurityRequirement(name = "bearer")
public class FeedResource {

    private final Outbox outbox;

    public FeedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
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
        return FeedPage.read(outbox, "/bid-service", after, limit);
    }
}
