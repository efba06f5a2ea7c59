package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import uk.gov.tca.platform.validation.Identifiers;

/** A dispensation as a programme manager grants it; when and by whom are the service's to record. */
public record NewDispensation(
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String organisationId,
        @Size(max = 40) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String bidId,
        @NotBlank @Size(min = 10, max = 2000) String reason,
        @NotNull LocalDate expires) {
}
