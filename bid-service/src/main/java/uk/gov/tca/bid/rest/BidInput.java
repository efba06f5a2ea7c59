package uk.gov.tca.bid.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.domain.Attachment;
import uk.gov.tca.bid.domain.BenefitLine;
import uk.gov.tca.bid.domain.Contact;
import uk.gov.tca.bid.domain.CostLine;
import uk.gov.tca.bid.domain.DeclaredMetric;
import uk.gov.tca.bid.domain.DeclaredScenario;
import uk.gov.tca.bid.domain.DeclaredTotal;
import uk.gov.tca.bid.domain.Money;
import uk.gov.tca.bid.domain.ParticipantRole;
import uk.gov.tca.bid.domain.Resolution;

/**
 * What a council writes in a bid. The lead is the caller's organisation; status, verification, version and
 * audit fields are the service's own, and a body naming them is refused.
 */
@Schema(name = "BidInput")
public record BidInput(
        @NotBlank @Size(max = 80) @Schema(example = "tca-2013-14") String roundId,
        @NotBlank @Size(max = 500) @Schema(example = "A transformational approach to sharing services") String title,
        @Size(max = 60) @Schema(example = "AUTHORITY_AWARD") String awardType,
        @Size(max = 60) String fallbackAwardType,
        @Valid Money amountSought,
        @Valid Money fallbackAmount,
        @Size(max = 200) List<@NotNull @Valid ParticipantInput> participants,
        @Size(max = 100) Map<@Size(max = 60) String, @Size(max = 20000) String> narrative,
        @Size(max = 500) List<@NotNull @Valid CostLine> costLines,
        @Size(max = 500) List<@NotNull @Valid BenefitLine> benefitLines,
        @Size(max = 100) List<@NotNull @Valid Resolution> resolutions,
        @Size(max = 100) List<@NotNull @Valid Contact> contacts,
        @Size(max = 100) List<@NotNull @Valid Attachment> attachments,
        @Size(max = 50) List<@NotNull @Valid DeclaredMetric> declaredMetrics,
        @Size(max = 50) List<@NotNull @Valid DeclaredScenario> declaredScenarios,
        @Size(max = 100) List<@NotNull @Valid DeclaredTotal> declaredTotals,
        @Schema(description = "The date the bid bears", example = "2013-07-12") java.time.LocalDate dated) {

    @Schema(name = "ParticipantInput")
    public record ParticipantInput(
            @Size(max = 80) @Schema(example = "GB-LAE-MSU",
                    description = "The register's id; leave it out to have nameAsWritten resolved by the register")
            String organisationId,
            @Size(max = 300) @Schema(example = "Mid Suffolk District Council") String nameAsWritten,
            @NotEmpty @Size(max = 11) Set<@NotNull ParticipantRole> roles,
            @Valid Money share,
            @Size(max = 80) String onBehalfOf,
            boolean jointAndSeveral) {
    }
}
