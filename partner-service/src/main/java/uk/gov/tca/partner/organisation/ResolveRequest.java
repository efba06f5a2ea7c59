package uk.gov.tca.partner.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveRequest", description = "Names as a bid writes them, to link to the register")
public record ResolveRequest(
        @NotEmpty @Size(max = 100)
        @Schema(description = "The names to resolve, as written: 1 to 100, each at most 300 characters; answered in "
                + "the same order", example = "[\"Stratford on Avon District Council\", \"Kings Lynn\", \"SWASFT\"]")
        List<@NotBlank @Size(max = 300) String> names,
        @Min(1) @Max(20) @Schema(description = "The most candidates to offer per name, 1 to 20; 5 when left out",
                example = "3")
        Integer limit) {
}
