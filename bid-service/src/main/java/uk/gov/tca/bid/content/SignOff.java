package uk.gov.tca.bid.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One named sign-off in a proposal's approval chain ("Head of Service: Neil Anderson 19/08/15"). */
@Schema(name = "SignOff", description = "One sign-off of the proposal's approval chain, in the order the chain runs: who "
        + "signs as what, and when. A sign-off without a date is still to come.")
public record SignOff(
        @Schema(description = "The post or group that signs, as written.", example = "Head of Service")
        @NotBlank @Size(max = 200) String role,
        @Schema(description = "The name of the person who signed.", example = "Neil Anderson") @Size(max = 200) String name,
        @Schema(description = "When it was signed, ISO 8601; left out while still to come.", example = "2015-08-19")
        LocalDate date,
        @Schema(description = "The date as written.", example = "19/08/15") @Size(max = 50) String dateAsWritten) {
}
