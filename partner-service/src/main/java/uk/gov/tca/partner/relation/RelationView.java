package uk.gov.tca.partner.relation;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation")
public record RelationView(long id, @Schema(example = "GB-LAE-BAB") String fromId,
        @Schema(example = "GB-LAE-MSU") String toId, RelationType type, LocalDate since, LocalDate until, String note,
        Instant createdAt, String createdBy) {

    static RelationView of(OrganisationRelation r) {
        return new RelationView(r.id, r.fromId, r.toId, r.type, r.since, r.until, r.note, r.createdAt, r.createdBy);
    }
}
