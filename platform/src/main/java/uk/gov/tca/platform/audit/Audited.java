package uk.gov.tca.platform.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every mutable resource carries: its version (the ETag, checked again by Hibernate on write) and who
 * created and last changed it, when. Each service's tables have these columns.
 */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Marks a new resource as created, and so also last changed, by the actor now. */
    public void createdBy(String actor, Instant now) {
        createdAt = now;
        createdBy = actor;
        changedBy(actor, now);
    }

    public void changedBy(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }
}
