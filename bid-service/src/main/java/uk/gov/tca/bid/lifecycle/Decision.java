package uk.gov.tca.bid.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The funding decision on a bid, as the scoring-service records it. */
@Schema(name = "Decision", description = "The funding decision on a bid, as the scoring-service records it.")
public record Decision(
        @Schema(description = "FUNDED, PART_FUNDED, RESERVE or UNFUNDED.") @NotNull Outcome outcome,
        @Schema(description = "The amount awarded, in pounds sterling whatever its scale: present for FUNDED and "
                + "PART_FUNDED, absent otherwise.") @Valid Money amountAwarded,
        @Schema(description = "Why, in a sentence.", example = "Ranked within the budget") @Size(max = 2000) String reason,
        @Schema(description = "When the decision was recorded (UTC).", example = "2014-01-15T10:00:00Z") Instant decidedAt,
        @Schema(description = "The account that recorded it (the scoring-service's).",
                example = "service-account-scoring-service") String decidedBy) {

    /** Shared by name with the scoring-service's contract, so described where it is used, not here. */
    @Schema(name = "DecisionOutcome")
    public enum Outcome { FUNDED, PART_FUNDED, RESERVE, UNFUNDED }
}
