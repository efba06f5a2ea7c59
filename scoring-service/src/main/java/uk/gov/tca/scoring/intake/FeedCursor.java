package uk.gov.tca.scoring.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How far this service has read a feed; moved in the same transaction as what the events changed. */
@Entity
@Table(name = "feed_cursor")
public class FeedCursor extends PanacheEntityBase {

    @Id
    public String feed;

    /** The neighbour's cursor, an opaque string; "0" before anything was read. */
    @Column(nullable = false)
    public String position;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
