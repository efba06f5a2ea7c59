package uk.gov.tca.scoring.assessor;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessor working for another organisation for a while, as a programme manager records it: an employer
 * beside the one the assessor's token names, from a date until another (open-ended when {@code until} is absent).
 * It conflicts the assessor as its employer would, while it lasts; it never takes the token's employer away.
 */
@Schema(name = "Secondment", description = "An assessor working for another organisation for a while: an employer "
        + "beside the one its token names, conflicting it as that employer would from the first day to the last")
public record Secondment(
        @Schema(description = "The organisation the assessor is seconded to, by its register id", example = "GB-LAE-SFK")
        String organisationId,
        @Schema(description = "The first day of the secondment", example = "2014-01-06") LocalDate from,
        @Schema(description = "The last day of the secondment; absent: until further notice",
                example = "2014-03-31") LocalDate until,
        @Schema(description = "Why the assessor is seconded", example = "Seconded to Suffolk County Council's "
                + "transformation team until the end of 2013/14")
        String reason,
        @Schema(description = "When it was recorded (UTC)", example = "2014-01-06T08:45:00Z") Instant recordedAt,
        @Schema(description = "The programme manager who recorded it", example = "manager.dclg") String recordedBy) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
