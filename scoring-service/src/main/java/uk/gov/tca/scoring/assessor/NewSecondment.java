package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** A secondment as a programme manager records it; when and by whom are the service's to record. */
@Schema(name = "NewSecondment")
public record NewSecondment(
        @NotBlank @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(example = "GB-LAE-BAB") String organisationId,
        @NotNull @Schema(example = "2026-09-01") LocalDate from,
        @Schema(description = "Absent: until further notice", example = "2027-03-31") LocalDate until,
        @NotBlank @Size(min = 10, max = 2000) @Schema(example = "Seconded to the council's transformation team")
        String reason) {
}
