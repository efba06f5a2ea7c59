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
@Schema(name = "Interest", description = "An interest an assessor declared, kept as declared and never edited: in an "
        + "organisation (and so every bid it takes part in, or is related to a participant of) or in one bid")
public record Interest(
        @NotNull @Schema(description = "Which kind of interest; either kind conflicts the assessor with the bids it "
                + "touches")
        Type type,
        @Size(max = 80) @Schema(description = "The organisation the interest is in, by its register id (a 360Giving "
                + "org-id); absent for an interest in a bid only", example = "GB-LAE-CHR")
        String organisationId,
        @Size(max = 40) @Schema(description = "The bid the interest is in, by its id in the bid-service; absent for an "
                + "interest in an organisation only", example = "bid-7c2e4d1a-93b5-4f60-8a2d-5e1f0b6c9d34")
        String bidId,
        @Schema(description = "Whose interest it is: the assessor's own or its spouse's or partner's")
        Holder holder,
        @NotBlank @Size(min = 10, max = 2000) @Schema(description = "What the interest is, in the assessor's words "
                + "(existence and nature both)", example = "Spouse is a director of a company contracted to Cherwell "
                + "District Council for ICT support")
        String nature,
        @Schema(description = "When the interest arose, where the assessor said; absent when not given",
                example = "2012-09-01")
        LocalDate arose,
        @Schema(description = "When the interest was declared, as the service recorded it (UTC)",
                example = "2014-01-06T09:12:00Z")
        Instant declaredAt) {

    @Schema(name = "InterestType", description = "DISCLOSABLE_PECUNIARY: a disclosable pecuniary interest (employment, "
            + "office or trade for profit; sponsorship; a contract with the organisation; land; shares above £25,000 "
            + "nominal value or 1% of the issued share capital), with which one must not take part; OTHER: any other "
            + "interest that must be declared (a close connection, a pecuniary interest of family or associates)")
    public enum Type {
        /** Employment, sponsorship, contracts, land, shares over the threshold: must not take part. */
        DISCLOSABLE_PECUNIARY,
        OTHER
    }

    @Schema(name = "InterestHolder", description = "Whose interest it is: SELF, the assessor's own (the default); "
            + "SPOUSE_OR_PARTNER, its spouse's or partner's, which counts as its own")
    public enum Holder { SELF, SPOUSE_OR_PARTNER }
}
