package uk.gov.tca.scoring.assessor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An interest an assessor declares (domain-notes §5.2): a disclosable pecuniary interest or another one, in
 * an organisation or in one bid, whose, and its nature in words — existence and nature both, "as noted" is
 * not a declaration. Declarations are kept as made, never edited.
 */
public record Interest(
        @NotNull Type type,
        @Size(max = 80) String organisationId,
        @Size(max = 40) String bidId,
        Holder holder,
        @NotBlank @Size(min = 10, max = 2000) String nature,
        LocalDate arose,
        Instant declaredAt) {

    @Schema(name = "InterestType")
    public enum Type {
        /** Employment, sponsorship, contracts, land, shares over the threshold: must not take part. */
        DISCLOSABLE_PECUNIARY,
        OTHER
    }

    @Schema(name = "InterestHolder")
    public enum Holder { SELF, SPOUSE_OR_PARTNER }
}
