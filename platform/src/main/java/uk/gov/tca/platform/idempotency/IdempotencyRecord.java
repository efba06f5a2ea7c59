package uk.gov.tca.platform.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first answer to a create sent with an Idempotency-Key, kept so a retry gets the same answer. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        public String principal;
        public String key;

        protected Key() {
        }

        public Key(String principal, String key) {
            this.principal = principal;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(principal, other.principal) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, key);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    public String location;

    public String etag;

    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
