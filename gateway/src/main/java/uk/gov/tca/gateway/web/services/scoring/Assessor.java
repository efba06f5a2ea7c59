package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An assessor's profile, with the interests it has declared (kept as declared, never edited). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assessor(String username, List<Interest> interests, List<Dispensation> dispensations) {

    public Assessor {
        interests = interests == null ? List.of() : interests;
        dispensations = dispensations == null ? List.of() : dispensations;
    }

    /** A programme manager's leave to assess despite a conflict; a revoked one is kept, covering nothing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dispensation(String id, String organisationId, String bidId, String reason, java.time.LocalDate expires,
            String grantedBy, java.time.Instant revokedAt) {

        /** Whether it lifts conflicts on the bid today: for the bid, not revoked, not past its last day. */
        public boolean inForceFor(String bid, java.time.LocalDate today) {
            return revokedAt == null && !today.isAfter(expires) && bid.equals(bidId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interest(String type, String organisationId, String bidId, String holder, String nature) {
    }
}
