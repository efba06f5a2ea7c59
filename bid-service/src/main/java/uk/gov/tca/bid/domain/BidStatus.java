package uk.gov.tca.bid.domain;

/** Where a bid is in its life. */
public enum BidStatus {
    DRAFT,
    SUBMITTED,
    IN_ASSESSMENT,
    DECIDED,
    WITHDRAWN
}
