package uk.gov.tca.partner.collaboration;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Collaboration", description = "A named group of organisations working together, with its members "
        + "past and present; a field with nothing recorded is left out")
public record CollaborationView(
        @Schema(description = "The collaboration's id: lower-case letters, digits and '-'", example = "one-swindon")
        String id,
        @Schema(description = "The collaboration's name", example = "One Swindon")
        String name,
        @Schema(description = "What the collaboration is and does; absent when none was given",
                example = "Swindon's public service partnership board")
        String description,
        @Schema(description = "Every member, past and present, in the order recorded")
        List<CollaborationInput.Member> members,
        @Schema(description = "The version: 0 when recorded, one more with each change. The ETag is this number in "
                + "quotes.", example = "0")
        long version,
        @Schema(description = "When it was recorded (UTC)", example = "2014-01-20T09:30:00Z")
        Instant createdAt,
        @Schema(description = "Who recorded it: a programme manager's user name, or partner-service:data-loader for "
                + "the demonstration data", example = "manager.dclg")
        String createdBy,
        @Schema(description = "When it last changed (UTC); its creation time until then",
                example = "2014-01-20T09:30:00Z")
        Instant updatedAt,
        @Schema(description = "Who changed it last", example = "manager.dclg")
        String updatedBy) {

    static CollaborationView of(Collaboration c) {
        return new CollaborationView(c.id, c.name, c.description,
                c.members.stream().map(m -> new CollaborationInput.Member(m.organisationId, m.role, m.since, m.until))
                        .toList(),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
