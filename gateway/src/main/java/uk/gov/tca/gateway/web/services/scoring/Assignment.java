package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Which assessor scores which bid, with the bid's title as the scoring-service's feed gave it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assignment(String id, String bidId, String title, String roundId, String assessor, String status,
        String reason) {

    /** Offered or accepted, the assessor may read the bid; declined, revoked or closed, no longer. */
    public boolean givesAccess() {
        return "OFFERED".equals(status) || "ACCEPTED".equals(status);
    }
}
