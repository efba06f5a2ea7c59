package uk.gov.tca.bid.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The funding decision on a bid, as the scoring-service records it. */
public record Decision(@NotNull Outcome outcome, @Valid Money amountAwarded, @Size(max = 2000) String reason,
        Instant decidedAt, String decidedBy) {

    @Schema(name = "DecisionOutcome")
    public enum Outcome { FUNDED, PART_FUNDED, RESERVE, UNFUNDED }
}
