package uk.gov.tca.scoring.decision;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bid's funding decision in a round's set: what allocation gave, what a manager changed and why, when published. */
@Schema(name = "DecisionLine", description = "One bid's funding decision: what allocation gave, what a programme "
        + "manager changed and why, and when it was recorded in the bid-service")
public record DecisionLine(
        @Schema(description = "The bid's place in the ranking the allocation followed, from 1", example = "1") int rank,
        @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
        String bidId,
        @Schema(description = "The bid's title, as the bid-service's feed gave it",
                example = "A Transformational approach to sharing local authority services between Babergh and "
                + "Mid Suffolk District Councils") String title,
        @Schema(description = "The amount the bid seeks, in pounds sterling; absent when the bid states none",
                example = "166900") BigDecimal amountSought,
        @Schema(description = "The final score it was ranked on", example = "3.1") BigDecimal score,
        @Schema(description = "The decision: FUNDED (the amount sought, in full), PART_FUNDED (less than sought), "
                + "RESERVE (beyond the budget, held in reserve) or UNFUNDED")
        AllocationPolicy.Outcome outcome,
        @Schema(description = "The amount awarded, in pounds sterling; absent for RESERVE and UNFUNDED",
                example = "166900") BigDecimal amountAwarded,
        @Schema(description = "Why: the allocation's reason, or the programme manager's when overridden",
                example = "ranked within the budget; £7,433,100 left") String reason,
        @Schema(description = "Whether a programme manager changed what allocation gave") boolean overridden,
        @Schema(description = "The programme manager who changed it; absent when not overridden", example = "manager.dclg")
        String overriddenBy,
        @Schema(description = "When the decision was recorded in the bid-service (UTC); absent until published",
                example = "2014-01-20T10:00:01Z")
        Instant publishedAt) {

    DecisionLine published(Instant at) {
        return new DecisionLine(rank, bidId, title, amountSought, score, outcome, amountAwarded, reason, overridden,
                overriddenBy, at);
    }
}
