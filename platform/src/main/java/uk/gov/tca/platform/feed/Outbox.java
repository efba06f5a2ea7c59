package uk.gov.tca.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.time.OffsetDateTime;

/**
 * A service's change feed, kept in its own database (table {@code outbox_event}): written in the transaction of
 * the change it tells of, read in the order transactions made their events visible.
 *
 * <p>Each row carries the id of the transaction that wrote it ({@code tx}, the column's default). A reader is
 * served only events of transactions older than the oldest still running ({@code pg_snapshot_xmin}), ordered by
 * (tx, id): every transaction before a served event has ended, so no event can later appear before a cursor a
 * reader already holds. A transaction that stays open holds the feed back until it ends; it never loses an event.
 */
@ApplicationScoped
public class Outbox {

    private static final String AFTER = """
            SELECT id, tx, event_id, type, subject, time, data::text
            FROM outbox_event
            WHERE (tx, id) > (?1, ?2)
              AND tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            ORDER BY tx, id
            LIMIT ?3""";

    private static final String HEAD = """
            SELECT tx, id
            FROM outbox_event
            WHERE tx < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            ORDER BY tx DESC, id DESC
            LIMIT 1""";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** Adds an event to the feed; it becomes visible when (and only if) the current transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredEvent publish(String type, String subject, Object data) {
        UUID eventId = UUID.randomUUID();
        Instant time = Instant.now(clock);
        String text;
        try {
            text = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + type, e);
        }
        em.createNativeQuery("INSERT INTO outbox_event (event_id, type, subject, time, data) VALUES (?1, ?2, ?3, ?4, cast(?5 AS jsonb))")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, subject)
                .setParameter(4, Timestamp.from(time)).setParameter(5, text).executeUpdate();
        return new StoredEvent(null, eventId, type, subject, time, text);
    }

    /** Events after the cursor, in feed order, as far as transactions still running allow. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredEvent> after(FeedCursor cursor, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(AFTER).setParameter(1, cursor.tx()).setParameter(2, cursor.id())
                .setParameter(3, limit).getResultList();
        return rows.stream().map(Outbox::event).toList();
    }

    /** The cursor of the newest event a reader can be served now; the start when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedCursor head() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HEAD).getResultList();
        return rows.isEmpty() ? FeedCursor.START
                : new FeedCursor(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
    }

    private static StoredEvent event(Object[] row) {
        Object time = row[5];
        Instant at = time instanceof Instant i ? i : time instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) time).toInstant();
        return new StoredEvent(new FeedCursor(((Number) row[1]).longValue(), ((Number) row[0]).longValue()),
                (UUID) row[2], (String) row[3], (String) row[4], at, (String) row[6]);
    }
}
