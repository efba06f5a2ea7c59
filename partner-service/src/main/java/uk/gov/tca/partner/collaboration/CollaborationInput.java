package uk.gov.tca.partner.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollaborationInput")
public record CollaborationInput(
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be lower-case letters, digits and '-'")
        @Schema(description = "Optional on create (made from the name); if sent on update it must be the id in the path",
                example = "one-swindon") String id,
        @NotBlank @Size(max = 300) @Schema(example = "One Swindon") String name,
        @Size(max = 2000) @Schema(example = "Swindon's public service partnership board") String description,
        @NotNull @Size(max = 500) List<@NotNull @Valid Member> members) {

    @Schema(name = "CollaborationMember")
    public record Member(
            @NotBlank @Size(max = 80) @Schema(example = "GB-LAE-SWD") String organisationId,
            @Size(max = 200) @Schema(example = "lead") String role,
            @Schema(example = "2013-01-01") LocalDate since,
            LocalDate until) {
    }
}
