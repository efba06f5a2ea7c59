package uk.gov.tca.platform.validation;

/**
 * The shape of every id the services hand out or take (organisations GB-LAE-BAB, rounds tca-2013-14, bids
 * bid-…, usernames assessor.dclg): letters, digits and . _ : - only, so an id that names another record is
 * checked before it is looked up or stored.
 */
public final class Identifiers {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]*";
    public static final String MESSAGE = "must be an id: letters, digits and . _ : - only";

    private Identifiers() {
    }
}
