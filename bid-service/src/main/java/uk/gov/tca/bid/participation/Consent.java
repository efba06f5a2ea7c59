package uk.gov.tca.bid.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;

/**
 * Whether an organisation named on a bid has agreed to take part as it is named: a bidder of that organisation
 * confirms (or declines, and is then taken off the bid). Naming an organisation is not its consent.
 */
@Schema(name = "Consent", description = "Whether an organisation named on the bid has agreed to take part as named.")
public record Consent(
        @Schema(description = "PENDING (named, not yet confirmed by the organisation) or CONFIRMED.") Status status,
        @Schema(description = "The user who confirmed, a bidder of the organisation (or the programme manager who "
                + "recorded an imported bid); absent while PENDING.", example = "bidder.midsuffolk") String by,
        @Schema(description = "When the organisation confirmed (UTC); absent while PENDING.",
                example = "2013-07-05T10:30:00Z") Instant at,
        @Schema(description = "What the organisation added when it confirmed, if anything.",
                example = "Agreed by Cabinet on 4 July 2013") String note) {

    @Schema(name = "ConsentStatus", description = "PENDING (named, not yet confirmed by the organisation itself) or "
            + "CONFIRMED.")
    public enum Status {
        /** Named, not yet confirmed by the organisation itself. */
        PENDING,
        CONFIRMED
    }

    public static Consent pending() {
        return new Consent(Status.PENDING, null, null, null);
    }

    public static Consent confirmed(String by, Instant at, String note) {
        return new Consent(Status.CONFIRMED, by, at, note);
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }
}
