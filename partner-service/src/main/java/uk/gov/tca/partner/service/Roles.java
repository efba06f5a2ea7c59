package uk.gov.tca.partner.service;

/** The realm roles this service knows. */
public final class Roles {

    public static final String BIDDER = "bidder";
    public static final String ASSESSOR = "assessor";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String INTEGRATOR = "integrator";
    /** The other services' own accounts. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
