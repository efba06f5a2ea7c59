package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Leave from a programme manager for an assessor to assess despite an interest: for one organisation (and so
 * any bid it is in) or one bid, with the reason and until when. An expired dispensation covers nothing, and one
 * covers only bids in the rounds of the funder whose manager granted it: a funder lifts conflicts in its own
 * rounds, never in another's. A revoked one covers nothing, and stays on the record with who revoked it and why.
 */
@Schema(name = "Dispensation", description = "Leave from a programme manager for an assessor to assess despite a "
        + "conflict: for one organisation (and so any bid it takes part in) or one bid, until its expiry date. The "
        + "conflicts it covers are still listed, as dispensed; after the expiry date it covers nothing.")
public record Dispensation(
        @Schema(description = "The dispensation's id, to revoke it by", example = "dsp-5b1f0c7e-2a49-4d83-9e61-7c3a8f2d4b10")
        String id,
        @Size(max = 80) @Schema(description = "The organisation whose conflicts it lifts, by its register id; absent "
                + "for a dispensation for one bid", example = "GB-LAE-CHR")
        String organisationId,
        @Size(max = 40) @Schema(description = "The bid whose conflicts it lifts; absent for a dispensation for an "
                + "organisation", example = "bid-7c2e4d1a-93b5-4f60-8a2d-5e1f0b6c9d34")
        String bidId,
        @NotBlank @Size(min = 10, max = 2000) @Schema(description = "Why the programme manager granted it",
                example = "The supplier's contract is not part of this bid")
        String reason,
        @NotNull @Schema(description = "The last day it covers (UK date)", example = "2014-03-31") LocalDate expires,
        @Schema(description = "When it was granted, as the service recorded it (UTC)",
                example = "2014-01-08T14:30:00Z") Instant grantedAt,
        @Schema(description = "The programme manager who granted it", example = "manager.dclg") String grantedBy,
        @Schema(description = "The funder whose manager granted it (that manager's organisation): it covers bids in "
                + "that funder's rounds only. Absent on dispensations granted before funders were kept apart, which "
                + "cover bids in any round.", example = "TCA-DCLG") String funderOrganisationId,
        @Schema(description = "When a programme manager revoked it (UTC); absent while it stands. A revoked "
                + "dispensation covers nothing, and is kept.", example = "2014-02-03T09:15:00Z") Instant revokedAt,
        @Schema(description = "The programme manager who revoked it", example = "manager.dclg") String revokedBy,
        @Schema(description = "Why it was revoked", example = "The supplier's contract now covers the bid's IT work")
        String revocationReason) {

    /** This dispensation, revoked: kept, covering nothing from now on. */
    public Dispensation revoked(Instant at, String by, String reason) {
        return new Dispensation(id, organisationId, bidId, this.reason, expires, grantedAt, grantedBy, funderOrganisationId,
                at, by, reason);
    }

    /**
     * @param bidFunder the funder of the bid's round, null when not known here (no scheme yet): then only a
     *                  dispensation from before funders were kept apart covers it
     */
    public boolean covers(String bid, String organisation, String bidFunder, LocalDate today) {
        if (revokedAt != null || today.isAfter(expires)) {
            return false;
        }
        if (funderOrganisationId != null && !funderOrganisationId.equals(bidFunder)) {
            return false;
        }
        return bidId != null && bidId.equals(bid) || organisationId != null && organisationId.equals(organisation);
    }
}
