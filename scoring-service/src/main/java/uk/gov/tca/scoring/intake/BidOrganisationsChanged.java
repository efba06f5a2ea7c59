package uk.gov.tca.scoring.intake;

/** The organisations of a bid in assessment changed: its assessors' conflicts may have too. */
public record BidOrganisationsChanged(String actor, String bidId) {
}
