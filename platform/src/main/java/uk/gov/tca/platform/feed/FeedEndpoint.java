package uk.gov.tca.platform.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
            description = """
                    The feed is a sync protocol. Start with no cursor; keep the `next` of each page and ask for \
                    `after=<next>`; stop when a page is empty and ask again later (polling every few seconds is \
                    enough). The cursor is an opaque string: store it as it came, never build or compare one.

                    **Guarantee:** every committed event, in commit order, at least once — an event is served only \
                    once every transaction before it has ended, so a reader never skips one that commits late, and \
                    the newest changes may arrive a moment later. Handle events idempotently by their `id` (a reader \
                    that stored its cursor before handling a page may see the page again).

                    **Retention:** events are never deleted or changed (the table is append-only), so any cursor \
                    this feed gave out stays readable, and a reader can always start again from the beginning.

                    **The head:** the `Feed-Head` header of every page is the cursor of the newest event visible \
                    when the page was read: a reader whose `next` equals it is up to date. A cursor beyond the head \
                    (another environment's, or one made by hand) is a 400 naming the head — never an empty page \
                    forever.""")
    @APIResponse(responseCode = "200", description = "Events after the cursor (none when up to date) and the cursor "
            + "to ask after next",
            headers = @Header(name = FeedPage.HEAD_HEADER, description = "The cursor of the newest event visible when "
                    + "the page was read (an opaque string; the start of the feed when it has none)",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "after is not a cursor this feed gave out, or is beyond its head "
            + "(the problem names the head); or limit is not a whole number from 1 to 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedPage feed(
            @Parameter(description = "The next of the page last read (an opaque string); absent to read from the start")
            @QueryParam("after") String after,
            @Parameter(description = "How many events at most (1 to 500; 100 when absent)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
            @QueryParam("limit") String limit,
            @Context HttpServerResponse response) {
        FeedPage page = changeFeed().page(after, limit);
        response.putHeader(FeedPage.HEAD_HEADER, page.head());
        return page;
    }
}
