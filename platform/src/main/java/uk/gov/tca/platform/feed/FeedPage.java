package uk.gov.tca.platform.feed;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.http.QueryParams;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * One page of a change feed, as every service that has one serves it: CloudEvents, and the cursor to ask after; and,
 * outside the body (the {@value #HEAD_HEADER} header), the cursor of the newest event there was when it was read.
 */
@Schema(name = "FeedPage")
public record FeedPage(@Schema(description = "The events after the cursor, oldest first; none when the reader is up to date") List<CloudEvent> events,
        @Schema(description = "Ask for after=this next (an opaque string)") String next,
        @JsonIgnore @Schema(hidden = true) String head) {

    /** The answer's header naming the head of the feed. */
    public static final String HEAD_HEADER = "Feed-Head";

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
        // read after the page, so the head is never behind its events (what is visible only grows)
        FeedCursor head = outbox.head();
        if (stored.isEmpty() && cursor.compareTo(head) > 0) {
            // not a cursor this feed gave out (another environment's, or hand-made): an empty page would be
            // answered forever, and the reader would never learn it is reading nothing
            throw ProblemException.invalid("after", "is beyond the head of this feed, " + head + ": send a cursor "
                    + "this feed gave out (the 'next' of a page, or the " + HEAD_HEADER + " header), or nothing to "
                    + "read from the start");
        }
        FeedCursor next = stored.isEmpty() ? cursor : stored.get(stored.size() - 1).cursor();
        return new FeedPage(stored.stream().map(e -> CloudEvent.of(source, e, schemaOfType.apply(e.type()))).toList(),
                next.toString(), head.toString());
    }

    /** A CloudEvents 1.0 event in structured JSON mode, with the feed cursor as an extension attribute. */
    @Schema(name = "CloudEvent")
    public record CloudEvent(
            @Schema(description = "The CloudEvents version: 1.0", example = "1.0") String specversion,
            @Schema(description = "The event's own id, unique and never reused: handle each id once") String id,
            @Schema(description = "The service the event comes from", example = "/bid-service") String source,
            @Schema(description = "What happened; says what data is (see dataschema)", example = "uk.gov.tca.bid.submitted") String type,
            @Schema(description = "The id of the resource it happened to (the bid's, the organisation's)") String subject,
            @Schema(description = "When it happened (the change's commit, to the millisecond)") Instant time,
            @Schema(description = "How data is written: always application/json", example = "application/json") String datacontenttype,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Names the schema of data in the contract of the service that serves the feed",
                    example = "urn:tca:schema:bid-service:BidSubmitted") String dataschema,
            @Schema(description = "The feed cursor of this event (an opaque string)") String cursor,
            @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "What happened, as the schema named by dataschema says") String data) {

        static CloudEvent of(String source, StoredEvent e, String dataschema) {
            return new CloudEvent("1.0", e.eventId().toString(), source, e.type(), e.subject(), e.time(),
                    "application/json", dataschema, e.cursor().toString(), e.data());
        }
    }
}
