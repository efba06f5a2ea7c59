package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Leave from a programme manager for an assessor to assess despite an interest: for one organisation (and so
 * any bid it is in) or one bid, with the reason and until when. An expired dispensation covers nothing.
 */
public record Dispensation(
        @Size(max = 80) String organisationId,
        @Size(max = 40) String bidId,
        @NotBlank @Size(min = 10, max = 2000) String reason,
        @NotNull LocalDate expires,
        Instant grantedAt,
        String grantedBy) {

    public boolean covers(String bid, String organisation, LocalDate today) {
        if (today.isAfter(expires)) {
            return false;
        }
        return bidId != null && bidId.equals(bid) || organisationId != null && organisationId.equals(organisation);
    }
}
