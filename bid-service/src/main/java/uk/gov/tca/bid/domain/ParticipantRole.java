package uk.gov.tca.bid.domain;

/** The parts an organisation plays in a bid; one organisation often plays several. */
public enum ParticipantRole {
    LEAD,
    CO_APPLICANT,
    /** Receives and answers for the award; two councils may be one jointly and severally. */
    ACCOUNTABLE_BODY,
    /** Receives its own share of the award (Manchester £150,000, South Lakeland £142,000). */
    GRANT_RECIPIENT,
    /** A council another bids on behalf of (the ten Greater Manchester authorities). */
    ON_BEHALF_OF_MEMBER,
    PARTNER,
    SUPPORTER,
    SIGNATORY,
    SPONSOR,
    SUPPLIER,
    BENEFICIARY
}
