package uk.gov.tca.bid.warnings;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a bid's figures say that does not add up: never blocks saving, always shown with the bid. */
@Schema(name = "Warning", description = "Something the bid's figures say that does not add up. Warnings never block "
        + "saving or submitting; the figures are kept as written.")
public record Warning(
        @Schema(description = "What was found: NO_AMOUNT_SOUGHT, AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT, "
                + "AWARD_MORE_THAN_TOTAL_COST, AWARD_OVER_CAP, THOUSANDS_SUFFIX_ON_FULL_AMOUNT, PERIOD_OUTSIDE_ROUND, "
                + "PER_ANNUM_IS_A_PERIOD_TOTAL, BASIS_WRITTEN_BOTH_WAYS, SHARES_DIFFER_FROM_AMOUNT_SOUGHT, "
                + "JOINT_ACCOUNTABILITY_NOT_STATED, DECLARED_TOTAL_DIFFERS, RESOLUTION_AFTER_BID, "
                + "DECLARED_METRIC_DIFFERS, DECLARED_SCENARIO_INCONSISTENT, RAG_WITHOUT_COMMENT, "
                + "APPROVAL_CHAIN_INCOMPLETE, LINE_SHARES_DIFFER, ORGANISATION_CEASED, ORGANISATION_UNCONFIRMED. New codes may be added.",
                example = "AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT") String code,
        @Schema(description = "What was found, in words, with the figures (in pounds).",
                example = "The cost lines funded by the award total £418,420 but the bid seeks £420,000") String message,
        @Schema(description = "The fields of the bid the warning is about, as paths into the bid (costLines[2].period).",
                example = "[\"amountSought\", \"costLines\"]") List<String> fields) {
}
