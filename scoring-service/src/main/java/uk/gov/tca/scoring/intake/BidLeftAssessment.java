package uk.gov.tca.scoring.intake;

/** A bid left assessment in the bid-service (withdrawn, or returned to its council): {@code how} says which. */
public record BidLeftAssessment(String actor, String bidId, String how) {
}
