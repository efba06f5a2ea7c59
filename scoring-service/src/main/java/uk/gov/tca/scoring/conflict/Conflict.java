package uk.gov.tca.scoring.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/**
 * Why an assessor may not assess a bid: the participant concerned, the assessor's organisation that ties
 * them to it, the rule, and whether a dispensation lifts it.
 */
public record Conflict(String bidId, String assessor, Rule rule, String participantId, String throughOrganisationId,
        String relation, String interestType, String explanation, boolean dispensed) {

    @Schema(name = "ConflictRule")
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
