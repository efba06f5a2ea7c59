package uk.gov.tca.bid.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An assessor's access to one bid, granted by the scoring-service when it assigns the bid. */
@Entity
@Table(name = "access_grant")
@IdClass(AccessGrant.Key.class)
public class AccessGrant extends PanacheEntityBase {

    public static class Key implements Serializable {
        public String bidId;
        public String assessor;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bidId, k.bidId) && Objects.equals(assessor, k.assessor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bidId, assessor);
        }
    }

    @Id
    @Column(name = "bid_id")
    public String bidId;

    @Id
    public String assessor;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    /** Access to a bid for an assessor, granted by the scoring-service's account now. */
    public static AccessGrant to(String bidId, String assessor, String grantedBy, Instant now) {
        AccessGrant grant = new AccessGrant();
        grant.bidId = bidId;
        grant.assessor = assessor;
        grant.grantedAt = now;
        grant.grantedBy = grantedBy;
        return grant;
    }

    public static boolean exists(String bidId, String assessor) {
        return count("bidId = ?1 and assessor = ?2", bidId, assessor) > 0;
    }
}
