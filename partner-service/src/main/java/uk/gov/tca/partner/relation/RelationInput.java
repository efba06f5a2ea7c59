package uk.gov.tca.partner.relation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationInput", description = "A link from the organisation in the path to another")
public record RelationInput(
        @NotBlank @Size(max = 80) @Schema(example = "GB-LAE-MSU") String toId,
        @NotNull @Schema(example = "SHARED_WORKFORCE") RelationType type,
        @Schema(example = "2011-06-01") LocalDate since,
        LocalDate until,
        @Size(max = 1000) @Schema(example = "One officer workforce serving both councils") String note) {
}
