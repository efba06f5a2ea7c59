package uk.gov.tca.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * A bidder acts for its council, named by the token's org claim. A bidder's token without one (a user set up
 * without the attribute, a mapper removed) is refused outright rather than treated as a council of no name.
 */
public class OrganisationClaimRequired {

    static final String BIDDER = "bidder";

    private final SecurityIdentity identity;

    public OrganisationClaimRequired(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireOrganisation() {
        if (identity.isAnonymous() || !identity.hasRole(BIDDER)) {
            return;
        }
        Object org = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("org") : null;
        if (org == null || org.toString().isBlank()) {
            throw ProblemException.forbidden(
                    "A bidder's token must name its organisation (claim org); ask the TCA service desk to set it");
        }
    }
}
