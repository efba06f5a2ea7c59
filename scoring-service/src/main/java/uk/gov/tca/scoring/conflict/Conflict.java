package uk.gov.tca.scoring.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an assessor may not assess a bid: the participant concerned, the assessor's organisation that ties
 * them to it, the rule, and whether a dispensation lifts it.
 */
@Schema(name = "Conflict", description = "Why an assessor may not assess a bid: the rule, the participant concerned, "
        + "the assessor's organisation that ties it to the bid, and whether a dispensation lifts it")
public record Conflict(
        @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
        String bidId,
        @Schema(description = "The assessor's username", example = "assessor.midsuffolk") String assessor,
        Rule rule,
        @Schema(description = "The participant of the bid the conflict is with, by its register id; absent for "
                + "INTEREST_DECLARED_IN_BID", example = "GB-LAE-BAB")
        String participantId,
        @Schema(description = "The assessor's organisation that ties it to the participant: its employer, an "
                + "organisation it is seconded to or one it declared an interest in; absent for an interest in the bid "
                + "that names no organisation", example = "GB-LAE-MSU")
        String throughOrganisationId,
        @Schema(description = "How throughOrganisationId is related to the participant, as the partner-service's "
                + "register says: the relation's type (SHARED_WORKFORCE, STRATEGIC_ALLIANCE …) or the link's kind "
                + "(COLLABORATION, SUCCESSION), comma-separated when there are several; absent when they are the same "
                + "organisation", example = "SHARED_WORKFORCE")
        String relation,
        @Schema(description = "For the INTEREST_ rules, the kind of interest declared (DISCLOSABLE_PECUNIARY or OTHER); "
                + "absent for the EMPLOYER_ rules", example = "DISCLOSABLE_PECUNIARY")
        String interestType,
        @Schema(description = "The conflict in a sentence, as the assessor and managers are told it",
                example = "The assessor's employer GB-LAE-MSU is related to participant GB-LAE-BAB (SHARED_WORKFORCE)")
        String explanation,
        @Schema(description = "Whether a dispensation in date covers it; a conflict not dispensed keeps the assessor off "
                + "the bid") boolean dispensed) {

    @Schema(name = "ConflictRule", description = "The rule that found the conflict. EMPLOYER_IS_PARTICIPANT: the "
            + "assessor's employer, or an organisation it is seconded to, takes part in the bid; "
            + "EMPLOYER_RELATED_TO_PARTICIPANT: that organisation is related to a participant in the register (shared "
            + "workforce, collaboration, succession); INTEREST_IN_PARTICIPANT: the assessor declared an interest in a "
            + "participant; INTEREST_RELATED_TO_PARTICIPANT: it declared an interest in an organisation related to a "
            + "participant; INTEREST_DECLARED_IN_BID: it declared an interest in the bid itself.")
    public enum Rule {
        EMPLOYER_IS_PARTICIPANT,
        EMPLOYER_RELATED_TO_PARTICIPANT,
        INTEREST_IN_PARTICIPANT,
        INTEREST_RELATED_TO_PARTICIPANT,
        INTEREST_DECLARED_IN_BID
    }

    /** A conflict no dispensation lifts keeps the assessor off the bid. */
    public boolean blocking() {
        return !dispensed;
    }
}
