package uk.gov.tca.bid.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the change feed: one event per state change, in the same transaction as the change. */
@ApplicationScoped
public class Outbox {

    /** CloudEvents type prefix of this service's events. */
    public static final String TYPE_PREFIX = "uk.gov.tca.bid.";

    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String subject, Map<String, Object> data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.type = TYPE_PREFIX + type;
        event.subject = subject;
        event.time = Instant.now(clock);
        try {
            event.data = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + type, e);
        }
        event.persist();
    }

    /** Events after the cursor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEvent> after(long cursor, int limit) {
        return OutboxEvent.find("id > ?1 order by id", cursor).page(0, limit).list();
    }
}
