package uk.gov.tca.partner.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Identifier", description = "An identifier of the organisation on one scheme")
public record IdentifierInput(
        @NotNull @Schema(description = "The scheme the value is on, which sets its format", example = "GSS")
        IdentifierScheme scheme,
        @NotBlank @Size(max = 80)
        @Schema(description = "The identifier on that scheme, in the scheme's format (see IdentifierScheme); at most "
                + "80 characters", example = "E07000200")
        String value) {
}
