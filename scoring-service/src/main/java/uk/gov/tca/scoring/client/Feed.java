package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A page of a neighbour's change feed (CloudEvents), as the bid-service and the partner-service both serve it. */
public final class Feed {

    private Feed() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Event> events, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String id, String type, String subject, Instant time, String cursor, JsonNode data) {

        /** The last part of the type: {@code uk.gov.tca.bid.submitted} is "submitted"; "" for an event with none. */
        public String kind() {
            return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
        }
    }
}
