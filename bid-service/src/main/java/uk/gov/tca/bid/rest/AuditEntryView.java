package uk.gov.tca.bid.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.audit.AuditRecord;

@Schema(name = "AuditEntry", description = "One recorded change: who, when, what, and the state before and after")
public record AuditEntryView(long id, Instant at, @Schema(example = "bidder.babergh") String actor,
        @Schema(example = "BID_SUBMITTED") String action,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) String before,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) String after) {

    static AuditEntryView of(AuditRecord r) {
        return new AuditEntryView(r.id, r.at, r.actor, r.action, r.before, r.after);
    }
}
