package uk.gov.tca.bid.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The funding decision on a bid: the outcome and amount, and — in a round with approval routes — who decided under
 * which route, and, for a decision taken under delegation, when it was reported to its committee.
 */
@Schema(name = "Decision", description = "The funding decision on a bid: as the scoring-service's publication records "
        + "it, or, in a round with approval routes, as a programme manager records the decision of the committee or "
        + "officer its route names.")
public record Decision(
        @Schema(description = "FUNDED, PART_FUNDED, RESERVE or UNFUNDED.") @NotNull Outcome outcome,
        @Schema(description = "The amount awarded, in pounds sterling whatever its scale: present for FUNDED and "
                + "PART_FUNDED, absent otherwise.") @Valid Money amountAwarded,
        @Schema(description = "Why, in a sentence.", example = "Ranked within the budget") @Size(max = 2000) String reason,
        @Schema(description = "When the decision was recorded (UTC).", example = "2014-01-15T10:00:00Z") Instant decidedAt,
        @Schema(description = "The account that recorded it: the scoring-service's, or the programme manager's.",
                example = "service-account-scoring-service") String decidedBy,
        @Schema(description = "The code of the round's approval route the decision was taken under; absent in a round "
                + "without routes.", example = "DELEGATED") String route,
        @Schema(description = "Who took the decision: the committee, board or officer (the route's decidedBy unless the "
                + "record names someone).", example = "Director of Resources") String decisionMaker,
        @Schema(description = "The day the decision was taken, ISO 8601; absent when not recorded.", example = "2015-09-10")
        LocalDate decidedOn,
        @Schema(description = "Where the decision is minuted or published (\"Cabinet 10 September 2015, minute 7\").",
                example = "Cabinet 10 September 2015, minute 7") String minuteReference,
        @Schema(description = "Whether the decision was taken under delegation, to be reported to reportTo.")
        boolean delegated,
        @Schema(description = "The committee a delegated decision is reported to.", example = "Cabinet") String reportTo,
        @Schema(description = "The report of a delegated decision to its committee; absent until reported.") Report report) {

    /** Shared by name with the scoring-service's contract, so described where it is used, not here. */
    @Schema(name = "DecisionOutcome")
    public enum Outcome { FUNDED, PART_FUNDED, RESERVE, UNFUNDED }

    /** A delegated decision reported to the committee its route names. */
    @Schema(name = "DecisionReport", description = "When and where a delegated decision was reported to its committee.")
    public record Report(
            @Schema(description = "The day it was reported, ISO 8601.", example = "2015-10-08") LocalDate reportedOn,
            @Schema(description = "Where the report is (an agenda item, a report's number).",
                    example = "Cabinet 8 October 2015, item 5") String reference,
            @Schema(description = "When the report was recorded (UTC).", example = "2015-10-08T15:00:00Z") Instant recordedAt,
            @Schema(description = "Who recorded it.", example = "manager.worcestershire") String recordedBy) {
    }

    public Decision(Outcome outcome, Money amountAwarded, String reason, Instant decidedAt, String decidedBy) {
        this(outcome, amountAwarded, reason, decidedAt, decidedBy, null, null, null, null, false, null, null);
    }

    /** Whether it was taken under delegation and has not yet been reported to its committee. */
    public boolean awaitsReport() {
        return delegated && report == null;
    }

    Decision reported(Report made) {
        return new Decision(outcome, amountAwarded, reason, decidedAt, decidedBy, route, decisionMaker, decidedOn,
                minuteReference, delegated, reportTo, made);
    }
}
