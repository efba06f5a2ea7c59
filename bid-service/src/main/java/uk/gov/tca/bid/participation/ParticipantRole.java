package uk.gov.tca.bid.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts an organisation plays in a bid; one organisation often plays several. */
@Schema(name = "ParticipantRole", description = "A part an organisation plays in a bid: LEAD, CO_APPLICANT, "
        + "ACCOUNTABLE_BODY (receives and answers for the award), GRANT_RECIPIENT (receives its own share), "
        + "ON_BEHALF_OF_MEMBER (a council another bids on behalf of), PARTNER, SUPPORTER, SIGNATORY, SPONSOR, SUPPLIER, "
        + "BENEFICIARY. A CO_APPLICANT, ACCOUNTABLE_BODY or GRANT_RECIPIENT must confirm its part before the bid is "
        + "submitted.")
public enum ParticipantRole {
    LEAD(true),
    CO_APPLICANT(true),
    /** Receives and answers for the award; two councils may be one jointly and severally. */
    ACCOUNTABLE_BODY(true),
    /** Receives its own share of the award (Manchester £150,000, South Lakeland £142,000). */
    GRANT_RECIPIENT(true),
    /** A council another bids on behalf of (the ten Greater Manchester authorities). */
    ON_BEHALF_OF_MEMBER(false),
    PARTNER(false),
    SUPPORTER(false),
    SIGNATORY(false),
    SPONSOR(false),
    SUPPLIER(false),
    BENEFICIARY(false);

    private final boolean obligations;

    ParticipantRole(boolean obligations) {
        this.obligations = obligations;
    }

    /** An organisation in this role answers for the bid or its money, so it must agree to be named in it. */
    public boolean carriesObligations() {
        return obligations;
    }
}
