package uk.gov.tca.partner.collaboration;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Collaboration")
public record CollaborationView(@Schema(example = "one-swindon") String id, @Schema(example = "One Swindon") String name,
        String description, List<CollaborationInput.Member> members, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    static CollaborationView of(Collaboration c) {
        return new CollaborationView(c.id, c.name, c.description,
                c.members.stream().map(m -> new CollaborationInput.Member(m.organisationId, m.role, m.since, m.until))
                        .toList(),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}
