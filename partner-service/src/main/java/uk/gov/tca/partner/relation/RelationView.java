package uk.gov.tca.partner.relation;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation", description = "A recorded link between two organisations, read \"from type to\", with the "
        + "period it held; a field with nothing recorded is left out")
public record RelationView(
        @Schema(description = "The relation's id on the register, to remove it by", example = "221")
        long id,
        @Schema(description = "The organisation the relation reads from", example = "GB-LAE-BAB")
        String fromId,
        @Schema(description = "The organisation the relation reads to", example = "GB-LAE-MSU")
        String toId,
        @Schema(description = "How the from organisation relates to the to organisation", example = "SHARED_WORKFORCE")
        RelationType type,
        @Schema(description = "The first day the relation held; absent when not known", example = "2011-01-01")
        LocalDate since,
        @Schema(description = "The last day the relation held; absent while it holds", example = "2016-03-31")
        LocalDate until,
        @Schema(description = "What the relation is, or where it is recorded; absent when none was given",
                example = "One integrated officer workforce serving both councils")
        String note,
        @Schema(description = "When it was recorded (UTC)", example = "2014-01-20T09:30:00Z")
        Instant createdAt,
        @Schema(description = "Who recorded it: a programme manager's user name, or partner-service:data-loader for "
                + "the reference register", example = "manager.dclg")
        String createdBy) {

    static RelationView of(OrganisationRelation r) {
        return new RelationView(r.id, r.fromId, r.toId, r.type, r.since, r.until, r.note, r.createdAt, r.createdBy);
    }
}
