package uk.gov.tca.platform.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.problem.ProblemException;

/** One page of a change feed, as every service that has one serves it: CloudEvents, and the cursor to ask after. */
@Schema(name = "FeedPage")
public record FeedPage(List<CloudEvent> events,
        @Schema(description = "Ask for after=this next (an opaque string)") String next) {

    public static final int MAX_LIMIT = 500;

    /**
     * The page after a client's cursor ({@code after}, {@code limit} as sent), from a service's outbox, each event
     * naming the schema of its data ({@code schemaOfType}: null for a type without one).
     */
    public static FeedPage read(Outbox outbox, String source, Function<String, String> schemaOfType, String after,
            String limit) {
        FeedCursor cursor = FeedCursor.parse("after", after);
        int count = QueryParams.wholeNumber("limit", limit, 100);
        if (count < 1 || count > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<StoredEvent> stored = outbox.after(cursor, count);
        FeedCursor next = stored.isEmpty() ? cursor : stored.get(stored.size() - 1).cursor();
        return new FeedPage(stored.stream().map(e -> CloudEvent.of(source, e, schemaOfType.apply(e.type()))).toList(),
                next.toString());
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
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Names the schema of data in the contract of the service that serves the feed",
                    example = "urn:tca:schema:bid-service:BidSubmitted") String dataschema,
            @Schema(description = "The feed cursor of this event (an opaque string)") String cursor,
            @JsonRawValue @Schema(type = SchemaType.OBJECT) String data) {

        static CloudEvent of(String source, StoredEvent e, String dataschema) {
            return new CloudEvent("1.0", e.eventId().toString(), source, e.type(), e.subject(), e.time(),
                    "application/json", dataschema, e.cursor().toString(), e.data());
        }
    }
}
