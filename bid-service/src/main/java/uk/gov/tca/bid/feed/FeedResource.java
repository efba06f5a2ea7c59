package uk.gov.tca.bid.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * The change feed: what happened to bids once public (submitted, withdrawn, returned), as CloudEvents, in
 * order. A consumer keeps the cursor of the last event it handled and asks for what came after, so one that
 * was down catches up and misses nothing.
 */
@Path("/feed")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"integrator", "programme-manager", "service"})
@Tag(name = "feed", description = "Durable, resumable change feed of bids (CloudEvents JSON)")
@SecurityRequirement(name = "bearer")
public class FeedResource {

    static final int MAX_LIMIT = 500;

    private final Outbox outbox;

    public FeedResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Operation(summary = "Events after a cursor, oldest first")
    @APIResponse(responseCode = "200", description = "Events and the cursor to ask after next")
    @APIResponse(responseCode = "400", description = "after or limit not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedPage feed(
            @Parameter(description = "Cursor of the last event handled; 0 or absent from the start",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0"), example = "0")
            @QueryParam("after") String after,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"), example = "100")
            @QueryParam("limit") String limit) {
        long cursor = number("after", after, 0);
        long count = number("limit", limit, 100);
        if (cursor < 0) {
            throw ProblemException.invalid("after", "must be 0 or more");
        }
        if (count < 1 || count > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<CloudEvent> events = outbox.after(cursor, (int) count).stream().map(CloudEvent::of).toList();
        long next = events.isEmpty() ? cursor : Long.parseLong(events.get(events.size() - 1).cursor());
        return new FeedPage(events, String.valueOf(next));
    }

    private static long number(String name, String value, long otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    @Schema(name = "FeedPage")
    public record FeedPage(List<CloudEvent> events, @Schema(description = "Ask for after=this next") String next) {
    }

    /** A CloudEvents 1.0 event in structured JSON mode, with the feed cursor as an extension attribute. */
    @Schema(name = "CloudEvent")
    public record CloudEvent(
            @Schema(example = "1.0") String specversion,
            String id,
            @Schema(example = "/bid-service") String source,
            @Schema(example = "uk.gov.tca.bid.submitted") String type,
            String subject,
            Instant time,
            @Schema(example = "application/json") String datacontenttype,
            @Schema(description = "The feed cursor of this event") String cursor,
            @JsonRawValue @Schema(type = SchemaType.OBJECT) String data) {

        static CloudEvent of(OutboxEvent e) {
            return new CloudEvent("1.0", e.eventId.toString(), "/bid-service", e.type, e.subject, e.time,
                    "application/json", String.valueOf(e.id), e.data);
        }
    }
}
