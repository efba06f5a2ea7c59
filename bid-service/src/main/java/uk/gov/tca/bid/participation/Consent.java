package uk.gov.tca.bid.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;

/**
 * Whether an organisation named on a bid has agreed to take part as it is named: a bidder of that organisation
 * confirms (or declines, and is then taken off the bid). Naming an organisation is not its consent.
 */
public record Consent(Status status, String by, Instant at, String note) {

    @Schema(name = "ConsentStatus")
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
