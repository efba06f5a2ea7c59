package uk.gov.tca.platform.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit record as every service's history endpoint answers it. */
@Schema(name = "AuditEntry", description = "One recorded change: who, when, what, and the state before and after")
public record AuditEntryView(@Schema(description = "The record's number: later records have higher numbers") long id,
        @Schema(description = "When the change was made") Instant at,
        @Schema(description = "Who made it: a person's username or a system's client id", example = "manager.dclg") String actor,
        @Schema(description = "What was done: ORGANISATION_UPDATED, BID_SUBMITTED …") String action,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The resource before the change, as the caller may see it; absent for a creation") String before,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The resource after the change, as the caller may see it") String after) {

    public static AuditEntryView of(AuditRecord r) {
        return new AuditEntryView(r.id, r.at, r.actor, r.action, r.before, r.after);
    }
}
