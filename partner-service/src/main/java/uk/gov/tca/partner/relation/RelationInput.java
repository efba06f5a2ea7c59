package uk.gov.tca.partner.relation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationInput", description = "A link from the organisation in the path to another, read \"from type "
        + "to\"")
public record RelationInput(
        @NotBlank @Size(max = 80)
        @Schema(description = "The id of the other organisation, which must be on the register and not the one in the "
                + "path; at most 80 characters", example = "GB-LAE-MSU")
        String toId,
        @NotNull
        @Schema(description = "How the organisation in the path relates to the other", example = "SHARED_WORKFORCE")
        RelationType type,
        @Schema(description = "The first day the relation held; absent when not known", example = "2011-01-01")
        LocalDate since,
        @Schema(description = "The last day the relation held, not before since; absent while it holds. Once past, "
                + "the relation no longer makes the two related.", example = "2016-03-31")
        LocalDate until,
        @Size(max = 1000)
        @Schema(description = "What the relation is, or where it is recorded, in plain words; at most 1000 characters",
                example = "One integrated officer workforce serving both councils")
        String note) {
}
