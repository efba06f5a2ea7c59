package uk.gov.tca.scoring.assessor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** A secondment as a programme manager records it; when and by whom are the service's to record. */
@Schema(name = "NewSecondment", description = "A secondment as a programme manager records it: the organisation, "
        + "from when, until when and why. When and by whom are the service's to record.")
public record NewSecondment(
        @NotBlank @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE)
        @Schema(description = "The organisation the assessor is seconded to, by its register id: on the partner-service's "
                + "register, and not the assessor's employer already", example = "GB-LAE-SFK")
        String organisationId,
        @NotNull @Schema(description = "The first day of the secondment", example = "2014-01-06") LocalDate from,
        @Schema(description = "The last day of the secondment, not before from; absent: until further notice",
                example = "2014-03-31")
        LocalDate until,
        @NotBlank @Size(min = 10, max = 2000) @Schema(description = "Why the assessor is seconded: 10 to 2000 characters",
                example = "Seconded to Suffolk County Council's transformation team until the end of 2013/14")
        String reason) {
}
