package uk.gov.tca.scoring;

/** The realm roles this service answers to. Bidders have none here: scores are never theirs to see. */
public final class Roles {

    public static final String ASSESSOR = "assessor";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String INTEGRATOR = "integrator";
    public static final String SERVICE = "service";

    private Roles() {
    }
}
