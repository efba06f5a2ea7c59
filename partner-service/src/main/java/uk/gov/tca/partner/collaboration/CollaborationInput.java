package uk.gov.tca.partner.collaboration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollaborationInput", description = "What a programme manager sets on a collaboration, to record it "
        + "or to replace its details and members")
public record CollaborationInput(
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be lower-case letters, digits and '-'")
        @Schema(description = "The collaboration's id: lower-case letters, digits and '-', at most 80 characters. "
                + "Optional on create, where it is made from the name (One Swindon: one-swindon); if sent on update "
                + "it must be the id in the path.", example = "one-swindon")
        String id,
        @NotBlank @Size(max = 300)
        @Schema(description = "The collaboration's name as its members write it; at most 300 characters",
                example = "One Swindon")
        String name,
        @Size(max = 2000)
        @Schema(description = "What the collaboration is and does, in a sentence or two; at most 2000 characters",
                example = "Swindon's public service partnership board")
        String description,
        @NotNull @Size(max = 500)
        @Schema(description = "Every organisation that is or was a member, with its period; at most 500. The list "
                + "replaces the members recorded before, so keep past members in it, with until, to keep the history "
                + "true.")
        List<@NotNull @Valid Member> members) {

    /** The input that, sent as a full replacement, leaves the collaboration as it is: what a merge patch applies to. */
    static CollaborationInput of(Collaboration collaboration) {
        return new CollaborationInput(collaboration.id, collaboration.name, collaboration.description,
                collaboration.members.stream().map(m -> new Member(m.organisationId, m.role, m.since, m.until)).toList());
    }

    @Schema(name = "CollaborationMember", description = "An organisation's membership of a collaboration, for a "
            + "period; an open end means it is current")
    public record Member(
            @NotBlank @Size(max = 80)
            @Schema(description = "The member organisation's id, which must be on the register; at most 80 characters",
                    example = "GB-LAE-SWD")
            String organisationId,
            @Size(max = 200)
            @Schema(description = "The member's part, in the collaboration's own words (lead, partner, accountable "
                    + "body); at most 200 characters; absent when not said", example = "lead")
            String role,
            @Schema(description = "The first day of the membership; absent when not known (a member from the start)",
                    example = "2013-01-01")
            LocalDate since,
            @Schema(description = "The last day of the membership, not before since; absent while it lasts",
                    example = "2016-03-31")
            LocalDate until) {
    }
}
