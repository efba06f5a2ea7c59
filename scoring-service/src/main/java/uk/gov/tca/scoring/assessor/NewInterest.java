package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.tca.platform.validation.Identifiers;

/** An interest as an assessor declares it; when it was declared is the service's to record. */
public record NewInterest(
        @NotNull Interest.Type type,
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String organisationId,
        @Size(max = 40) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String bidId,
        Interest.Holder holder,
        @NotBlank @Size(min = 10, max = 2000) String nature,
        LocalDate arose) {
}
