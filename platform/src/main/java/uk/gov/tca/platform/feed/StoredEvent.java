package uk.gov.tca.platform.feed;

import java.time.Instant;
import java.util.UUID;

/** An event as the outbox holds it: its feed position, its CloudEvents attributes, and its data as JSON text. */
public record StoredEvent(FeedCursor cursor, UUID eventId, String type, String subject, Instant time, String data) {
}
