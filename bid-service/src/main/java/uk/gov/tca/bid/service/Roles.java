package uk.gov.tca.bid.service;

/** The realm roles this service knows. */
public final class Roles {

    public static final String BIDDER = "bidder";
    public static final String ASSESSOR = "assessor";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String INTEGRATOR = "integrator";
    /** Another TCA service's account: the scoring-service grants access and records decisions. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
