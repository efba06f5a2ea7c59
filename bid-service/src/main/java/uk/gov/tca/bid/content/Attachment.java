package uk.gov.tca.bid.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An annex the bid refers to: whether it came with the bid, and whether it is confidential. */
@Schema(name = "Attachment", description = "An annex or appendix the bid refers to, whether or not it came with the bid.")
public record Attachment(
        @Schema(description = "The annex as the bid names it. Shown to readers outside the bid's organisations and "
                + "programme managers as \"[withheld: confidential]\" when the annex is confidential.",
                example = "Annexe: Transformational Enquiry Groups") @NotBlank @Size(max = 300) String label,
        @Schema(description = "Whether the annex came with the bid (false: referred to but not supplied).")
        boolean present,
        @Schema(description = "Whether the annex is confidential: its label and reference are then withheld from "
                + "integrators, assessors and services.")
        boolean confidential,
        @Schema(description = "Where the annex can be found (a link or a document reference); left out for outsiders when "
                + "the annex is confidential.", example = "Annex B (not published)") @Size(max = 1000) String reference) {
}
