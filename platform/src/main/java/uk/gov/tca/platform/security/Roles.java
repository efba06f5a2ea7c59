package uk.gov.tca.platform.security;

/** The realm roles of the TCA services: one list, so that a role is spelt one way everywhere. */
public final class Roles {

    /** A council's staff: drafts, submits and withdraws its organisation's bids. */
    public static final String BIDDER = "bidder";
    /** Scores the bids assigned to it, declaring its interests. */
    public static final String ASSESSOR = "assessor";
    /** Runs rounds and schemes, assigns, moderates and decides. */
    public static final String PROGRAMME_MANAGER = "programme-manager";
    /** Another government system: reads what is public, follows the feeds. */
    public static final String INTEGRATOR = "integrator";
    /** A TCA service's own account, calling another. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
